import * as Args from '@oclif/core/args'
import {BaseCommand} from '../../base-command.js'
import type {EvidenceListing} from '../../services/evidence/list.js'
import {listEvidence} from '../../services/evidence/list.js'
import {bytes, table, when} from '../../render/format.js'
import {shownName} from '../../render/terminal.js'

export default class EvidenceList extends BaseCommand {
  static override summary = "List an incident's evidence (metadata only): its exhibits, the raw values its scans captured (masked) and the password answers given to its runbooks."
  static override description = `Exhibits are what \`pl evidence add\` (or a runbook's purge) recorded. Captured values are the raw secrets and personal data \`pl scan --incident\` found, each encrypted under a key of its own; they are listed by rule and masked form, never in clear. Runbook answers are the answers typed into password steps of \`pl runbook run\`, each under a key of its own; they are listed by runbook and step, never the value. Both can be shredded by id like exhibits.
In a store with responders, the items of an incident you hold no grant on are listed with the state "no access" (--json: "access": false), never as shredded, with the names of those who can grant it.`
  static override examples = ['<%= config.bin %> <%= command.id %> INC-2026-0001', '<%= config.bin %> <%= command.id %> INC-2026-0001 --json']
  static override args = {incident: Args.string({description: 'Incident id [default: the current incident, `pl incident use`].'})}

  async run(): Promise<{incident: string} & EvidenceListing> {
    const {args, flags} = await this.parse(EvidenceList)
    const session = await this.session(flags)
    const incident = (await this.incidentOrCurrent(args.incident, session)).toUpperCase()
    const listing = await listEvidence(session, incident)
    const {evidence, captured, runbookAnswers} = listing
    // Without a grant on the incident only headers are known: "no access", never "shredded" (ADR 0014).
    const blind = listing.access === false
    const unknown = (v: string | null): string => v ?? (blind ? '—' : '?')
    if (evidence.length === 0 && captured.length === 0 && runbookAnswers.length === 0) this.log(`No evidence on ${incident} yet. Add some with \`pl evidence add ${incident} FILE\`.`)
    if (evidence.length > 0) {
      this.log(
        table(
          ['Evidence', 'Kind', 'Name', 'Size', 'Added', 'By', 'State'],
          evidence.map((e) => [e.id ?? '?', e.kind ?? '—', shownName(e.name ?? '—'), bytes(e.size), when(e.addedAt, flags.utc), e.addedBy, stateOf(e)]),
        ),
      )
    }
    if (captured.length > 0) {
      const kept = captured.filter((c) => !c.shredded).length
      if (evidence.length > 0) this.log('')
      this.log(`Captured values (${captured.length}, ${blind ? 'no access' : `${kept} kept`}): raw values found by \`pl scan --incident\`, each under a key of its own; shown masked.`)
      this.log(
        table(
          ['Evidence', 'Rule', 'Category', 'Masked', 'Found', 'Captured', 'By', 'State'],
          captured.map((c) => [c.id, unknown(c.rule), unknown(c.category), c.masked ?? (blind ? '—' : '[masked]'), c.access === false ? '—' : c.occurrences, when(c.capturedAt, flags.utc), c.capturedBy, stateOf(c)]),
        ),
      )
    }
    if (runbookAnswers.length > 0) {
      const kept = runbookAnswers.filter((a) => !a.shredded).length
      if (evidence.length > 0 || captured.length > 0) this.log('')
      this.log(`Runbook answers (${runbookAnswers.length}, ${blind ? 'no access' : `${kept} kept`}): password answers (and text answers that held a secret) typed into \`pl runbook run\`, each under a key of its own; never shown.`)
      this.log(
        table(
          ['Evidence', 'Runbook', 'Step', 'Answered', 'By', 'State'],
          runbookAnswers.map((a) => [a.id, unknown(a.runbook), unknown(a.step), when(a.answeredAt, flags.utc), a.answeredBy, stateOf(a)]),
        ),
      )
    }
    if (listing.grant !== undefined) for (const line of [listing.grant.message, ...listing.grant.hints]) this.note(line)
    return {incident, ...listing}
  }
}

/** An item's state: kept, shredded (its key is gone), or no access (the reader holds no grant on its incident). */
function stateOf(item: {shredded: boolean; access?: false}): string {
  return item.access === false ? 'no access' : item.shredded ? 'shredded' : 'kept'
}
