import {createWriteStream, rmSync} from 'node:fs'
import type {WriteStream} from 'node:fs'
import {pipeline} from 'node:stream/promises'
import {Readable} from 'node:stream'
import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import {UserError} from '../../errors.js'
import type {CapturedDetails, EvidenceDetails, RunbookAnswerDetails} from '../../services/evidence/lookup.js'
import {revealEvidence} from '../../services/evidence/reveal.js'
import {showEvidence} from '../../services/evidence/show.js'
import {SNIFF, textKind} from '../../services/scan/text-kind.js'
import {bytes, when} from '../../render/format.js'
import {shownName} from '../../render/terminal.js'

/** A new file, mode 0600, never an existing one. */
function createExclusive(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path, {flags: 'wx', mode: 0o600})
  return new Promise((resolve, reject) => {
    stream.once('open', () => resolve(stream))
    stream.once('error', (error: NodeJS.ErrnoException) =>
      reject(new UserError('invalid-input', `Cannot create ${path}: ${error.code === 'EEXIST' ? 'it already exists' : error.message}.`, {cause: error, hints: ['Choose a new file name; an existing file is never overwritten.']})),
    )
  })
}

export default class EvidenceShow extends BaseCommand {
  static override summary = "Show an exhibit's metadata; with --reveal, its content (the reveal is recorded)."
  static override description = `Without --reveal only metadata is shown. --reveal writes the decrypted content to standard output, or to --out FILE (created 0600, never overwritten); binary content (a .gz exhibit) is not written to a terminal: pass --out FILE or pipe it; every reveal is appended to the incident first: who saw what, when, and where it went.

A raw value captured by \`pl scan --incident\` (listed under "Captured values" by \`pl evidence list\`) is shown by rule, category, masked form and fingerprint prefix; an answer kept apart from a runbook step (a password, or text that held a secret; listed under "Runbook answers") by runbook and step. Neither is ever revealed.`
  static override examples = [
    '<%= config.bin %> <%= command.id %> EV-12',
    '<%= config.bin %> <%= command.id %> EV-12 --reveal --out ./exhibit-12.jsonl',
    '<%= config.bin %> <%= command.id %> EV-12 --reveal | sha256sum',
  ]
  static override args = {evidence: Args.string({description: 'Evidence id (EV-n, as `pl evidence list` shows it; entry:SEQ also works).', required: true})}
  static override flags = {
    reveal: Flags.boolean({description: 'Decrypt and output the content (recorded).'}),
    out: Flags.string({description: 'With --reveal: write the content to this new file instead of standard output.', dependsOn: ['reveal']}),
  }

  async run(): Promise<CapturedDetails | RunbookAnswerDetails | (EvidenceDetails & {revealedTo?: string})> {
    const {args, flags} = await this.parse(EvidenceShow)
    const session = await this.session(flags)
    if (!flags.reveal) {
      const e = await showEvidence(session, args.evidence)
      if (e.kind === 'captured') {
        this.showCaptured(e, flags.utc)
        return e
      }
      if (e.kind === 'runbook-answer') {
        this.showAnswer(e, flags.utc)
        return e
      }
      this.log(`${e.id}  (incident ${e.incident})  ${idNote(e)}`)
      this.log(`  name: ${shownName(e.name ?? '—')}   kind: ${e.kind ?? '—'}   size: ${bytes(e.size)}`)
      if (e.path !== undefined) this.log(`  preserved from: ${e.path}`)
      this.log(`  sha256: ${e.sha256 ?? '—'}`)
      this.log(`  added: ${when(e.addedAt, flags.utc)} by ${e.addedBy}`)
      if (e.shredded) this.log(`  SHREDDED ${when(e.shreddedAt, flags.utc)} by ${e.shreddedBy ?? '?'}${e.shredReason ? ` (${e.shredReason})` : ''}: content unrecoverable`)
      else this.log(`  content: encrypted; \`pl evidence show ${e.id} --reveal\` to see it (recorded)`)
      return e
    }
    if (flags.json && !flags.out) throw new UserError('usage', '--json with --reveal needs --out FILE: standard output carries the JSON result.')
    const to = flags.out ?? 'standard output'
    // The output file is created before the reveal is recorded, so the record never names a
    // destination that could not be written; it is removed again if nothing was revealed.
    const file = flags.out ? await createExclusive(flags.out) : undefined
    let e: EvidenceDetails
    try {
      e = await revealEvidence(
        session,
        args.evidence,
        to,
        async (chunks) => {
          await pipeline(Readable.from(chunks), file ?? process.stdout, {end: Boolean(file)})
        },
        // Binary content (a .gz exhibit) would garble a terminal: it goes to a file or a pipe.
        file === undefined && process.stdout.isTTY === true ? binaryForTerminal : undefined,
      )
    } catch (error) {
      if (file && flags.out) {
        file.destroy()
        rmSync(flags.out, {force: true})
      }
      throw error
    }
    this.note(`Revealed ${e.id} (${shownName(e.name ?? '')}) to ${shownName(to)}; the reveal is recorded on ${e.incident}.`)
    return {...e, revealedTo: to}
  }

