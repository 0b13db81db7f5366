/**
 * `pl metrics`: folds every incident of the store and aggregates those the filter keeps, against
 * the SLO targets of the config file with the caller's overrides on top.
 */
import type {MetricName, MetricsFilter, MetricsReport, SloTargets} from '../domain/metrics.js'
import {computeMetrics} from '../domain/metrics.js'
import type {Severity} from '../domain/entry.js'
import {incidentIds, loadIncident} from './incidents.js'
import {loadConfig} from './config.js'
import type {SessionOptions} from './session.js'
import {withLedger} from './store-access.js'

export interface MetricsOptions {
  filter: MetricsFilter
  /** Targets (ms) that replace the configured ones for these severities. */
  overrides?: {severities: readonly Severity[]; targets: Partial<Record<MetricName, number>>}
}

export function sloWithOverrides(base: SloTargets, overrides: MetricsOptions['overrides']): SloTargets {
  if (overrides === undefined) return base
  const slo: SloTargets = structuredClone(base)
  for (const severity of overrides.severities) slo[severity] = {...slo[severity], ...overrides.targets}
  return slo
}

export async function incidentMetrics(session: SessionOptions, options: MetricsOptions): Promise<MetricsReport> {
  const slo = sloWithOverrides((await loadConfig(session.env)).slo, options.overrides)
  const incidents = await withLedger(session, (ledger) => incidentIds(ledger).map((id) => loadIncident(ledger, id)))
  return computeMetrics(incidents, options.filter, slo)
}
