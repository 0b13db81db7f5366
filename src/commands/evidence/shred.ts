import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import {UserError} from '../../errors.js'
import {capturedLabel} from '../../domain/captured.js'
import {runbookAnswerLabel} from '../../domain/runbook-answers.js'
import type {ShreddedItem, ShredItem, ShredResult} from '../../services/evidence/shred.js'
import {shredEvidence} from '../../services/evidence/shred.js'
import {confirmShred} from '../../prompts/shred-confirm.js'

/**
 * An exhibit by its file name; a captured value by rule and masked form; a runbook answer by
 * runbook and step. Never a value.
 */
function label(item: ShredItem | ShreddedItem): string {
  switch (item.type) {
    case 'captured':
      return `captured ${capturedLabel(item)}`
    case 'runbook-answer':
      return `answer to ${runbookAnswerLabel(item)}`
    case 'exhibit':
      return item.name ?? '?'
  }
}

export default class EvidenceShred extends BaseCommand {
  static override summary = "Crypto-shred evidence: destroy its data key so its content is unrecoverable."
  static override description = `The wrapped key is deleted (and overwritten), a key.shredded entry is appended to the incident, and the chain still verifies. Irreversible: asks for confirmation unless --yes.

Works on exhibits, on the raw values \`pl scan --incident\` captured (listed under "Captured values" by \`pl evidence list\`) and on the password answers typed into runbook steps (listed under "Runbook answers"); --incident shreds all three. A shredded captured value is no longer handed to runbooks; revoke a credential before shredding it. A walk that still needs a shredded answer asks for it again (without a terminal, give it in --answers).`
  static override examples = [
    '<%= config.bin %> <%= command.id %> EV-12 --reason "customer data, retention ended"',
    '<%= config.bin %> <%= command.id %> --incident INC-2026-0001 --yes',
  ]
  static override args = {evidence: Args.string({description: 'Evidence id (EV-n) of an exhibit, a captured value or a runbook answer.'})}
  static override flags = {
    incident: Flags.string({char: 'i', description: 'Shred every exhibit, captured value and runbook answer of this incident.', exclusive: ['evidence']}),
    reason: Flags.string({char: 'r', description: 'Why (recorded).'}),
    yes: Flags.boolean({char: 'y', description: 'Do not ask for confirmation.'}),
  }

  async run(): Promise<ShredResult> {
    const {args, flags} = await this.parse(EvidenceShred)
    if (!args.evidence && !flags.incident) throw new UserError('usage', 'Name the evidence to shred (EV-n), or --incident INC.', {hints: ['pl evidence shred EV-12']})
    if (args.evidence && flags.incident) throw new UserError('usage', 'Give either an evidence id or --incident, not both.')
    const session = await this.session(flags)
    if (!flags.yes && !session.prompter.interactive) {
      throw new UserError('usage', 'Shredding is irreversible and there is no terminal to confirm on: pass --yes.')
    }
    const result = await shredEvidence(
      session,
      {...(args.evidence ? {evidence: args.evidence} : {}), ...(flags.incident ? {incident: flags.incident} : {}), ...(flags.reason ? {reason: flags.reason} : {})},
      async (items) => flags.yes || confirmShred(session.prompter, items.map((i) => ({id: i.id, type: i.type, label: label(i)})), (line) => this.logToStderr(line)),
    )
    for (const s of result.shredded) {
      const named = s.type !== 'exhibit' || s.name ? ` (${label(s)})` : ''
      this.log(`Shredded ${s.id}${named}.`)
    }
    for (const id of result.alreadyShredded) this.log(`${id} was already shredded.`)
    if (result.wipe === 'pending' && /^postgres(ql)?:\/\//i.test(session.storePath)) {
      this.logToStderr(
        'Warning: the keys are destroyed in the team store, but PostgreSQL keeps the deleted rows in its pages until VACUUM, in its WAL, and in backups and WAL archives until they expire (docs/team-store.md, "Backups and shredding").',
      )
    } else if (result.wipe === 'pending') {
      this.logToStderr(
        'Warning: the keys are destroyed in the store, but another process is reading it, so the old wrapped-key bytes are still on disk. They are overwritten when that reader is done and the last pl command closes the store (for example `pl evidence checkpoint`).',
      )
    }
    if (result.shredded.length === 0 && result.alreadyShredded.length === 0) this.log('Nothing to shred.')
    else if (result.shredded.length === 0 && !flags.yes) this.log('Nothing was shredded.')
    return result
  }
}
