import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../base-command.js'
import {escapeJsonControls} from '../render/terminal.js'
import {EXIT_CODES, EXIT_INCOMPLETE_SCAN, UserError} from '../errors.js'
import type {ScanReport} from '../domain/scan/report.js'
import {countsForExit, isExpectedCopy} from '../domain/scan/report.js'
import {runScan} from '../services/scan/run.js'
import {LOW_ROWS, findingsTable, pathLabel, scanNotes, scanSummary} from '../render/findings.js'
import {byteProgress} from '../render/progress.js'
import {toSarif} from '../render/sarif.js'
import {PROVIDERS} from '../domain/scan/providers/index.js'

/** Providers of the core rules with a live check. */
const CORE_VERIFIED = ['GitHub', 'OpenAI', 'Anthropic', 'Groq', 'Slack', 'Stripe', 'SendGrid', 'Hugging Face', 'npm', 'AWS', 'Microsoft Entra ID']
/** With the catalogue's providers that have a live check needing no instance named (Vault needs one). */
const VERIFIED_PROVIDERS = [
  ...new Set([
    ...CORE_VERIFIED,
    ...PROVIDERS.filter((p) => Object.keys(p.verifiers).length > 0 && !['hashicorp-vault', 'grafana', 'databricks', 'openshift'].includes(p.name)).map((p) => p.title.replace(/ \(.*\)$/, '')),
  ]),
].join(', ')

/** Exit codes pl itself gives to errors: --exit-code may not take one, or findings would read as an error. */
const RESERVED_EXIT_CODES = new Set([...Object.values(EXIT_CODES), EXIT_INCOMPLETE_SCAN].sort((a, b) => a - b))
/** A progress bar (on a terminal) for inputs this large, or for any scan that runs longer than PROGRESS_AFTER_MS. */
const PROGRESS_FROM = 16 * 1024 * 1024
const PROGRESS_AFTER_MS = 1000

