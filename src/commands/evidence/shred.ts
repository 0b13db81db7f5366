import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import {UserError} from '../../errors.js'
import type {ShredResult} from '../../services/evidence.js'
import {shredEvidence} from '../../services/evidence.js'

export default class EvidenceShred extends BaseCommand {
  static override summary = "Crypto-shred evidence: destroy its data key so its content is unrecoverable."
  static override description = `The wrapped key is deleted (and overwritten), a key.shredded entry is appended to the incident, and the chain still verifies. Irreversible: asks for confirmation unless --yes.`
  static override examples = [
    '<%= config.bin %> <%= command.id %> EV-12 --reason "customer data, retention ended"',
    '<%= config.bin %> <%= command.id %> --incident INC-2026-0001 --yes',
  ]
  static override args = {evidence: Args.string({description: 'Evidence id (EV-n).'})}
  static override flags = {
    incident: Flags.string({description: 'Shred every exhibit of this incident.', exclusive: ['evidence']}),
    reason: Flags.string({description: 'Why (recorded).'}),
    yes: Flags.boolean({description: 'Do not ask for confirmation.'}),
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
      async (items) =>
        flags.yes ||
        session.prompter.confirm({
          message: `Destroy the keys of ${items.map((i) => `${i.id} (${i.name ?? '?'})`).join(', ')}? Their content will be unrecoverable.`,
          default: false,
        }),
    )
    for (const s of result.shredded) this.log(`Shredded ${s.id}${s.name ? ` (${s.name})` : ''}.`)
    for (const id of result.alreadyShredded) this.log(`${id} was already shredded.`)
    if (result.wipe === 'pending') {
      this.logToStderr(
        'Warning: the keys are destroyed in the store, but another process is reading it, so the old wrapped-key bytes are still on disk. They are overwritten when that reader is done and the last pl command closes the store (for example `pl evidence checkpoint`).',
      )
    }
    if (result.shredded.length === 0 && result.alreadyShredded.length === 0) this.log('Nothing to shred.')
    else if (result.shredded.length === 0 && !flags.yes) this.log('Nothing was shredded.')
    return result
  }
}
