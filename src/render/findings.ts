/**
 * Human renderings of scan findings: a table grouped by input, and one summary line. Findings are
 * already masked; nothing here ever sees a raw value.
 */
import type {Category} from '../domain/scan/types.js'
import type {RedactResult} from '../domain/scan/redact-report.js'
import type {Channel} from '../domain/replay/channel.js'
import type {ReportedFinding, ScanReport, UnmatchableNote} from '../domain/scan/report.js'
import {isExpectedCopy, isPromptLeak} from '../domain/scan/report.js'
import {bytes, plural, table} from './format.js'
import {shownName} from './terminal.js'

const STDIN_LABEL = '<stdin>'

export const pathLabel = (path: string): string => (path === '-' ? STDIN_LABEL : shownName(path))

/** A fingerprint's prefix, long enough to tell values apart in a table, like a short git hash. */
export const fingerprintPrefix = (fingerprint: string): string => fingerprint.slice(0, 12)

/** A channel in words, as the table and the notes say it. */
export const CHANNEL_LABEL: Record<Channel, string> = {
  'model-output': 'LEAKED in model output',
  'user-message': 'LEAKED: pasted in a user message',
  'tool-result': 'in a tool result',
  'outside-exchange': 'outside any exchange',
  system: 'in its own place (system/instructions; expected)',
}

function where(f: ReportedFinding): string {
  const parts: string[] = []
  if (f.promptName !== undefined) parts.push(`prompt "${f.promptName}"${f.coverage === undefined ? '' : ` (${Math.round(f.coverage * 100)}%)`}`)
  if (f.channel !== undefined) parts.push(CHANNEL_LABEL[f.channel])
  if (f.confidence === 'low') parts.push(`low confidence (${f.reason ?? 'unverified'})`)
  if (f.jsonPath !== undefined) parts.push(f.jsonPath)
  if (f.endLine > f.line) parts.push(`to line ${f.endLine}`)
  if (f.tenant !== undefined) parts.push(`tenant ${f.tenant}`)
  return parts.join(', ')
}

/** Low-confidence findings of one rule and reason, or copies of one prompt in its own place, listed in the table before the rest are counted on one row. */
export const LOW_ROWS = 3

/** The row that stands for the findings of one group past the first few. */
interface Collapsed {
  rule: string
  /** What the counted findings are, e.g. `low confidence (a reserved address)`. */
  what: string
  /** The flag that lists each of them. */
  flag: string
  more: number
}

/** How the table keeps notes short: how many of each group it lists (Infinity: all). */
interface Keep {
  low: number
  expected: number
}

/** The group a finding is counted in past the first few, or undefined for a finding always listed. */
function noteGroup(f: ReportedFinding): {key: string; what: string; flag: string; kind: keyof Keep} | undefined {
  if (isExpectedCopy(f)) {
    return {key: `expected\u0000${f.promptName ?? ''}`, what: `${CHANNEL_LABEL.system}; --hide-expected hides them`, flag: '--all-expected', kind: 'expected'}
  }
  if (f.confidence === 'low') return {key: `low\u0000${f.rule}\u0000${f.reason ?? ''}`, what: `low confidence (${f.reason ?? 'unverified'})`, flag: '--all-low', kind: 'low'}
  return undefined
}

/**
 * A log full of private addresses or test cards, or a gateway log with the system prompt in every
 * request, would bury the findings that matter under a row each: past `keep` of one group
 * (low-confidence findings of one rule and reason; copies of one prompt in its own place), the rest
 * are counted on one row, placed where the last listed one was. JSON and SARIF keep every finding.
 */
function collapseNotes(sorted: readonly ReportedFinding[], keep: Keep): (ReportedFinding | Collapsed)[] {
  const totals = new Map<string, number>()
  for (const f of sorted) {
    const g = noteGroup(f)
    if (g !== undefined) totals.set(g.key, (totals.get(g.key) ?? 0) + 1)
  }
  const out: (ReportedFinding | Collapsed)[] = []
  const listed = new Map<string, number>()
  for (const f of sorted) {
    const g = noteGroup(f)
    if (g === undefined) {
      out.push(f)
      continue
    }
    const n = (listed.get(g.key) ?? 0) + 1
    listed.set(g.key, n)
    const total = totals.get(g.key) ?? 0
    const limit = keep[g.kind]
    if (n <= limit) out.push(f)
    if (n === limit && total > limit) out.push({rule: f.rule, what: g.what, flag: g.flag, more: total - limit})
  }
  return out
}

