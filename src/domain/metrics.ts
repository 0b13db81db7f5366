/**
 * Metrics across incidents (DESIGN §3): per incident detection latency, time to contain, exposure
 * window and time to resolve; across incidents count, mean (MTTC for time to contain), median,
 * p90 and SLO attainment. Pure: folded incidents in, numbers out.
 *
 * An incident missing a mark is counted and listed under the metric it leaves unknown, never
 * dropped or counted as zero. A negative duration (marks out of order, e.g. contained before
 * detected) is flagged and listed, and kept out of the statistics: it is a recording error, not
 * a fast response.
 *
 * An incident the reader holds no grant on (ADR 0014) is listed as such and kept out of the
 * statistics and the SLO: its severity, classes and marks are unreadable to them, neither missing
 * nor zero. The severity and class filters cannot tell whether it is of theirs, so it stays listed;
 * the window reads its opening time, as for any incident without a readable detected mark.
 */
import type {IncidentClass, Severity} from './entry.js'
import {SEVERITIES} from './entry.js'
import type {IncidentState} from './incident.js'
import type {IncidentMetrics} from './incident-metrics.js'
import {METRICS} from './incident-metrics.js'

export type MetricName = keyof IncidentMetrics
export const METRIC_NAMES = Object.keys(METRICS) as MetricName[]

/** Targets in ms: a measured duration meets its target when it is at or below it (equal meets it). */
export type SloTargets = Partial<Record<Severity, Partial<Record<MetricName, number>>>>

export const DEFAULT_SLO: SloTargets = {P1: {detectionLatency: 5 * 60_000, timeToContain: 30 * 60_000}}

export interface MetricsFilter {
  /** Inclusive lower bound on the incident's detection time (UTC ms). */
  since?: number
  /** Exclusive upper bound on the incident's detection time (UTC ms). */
  until?: number
  severities?: readonly Severity[]
  classes?: readonly IncidentClass[]
}

export type SloVerdict = 'met' | 'missed' | 'unknown'

export interface IncidentRow {
  id: string
  /** false when the reader holds no grant on it: listed, not measured (no durations, nothing missing). */
  access?: false
  title: string | null
  severity: Severity | null
  classes: readonly IncidentClass[]
  /** The effective detected mark, or the opening time when there is none: what windows filter on. */
  detectedAt: number
  durations: IncidentMetrics
  /** Metrics left unknown by a missing mark. */
  missing: MetricName[]
  /** Metrics that came out negative: marks out of order. */
  outOfOrder: MetricName[]
  slo: Partial<Record<MetricName, SloVerdict>>
}

export interface MetricSummary {
  /** Incidents with a usable (present, non-negative) value. */
  count: number
  mean: number | null
  median: number | null
  p90: number | null
  min: number | null
  max: number | null
  /** Ids of incidents whose marks leave this metric unknown. */
  missing: string[]
  /** Ids of incidents whose marks are out of order for this metric. */
  outOfOrder: string[]
}

export interface SloAttainment {
  severity: Severity
  metric: MetricName
  target: number
  /** Incidents of the severity in the set (measured or not). */
  incidents: number
  measured: number
  met: number
  /** met / measured, null when nothing was measured. */
  attainment: number | null
  missed: string[]
  unknown: string[]
}

export interface MetricsReport {
  filter: MetricsFilter
  incidents: IncidentRow[]
  summaries: Record<MetricName, MetricSummary>
  slo: SloAttainment[]
}

/** Detection time of an incident: the effective detected mark, else when it was opened. */
export function detectionTime(incident: IncidentState): number {
  return incident.phases.detected?.at ?? incident.openedAt
}

export function matchesFilter(incident: IncidentState, filter: MetricsFilter): boolean {
  const at = detectionTime(incident)
  if (filter.since !== undefined && at < filter.since) return false
  if (filter.until !== undefined && at >= filter.until) return false
  // Unreadable without access: whether it is of this severity or class is unknown, so it stays listed.
  if (incident.access === false) return true
  if (filter.severities !== undefined && filter.severities.length > 0) {
    if (incident.severity === null || !filter.severities.includes(incident.severity)) return false
  }
  if (filter.classes !== undefined && filter.classes.length > 0) {
    if (!filter.classes.some((c) => incident.classes.includes(c))) return false
  }
  return true
}

