/** From what the reader located to what pl reports: findings as reported, and the report's statistics. */
import {CHANNELS} from '../../domain/replay/channel.js'
import type {Channel} from '../../domain/replay/channel.js'
import {copyOptionalFields} from '../../domain/scan/finding-fields.js'
import type {UnmatchablePrompt} from '../../domain/scan/prompts.js'
import type {ReportedFinding, ScanReportStats, ScanStats, UnmatchableNote} from '../../domain/scan/report.js'
import type {Category} from '../../domain/scan/types.js'
import type {FingerprintKey} from './fingerprint-key.js'
import type {LocatedFinding} from './reader.js'

export function toReported(f: LocatedFinding): ReportedFinding {
  const out: ReportedFinding = {
    rule: f.rule,
    category: f.category,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine ?? f.line,
    endColumn: f.end + 1,
    masked: f.masked,
    fingerprint: f.fingerprint,
    length: f.length,
  }
  return copyOptionalFields(out, f)
}

export function reportStats(findings: readonly ReportedFinding[], stats: ScanStats, prompts: number, key: FingerprintKey): ScanReportStats {
  // One pass, no list made on the way (47,900 findings per 32 MB of the bench corpus, counted after the scan: ADR 0032).
  const byCategory: Record<Category, number> = {secret: 0, pii: 0, prompt: 0}
  const distinct = new Set<string>()
  let lowConfidence = 0
  for (const f of findings) {
    byCategory[f.category]++
    distinct.add(f.fingerprint)
    if (f.confidence === 'low') lowConfidence++
  }
  const copies = prompts === 0 ? {} : promptCopies(findings)
  return {
    ...stats,
    findings: findings.length,
    byCategory,
    distinctValues: distinct.size,
    prompts,
    lowConfidence,
    ...copies,
    fingerprintScope: key.scope,
    ...(key.note === undefined ? {} : {fingerprintNote: key.note}),
  }
}

/** Copies of registered prompts by channel, and how many are in their own place. */
function promptCopies(findings: readonly ReportedFinding[]): {byChannel: Record<Channel, number>; expectedCopies: number} {
  const byChannel = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>
  for (const f of findings) if (f.channel !== undefined) byChannel[f.channel]++
  return {byChannel, expectedCopies: byChannel.system}
}

export function unmatchableNotes(prompts: readonly UnmatchablePrompt[]): {unmatchablePrompts?: UnmatchableNote[]} {
  return prompts.length === 0 ? {} : {unmatchablePrompts: prompts.map(({name, reason, message}) => ({name, reason, message}))}
}
