/**
 * `pl metrics` output: the JSON form (durations in seconds), a table, CSV, and a self-contained
 * HTML page with charts of detection latency and time to contain over time.
 */
import type {IncidentRow, MetricName, MetricsReport, MetricSummary, SloAttainment, SloVerdict} from '../domain/metrics.js'
import {METRIC_NAMES} from '../domain/metrics.js'
import {METRICS} from '../domain/incident-metrics.js'
import {formatIso} from '../domain/time.js'
import {duration, table, when} from './format.js'
import {REPORT_CSS, esc, seriesSvg} from './svg.js'

const sec = (ms: number | null | undefined): number | null => (ms === null || ms === undefined ? null : ms / 1000)
/** The incidents listed that the reader holds no grant on. */
const withoutAccess = (report: MetricsReport): IncidentRow[] => report.incidents.filter((r) => r.access === false)

/** A metric's statistics (durations in seconds here), with the incidents left out counted and named. */
export interface MetricSummaryJson extends Omit<MetricSummary, 'missing' | 'outOfOrder'> {
  missing: {count: number; incidents: string[]}
  outOfOrder: {count: number; incidents: string[]}
}

export interface MetricsJson {
  window: {since: string | null; until: string | null}
  severity: string[]
  class: string[]
  /** Incidents in the set, those listed without access included. */
  incidents: number
  /** Incidents listed that the reader holds no grant on (ADR 0014): not measured, in none of the statistics. */
  noAccess: {count: number; incidents: string[]}
  detectionLatency: MetricSummaryJson
  timeToContain: MetricSummaryJson
  exposureWindow: MetricSummaryJson
  timeToResolve: MetricSummaryJson
  slo: {severity: string; metric: MetricName; targetSeconds: number; incidents: number; measured: number; met: number; attainment: number | null; missed: string[]; unknown: string[]}[]
  perIncident: {
    id: string
    /** false without a grant on it, as in `pl incident list`: title, severity and detectedAt null, nothing measured. */
    access?: false
    title: string | null
    severity: string | null
    classes: string[]
    detectedAt: string | null
    detectionLatency: number | null
    timeToContain: number | null
    exposureWindow: number | null
    timeToResolve: number | null
    missing: MetricName[]
    outOfOrder: MetricName[]
    slo: Partial<Record<MetricName, SloVerdict>>
  }[]
}

function summaryJson(s: MetricSummary): MetricSummaryJson {
  return {
    count: s.count,
    mean: sec(s.mean),
    median: sec(s.median),
    p90: sec(s.p90),
    min: sec(s.min),
    max: sec(s.max),
    missing: {count: s.missing.length, incidents: s.missing},
    outOfOrder: {count: s.outOfOrder.length, incidents: s.outOfOrder},
  }
}

