/**
 * Inline SVG for the HTML reports: a phase timeline, duration bars against SLO targets, and a
 * time series chart. Strings in, strings out; every text is escaped; no external references.
 */
import {formatDuration, formatTime} from '../domain/time.js'
import type {ReportClock} from '../domain/time-zone.js'
import type {PlacedLabel} from './label-layout.js'
import {BASELINE, layoutLabels} from './label-layout.js'
import {CHART_FONT, fitText, textWidth} from './text-width.js'

/** Escapes text for HTML and SVG content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!)
}

const n = (x: number) => (Math.round(x * 10) / 10).toString()

export interface TimelinePoint {
  at: number
  label: string
  /** A phase mark (drawn as a labelled diamond) or another event (a dot). */
  phase?: string
  superseded?: boolean
}

/**
 * The width of the charts in their own units, between the width they get on a 1280 px screen
 * (928 px: text a little larger) and on A4 paper (about 690 px: a little smaller), so that their
 * text stays readable on both.
 */
export const CHART_WIDTH = 800

const PHASE_COLOURS = ['#fde2e2', '#fff1c9', '#e2ecfd', '#dff5e1', '#eeeeee']

/** Text with a white halo, so a leader line behind it never crosses its letters. */
function label(x: number, y: number, size: number, text: string, attrs = ''): string {
  return `<text x="${n(x)}" y="${n(y)}" font-size="${size}"${attrs} stroke="#fff" stroke-width="3" paint-order="stroke">${esc(text)}</text>`
}

/** A label laid out by {@link layoutLabels}, drawn in a band whose axis side is at `edge` (`down`: the band grows downwards). */
function drawLabel(l: PlacedLabel, edge: number, down: boolean, size: number, cls: string, title: string): string {
  const {box} = l
  const top = down ? edge + box.y : edge - box.y - box.height
  const tip = `<title>${esc(title)}</title>`
  if (!l.rotated) {
    return `<text class="${cls}" x="${n(box.x)}" y="${n(top + size * BASELINE)}" font-size="${size}" stroke="#fff" stroke-width="3" paint-order="stroke">${tip}${esc(l.text)}</text>`
  }
  // A quarter turn: the baseline runs along the axis' normal, ascent towards smaller x.
  const baseline = box.x + size * BASELINE
  const y = down ? edge + box.y : edge - box.y
  return `<text class="${cls}" x="${n(baseline)}" y="${n(y)}" font-size="${size}" text-anchor="${down ? 'end' : 'start'}" transform="rotate(-90 ${n(baseline)} ${n(y)})" stroke="#fff" stroke-width="3" paint-order="stroke">${tip}${esc(l.text)}</text>`
}

/** A thin line from a mark to its label when the label sits away from it. */
function leader(l: PlacedLabel, from: number, edge: number, down: boolean): string {
  const {box} = l
  const x = Math.min(Math.max(l.anchor, box.x + 1), box.x + box.width - 1)
  const near = down ? edge + box.y : edge - box.y
  return `<polyline class="leader" points="${n(l.anchor)},${n(from)} ${n(l.anchor)},${n(edge)} ${n(x)},${n(near)}" fill="none" stroke="#999" stroke-width="0.75"/>`
}

interface Cluster {
  first: number
  last: number
  points: TimelinePoint[]
}

/** Events closer than `distance` (chart units) to the first of a group join it. */
function clusters(events: readonly TimelinePoint[], x: (at: number) => number, distance: number): Cluster[] {
  const out: Cluster[] = []
  let current: Cluster | undefined
  for (const p of events) {
    if (current !== undefined && x(p.at) - x(current.first) <= distance) {
      current.points.push(p)
      current.last = p.at
    } else {
      current = {first: p.at, last: p.at, points: [p]}
      out.push(current)
    }
  }
  return out
}

const TOOLTIP_LINES = 20

/**
 * The incident on one axis: phases as coloured spans between consecutive marks, each mark a
 * diamond labelled with its phase and local time above the axis; the other events as dots
 * beneath, labelled below (close events grouped, a group's tooltip listing them). Labels never
 * overlap ({@link layoutLabels}); a label cut short keeps its full text in a tooltip.
 */