export function verdict(value: number | undefined, target: number | undefined): SloVerdict | undefined {
  if (target === undefined) return undefined
  if (value === undefined || value < 0) return 'unknown'
  // A target is met at it: contained in exactly 30 min meets a 30 min target (docs/user-guide.md, SLO).
  return value <= target ? 'met' : 'missed'
}

export function incidentRow(incident: IncidentState, slo: SloTargets): IncidentRow {
  if (incident.access === false) {
    return {id: incident.id, access: false, title: null, severity: null, classes: [], detectedAt: detectionTime(incident), durations: {...incident.metrics}, missing: [], outOfOrder: [], slo: {}}
  }
  const targets = incident.severity === null ? {} : (slo[incident.severity] ?? {})
  const missing: MetricName[] = []
  const outOfOrder: MetricName[] = []
  const verdicts: Partial<Record<MetricName, SloVerdict>> = {}
  for (const name of METRIC_NAMES) {
    const value = incident.metrics[name]
    if (value === undefined) missing.push(name)
    else if (value < 0) outOfOrder.push(name)
    const v = verdict(value, targets[name])
    if (v !== undefined) verdicts[name] = v
  }
  return {
    id: incident.id,
    title: incident.title,
    severity: incident.severity,
    classes: incident.classes,
    detectedAt: detectionTime(incident),
    durations: {...incident.metrics},
    missing,
    outOfOrder,
    slo: verdicts,
  }
}

/** Arithmetic mean; null for none. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null
  return values.reduce((a, b) => a + b, 0) / values.length
}

/** Median: the middle value, or the mean of the two middle values; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** Percentile by the nearest-rank method (a value that occurred, never interpolated); null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * s.length))
  return s[rank - 1]!
}

function summarise(rows: readonly IncidentRow[], name: MetricName): MetricSummary {
  const values: number[] = []
  const missing: string[] = []
  const outOfOrder: string[] = []
  for (const row of rows) {
    if (row.access === false) continue
    const value = row.durations[name]
    if (value === undefined) missing.push(row.id)
    else if (value < 0) outOfOrder.push(row.id)
    else values.push(value)
  }
  return {
    count: values.length,
    mean: mean(values),
    median: median(values),
    p90: percentile(values, 90),
    min: values.length === 0 ? null : Math.min(...values),
    max: values.length === 0 ? null : Math.max(...values),
    missing,
    outOfOrder,
  }
}

function attainment(rows: readonly IncidentRow[], slo: SloTargets): SloAttainment[] {
  const out: SloAttainment[] = []
  for (const severity of SEVERITIES) {
    for (const metric of METRIC_NAMES) {
      const target = slo[severity]?.[metric]
      if (target === undefined) continue
      const ofSeverity = rows.filter((r) => r.severity === severity)
      const missed = ofSeverity.filter((r) => r.slo[metric] === 'missed').map((r) => r.id)
      const unknown = ofSeverity.filter((r) => r.slo[metric] === 'unknown').map((r) => r.id)
      const met = ofSeverity.filter((r) => r.slo[metric] === 'met').length
      const measured = met + missed.length
      out.push({severity, metric, target, incidents: ofSeverity.length, measured, met, attainment: measured === 0 ? null : met / measured, missed, unknown})
    }
  }
  return out
}

/** Rows in detection order, summaries and SLO attainment of the incidents the filter keeps. */
export function computeMetrics(incidents: readonly IncidentState[], filter: MetricsFilter, slo: SloTargets): MetricsReport {
  const rows = incidents
    .filter((i) => matchesFilter(i, filter))
    .map((i) => incidentRow(i, slo))
    .sort((a, b) => a.detectedAt - b.detectedAt || a.id.localeCompare(b.id))
  const summaries = Object.fromEntries(METRIC_NAMES.map((name) => [name, summarise(rows, name)])) as Record<MetricName, MetricSummary>
  return {filter, incidents: rows, summaries, slo: attainment(rows, slo)}
}

const UNIT_MS: Readonly<Record<string, number>> = {s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000}

/**
 * A duration as written in config and flags: `90s`, `5m`, `1h30m`, `2d`; a bare number is
 * seconds. Returns ms, or undefined when the text is not a duration.
 */
export function parseDurationText(text: string): number | undefined {
  const t = text.trim().toLowerCase()
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t) * 1000
  if (!/^(\d+(\.\d+)?[smhdw])+$/.test(t)) return undefined
  let ms = 0
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g)) ms += Number(m[1]) * UNIT_MS[m[2]!]!
  return ms
}
