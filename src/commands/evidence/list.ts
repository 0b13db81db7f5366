import * as Args from '@oclif/core/args'
import {BaseCommand} from '../../base-command.js'
import type {CapturedValue} from '../../domain/captured.js'
import type {RunbookAnswer} from '../../domain/runbook-answers.js'
import type {EvidenceItem} from '../../domain/incident.js'
import {listEvidence} from '../../services/evidence/list.js'
import {bytes, table, when} from '../../render/format.js'

export default class EvidenceList extends BaseCommand {
  static override summary = "List an incident's evidence (metadata only): its exhibits, the raw values its scans captured (masked) and the password answers given to its runbooks."
  static override description = `Exhibits are what \`pl evidence add\` (or a runbook's purge) recorded. Captured values are the raw secrets and personal data \`pl scan --incident\` found, each encrypted under a key of its own; they are listed by rule and masked form, never in clear. Runbook answers are the answers typed into password steps of \`pl runbook run\`, each under a key of its own; they are listed by runbook and step, never the value. Both can be shredded by id like exhibits.`
  static override examples = ['<%= config.bin %> <%= command.id %> INC-2026-0001', '<%= config.bin %> <%= command.id %> INC-2026-0001 --json']
  static override args = {incident: Args.string({description: 'Incident id [default: the current incident, `pl incident use`].'})}

  async run(): Promise<{incident: string; evidence: EvidenceItem[]; captured: CapturedValue[]; runbookAnswers: RunbookAnswer[]}> {
    const {args, flags} = await this.parse(EvidenceList)
    const session = await this.session(flags)
    const incident = (await this.incidentOrCurrent(args.incident, session)).toUpperCase()
    const {evidence, captured, runbookAnswers} = await listEvidence(session, incident)
    if (evidence.length === 0 && captured.length === 0 && runbookAnswers.length === 0) this.log(`No evidence on ${incident} yet. Add some with \`pl evidence add ${incident} FILE\`.`)
    if (evidence.length > 0) {
      this.log(
        table(
          ['Evidence', 'Kind', 'Name', 'Size', 'Added', 'By', 'State'],
          evidence.map((e) => [e.id ?? '?', e.kind ?? '—', e.name ?? '—', bytes(e.size), when(e.addedAt, flags.utc), e.addedBy, e.shredded ? 'shredded' : 'kept']),
        ),
      )
    }
    if (captured.length > 0) {
      const kept = captured.filter((c) => !c.shredded).length
      if (evidence.length > 0) this.log('')
      this.log(`Captured values (${captured.length}, ${kept} kept): raw values found by \`pl scan --incident\`, each under a key of its own; shown masked.`)
      this.log(
        table(
          ['Evidence', 'Rule', 'Category', 'Masked', 'Found', 'Captured', 'By', 'State'],
          captured.map((c) => [c.id, c.rule ?? '?', c.category ?? '?', c.masked ?? '[masked]', c.occurrences, when(c.capturedAt, flags.utc), c.capturedBy, c.shredded ? 'shredded' : 'kept']),
        ),
      )
    }
    if (runbookAnswers.length > 0) {
      const kept = runbookAnswers.filter((a) => !a.shredded).length
      if (evidence.length > 0 || captured.length > 0) this.log('')
      this.log(`Runbook answers (${runbookAnswers.length}, ${kept} kept): password answers (and text answers that held a secret) typed into \`pl runbook run\`, each under a key of its own; never shown.`)
      this.log(
        table(
          ['Evidence', 'Runbook', 'Step', 'Answered', 'By', 'State'],
          runbookAnswers.map((a) => [a.id, a.runbook ?? '?', a.step ?? '?', when(a.answeredAt, flags.utc), a.answeredBy, a.shredded ? 'shredded' : 'kept']),
        ),
      )
    }
    return {incident, evidence, captured, runbookAnswers}
  }
}