export function timelineSvg(points: readonly TimelinePoint[], clock: ReportClock): string {
  const width = CHART_WIDTH
  const left = 28
  const right = width - 28
  if (points.length === 0) return `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 40" width="100%" role="img" aria-label="empty timeline"><text x="${left}" y="24" font-size="12" fill="#777" font-family="${CHART_FONT}">nothing recorded</text></svg>`
  // A loop, not Math.min(...): an incident may have more events than a call has room for arguments.
  let min = Infinity
  let max = -Infinity
  for (const p of points) {
    min = Math.min(min, p.at)
    max = Math.max(max, p.at)
  }
  const span = Math.max(max - min, 1)
  const x = (at: number) => left + ((at - min) / span) * (right - left)
  const phases = points.filter((p) => p.phase !== undefined && p.superseded !== true).sort((a, b) => a.at - b.at)
  const corrected = points.filter((p) => p.phase !== undefined && p.superseded === true)
  const events = points.filter((p) => p.phase === undefined).sort((a, b) => a.at - b.at)
  const band = {left: 4, right: width - 4}
  const manyDays = clock.day(min) !== clock.day(max)
  const when = (at: number) => (manyDays ? `${clock.day(at).slice(5)} ${clock.time(at)}` : clock.time(at))

  const phaseSize = 12
  const phaseLayout =
    layoutLabels(phases.map((p) => ({anchor: x(p.at), text: `${p.phase!} ${when(p.at)}`})), {...band, fontSize: phaseSize, maxWidth: 240, maxRows: 3, maxRotatedLength: 160}) ??
    layoutLabels(phases.map((p) => ({anchor: x(p.at), text: p.phase!})), {...band, fontSize: phaseSize, maxWidth: 120, maxRows: 4, maxRotatedLength: 160})
  const eventSize = 11
  // Labels in rows if grouping close events (up to 64 units apart) lets them fit; else on their
  // side, grouping more coarsely until they fit.
  const attempt = (distance: number, rotate: boolean) => {
    const groups = clusters(events, x, distance)
    const requests = groups.map((g) => ({anchor: (x(g.first) + x(g.last)) / 2, text: g.points.length === 1 ? `${when(g.first)} ${g.points[0]!.label}` : `${g.points.length} events`}))
    const options = {...band, fontSize: eventSize, maxWidth: 230, maxRows: 4, maxRotatedLength: 200}
    return {groups, layout: rotate ? layoutLabels(requests, options) : layoutLabels(requests, options, {rowsOnly: true})}
  }
  let placed = attempt(8, false)
  for (let distance = 16; placed.layout === undefined && distance <= 64; distance *= 2) placed = attempt(distance, false)
  for (let distance = 8; placed.layout === undefined && placed.groups.length > 1; distance *= 2) placed = attempt(distance, true)
  const {groups, layout: eventLayout} = placed

  const parts: string[] = []
  const leaders: string[] = []
  const labels: string[] = []
  const top = 8
  const phaseEdge = top + (phaseLayout?.depth ?? 0)
  const axis = phaseEdge + 34
  const dots = axis + 14
  const eventEdge = dots + 14
  const axisLabels = eventEdge + (eventLayout?.depth ?? 0) + 16
  const height = axisLabels + 8
  parts.push(`<line class="axis" x1="${left}" y1="${n(axis)}" x2="${right}" y2="${n(axis)}" stroke="#555" stroke-width="1"/>`)
  phases.forEach((p, i) => {
    const next = phases[i + 1]
    const x1 = x(p.at)
    const x2 = next === undefined ? right : x(next.at)
    parts.push(`<rect class="phase-span" x="${n(x1)}" y="${n(axis - 18)}" width="${n(Math.max(x2 - x1, 1))}" height="18" fill="${PHASE_COLOURS[i % PHASE_COLOURS.length]}"><title>${esc(p.phase!)} from ${esc(clock.dateTime(p.at))}${next === undefined ? '' : ` to ${esc(clock.dateTime(next.at))} (${esc(formatDuration(next.at - p.at))})`}</title></rect>`)
  })
  for (const p of corrected) {
    parts.push(`<path class="phase-mark corrected" d="M${n(x(p.at))} ${n(axis - 7)} l5 7 l-5 7 l-5 -7 z" fill="#fff" stroke="#b00020"><title>${esc(`corrected: ${p.label}`)}</title></path>`)
  }
  phases.forEach((p, i) => {
    const cx = x(p.at)
    parts.push(`<path class="phase-mark" d="M${n(cx)} ${n(axis - 8)} l6 8 l-6 8 l-6 -8 z" fill="#b00020"><title>${esc(clock.dateTime(p.at))} ${esc(p.label)}</title></path>`)
    const l = phaseLayout?.labels[i]
    if (l === undefined) return
    leaders.push(leader(l, axis - 8, phaseEdge, false))
    labels.push(drawLabel(l, phaseEdge, false, phaseSize, 'phase-label', `${p.phase!} ${clock.dateTime(p.at)}: ${p.label}`))
  })
  groups.forEach((g, i) => {
    const cx = (x(g.first) + x(g.last)) / 2
    const many = g.points.length > 1
    const lines = g.points.slice(0, TOOLTIP_LINES).map((p) => `${clock.dateTime(p.at)} ${p.label}`)
    if (g.points.length > TOOLTIP_LINES) lines.push(`… and ${g.points.length - TOOLTIP_LINES} more (the timeline table lists them all)`)
    const tip = lines.join('\n')
    parts.push(
      many
        ? `<rect class="event" data-events="${g.points.length}" x="${n(x(g.first) - 3)}" y="${n(dots - 3)}" width="${n(x(g.last) - x(g.first) + 6)}" height="6" rx="3" fill="#333"><title>${esc(tip)}</title></rect>`
        : `<circle class="event" data-events="1" cx="${n(cx)}" cy="${n(dots)}" r="3" fill="#333"><title>${esc(tip)}</title></circle>`,
    )
    const l = eventLayout?.labels[i]
    if (l === undefined) return
    leaders.push(leader(l, dots + 3, eventEdge, true))
    labels.push(drawLabel(l, eventEdge, true, eventSize, 'event-label', tip))
  })
  // Lines first, then every label over them: a line from one label's mark never crosses another's letters.
  parts.push(...leaders, ...labels)
  parts.push(label(left, axisLabels, 11, clock.dateTime(min), ' class="axis-label"'))
  parts.push(label(right, axisLabels, 11, clock.dateTime(max), ' class="axis-label" text-anchor="end"'))
  return `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${n(height)}" width="100%" font-family="${CHART_FONT}" role="img" aria-label="Incident timeline">${parts.join('')}</svg>`
}