/**
 * One row per finding: leaks of registered prompts (in a model output or a user message) first,
 * then the rest; each part grouped by input in the order the inputs were scanned, then by position.
 */
export function findingsTable(
  findings: readonly ReportedFinding[],
  options: {verified?: boolean; lowRows?: number; expectedRows?: number} = {},
): string {
  const order = new Map<string, number>()
  for (const f of findings) if (!order.has(f.path)) order.set(f.path, order.size)
  const sorted = collapseNotes(
    [...findings].sort(
      (a, b) => Number(isPromptLeak(b)) - Number(isPromptLeak(a)) || (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0) || a.line - b.line || a.column - b.column,
    ),
    {low: options.lowRows ?? LOW_ROWS, expected: options.expectedRows ?? LOW_ROWS},
  )
  const row = (f: ReportedFinding | Collapsed): string[] =>
    'more' in f
      ? ['…', f.rule, `${f.more} more`, '', `${f.what}; ${f.flag} lists each`]
      : [`${pathLabel(f.path)}:${f.line}:${f.column}`, f.rule, f.masked, fingerprintPrefix(f.fingerprint), where(f)]
  // With --verify, what the provider said of each token (blank for values no provider can check).
  if (options.verified === true) {
    return table(
      ['Location', 'Rule', 'Found', 'Fingerprint', 'Verified', 'Where'],
      sorted.map((f) => {
        const cells = row(f)
        cells.splice(4, 0, 'more' in f ? '' : (f.verification ?? ''))
        return cells
      }),
    )
  }
  return table(['Location', 'Rule', 'Found', 'Fingerprint', 'Where'], sorted.map(row))
}