export function metricsJson(report: MetricsReport): MetricsJson {
  const {filter} = report
  const noAccess = withoutAccess(report).map((r) => r.id)
  return {
    window: {since: filter.since === undefined ? null : formatIso(filter.since), until: filter.until === undefined ? null : formatIso(filter.until)},
    severity: [...(filter.severities ?? [])],
    class: [...(filter.classes ?? [])],
    incidents: report.incidents.length,
    noAccess: {count: noAccess.length, incidents: noAccess},
    detectionLatency: summaryJson(report.summaries.detectionLatency),
    timeToContain: summaryJson(report.summaries.timeToContain),
    exposureWindow: summaryJson(report.summaries.exposureWindow),
    timeToResolve: summaryJson(report.summaries.timeToResolve),
    slo: report.slo.map((s) => ({
      severity: s.severity,
      metric: s.metric,
      targetSeconds: s.target / 1000,
      incidents: s.incidents,
      measured: s.measured,
      met: s.met,
      attainment: s.attainment,
      missed: s.missed,
      unknown: s.unknown,
    })),
    perIncident: report.incidents.map((r) => ({
      id: r.id,
      ...(r.access === false ? {access: false as const} : {}),
      title: r.title,
      severity: r.severity,
      classes: [...r.classes],
      detectedAt: r.access === false ? null : formatIso(r.detectedAt),
      detectionLatency: sec(r.durations.detectionLatency),
      timeToContain: sec(r.durations.timeToContain),
      exposureWindow: sec(r.durations.exposureWindow),
      timeToResolve: sec(r.durations.timeToResolve),
      missing: r.missing,
      outOfOrder: r.outOfOrder,
      slo: r.slo,
    })),
  }
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(0)}%`)
const label = (m: MetricName) => METRICS[m].label

function sloLine(s: SloAttainment): string {
  const unknown = s.unknown.length === 0 ? '' : `; ${s.unknown.length} unknown (${s.unknown.join(', ')})`
  const missed = s.missed.length === 0 ? '' : `; missed by ${s.missed.join(', ')}`
  return `${s.severity} ${label(s.metric)} ≤ ${duration(s.target)}: ${pct(s.attainment)} (${s.met} of ${s.measured} measured${missed}${unknown})`
}

function cellOf(r: IncidentRow, m: MetricName): string {
  if (r.access === false) return 'no access'
  const v = r.durations[m]
  if (v === undefined) return '— missing'
  if (v < 0) return `${duration(v)} OUT OF ORDER`
  const verdict = r.slo[m]
  return verdict === 'missed' ? `${duration(v)} (SLO missed)` : duration(v)
}

/** A summary table, SLO attainment lines, the incidents behind it and what they are missing. */
export function metricsText(report: MetricsReport, utc: boolean): string {
  const out: string[] = []
  const noAccess = withoutAccess(report)
  out.push(`${report.incidents.length} incident${report.incidents.length === 1 ? '' : 's'}${noAccess.length === 0 ? '' : ` (${noAccess.length} you have no access to, not measured)`}`)
  if (report.incidents.length === 0) return out.join('\n')
  out.push(
    table(
      ['metric', 'n', 'mean', 'median', 'p90', 'missing', 'out of order'],
      METRIC_NAMES.map((m) => {
        const s = report.summaries[m]
        const name = m === 'timeToContain' ? `${label(m)} (MTTC = mean)` : label(m)
        return [name, s.count, duration(s.mean ?? undefined), duration(s.median ?? undefined), duration(s.p90 ?? undefined), s.missing.length, s.outOfOrder.length]
      }),
    ),
  )
  if (report.slo.length > 0) out.push('', 'SLO attainment', ...report.slo.map((s) => `  ${sloLine(s)}`))
  out.push(
    '',
    table(
      ['incident', 'sev', 'detected', 'detection', 'contain', 'exposure', 'resolve'],
      report.incidents.map((r) => [r.id, r.severity ?? '—', r.access === false ? '—' : when(r.detectedAt, utc), ...METRIC_NAMES.map((m) => cellOf(r, m))]),
    ),
  )
  const missing = report.incidents.filter((r) => r.missing.length > 0)
  if (missing.length > 0) out.push('', `Missing marks (${missing.length}):`, ...missing.map((r) => `  ${r.id}: ${r.missing.map(label).join(', ')} unknown`))
  const disordered = report.incidents.filter((r) => r.outOfOrder.length > 0)
  if (disordered.length > 0) {
    out.push('', `Marks out of order (${disordered.length}):`, ...disordered.map((r) => `  ${r.id}: ${r.outOfOrder.map(label).join(', ')} negative; correct the marks with \`pl incident mark\``))
  }
  if (noAccess.length > 0) {
    out.push('', `No access (${noAccess.length}): severity, class and marks unreadable without a grant, kept out of the statistics; one who has access grants it with \`pl incident grant INCIDENT NAME\`:`, ...noAccess.map((r) => `  ${r.id}`))
  }
  return out.join('\n')
}

