import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../base-command.js'
import type {RedactResult} from '../domain/scan/redact-report.js'
import {redactFile} from '../services/scan/redact.js'
import {redactNotes, redactSummary} from '../render/findings.js'

export default class Redact extends BaseCommand {
  static override summary = 'Write a redacted copy of a file, with a provenance sidecar listing every redaction.'
  static override description = `Every finding of \`pl scan\` (with the same --prompts) is replaced by [REDACTED:<rule>:<fingerprint prefix>]. A JSON line stays valid JSON; a .gz file gives a .gz copy. The copy goes to FILE.redacted unless --out says otherwise, and <out>.provenance.json lists each redaction's rule, position, length and fingerprint (never the value) with the SHA-256 of the original and of the copy.
Exactly the spans found are replaced, inside the string values they sit in: a JSON or JSONL copy keeps its keys, key order, array lengths and non-string values, and every value without a finding is byte-identical. pl checks each rewritten record against the original; if the copy would differ anywhere outside the redacted spans, it writes nothing, names the first such record and exits 2.
The copy is scanned again before it is kept; if anything is still found the command says so and exits 1. Existing files are never replaced without --force.`
  static override examples = [
    '<%= config.bin %> <%= command.id %> gateway.jsonl',
    '<%= config.bin %> <%= command.id %> traces.jsonl.gz --out shareable/traces.jsonl.gz --prompts ./prompts',
    '<%= config.bin %> <%= command.id %> chat-export.json --force --json',
  ]
  static override args = {
    file: Args.string({description: 'The file to redact (text, JSON, JSONL, or gzip of those).', required: true}),
  }
  static override flags = {
    out: Flags.string({char: 'o', description: 'Where to write the redacted copy [default: FILE.redacted].'}),
    prompts: Flags.string({char: 'p', description: 'Directory of sensitive prompts to redact too: every .txt file is one prompt, named after the file.'}),
    force: Flags.boolean({description: 'Replace the copy and its sidecar if they exist.'}),
  }

  async run(): Promise<RedactResult> {
    const {args, flags} = await this.parse(Redact)
    const session = await this.session(flags)
    const result = await redactFile(session, {
      input: args.file,
      force: flags.force,
      now: session.now,
      ...(flags.out === undefined ? {} : {out: flags.out}),
      ...(flags.prompts === undefined ? {} : {promptsDir: flags.prompts}),
    })
    for (const line of redactSummary(result)) this.log(line)
    for (const line of redactNotes(result)) this.note(line)
    if (result.remaining > 0) {
      this.note(`Warning: ${result.remaining} finding(s) remain in ${result.output}; check it with \`pl scan ${result.output}\` before sharing it.`)
      process.exitCode = 1
    }
    return result
  }
}