  private showAnswer(a: RunbookAnswerDetails, utc: boolean): void {
    this.log(`${a.id}  (incident ${a.incident})  runbook answer, ${idNote(a)}`)
    this.log(`  runbook: ${a.runbook ?? '?'}   step: ${a.step ?? '?'}`)
    this.log(`  answered: ${when(a.answeredAt, utc)} by ${a.answeredBy}`)
    if (a.shredded && a.shreddedAt === undefined) this.log('  SHREDDED: its key is gone, but no shred is on the record (`pl evidence verify --deep` reports it)')
    else if (a.shredded) this.log(`  SHREDDED ${when(a.shreddedAt, utc)} by ${a.shreddedBy ?? '?'}${a.shredReason ? ` (${a.shredReason})` : ''}: answer unrecoverable; a walk that still needs it asks for it again`)
    else this.log(`  value: encrypted under its own key; never shown. \`pl evidence shred ${a.id}\` destroys it`)
  }

  private showCaptured(c: CapturedDetails, utc: boolean): void {
    this.log(`${c.id}  (incident ${c.incident})  captured value, ${idNote(c)}`)
    this.log(`  rule: ${c.rule ?? '?'}   category: ${c.category ?? '?'}   masked: ${c.masked ?? '[masked]'}`)
    this.log(`  fingerprint: ${c.fingerprint === null ? '—' : `${c.fingerprint}…`}   found ${c.occurrences} time${c.occurrences === 1 ? '' : 's'} in ${c.scans} scan${c.scans === 1 ? '' : 's'}`)
    this.log(`  captured: ${when(c.capturedAt, utc)} by ${c.capturedBy}`)
    if (c.shredded && c.shreddedAt === undefined) this.log('  SHREDDED: its key is gone, but no shred is on the record (`pl evidence verify --deep` reports it)')
    else if (c.shredded) this.log(`  SHREDDED ${when(c.shreddedAt, utc)} by ${c.shreddedBy ?? '?'}${c.shredReason ? ` (${c.shredReason})` : ''}: value unrecoverable`)
    else this.log(`  value: encrypted under its own key; never shown. A runbook's {{ secrets.${c.rule ?? 'RULE'} }} hands it to a provider; \`pl evidence shred ${c.id}\` destroys it`)
  }
}

/** The refusal to write an exhibit's binary content (gzip, or not text) to a terminal. */
/** Where the item sits in the ledger, and the id it had before evidence was numbered (ADR 0016). */
function idNote(item: {seq: number; formerId?: string}): string {
  return `entry ${item.seq}${item.formerId === undefined ? '' : `; formerly ${item.formerId}`}`
}

function binaryForTerminal(head: Uint8Array, e: EvidenceDetails): UserError | undefined {
  const gzip = head[0] === 0x1f && head[1] === 0x8b
  if (!gzip && textKind(head.subarray(0, SNIFF)).kind !== 'binary') return undefined
  return new UserError('usage', `${e.id} is ${gzip ? 'gzip-compressed' : 'binary'}: pl does not write binary content to a terminal.`, {
    hints: [`Write it to a file: pl evidence show ${e.id} --reveal --out FILE`, gzip ? `Or read it decompressed: pl evidence show ${e.id} --reveal | zcat` : `Or pipe it: pl evidence show ${e.id} --reveal | xxd | less`],
  })
}