function csvCell(v: string | number | null): string {
  if (v === null) return ''
  const s = String(v)
  // A leading =, +, - or @ would be a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) && typeof v === 'string' ? `'${s}` : s
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** One row per incident, durations in seconds; empty cells for unknown values. */
export function metricsCsv(report: MetricsReport): string {
  const json = metricsJson(report)
  const head = ['id', 'title', 'severity', 'classes', 'detected_at', 'detection_latency_s', 'time_to_contain_s', 'exposure_window_s', 'time_to_resolve_s', 'missing', 'out_of_order', 'access']
  const rows = json.perIncident.map((r) => [
    r.id,
    r.title,
    r.severity,
    r.classes.join(' '),
    r.detectedAt,
    r.detectionLatency,
    r.timeToContain,
    r.exposureWindow,
    r.timeToResolve,
    r.missing.join(' '),
    r.outOfOrder.join(' '),
    r.access === false ? 'false' : null,
  ])
  return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n'
}

export function metricsHtml(report: MetricsReport, options: {utc: boolean; generatedAt: number}): string {
  const {utc} = options
  const noAccess = withoutAccess(report).length
  const summary = METRIC_NAMES.map((m) => {
    const s = report.summaries[m]
    return `<tr><td>${esc(label(m))}${m === 'timeToContain' ? ' (MTTC = mean)' : ''}</td><td>${s.count}</td><td>${esc(duration(s.mean ?? undefined))}</td><td>${esc(duration(s.median ?? undefined))}</td><td>${esc(duration(s.p90 ?? undefined))}</td><td>${s.missing.length === 0 ? '0' : esc(`${s.missing.length}: ${s.missing.join(', ')}`)}</td><td>${s.outOfOrder.length === 0 ? '0' : esc(`${s.outOfOrder.length}: ${s.outOfOrder.join(', ')}`)}</td></tr>`
  }).join('')
  const slo = report.slo.map((s) => `<li>${esc(sloLine(s))}</li>`).join('')
  const points = (m: MetricName) =>
    report.incidents.flatMap((r) => {
      const v = r.durations[m]
      return v === undefined || v < 0 ? [] : [{at: r.detectedAt, value: v, label: r.id}]
    })
  const target = (m: MetricName) => {
    const sev = report.filter.severities?.length === 1 ? report.filter.severities[0]! : 'P1'
    return report.slo.find((s) => s.severity === sev && s.metric === m)?.target
  }
  const chart = (m: MetricName) => {
    const t = target(m)
    return seriesSvg(`${label(m)} over time`, points(m), {utc, ...(t === undefined ? {} : {target: t})})
  }
  const rows = report.incidents
    .map((r) => `<tr><td>${esc(r.id)}</td><td>${esc(r.access === false ? '[no access]' : (r.title ?? '—'))}</td><td>${esc(r.severity ?? '—')}</td><td>${esc(r.access === false ? '—' : when(r.detectedAt, utc))}</td>${METRIC_NAMES.map((m) => `<td>${esc(cellOf(r, m))}</td>`).join('')}</tr>`)
    .join('')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Incident metrics</title><style>${REPORT_CSS}</style></head><body>
<h1>Incident metrics</h1>
<p class="muted">${report.incidents.length} incidents${noAccess === 0 ? '' : ` (${noAccess} you have no access to, not measured)`}; generated ${esc(when(options.generatedAt, utc))}</p>
<h2>Summary</h2>
<table><thead><tr><th>metric</th><th>n</th><th>mean</th><th>median</th><th>p90</th><th>missing</th><th>out of order</th></tr></thead><tbody>${summary}</tbody></table>
<h2>SLO attainment</h2>${slo === '' ? '<p>No SLO targets apply.</p>' : `<ul>${slo}</ul>`}
<h2>Over time</h2>
${chart('detectionLatency')}
${chart('timeToContain')}
<h2>Incidents</h2>
<table><thead><tr><th>incident</th><th>title</th><th>sev</th><th>detected</th><th>detection</th><th>contain</th><th>exposure</th><th>resolve</th></tr></thead><tbody>${rows}</tbody></table>
</body></html>
`
}