export default class Scan extends BaseCommand {
  static override summary = 'Scan files, directories, gzip or standard input for leaked secrets, personal data and known prompts.'
  static override description = `Reads plain text (UTF-8 or UTF-16), JSON and JSONL (reporting the JSON path of each hit), recursively through directories and the symbolic links in them (binary files in directories are skipped, counted and named; a binary file named on the command line makes the scan incomplete, exit 9; each file is read once), standard input and named pipes, decompressing .gz. A found value is never printed: only a masked form and a keyed fingerprint (HMAC-SHA-256 under the store's fingerprint key when the store can be unlocked from the environment, otherwise an ephemeral key — see stats.fingerprintScope).
With --incident, the findings become evidence of that incident: one scan.findings entry, and each distinct raw value encrypted under its own data key (secret.captured), so a runbook can revoke it and \`pl evidence shred\` can crypto-shred it.
With --prompts DIR, every .txt file in DIR is a sensitive prompt (named after the file) whose copies are found even partial or reformatted, one finding per copy on the record it sits in (a JSON line or document, and inside it one JSON value; plain text lines are one text, so a copy re-wrapped over them is one finding). Each copy has a channel, read from its JSON path and the roles of its record (OpenAI chat and Responses, Anthropic, OpenTelemetry GenAI, Langfuse, pl's own format): a copy in a model output or a user message is a leak (listed first); one in its own place (a system or developer message, the request's system or instructions field) is a note, counted but not a reason to exit 1, and --hide-expected leaves it out.
Tokens of GitHub and npm carry a checksum: one in the exact format whose checksum fails (a truncated copy, an example, a test value) is reported with confidence low and the reason, counted apart, and does not make the scan exit 1 unless --fail-on low. So are published test card numbers, IP addresses in private, loopback, link-local, documentation and other reserved ranges, a German tax id or ID card number next to its name whose check digit fails, and a typed stand-in of key length under a key\'s name (a block repeated to the length, or a counting run: abcd1234abcd1234…).
Exit codes: 0 nothing found (or only notes and low-confidence findings); 1 findings (change it with --exit-code); 9 the scan is incomplete: some inputs could not be read or had problems (each is reported with its path; the others were scanned); 2 a usage error; the documented error codes otherwise (see docs/scanning.md).`
  static override examples = [
    '<%= config.bin %> <%= command.id %> ./gateway-logs/',
    '$ kubectl logs deploy/gateway | <%= config.bin %> <%= command.id %> -',
    '<%= config.bin %> <%= command.id %> traces.jsonl.gz --prompts ./prompts --format sarif > pl.sarif',
    '<%= config.bin %> <%= command.id %> gateway.jsonl.gz --prompts ./prompts --hide-expected',
    '<%= config.bin %> <%= command.id %> ./export/ --incident INC-2026-0001 --prompts ./prompts',
    '<%= config.bin %> <%= command.id %> dataset.jsonl --exit-code 0 --json',
    '<%= config.bin %> <%= command.id %> ./gateway-logs/ --verify',
    '<%= config.bin %> <%= command.id %> ./repo-export/ --fail-on low',
  ]
  static override strict = false
  static override args = {
    path: Args.string({description: 'Files or directories to scan, or - for standard input.', required: true}),
  }
  static override flags = {
    incident: Flags.string({char: 'i', description: 'Record the findings as evidence of this incident (raw values encrypted, each under its own key).'}),
    prompts: Flags.string({char: 'p', description: 'Directory of sensitive prompts to look for: every .txt file is one prompt, named after the file.'}),
    format: Flags.string({char: 'f', description: 'Output format on standard output [default: table].', options: ['table', 'json', 'sarif']}),
    'exit-code': Flags.integer({
      description: `Exit code when something is found [default: 1]. Not one of pl's error codes (${[...RESERVED_EXIT_CODES].join(', ')}).`,
      min: 0,
      max: 255,
    }),
    'all-low': Flags.boolean({
      description: `List every low-confidence finding in the table. By default, past ${LOW_ROWS} of one rule and reason (a log full of private addresses) they are counted on one row; --format json and sarif always list each.`,
    }),
    'all-expected': Flags.boolean({
      description: `List every copy of a registered prompt in its own place in the table. By default, past ${LOW_ROWS} of one prompt (a gateway log with the system prompt in every request) they are counted on one row; --format json and sarif always list each.`,
      exclusive: ['hide-expected'],
    }),
    'hide-expected': Flags.boolean({
      description: 'Leave out copies of registered prompts in their own place (a system or developer message, the request\'s system or instructions field); they are still counted (stats.expectedCopies).',
    }),
    'fail-on': Flags.string({
      description:
        'The lowest confidence that makes the scan exit 1 [default: high]. Findings of confidence low (a token in its provider\'s exact format whose checksum fails: a truncated copy, an example, or a test value; a test card; a private or reserved IP address; a typed stand-in under a key\'s name) are reported and counted apart (stats.lowConfidence); with --fail-on low they fail the scan too.',
      options: ['high', 'low'],
    }),
    rules: Flags.string({
      description:
        'Custom rules to run with the built-in ones: a YAML file (id, regex as RE2 or JavaScript, secretGroup, keywords, entropy, allowlist regexes and stopwords) or a gitleaks TOML config (.toml: [[rules]] and their allowlists); see docs/scanning.md. A custom rule wins where it overlaps a built-in one.',
    }),
    verify: Flags.boolean({
      description: `Ask each found token's provider whether it still works, through a read-only endpoint (${VERIFIED_PROVIDERS}; GitLab, HashiCorp Vault, Grafana, Databricks and OpenShift when PL_GITLAB_API_URL / PL_VAULT_API_URL / PL_GRAFANA_API_URL / PL_DATABRICKS_API_URL / PL_OPENSHIFT_API_URL name the instance; paired credentials (AWS, Twilio, Datadog, Entra ID) with both halves found together): live, revoked/invalid or unknown. Sends the token to its provider only.`,
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
    const exitCode = flags['exit-code']
    if (exitCode !== undefined && RESERVED_EXIT_CODES.has(exitCode)) {
      throw new UserError('usage', `--exit-code ${exitCode} is an error code of pl: findings would be mistaken for an error.`, {
        hints: ['Use 1 (the default), 0 to report without failing, or another code such as 20.'],
      })
    }
    // Read only with --rules: the YAML and TOML parsers it needs are no part of a plain scan's start-up.
    const rules = flags.rules === undefined ? undefined : (await import('../services/scan/rules-file.js')).loadRulesFile(flags.rules)
    const progress = byteProgress('scanning', !flags.json)
    const started = Date.now()
    let report: ScanReport
    try {
      report = await runScan(await this.session(flags), {
        inputs,
        cwd: process.cwd(),
        ...(flags.incident === undefined ? {} : {incident: flags.incident}),
        ...(flags.prompts === undefined ? {} : {promptsDir: flags.prompts}),
        ...(flags.verify ? {verify: true} : {}),
        ...(rules === undefined ? {} : {rules}),
        onProgress: (done, total) => {
          if ((total ?? done) > PROGRESS_FROM || Date.now() - started > PROGRESS_AFTER_MS) progress.update(done, total)
        },
      })
    } finally {
      progress.stop()
    }

    if (flags['hide-expected'] && (report.stats.expectedCopies ?? 0) > 0) {
      report = {...report, findings: report.findings.filter((f) => !isExpectedCopy(f)), stats: {...report.stats, expectedHidden: true}}
    }
    const format = flags.json ? 'json' : (flags.format ?? 'table')
    // JSON escapes what a terminal would obey (file names come from outside), keeping the value
    // exact; it then holds no control character, so it is written as it is (tens of MB for a log
    // full of findings: not through console.log and the control-character filter of this.log).
    if (format === 'sarif') this.writeJson(toSarif(report, {toolVersion: this.config.version, ...(this.config.pjson.homepage === undefined ? {} : {informationUri: this.config.pjson.homepage})}))
    else if (format === 'json' && !flags.json) this.writeJson(report)
    else if (format === 'table' && report.findings.length > 0) this.log(findingsTable(report.findings, {verified: report.stats.verification !== undefined, ...(flags['all-low'] ? {lowRows: Infinity} : {}), ...(flags['all-expected'] ? {expectedRows: Infinity} : {})}))
    for (const line of scanNotes(report)) this.note(line)
    for (const line of verificationNotes(report)) this.note(line)
    this.note(scanSummary(report))

    if (report.stats.errors.length > 0) process.exitCode = EXIT_INCOMPLETE_SCAN
    else if (report.findings.some((f) => countsForExit(f, flags['fail-on'] === 'low'))) process.exitCode = exitCode ?? 1
    return report
  }

  /** A JSON document on standard output, as logJson writes --json's. */
  private writeJson(value: unknown): void {
    process.stdout.write(escapeJsonControls(JSON.stringify(value, null, 2)) + '\n')
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
    lines.push(`live token: ${pathLabel(f.path)}:${f.line}:${f.column} ${f.rule} ${f.masked} — revoke it`)
  }
  const checked = counts.live + counts['revoked/invalid'] + counts.unknown
  lines.push(`verified ${checked} distinct token${checked === 1 ? '' : 's'}: ${counts.live} live, ${counts['revoked/invalid']} revoked/invalid, ${counts.unknown} unknown`)
  for (const f of report.stats.verificationFailures ?? []) {
    lines.push(`  unknown: ${f.rules.join(', ')} at ${f.host} (${f.variable}): ${f.reason} — ${f.tokens} token${f.tokens === 1 ? '' : 's'} not checked`)
  }
  return lines
}
