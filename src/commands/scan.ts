import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../base-command.js'
import {UserError} from '../errors.js'
import type {ScanReport} from '../services/scan-run.js'
import {runScan} from '../services/scan-run.js'
import {findingsTable, scanNotes, scanSummary} from '../render/findings.js'
import {byteProgress} from '../render/progress.js'
import {toSarif} from '../render/sarif.js'

/** Exit code when some inputs could not be read (the others were scanned): the usage/input code. */
const EXIT_INPUT_ERRORS = 2
/** Inputs above this size show a progress bar (on a terminal). */
const PROGRESS_FROM = 16 * 1024 * 1024

export default class Scan extends BaseCommand {
  static override summary = 'Scan files, directories, gzip or standard input for leaked secrets, personal data and known prompts.'
  static override description = `Reads plain text, JSON and JSONL (reporting the JSON path of each hit), recursively through directories (binary files are skipped and counted), decompressing .gz. A found value is never printed: only a masked form and a keyed fingerprint (HMAC-SHA-256 under the store's fingerprint key when the store can be unlocked from the environment, otherwise an ephemeral key — see stats.fingerprintScope).
With --incident, the findings become evidence of that incident: one scan.findings entry, and each distinct raw value encrypted under its own data key (secret.captured), so a runbook can revoke it and a purge can crypto-shred it.
With --prompts DIR, every .txt file in DIR is a sensitive prompt (named after the file) whose copies are found even partial or reformatted.
Exit codes: 0 nothing found; 1 findings (change it with --exit-code); 2 some inputs could not be read (each is reported with its path; the others were scanned); the documented error codes otherwise (see docs/scanning.md).`
  static override examples = [
    '<%= config.bin %> <%= command.id %> ./gateway-logs/',
    'kubectl logs deploy/gateway | <%= config.bin %> <%= command.id %> -',
    '<%= config.bin %> <%= command.id %> traces.jsonl.gz --prompts ./prompts --format sarif > pl.sarif',
    '<%= config.bin %> <%= command.id %> ./export/ --incident INC-2026-0001 --prompts ./prompts',
    '<%= config.bin %> <%= command.id %> dataset.jsonl --exit-code 0 --json',
    '<%= config.bin %> <%= command.id %> ./gateway-logs/ --verify',
  ]
  static override strict = false
  static override args = {
    path: Args.string({description: 'Files or directories to scan, or - for standard input.', required: true}),
  }
  static override flags = {
    incident: Flags.string({description: 'Record the findings as evidence of this incident (raw values encrypted, each under its own key).'}),
    prompts: Flags.string({description: 'Directory of sensitive prompts to look for: every .txt file is one prompt, named after the file.'}),
    format: Flags.string({description: 'Output format on standard output [default: table].', options: ['table', 'json', 'sarif']}),
    'exit-code': Flags.integer({description: 'Exit code when something is found [default: 1].', min: 0, max: 255}),
    verify: Flags.boolean({
      description:
        'Ask each found token\'s provider whether it still works, through a read-only endpoint (GitHub, OpenAI, Slack, Anthropic, Hugging Face): live, revoked/invalid or unknown. Sends the token to its provider only.',
    }),
  }

  async run(): Promise<ScanReport> {
    const {argv, flags} = await this.parse(Scan)
    const inputs = argv as string[]
    if (flags.json && flags.format !== undefined && flags.format !== 'json') {
      throw new UserError('usage', `--json prints JSON; it cannot be combined with --format ${flags.format}.`, {hints: ['Drop --json, or use --format json.']})
    }
    const stdinCount = inputs.filter((i) => i === '-').length
    if (stdinCount > 1) throw new UserError('usage', 'Standard input (-) can be given only once.')
    if (stdinCount === 1 && process.stdin.isTTY) {
      throw new UserError('usage', 'Nothing is piped into standard input.', {hints: ['kubectl logs deploy/gateway | pl scan -']})
    }
    const progress = byteProgress('scanning', !flags.json)
    let report: ScanReport
    try {
      report = await runScan(await this.session(flags), {
        inputs,
        cwd: process.cwd(),
        ...(flags.incident === undefined ? {} : {incident: flags.incident}),
        ...(flags.prompts === undefined ? {} : {promptsDir: flags.prompts}),
        ...(flags.verify ? {verify: true} : {}),
        onProgress: (done, total) => {
          if ((total ?? done) > PROGRESS_FROM) progress.update(done, total)
        },
      })
    } finally {
      progress.stop()
    }

    const format = flags.json ? 'json' : (flags.format ?? 'table')
    if (format === 'sarif') this.log(JSON.stringify(toSarif(report, {toolVersion: this.config.version}), null, 2))
    else if (format === 'json' && !flags.json) this.log(JSON.stringify(report, null, 2))
    else if (format === 'table' && report.findings.length > 0) this.log(findingsTable(report.findings))
    for (const line of scanNotes(report)) this.note(line)
    for (const line of verificationNotes(report)) this.note(line)
    this.note(scanSummary(report))

    if (report.stats.errors.length > 0) process.exitCode = EXIT_INPUT_ERRORS
    else if (report.findings.length > 0) process.exitCode = flags['exit-code'] ?? 1
    return report
  }
}

/** One line per distinct live token (where it was first seen), then the counts. */
function verificationNotes(report: ScanReport): string[] {
  const counts = report.stats.verification
  if (counts === undefined) return []
  const seen = new Set<string>()
  const lines: string[] = []
  for (const f of report.findings) {
    if (f.verification !== 'live' || seen.has(f.fingerprint)) continue
    seen.add(f.fingerprint)
    lines.push(`live token: ${f.path}:${f.line}:${f.column} ${f.rule} ${f.masked} — revoke it`)
  }
  lines.push(`verified ${counts.live + counts['revoked/invalid'] + counts.unknown} distinct tokens: ${counts.live} live, ${counts['revoked/invalid']} revoked/invalid, ${counts.unknown} unknown`)
  return lines
}
