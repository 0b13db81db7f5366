import {createWriteStream} from 'node:fs'
import {pipeline} from 'node:stream/promises'
import {Readable} from 'node:stream'
import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../../base-command.js'
import {UserError} from '../../errors.js'
import type {EvidenceDetails} from '../../services/evidence.js'
import {revealEvidence, showEvidence} from '../../services/evidence.js'
import {bytes, when} from '../../render/format.js'

export default class EvidenceShow extends BaseCommand {
  static override summary = "Show an exhibit's metadata; with --reveal, its content (the reveal is recorded)."
  static override description = `Without --reveal only metadata is shown. --reveal writes the decrypted content to standard output, or to --out FILE (created 0600, never overwritten); every reveal is appended to the incident first: who saw what, when, and where it went.`
  static override examples = [
    '<%= config.bin %> <%= command.id %> EV-12',
    '<%= config.bin %> <%= command.id %> EV-12 --reveal --out ./exhibit-12.jsonl',
    '<%= config.bin %> <%= command.id %> EV-12 --reveal | sha256sum',
  ]
  static override args = {evidence: Args.string({description: 'Evidence id (EV-n).', required: true})}
  static override flags = {
    reveal: Flags.boolean({description: 'Decrypt and output the content (recorded).'}),
    out: Flags.string({description: 'With --reveal: write the content to this new file instead of standard output.', dependsOn: ['reveal']}),
  }

  async run(): Promise<EvidenceDetails & {revealedTo?: string}> {
    const {args, flags} = await this.parse(EvidenceShow)
    const session = await this.session(flags)
    if (!flags.reveal) {
      const e = await showEvidence(session, args.evidence)
      this.log(`${e.id}  (incident ${e.incident})`)
      this.log(`  name: ${e.name ?? '—'}   kind: ${e.kind ?? '—'}   size: ${bytes(e.size)}`)
      this.log(`  sha256: ${e.sha256 ?? '—'}`)
      this.log(`  added: ${when(e.addedAt, flags.utc)} by ${e.addedBy}`)
      if (e.shredded) this.log(`  SHREDDED ${when(e.shreddedAt, flags.utc)} by ${e.shreddedBy ?? '?'}${e.shredReason ? ` (${e.shredReason})` : ''}: content unrecoverable`)
      else this.log(`  content: encrypted; \`pl evidence show ${e.id} --reveal\` to see it (recorded)`)
      return e
    }
    if (flags.json && !flags.out) throw new UserError('usage', '--json with --reveal needs --out FILE: standard output carries the JSON result.')
    const to = flags.out ?? 'standard output'
    const e = await revealEvidence(session, args.evidence, to, async (chunks) => {
      const sink = flags.out ? createWriteStream(flags.out, {flags: 'wx', mode: 0o600}) : process.stdout
      if (flags.out) {
        await new Promise<void>((resolve, reject) => {
          ;(sink as ReturnType<typeof createWriteStream>).once('open', () => resolve()).once('error', (error) =>
            reject(new UserError('invalid-input', `Cannot create ${flags.out}: ${(error as NodeJS.ErrnoException).code === 'EEXIST' ? 'it already exists' : error.message}.`, {cause: error})),
          )
        })
      }
      await pipeline(Readable.from(chunks), sink, {end: Boolean(flags.out)})
    })
    this.note(`Revealed ${e.id} (${e.name ?? ''}) to ${to}; the reveal is recorded on ${e.incident}.`)
    return {...e, revealedTo: to}
  }
}