export interface Bar {
  label: string
  /** ms; null when unknown. */
  value: number | null
  /** ms; undefined when there is no target. */
  target?: number
}

/**
 * Horizontal bars, one per duration, with the SLO target as a vertical line across its bar; the
 * value beside the bar, in a column wide enough for the longest (so it never runs off the chart).
 */
export function durationBarsSvg(bars: readonly Bar[]): string {
  const width = CHART_WIDTH
  const size = 12
  const labelWidth = 160
  const valueText = (b: Bar) => (b.value === null ? 'unknown (mark missing)' : `${formatDuration(b.value)}${b.target === undefined ? '' : ` (target ≤ ${formatDuration(b.target)})`}`)
  const valueWidth = Math.max(0, ...bars.map((b) => textWidth(valueText(b), size))) + 12
  const barArea = Math.max(100, width - labelWidth - valueWidth)
  const rowHeight = 28
  const max = Math.max(1, ...bars.flatMap((b) => [b.value ?? 0, b.target ?? 0]).map((v) => Math.abs(v)))
  const scale = (v: number) => (Math.abs(v) / max) * barArea
  const parts = bars.map((b, i) => {
    const y = i * rowHeight + 6
    const name = fitText(b.label, size, labelWidth - 10)
    const text = `<text class="bar-label" x="0" y="${y + 14}" font-size="${size}">${name.truncated ? `<title>${esc(b.label)}</title>` : ''}${esc(name.text)}</text>`
    if (b.value === null) return `${text}<text class="unknown bar-value" x="${labelWidth}" y="${y + 14}" font-size="${size}" fill="#777">${esc(valueText(b))}</text>`
    const over = b.target !== undefined && b.value >= b.target
    const colour = b.value < 0 ? '#999' : over ? '#c62828' : '#2e7d32'
    const bar = `<rect class="duration-bar" x="${labelWidth}" y="${y}" width="${n(Math.max(scale(b.value), 1))}" height="18" fill="${colour}"><title>${esc(b.label)}: ${esc(formatDuration(b.value))}</title></rect>`
    const target = b.target === undefined ? '' : `<line class="slo-target" x1="${n(labelWidth + scale(b.target))}" y1="${y - 3}" x2="${n(labelWidth + scale(b.target))}" y2="${y + 21}" stroke="#000" stroke-dasharray="3 2"><title>target ${esc(formatDuration(b.target))}</title></line>`
    const value = `<text class="bar-value" x="${n(labelWidth + Math.max(scale(b.value), scale(b.target ?? 0)) + 6)}" y="${y + 14}" font-size="${size}">${esc(valueText(b))}</text>`
    return text + bar + target + value
  })
  return `<svg class="durations" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${bars.length * rowHeight + 8}" width="100%" font-family="${CHART_FONT}" role="img" aria-label="Durations against SLO targets">${parts.join('')}</svg>`
}

