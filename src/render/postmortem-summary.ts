/**
 * The executive summary of a postmortem, for a responder and their manager the morning after:
 * what leaked, where, who was exposed, detection latency, time to contain, status and what is
 * still open, in seven short lines that fit one screen. Shared by the Markdown and HTML forms;
 * every list is cut to a few items with a count of the rest, which the sections below list.
 */
import type {ContainmentRow, MetricLine, OpenItem, Postmortem} from '../domain/postmortem.js'
import {describeExpectedCopies} from '../domain/postmortem.js'
import type {ReportClock} from '../domain/time-zone.js'
import {formatDuration} from '../domain/time.js'

export interface SummaryLine {
  label: string
  text: string
  /** `missed` or `open` lines are shown in red, `met` in green. */
  tone: 'met' | 'missed' | 'neutral'
  /** Sub-items (the open items), already cut. */
  items?: string[]
}

/** Items listed in a line before "and N more". */
const FEW = 3
/** Open items listed before "and N more". */
const OPEN_SHOWN = 4

function few(items: readonly string[], more: (rest: number) => string, shown = FEW): string {
  if (items.length <= shown) return items.join(', ')
  return `${items.slice(0, shown).join(', ')} ${more(items.length - shown)}`
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`

/** Credentials before prompts before personal data: what to act on first. */
const rank = (category: string) => ['secret', 'prompt', 'pii'].indexOf(category) + 1 || 4

function metric(m: MetricLine): {text: string; tone: SummaryLine['tone']} {
  if (m.seconds === null) return {text: `unknown (no ${m.to} mark)`, tone: 'missed'}
  const value = m.seconds < 0 ? `${formatDuration(m.seconds * 1000)} (marks out of order)` : formatDuration(m.seconds * 1000)
  if (m.targetSeconds === null) return {text: `${value} (${m.from} → ${m.to}; no target)`, tone: 'neutral'}
  const target = formatDuration(m.targetSeconds * 1000)
  return {text: `${value} — ${m.verdict === 'met' ? 'met' : m.verdict === 'missed' ? 'MISSED' : 'unknown'} (target ≤ ${target})`, tone: m.verdict === 'met' ? 'met' : m.verdict === 'missed' ? 'missed' : 'neutral'}
}

/** The open items of a report (older reports have none recorded: they are worked out from what they hold). */
export function openItemsOf(pm: Postmortem): OpenItem[] {
  return pm.open ?? pm.containment.openRisks.map((text) => ({kind: 'risk' as const, text}))
}

export function executiveSummary(pm: Postmortem, clock: ReportClock): SummaryLine[] {
  const im = pm.impact
  const at = (iso: string | null) => (iso === null ? '—' : clock.dateTime(Date.parse(iso)))
  const categories = Object.entries(im.byCategory)
    .map(([c, count]) => `${count} ${c}`)
    .join(', ')
  // By rule, secrets first: one value shown masked, several counted.
  const byRule = new Map<string, Postmortem['impact']['credentials']>()
  for (const c of [...im.credentials].sort((a, b) => rank(a.category) - rank(b.category))) byRule.set(c.rule, [...(byRule.get(c.rule) ?? []), c])
  const values = [
    ...[...byRule].map(([rule, list]) => (list.length === 1 ? `${rule} ${list[0]!.masked}${list[0]!.shredded ? ' (shredded)' : ''}` : `${list.length} ${rule} values`)),
    ...im.prompts.map((p) => `prompt ${p}`),
  ]
  const leaked =
    im.findings === 0
      ? `No scan findings recorded (classes: ${im.classes.join(', ') || '—'})`
      : `${plural(im.findings, 'finding')} (${categories})${values.length === 0 ? '' : `: ${few(values, (rest) => `and ${rest} more`)}`}`
  const expected = describeExpectedCopies(im)
  const leakedAndNot = expected === null ? leaked : `${leaked}; not counted: ${expected}`
  const where =
    im.inputs.length === 0
      ? im.evidence.length === 0
        ? 'No scanned input or evidence recorded'
        : `${plural(im.evidence.length, 'exhibit')}, none scanned`
      : `${plural(im.inputs.length, 'input')}: ${few(im.inputs, (rest) => `and ${rest} more`, 2)}${im.findings > 0 ? ` (${plural(im.findings, 'finding')} at ${plural(im.locations.length + im.moreLocations, 'place')})` : ''}`
  const tenants = im.tenants.map((t) => {
    const facts = [...(t.findings > 0 ? [plural(t.findings, 'finding')] : []), ...(t.contextLeakedIn.length > 0 ? ['its context leaked'] : []), ...(t.receivedIn.length > 0 ? ["received another's context"] : [])]
    return `${t.tenant} (${facts.join('; ')})`
  })
  const reached = im.promptLeaks.filter((l) => l.channel === 'model-output' || l.channel === 'user-message')
  const exposedTenants = tenants.length === 0 ? 'No tenant named by the record' : few(tenants, (rest) => `and ${rest} more tenants`)
  const exposed = reached.length === 0 ? exposedTenants : `${exposedTenants}; prompt copies reached ${few(reached.map((l) => `${l.channel} of ${l.tenant ?? '(no tenant)'} ×${l.copies}`), (rest) => `and ${rest} more`)}`
  const detection = metric(pm.metrics.detectionLatency)
  const contain = metric(pm.metrics.timeToContain)
  const exposure = pm.metrics.exposureWindow.seconds === null ? '' : `; exposed ${formatDuration(pm.metrics.exposureWindow.seconds * 1000)} in all`
  const phaseTime = (phase: string) => pm.timeline.find((e) => e.phase === phase && !e.superseded)?.at ?? null
  const v = pm.appendix.verification
  const status = `${pm.incident.status}${pm.incident.status === 'open' ? '' : ` since ${at(phaseTime(pm.incident.status))}`} · evidence ${v.ok ? `verifies (${plural(v.entries, 'entry', 'entries')}, signed checkpoint)` : 'DOES NOT VERIFY'}; proofs in the evidence appendix`
  const open = openItemsOf(pm)
  const shown = open.slice(0, open.length > OPEN_SHOWN + 1 ? OPEN_SHOWN : OPEN_SHOWN + 1).map((o) => o.text)
  if (open.length > shown.length) shown.push(`and ${open.length - shown.length} more (see below)`)
  return [
    {label: 'What leaked', text: leakedAndNot, tone: 'neutral'},
    {label: 'Where', text: where, tone: 'neutral'},
    {label: 'Who was exposed', text: exposed, tone: 'neutral'},
    {label: 'Detection latency', text: `${detection.text}; detected ${at(phaseTime('detected'))}`, tone: detection.tone},
    {label: 'Time to contain', text: `${contain.text}${pm.containment.contained === null ? '' : `; contained ${at(pm.containment.contained)}`}${exposure}`, tone: contain.tone},
    {label: 'Status', text: status, tone: v.ok ? 'neutral' : 'missed'},
    open.length === 0 ? {label: 'Still open', text: 'Nothing', tone: 'met'} : {label: 'Still open', text: plural(open.length, 'item'), tone: 'missed', items: shown},
  ]
}

/** `done` → `done`, `done-by-hand` → `done by hand`: the containment table's outcome column. */
export function outcomeWord(outcome: string): string {
  return outcome.replaceAll('-', ' ')
}

export interface ContainmentView {
  /** What the table's times are: the zone, the day when every row is on one day, the runbook when there is one. */
  caption: string
  rows: {
    time: string
    /** `+12m 05s` after detection (`-3m 00s` before it), or `—` without a detected mark. */
    sinceDetected: string
    runbook: string | null
    step: string
    action: string | null
    outcome: ContainmentRow['outcome']
    text: string
    took: string
    actor: string
    entries: string
  }[]
  /** Steps whose condition did not hold, listed on one line rather than a row each. */
  notNeeded: string[]
  /** Whether the rows name who acted: not when one person did everything (the caption says who). */
  byColumn: boolean
}

/** The containment table as both forms print it: local times in the stated zone, durations, outcomes in words. */
export function containmentView(pm: Postmortem, clock: ReportClock): ContainmentView {
  const all = pm.containment.steps ?? []
  const rows = all.filter((r) => r.outcome !== 'not-applicable')
  const days = new Set(rows.map((r) => clock.day(Date.parse(r.startedAt))))
  const oneDay = days.size === 1 ? [...days][0]! : undefined
  const detected = pm.timeline.find((e) => e.phase === 'detected' && !e.superseded)?.at
  const since = (iso: string) => {
    if (detected === undefined) return '—'
    const ms = Date.parse(iso) - Date.parse(detected)
    return `${ms < 0 ? '' : '+'}${formatDuration(ms)}`
  }
  const zone = clock.describe(rows.length === 0 ? Date.parse(pm.generatedAt) : Date.parse(rows[0]!.startedAt))
  const runbooks = [...new Set(rows.map((r) => r.runbook))]
  const shared = runbooks.length === 1 ? runbooks[0]! : null
  const actors = [...new Set(rows.map((r) => r.actor))]
  const caption = [
    `Times in ${zone}${oneDay === undefined ? '' : ` on ${oneDay}`}`,
    detected === undefined ? 'no detected mark' : `since detected: after ${clock.dateTime(Date.parse(detected))}`,
    ...(shared === null ? [] : [`runbook ${shared}`]),
    ...(actors.length === 1 ? [`every step by ${actors[0]!}`] : []),
  ].join('; ')
  return {
    caption: `${caption}.`,
    rows: rows.map((r) => {
      const at = Date.parse(r.startedAt)
      return {
        time: oneDay === undefined ? clock.dateTime(at) : clock.time(at),
        sinceDetected: since(r.startedAt),
        runbook: shared === null ? r.runbook : null,
        step: r.step,
        action: r.action === null || r.action === r.step ? null : `${r.action}${r.provider === null || r.provider === r.action ? '' : `/${r.provider}`}`,
        outcome: r.outcome,
        text: r.text,
        took: formatDuration(r.seconds * 1000),
        actor: r.actor,
        entries: r.entries.length <= 3 ? r.entries.map((seq) => `#${seq}`).join(', ') : `#${r.entries[0]!} … #${r.entries.at(-1)!} (${r.entries.length})`,
      }
    }),
    notNeeded: all.filter((r) => r.outcome === 'not-applicable').map((r) => r.step),
    byColumn: actors.length > 1,
  }
}
