/**
 * The postmortem as Markdown. Everything printed comes from the Postmortem data; text from the
 * record is kept on one line and table cells escape pipes. The executive summary comes first,
 * times are in a stated zone, containment is a table, and the proofs close the file as an appendix.
 */
import type {MetricLine, Postmortem, RecordedItem} from '../domain/postmortem.js'
import {describeExpectedCopies, describePromptLeaks, describeTenant, NO_TENANTS} from '../domain/postmortem.js'
import {METRIC_NAMES} from '../domain/metrics.js'
import {formatDuration} from '../domain/time.js'
import type {ReportClock} from '../domain/time-zone.js'
import {reportClock} from '../domain/time-zone.js'
import {containmentView, executiveSummary, openItemsOf, outcomeWord} from './postmortem-summary.js'

const t = (iso: string | null, clock: ReportClock) => (iso === null ? '—' : clock.dateTime(Date.parse(iso)))
const d = (seconds: number | null) => (seconds === null ? '—' : formatDuration(seconds * 1000))
// A tab, newline or run of spaces, or a character Markdown would interpret: most cells have none.
const CELL_SPECIAL = /[|\\`*_<>[\]]|[^\S ]| {2}/
const CELL_SPECIALS = /\s+|[|\\`*_<>[\]]/g
/** One line, pipes escaped, no HTML a Markdown viewer would render. */
const cell = (s: string) => (CELL_SPECIAL.test(s) ? s.replace(CELL_SPECIALS, (c) => (/^\s/.test(c) ? ' ' : `\\${c}`)) : s)


export function verdictText(m: MetricLine): string {
  if (m.targetSeconds === null) return 'no target'
  if (m.verdict === 'met') return `met (target ≤ ${d(m.targetSeconds)})`
  if (m.verdict === 'missed') return `**missed** (target ≤ ${d(m.targetSeconds)})`
  return `unknown (target ≤ ${d(m.targetSeconds)})`
}

function items(list: readonly RecordedItem[], clock: ReportClock): string[] {
  return list.map((a) => `- #${a.seq} ${cell(a.kind)} at ${t(a.recordedAt, clock)} by ${cell(a.actor)}${a.shredded ? ': [content shredded]' : a.details.length === 0 ? '' : `: ${a.details.map(cell).join('; ')}`}`)
}