function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`
}

/** e.g. "3 findings (2 secret, 1 pii; 3 distinct values) in 2 of 4 files · 1.2 MiB, 300 lines in 42 ms · fingerprints: store" */
export function scanSummary(report: ScanReport): string {
  const {stats} = report
  const paths = new Set<string>()
  for (const f of report.findings) paths.add(f.path)
  const withFindings = paths.size
  const categories = (Object.entries(stats.byCategory) as [Category, number][]).filter(([, n]) => n > 0).map(([c, n]) => `${n} ${c}`)
  const unread = new Set(stats.errors.filter((e) => e.line === undefined).map((e) => e.path)).size
  // Inputs named or found, read or not: `1 of 2 inputs · 1 input could not be read`.
  const inputs = stats.files + unread
  const found =
    stats.findings === 0
      ? `No findings in ${plural(inputs, 'input')}`
      : `${plural(stats.findings, 'finding')} (${categories.join(', ')}; ${plural(stats.distinctValues, 'distinct value')}) in ${withFindings} of ${plural(inputs, 'input')}`
  const parts = [found]
  if ((stats.lowConfidence ?? 0) > 0) parts.push(`${stats.lowConfidence ?? 0} of low confidence (a failed checksum, a test value, a reserved address, an unnamed token; they fail the scan only with --fail-on low)`)
  const copies = stats.byChannel
  if (copies !== undefined && stats.byCategory.prompt > 0) {
    const leaks = copies['model-output'] + copies['user-message']
    const expected = stats.expectedCopies ?? 0
    parts.push(
      `prompt copies: ${plural(leaks, 'leak')} (${copies['model-output']} in model output, ${copies['user-message']} in user messages), ${expected} in their own place${stats.expectedHidden === true ? ' (hidden)' : ''}`,
    )
  }
  parts.push(`${bytes(stats.bytes)}, ${plural(stats.lines, 'line')} in ${seconds(stats.durationMs)}`, `fingerprints: ${stats.fingerprintScope}`)
  if (stats.skippedBinary > 0) parts.push(`${plural(stats.skippedBinary, 'binary file')} in directories skipped`)
  if ((stats.skippedSpecial ?? 0) > 0) parts.push(`${plural(stats.skippedSpecial ?? 0, 'pipe, socket or device', 'pipes, sockets or devices')} in directories skipped`)
  if ((stats.skippedRepeated ?? 0) > 0) parts.push(`${plural(stats.skippedRepeated ?? 0, 'directory', 'directories')} already walked skipped`)
  if ((stats.skippedRepeatedFiles ?? 0) > 0) parts.push(`${plural(stats.skippedRepeatedFiles ?? 0, 'file')} reached by a second path skipped`)
  const troubled = new Set(stats.errors.filter((e) => e.line !== undefined).map((e) => e.path)).size
  if (unread > 0) parts.push(`${plural(unread, 'input')} could not be read`)
  if (troubled > 0) parts.push(`${plural(troubled, 'input')} with problems in ${troubled === 1 ? 'its' : 'their'} text`)
  return parts.join(' · ')
}

/** Lines for standard error: unreadable inputs (with their paths), notes, and where findings were recorded. */
export function scanNotes(report: ScanReport): string[] {
  // An input not read (to its end) vs. one read whole, with problems in its text (at a line).
  const lines = report.stats.errors.map((e) => (e.line === undefined ? `Cannot scan ${pathLabel(e.path)}: ${shownName(e.message)}` : `${pathLabel(e.path)}: ${shownName(e.message)}`))
  // An empty directory (or one of binaries only) is most often the wrong path: say so, not just "No findings".
  if (report.stats.files === 0 && report.stats.errors.length === 0) {
    lines.push('Warning: nothing was scanned: the directories given hold no text file. Check the path (a log bucket not yet synced, a mount not attached).')
  }
  const binaries = report.stats.skippedBinaryPaths ?? []
  if (binaries.length > 0) {
    const shown = binaries.slice(0, 5).map(pathLabel).join(', ')
    lines.push(`Skipped as binary, not read: ${shown}${binaries.length > 5 ? ` and ${binaries.length - 5} more (stats.skippedBinaryPaths in --json)` : ''}.`)
  }
  if (report.stats.fingerprintNote !== undefined) lines.push(report.stats.fingerprintNote)
  lines.push(...unmatchableWarnings(report.stats.unmatchablePrompts))
  const recorded = report.incident
  if (recorded !== undefined) {
    const captured = [`${plural(recorded.secretsCaptured, 'raw value')} captured under ${recorded.secretsCaptured === 1 ? 'its own key' : 'their own keys'}`]
    if (recorded.secretsAlreadyCaptured > 0) captured.push(`${recorded.secretsAlreadyCaptured} already captured by an earlier scan`)
    const unread = new Set(report.stats.errors.filter((e) => e.line === undefined).map((e) => e.path)).size
    const named = unread === 0 ? '' : ` What was read is recorded; the entry names the ${plural(unread, 'input')} that could not be read: scan ${unread === 1 ? 'it' : 'them'} again once readable.`
    lines.push(`Recorded in ${recorded.incident} as entry #${recorded.entry}: ${captured.join(', ')}.${named}`)
  }
  if (report.notRecorded !== undefined) lines.push(`Nothing was recorded in ${report.notRecorded.incident}: ${report.notRecorded.reason}. Check the path and scan again.`)
  return lines
}

/** One warning per registered prompt that can never be found, with what to do about it. */
function unmatchableWarnings(prompts: readonly UnmatchableNote[] | undefined): string[] {
  return (prompts ?? []).map((p) =>
    p.reason === 'duplicate' ? `Warning: ${p.message}. Remove ${p.name}.txt if it is the same prompt.` : `Warning: ${p.message}. Add more of its text to ${p.name}.txt, or remove the file.`,
  )
}

export function redactSummary(result: RedactResult): string[] {
  const rules = Object.entries(result.byRule)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([rule, n]) => `${n} ${rule}`)
  const lines = [
    `Wrote ${shownName(result.output)} with ${plural(result.redactions, 'redaction')}${rules.length > 0 ? ` (${rules.join(', ')})` : ''}.`,
    `Provenance: ${shownName(result.provenance)} (fingerprints: ${result.fingerprintScope})`,
  ]
  if (result.fingerprintNote !== undefined) lines.push(result.fingerprintNote)
  return lines
}

/** Lines for standard error: problems in the source's text, and prompts that can never be found. */
export function redactNotes(result: RedactResult): string[] {
  return [...(result.problems ?? []).map((problem) => `Note: ${result.input}: ${problem}; redacted as read.`), ...unmatchableWarnings(result.unmatchablePrompts)]
}
