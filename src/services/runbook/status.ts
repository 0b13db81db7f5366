/**
 * `pl runbook status`: each walk of an incident (every runbook its record names), step by step,
 * with the walk's lease. Reads only.
 */
import {hostname} from 'node:os'
import type {StoredActionResult} from '../../domain/entries/action-result.js'
import {isKind} from '../../domain/entries/index.js'
import type {StoredRunbookStep} from '../../domain/entries/runbook-step.js'
import type {LeaseBody} from '../../domain/runbook/lease.js'
import {currentLease, judgeLease} from '../../domain/runbook/lease.js'
import type {Recorded, WalkStatus} from '../../domain/runbook/status.js'
import {walkStatus} from '../../domain/runbook/status.js'
import type {UnlockedLedger} from '../../store/ledger.js'
import {incidentIds, loadIncident} from '../incidents.js'
import type {SessionOptions} from '../session.js'
import {withLedger} from '../store-access.js'
import {listRunbooks} from './discovery.js'
import {processAlive} from './lease.js'

export interface IncidentWalks {
  incident: string
  title: string | null
  walks: WalkStatus[]
}

function walksOf(ledger: UnlockedLedger, incident: string, known: ReturnType<typeof listRunbooks>['runbooks'], now: number): IncidentWalks {
  const state = loadIncident(ledger, incident)
  const steps: Recorded<StoredRunbookStep>[] = []
  const results: Recorded<StoredActionResult>[] = []
  const leases: {seq: number; ts: number; body: LeaseBody}[] = []
  for (const row of ledger.rowsOfIncident(incident)) {
    if (row.kind !== 'runbook.step' && row.kind !== 'action.result' && row.kind !== 'runbook.lease') continue
    const entry = ledger.decrypt(row)
    if (isKind(entry, 'runbook.step') && entry.body !== null) steps.push({seq: entry.seq, ts: entry.ts, actor: entry.actor, body: entry.body})
    else if (isKind(entry, 'action.result') && entry.body !== null) results.push({seq: entry.seq, ts: entry.ts, actor: entry.actor, body: entry.body})
    else if (isKind(entry, 'runbook.lease') && entry.body !== null) leases.push({seq: entry.seq, ts: entry.ts, body: entry.body})
  }
  const names = [...new Set([...steps.map((s) => s.body.runbook), ...results.map((r) => r.body.runbook), ...leases.map((l) => l.body.runbook)].filter((n): n is string => n !== undefined))]
  const host = hostname()
  const walks = names.map((name) => {
    const lease = currentLease(leases, name)
    const verdict = lease === undefined ? undefined : judgeLease(lease, {host}, now, processAlive)
    const judged = lease === undefined || verdict === undefined ? null : {...lease, state: verdict === 'mine' ? ('held' as const) : verdict}
    return walkStatus(name, known.find((r) => r.runbook.name === name)?.runbook, steps, results, judged)
  })
  return {incident, title: state.title, walks}
}

/** The walks of one incident, or of every incident whose record holds a walk. */
export async function runbookStatus(session: SessionOptions, options: {incident?: string; dir?: string}): Promise<IncidentWalks[]> {
  const {runbooks} = listRunbooks(session.env, options.dir)
  return withLedger(session, (ledger) => {
    const ids = options.incident === undefined ? incidentIds(ledger) : [options.incident.toUpperCase()]
    const all = ids.map((id) => walksOf(ledger, id, runbooks, session.now()))
    return options.incident === undefined ? all.filter((i) => i.walks.length > 0) : all
  })
}