/** `timeZone`: an IANA zone the times are shown in (the process's zone when absent; `utc` wins). */
export function postmortemMarkdown(pm: Postmortem, options: {utc: boolean; timeZone?: string}): string {
  const clock = reportClock(options)
  const i = pm.incident
  const out: string[] = []
  out.push(`# Postmortem: ${cell(i.id)} — ${cell(i.title ?? '(title shredded)')}`, '')
  out.push(`Severity ${i.severity ?? '—'} · classes ${i.classes.join(', ') || '—'} · owner ${cell(i.owner ?? '—')} · status ${i.status} · opened ${t(i.openedAt, clock)} by ${cell(i.openedBy)}`, '')
  out.push(`Generated ${t(pm.generatedAt, clock)} by pl from the evidence store ${pm.appendix.storeId}.`, '')

  out.push(`Times are in ${clock.describe(Date.parse(i.openedAt))}; durations in h/m/s.`, '')

  out.push('## Summary', '')
  for (const line of executiveSummary(pm, clock)) {
    const text = line.tone === 'missed' && line.items === undefined ? `**${cell(line.text)}**` : cell(line.text)
    out.push(`- **${line.label}:** ${text}`)
    for (const item of line.items ?? []) out.push(`  - ${cell(item)}`)
  }
  out.push('')
  if (i.description !== null) out.push(cell(i.description), '')

  const im = pm.impact
  out.push('## Impact', '')
  out.push(`- What leaked: classes ${im.classes.join(', ') || '—'}; ${im.findings} finding${im.findings === 1 ? '' : 's'} by category: ${Object.entries(im.byCategory).map(([c, n]) => `${c} ${n}`).join(', ') || 'none recorded'}`)
  const expected = describeExpectedCopies(im)
  if (expected !== null) out.push(`- Not counted: ${expected}`)
  if (im.prompts.length > 0) out.push(`- Prompts found: ${im.prompts.map(cell).join(', ')}`)
  if (im.promptLeaks.length > 0) out.push(`- Prompt copies outside their own place, by channel and tenant: ${cell(describePromptLeaks(im.promptLeaks))}`)
  out.push(`- Where: ${im.inputs.length === 0 ? 'no scanned inputs recorded' : im.inputs.map((x) => `\`${x.replaceAll('`', "'")}\``).join(', ')}`)
  out.push(`- Credentials and values captured (masked): ${im.credentials.length === 0 ? 'none' : im.credentials.length}`)
  out.push(`- Tenants: ${im.tenants.length === 0 ? NO_TENANTS : im.tenants.map((x) => cell(describeTenant(x))).join(', ')}`, '')
  if (im.credentials.length > 0) {
    out.push('| rule | category | masked | fingerprint | occurrences | entry | shredded |', '|---|---|---|---|---|---|---|')
    for (const c of im.credentials) out.push(`| ${cell(c.rule)} | ${cell(c.category)} | \`${c.masked.replaceAll('`', "'")}\` | ${c.fingerprint}… | ${c.occurrences} | #${c.entry} | ${c.shredded ? 'yes' : 'no'} |`)
    out.push('')
  }
  if (im.locations.length > 0) {
    out.push('| location | rule | category | masked |', '|---|---|---|---|')
    for (const l of im.locations) out.push(`| ${cell(l.path)}:${l.line} | ${cell(l.rule)} | ${cell(l.category)} | \`${l.masked.replaceAll('`', "'")}\` |`)
    if (im.moreLocations > 0) out.push(`| … and ${im.moreLocations} more | | | |`)
    out.push('')
  }
  if (im.evidence.length > 0) {
    out.push('Evidence:', '')
    for (const e of im.evidence) out.push(`- ${cell(e.id ?? '?')} ${cell(e.name ?? '[shredded]')}${exhibitFacts(e)}${e.shredded ? ' — shredded' : ''}`)
    out.push('')
  }

  out.push('## Timeline', '', '| event time | recorded | # | kind | by | what |', '|---|---|---|---|---|---|')
  for (const e of pm.timeline) {
    out.push(`| ${t(e.at, clock)} | ${t(e.recordedAt, clock)} | ${e.seq} | ${cell(e.kind)} | ${cell(e.actor)} | ${e.superseded ? '~~' : ''}${cell(e.summary)}${e.superseded ? '~~' : ''} |`)
  }
  out.push('')

  out.push('## Detection latency, time to contain and exposure vs SLO', '', '| metric | measured | from → to | SLO |', '|---|---|---|---|')
  for (const name of METRIC_NAMES) {
    const m = pm.metrics[name]
    out.push(`| ${m.label} | ${m.seconds === null ? 'unknown (mark missing)' : m.seconds < 0 ? `${d(m.seconds)} (marks out of order)` : d(m.seconds)} | ${m.from} → ${m.to} | ${verdictText(m)} |`)
  }
  out.push('')
  if (pm.warnings.length > 0) out.push(...pm.warnings.map((w) => `> ${cell(w)}`), '')

  out.push('## Containment actions and results', '')
  out.push(`Contained: ${t(pm.containment.contained, clock)}`, '')
  const view = containmentView(pm, clock)
  if (view.rows.length === 0) out.push('No containment actions recorded.', '')
  else {
    out.push(cell(view.caption), '', `| time | since detected | step | outcome | result | took |${view.byColumn ? ' by |' : ''} entries |`, `|---|---|---|---|---|---|${view.byColumn ? '---|' : ''}---|`)
    for (const r of view.rows) {
      const step = `${r.runbook === null ? '' : `${cell(r.runbook)} › `}${cell(r.step)}${r.action === null ? '' : ` (${cell(r.action)})`}`
      out.push(`| ${r.time} | ${r.sinceDetected} | ${step} | ${r.outcome === 'failed' ? '**failed**' : outcomeWord(r.outcome)} | ${cell(r.text)} | ${r.took} |${view.byColumn ? ` ${cell(r.actor)} |` : ''} ${r.entries} |`)
    }
    out.push('')
  }
  if (view.notNeeded.length > 0) out.push(`Not needed (their condition did not hold): ${view.notNeeded.map(cell).join(', ')}.`, '')

  out.push('## Replay findings', '')
  if (pm.replay.results.length === 0) out.push('No replay results recorded.', '')
  else out.push(...items(pm.replay.results, clock), '')

  out.push('## Root cause and action items', '')
  const rc = pm.rootCause
  if (!rc.recorded) out.push('Root cause: not recorded.', '', 'Action items: not recorded.', '')
  else {
    out.push(`Root cause: ${rc.text === null ? 'not recorded.' : cell(rc.text)}${rc.source === 'runbook' ? ' (as given in the runbook walk)' : ''}`, '')
    out.push(rc.actionItems.length === 0 ? 'Action items: not recorded.' : 'Action items:', '')
    for (const a of rc.actionItems) out.push(`- [ ] ${cell(a)}`)
    out.push('', `Recorded as entry #${rc.seq} by ${cell(rc.actor ?? '?')} at ${t(rc.recordedAt, clock)}.`, '')
  }
  if (pm.containment.openRisks.length > 0) out.push('Open risks (containment steps skipped):', '', ...pm.containment.openRisks.map((r) => `- [ ] ${cell(r)}`), '')
  // Action items and open risks are listed in their own words above it.
  const others = openItemsOf(pm).filter((o) => o.kind !== 'action-item' && o.kind !== 'risk')
  if (others.length > 0) out.push('Also still open:', '', ...others.map((o) => `- ${cell(o.text)}`), '')

  const ap = pm.appendix
  const v = ap.verification
  out.push('## Evidence appendix', '')
  out.push(`Verification: **${v.ok ? 'OK' : 'FAILED'}** — ${v.entries} entries, ${v.checkpoints} signed checkpoints${v.firstBadEntry === null ? '' : `, first bad entry #${v.firstBadEntry}`}.`)
  for (const p of v.problems) out.push(`- ${p.code}: ${cell(p.message)}`)
  for (const w of v.warnings) out.push(`- warning: ${cell(w)}`)
  out.push('', 'Signed checkpoint:', '', '```json', JSON.stringify(ap.checkpoint, null, 2), '```', '')
  out.push(
    'To check offline: each entry hash h gives the leaf SHA-256(0x00 ‖ h); the audit path below, combined as in RFC 9162 §2.1.3.2 ' +
      '(interior nodes SHA-256(0x01 ‖ left ‖ right)), must give the checkpoint root; the Ed25519 signature over the checkpoint is ' +
      'checked with its public key (message layout in docs/store-format.md). `--format json` carries the same data.',
    '',
  )
  out.push('Inclusion proofs of the exhibits:', '')
  for (const p of ap.proofs) out.push(`- #${p.seq} ${p.kind} hash \`${p.hash}\` leaf ${p.leafIndex} of ${p.treeSize}: ${p.path.length === 0 ? '(no siblings)' : p.path.map((h) => `\`${h}\``).join(' ')}`)
  out.push('', 'Entry hashes:', '', '| # | kind | recorded | hash |', '|---|---|---|---|')
  for (const e of ap.entries) out.push(`| ${e.seq} | ${cell(e.kind)} | ${t(e.recordedAt, clock)} | \`${e.hash}\` |`)
  out.push('')
  return out.join('\n')
}

/** ` (log, 1204 bytes, sha256 …)` with what is known of an exhibit; a shredded one may have lost all of it. */
export function exhibitFacts(e: {kind: string | null; size: number | null; sha256: string | null}): string {
  const facts = [...(e.kind === null ? [] : [e.kind]), ...(e.size === null ? [] : [`${e.size} bytes`]), ...(e.sha256 === null ? [] : [`sha256 ${e.sha256}`])]
  return facts.length === 0 ? '' : ` (${facts.join(', ')})`
}
