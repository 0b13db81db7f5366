/** The four durations of an incident, and how each is measured from its effective phase marks. */
import type {Phase} from './entry.js'
import type {PhaseMark} from './marks.js'

/** Durations in ms; undefined when a mark is missing, never 0. Negative when marks are out of order. */
export interface IncidentMetrics {
  detectionLatency: number | undefined
  timeToContain: number | undefined
  exposureWindow: number | undefined
  timeToResolve: number | undefined
}

export interface MetricDefinition {
  label: string
  /** The metric is `to.at − from.at` over the effective marks. */
  from: Phase
  to: Phase
}

/** How each metric is measured, as the postmortem prints it. */
export const METRICS: Readonly<Record<keyof IncidentMetrics, MetricDefinition>> = {
  detectionLatency: {label: 'detection latency', from: 'started', to: 'detected'},
  timeToContain: {label: 'time to contain', from: 'detected', to: 'contained'},
  exposureWindow: {label: 'exposure window', from: 'started', to: 'contained'},
  timeToResolve: {label: 'time to resolve', from: 'detected', to: 'resolved'},
}

export function measureMetrics(phases: Partial<Record<Phase, PhaseMark>>): IncidentMetrics {
  const measure = ({from, to}: MetricDefinition): number | undefined => {
    const start = phases[from]
    const end = phases[to]
    return start === undefined || end === undefined ? undefined : end.at - start.at
  }
  return {
    detectionLatency: measure(METRICS.detectionLatency),
    timeToContain: measure(METRICS.timeToContain),
    exposureWindow: measure(METRICS.exposureWindow),
    timeToResolve: measure(METRICS.timeToResolve),
  }
}
