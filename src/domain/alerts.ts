/**
 * The alert that paged the responder, as pl records it: PagerDuty incidents and Opsgenie alerts
 * read through their REST APIs (src/services/alerts.ts) and mapped here, without I/O.
 */
import type {Severity} from './entry.js'
import {UserError} from '../errors.js'

export const ALERT_SOURCES = ['pagerduty', 'opsgenie'] as const
export type AlertSource = (typeof ALERT_SOURCES)[number]

export const ALERT_SOURCE_NAMES: Readonly<Record<AlertSource, string>> = {pagerduty: 'PagerDuty', opsgenie: 'Opsgenie'}

/** Where an incident came from: recorded in its opening entry. */
export interface AlertLink {
  system: AlertSource
  id: string
  url: string
}

export interface AlertFacts extends AlertLink {
  title: string
  severity: Severity
  /** The alert's creation time: when the leak was detected. */
  detectedAt: number
  /** Its first acknowledgement, when there was one. */
  acknowledgedAt?: number
}

/** `pagerduty:Q1ABC` or `opsgenie:8418d193-…`. */
export function parseAlertRef(text: string): {system: AlertSource; id: string} {
  const m = /^([a-z]+):([A-Za-z0-9._-]+)$/.exec(text.trim())
  const system = m?.[1] as AlertSource | undefined
  if (!m || system === undefined || !ALERT_SOURCES.includes(system)) {
    throw new UserError('usage', `--from "${text}" is not an alert: use pagerduty:INCIDENT_ID or opsgenie:ALERT_ID.`, {hints: ['pl incident open --from pagerduty:Q1ABCD2EF3GH']})
  }
  return {system, id: m[2]!}
}

/** P1–P5 of the paging tool onto pl's P1–P4 (P5 is P4). */
function fromPriority(name: unknown): Severity | undefined {
  const m = typeof name === 'string' ? /^P([1-5])$/i.exec(name.trim()) : null
  return m ? (`P${Math.min(4, Number(m[1]))}` as Severity) : undefined
}

function time(value: unknown, what: string): number {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN
  if (Number.isNaN(ms)) throw new UserError('invalid-input', `The alert's ${what} is not a time: ${JSON.stringify(value)}.`)
  return ms
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new UserError('invalid-input', `The alert has no ${what}.`)
  return value.trim()
}

/**
 * A PagerDuty incident (`GET /incidents/{id}`) and its log entries (`GET /incidents/{id}/log_entries`):
 * its priority (P1–P5) gives the severity, else its urgency (high → P1, low → P3); the first
 * `acknowledge_log_entry` is the acknowledgement.
 */
export function pagerDutyFacts(incident: unknown, logEntries: unknown): AlertFacts {
  const i = ((incident as {incident?: unknown} | null)?.incident ?? {}) as Record<string, unknown>
  const severity = fromPriority((i.priority as {name?: unknown} | null | undefined)?.name) ?? (i.urgency === 'high' ? 'P1' : 'P3')
  const entries = ((logEntries as {log_entries?: unknown} | null)?.log_entries ?? []) as {type?: unknown; created_at?: unknown}[]
  const acks = entries.filter((e) => e.type === 'acknowledge_log_entry').map((e) => time(e.created_at, 'acknowledgement time'))
  return {
    system: 'pagerduty',
    id: text(i.id, 'id'),
    url: text(i.html_url, 'link (html_url)'),
    title: text(i.title, 'title'),
    severity,
    detectedAt: time(i.created_at, 'creation time (created_at)'),
    ...(acks.length > 0 ? {acknowledgedAt: Math.min(...acks)} : {}),
  }
}

/**
 * An Opsgenie alert (`GET /v2/alerts/{id}`): its priority gives the severity; `report.ackTime`
 * (ms after creation) the acknowledgement. The link is to the alert in the web app.
 */
export function opsgenieFacts(alert: unknown, webBase: string): AlertFacts {
  const a = ((alert as {data?: unknown} | null)?.data ?? {}) as Record<string, unknown>
  const created = time(a.createdAt, 'creation time (createdAt)')
  const report = (a.report ?? {}) as {ackTime?: unknown}
  const id = text(a.id, 'id')
  return {
    system: 'opsgenie',
    id,
    url: `${webBase.replace(/\/$/, '')}/alert/detail/${encodeURIComponent(id)}/details`,
    title: text(a.message, 'message'),
    severity: fromPriority(a.priority) ?? 'P3',
    detectedAt: created,
    ...(a.acknowledged === true && typeof report.ackTime === 'number' ? {acknowledgedAt: created + report.ackTime} : {}),
  }
}
