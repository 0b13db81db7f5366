/**
 * What re-marking a phase would change: the old and new event time, and each metric measured from
 * that phase before and after, with its SLO verdict. `pl incident mark` shows it before a mark
 * is corrected, so a mark typed again from shell history does not move TTC past its SLO unseen.
 */
import type {Phase} from './entry.js'
import type {IncidentState} from './incident.js'
import {measureMetrics, METRICS} from './incident-metrics.js'
import type {MetricName, SloTargets, SloVerdict} from './metrics.js'
import {METRIC_NAMES, verdict} from './metrics.js'

export interface MetricChange {
  metric: MetricName
  label: string
  before: number | undefined
  after: number | undefined
  target?: number
  verdictBefore?: SloVerdict
  verdictAfter?: SloVerdict
}

export interface MarkChange {
  incident: string
  phase: Phase
  /** The event time of the mark in effect now. */
  old: number
  new: number
  metrics: MetricChange[]
}

/** The change a new mark of `phase` at `at` makes, or undefined when the phase has no mark yet. */
export function markChange(incident: IncidentState, phase: Phase, at: number, slo: SloTargets): MarkChange | undefined {
  const current = incident.phases[phase]
  if (current === undefined) return undefined
  const before = incident.metrics
  const after = measureMetrics({...incident.phases, [phase]: {...current, at}})
  const targets = incident.severity === null ? {} : (slo[incident.severity] ?? {})
  const metrics: MetricChange[] = []
  for (const metric of METRIC_NAMES) {
    const {from, to, label} = METRICS[metric]
    if (from !== phase && to !== phase) continue
    if (before[metric] === undefined && after[metric] === undefined) continue
    const target = targets[metric]
    const vb = verdict(before[metric], target)
    const va = verdict(after[metric], target)
    metrics.push({
      metric,
      label,
      before: before[metric],
      after: after[metric],
      ...(target === undefined ? {} : {target}),
      ...(vb === undefined ? {} : {verdictBefore: vb}),
      ...(va === undefined ? {} : {verdictAfter: va}),
    })
  }
  return {incident: incident.id, phase, old: current.at, new: at, metrics}
}