export interface SeriesPoint {
  at: number
  /** ms */
  value: number
  label: string
}

/** Values over time as dots joined by a line, with the target as a dashed horizontal line. */
export function seriesSvg(title: string, points: readonly SeriesPoint[], options: {utc: boolean; target?: number}): string {
  const width = 900
  const height = 240
  const pad = {l: 70, r: 20, t: 24, b: 34}
  const parts: string[] = [`<text x="${pad.l}" y="16" font-size="13" font-weight="bold">${esc(title)}</text>`]
  if (points.length === 0) {
    parts.push(`<text x="${pad.l}" y="${height / 2}" font-size="12" fill="#777">no measured incidents</text>`)
    return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(title)}">${parts.join('')}</svg>`
  }
  const sorted = [...points].sort((a, b) => a.at - b.at)
  const t0 = sorted[0]!.at
  const t1 = sorted.at(-1)!.at
  const vmax = Math.max(1, options.target ?? 0, ...sorted.map((p) => p.value)) * 1.1
  const x = (at: number) => pad.l + (t1 === t0 ? (width - pad.l - pad.r) / 2 : ((at - t0) / (t1 - t0)) * (width - pad.l - pad.r))
  const y = (v: number) => height - pad.b - (v / vmax) * (height - pad.t - pad.b)
  parts.push(`<line x1="${pad.l}" y1="${height - pad.b}" x2="${width - pad.r}" y2="${height - pad.b}" stroke="#555"/>`)
  parts.push(`<line x1="${pad.l}" y1="${pad.t}" x2="${pad.l}" y2="${height - pad.b}" stroke="#555"/>`)
  parts.push(`<text x="${pad.l - 6}" y="${pad.t + 4}" font-size="10" text-anchor="end">${esc(formatDuration(vmax))}</text>`)
  parts.push(`<text x="${pad.l - 6}" y="${height - pad.b}" font-size="10" text-anchor="end">0s</text>`)
  if (options.target !== undefined) {
    parts.push(`<line class="slo-target" x1="${pad.l}" y1="${n(y(options.target))}" x2="${width - pad.r}" y2="${n(y(options.target))}" stroke="#c62828" stroke-dasharray="5 3"><title>target ${esc(formatDuration(options.target))}</title></line>`)
  }
  parts.push(`<polyline fill="none" stroke="#1565c0" stroke-width="1.5" points="${sorted.map((p) => `${n(x(p.at))},${n(y(p.value))}`).join(' ')}"/>`)
  for (const p of sorted) {
    parts.push(`<circle class="point" cx="${n(x(p.at))}" cy="${n(y(p.value))}" r="4" fill="#1565c0"><title>${esc(p.label)}: ${esc(formatDuration(p.value))}</title></circle>`)
  }
  parts.push(`<text x="${pad.l}" y="${height - 10}" font-size="10">${esc(formatTime(t0, options))}</text>`)
  parts.push(`<text x="${width - pad.r}" y="${height - 10}" font-size="10" text-anchor="end">${esc(formatTime(t1, options))}</text>`)
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(title)}">${parts.join('')}</svg>`
}

/** Print-friendly CSS shared by the HTML reports. */
export const REPORT_CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#111}
h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3}code,.mono{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;word-break:break-all}
.met{color:#2e7d32}.missed{color:#c62828;font-weight:bold}.unknown{color:#777}.muted{color:#666}
svg{max-width:100%;height:auto}
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}table,svg{page-break-inside:avoid}a{color:inherit}}
`
