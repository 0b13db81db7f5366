import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import {UserError} from '../../errors.js'
import {capturedLabel} from '../../domain/captured.js'
import type {ShreddedItem, ShredItem, ShredResult} from '../../services/evidence.js'
import {shredEvidence} from '../../services/evidence.js'

/** An exhibit by its file name; a captured value by rule and masked form, never the value. */
function label(item: ShredItem | ShreddedItem): string {
  return item.type === 'captured' ? `captured ${capturedLabel(item)}` : (item.name ?? '?')
}

/** Up to this many items are named in the question itself; more are listed above it. */
const INLINE_ITEMS = 3

export default class EvidenceShred extends BaseCommand {
  static override summary = "Crypto-shred evidence: destroy its data key so its content is unrecoverable."
  static override description = `The wrapped key is deleted (and overwritten), a key.shredded entry is appended to the incident, and the chain still verifies. Irreversible: asks for confirmation unless --yes.

Works on exhibits and on the raw values \`pl scan --incident\` captured (their EV ids are listed under "Captured values" by \`pl evidence list\`); --incident shreds both. A shredded captured value is no longer handed to runbooks; revoke a credential before shredding it.`
  static override examples = [
    '<%= config.bin %> <%= command.id %> EV-12 --reason "customer data, retention ended"',
    '<%= config.bin %> <%= command.id %> --incident INC-2026-0001 --yes',
  ]
  static override args = {evidence: Args.string({description: 'Evidence id (EV-n) of an exhibit or a captured value.'})}
  static override flags = {
    incident: Flags.string({description: 'Shred every exhibit and every captured value of this incident.', exclusive: ['evidence']}),
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
      async (items) => {
        if (flags.yes) return true
        if (items.length <= INLINE_ITEMS) {
          return session.prompter.confirm({message: `Destroy the keys of ${items.map((i) => `${i.id} (${label(i)})`).join(', ')}? Their content will be unrecoverable.`, default: false})
        }
        for (const i of items) this.logToStderr(`  ${i.id}  ${label(i)}`)
        const captured = items.filter((i) => i.type === 'captured').length
        const counts = [`${items.length - captured} exhibit${items.length - captured === 1 ? '' : 's'}`, `${captured} captured value${captured === 1 ? '' : 's'}`]
        return session.prompter.confirm({message: `Destroy the keys of these ${counts.join(' and ')}? Their content will be unrecoverable.`, default: false})
      },
    )
    for (const s of result.shredded) {
      const named = s.type === 'captured' || s.name ? ` (${label(s)})` : ''
      this.log(`Shredded ${s.id}${named}.`)
    }
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
