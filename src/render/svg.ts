/**
 * Inline SVG for the HTML reports: a phase timeline, duration bars against SLO targets, and a
 * time series chart. Strings in, strings out; every text is escaped; no external references.
 */
import {formatDuration, formatTime} from '../domain/time.js'

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

/** Phases as coloured spans between consecutive marks, events as ticks beneath. */
export function timelineSvg(points: readonly TimelinePoint[], options: {utc: boolean}): string {
  const width = 900
  const left = 20
  const right = width - 20
  if (points.length === 0) return `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="${width}" height="40" role="img" aria-label="empty timeline"></svg>`
  const min = Math.min(...points.map((p) => p.at))
  const max = Math.max(...points.map((p) => p.at))
  const span = Math.max(max - min, 1)
  const x = (at: number) => left + ((at - min) / span) * (right - left)
  const phases = points.filter((p) => p.phase !== undefined && p.superseded !== true).sort((a, b) => a.at - b.at)
  const parts: string[] = []
  parts.push(`<line class="axis" x1="${left}" y1="60" x2="${right}" y2="60" stroke="#555" stroke-width="1"/>`)
  const colours = ['#fde2e2', '#fff1c9', '#e2ecfd', '#dff5e1', '#eeeeee']
  phases.forEach((p, i) => {
    const next = phases[i + 1]
    const x1 = x(p.at)
    const x2 = next === undefined ? right : x(next.at)
    parts.push(`<rect class="phase-span" x="${n(x1)}" y="40" width="${n(Math.max(x2 - x1, 1))}" height="20" fill="${colours[i % colours.length]}"><title>${esc(p.phase!)} ${esc(formatTime(p.at, options))}</title></rect>`)
  })
  phases.forEach((p, i) => {
    const cx = x(p.at)
    const y = 30 - (i % 2) * 14
    parts.push(`<path class="phase-mark" d="M${n(cx)} 52 l6 8 l-6 8 l-6 -8 z" fill="#b00020"><title>${esc(p.label)}</title></path>`)
    parts.push(`<text x="${n(cx)}" y="${y}" font-size="11" text-anchor="middle">${esc(p.phase!)}</text>`)
  })
  for (const p of points.filter((q) => q.phase === undefined)) {
    parts.push(`<circle class="event" cx="${n(x(p.at))}" cy="78" r="3" fill="#333"><title>${esc(formatTime(p.at, options))} ${esc(p.label)}</title></circle>`)
  }
  parts.push(`<text x="${left}" y="104" font-size="10">${esc(formatTime(min, options))}</text>`)
  parts.push(`<text x="${right}" y="104" font-size="10" text-anchor="end">${esc(formatTime(max, options))}</text>`)
  return `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 112" width="100%" role="img" aria-label="Incident timeline">${parts.join('')}</svg>`
}

export interface Bar {
  label: string
  /** ms; null when unknown. */
  value: number | null
  /** ms; undefined when there is no target. */
  target?: number
}

/** Horizontal bars, one per duration, with the SLO target as a vertical line across its bar. */
export function durationBarsSvg(bars: readonly Bar[]): string {
  const width = 900
  const labelWidth = 170
  const barArea = width - labelWidth - 140
  const rowHeight = 28
  const max = Math.max(1, ...bars.flatMap((b) => [b.value ?? 0, b.target ?? 0]).map((v) => Math.abs(v)))
  const scale = (v: number) => (Math.abs(v) / max) * barArea
  const parts = bars.map((b, i) => {
    const y = i * rowHeight + 6
    const text = `<text x="0" y="${y + 14}" font-size="12">${esc(b.label)}</text>`
    if (b.value === null) return `${text}<text class="unknown" x="${labelWidth}" y="${y + 14}" font-size="12" fill="#777">unknown (mark missing)</text>`
    const over = b.target !== undefined && b.value >= b.target
    const colour = b.value < 0 ? '#999' : over ? '#c62828' : '#2e7d32'
    const bar = `<rect class="duration-bar" x="${labelWidth}" y="${y}" width="${n(Math.max(scale(b.value), 1))}" height="18" fill="${colour}"><title>${esc(b.label)}: ${esc(formatDuration(b.value))}</title></rect>`
    const target = b.target === undefined ? '' : `<line class="slo-target" x1="${n(labelWidth + scale(b.target))}" y1="${y - 3}" x2="${n(labelWidth + scale(b.target))}" y2="${y + 21}" stroke="#000" stroke-dasharray="3 2"><title>target ${esc(formatDuration(b.target))}</title></line>`
    const value = `<text x="${n(labelWidth + Math.max(scale(b.value), scale(b.target ?? 0)) + 6)}" y="${y + 14}" font-size="12">${esc(formatDuration(b.value))}${b.target === undefined ? '' : esc(` (target < ${formatDuration(b.target)})`)}</text>`
    return text + bar + target + value
  })
  return `<svg class="durations" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${bars.length * rowHeight + 8}" width="100%" role="img" aria-label="Durations against SLO targets">${parts.join('')}</svg>`
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
