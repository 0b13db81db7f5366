/** `runbook.lease`: a walk took, renewed or released its lease on (incident, runbook) (domain/runbook/lease.ts). */
import type {LeaseBody} from '../runbook/lease.js'
import {formatIso} from '../time.js'
import {aNumber, aString, object, oneOf} from './check.js'
import type {KindSpec} from './spec.js'
import {lineOf, SHREDDED} from './text.js'

export type StoredRunbookLease = LeaseBody

const WHY = {dead: 'its process was gone', expired: 'it had expired', 'taken-over': 'taken over (--take-over)'} as const

export const runbookLease: KindSpec<'runbook.lease'> = {
  guard: object(
    {runbook: aString, event: oneOf(['taken', 'renewed', 'released'] as const), holder: aString, host: aString, pid: aNumber, walk: aString, expiresAt: aNumber},
    {replaced: object({holder: aString, host: aString, pid: aNumber, walk: aString, why: oneOf(['dead', 'expired', 'taken-over'] as const)})},
  ),
  summary({kind, body}) {
    if (body === null) return `${kind}: ${SHREDDED}`
    const who = `${lineOf(body.holder) ?? '?'} (pid ${body.pid} on ${lineOf(body.host) ?? '?'})`
    const head = `Runbook ${lineOf(body.runbook) ?? '?'}: walk lease`
    if (body.event === 'released') return `${head} released by ${who}`
    if (body.event === 'renewed') return `${head} renewed by ${who} until ${formatIso(body.expiresAt)}`
    const r = body.replaced
    return `${head} taken by ${who}${r ? `, replacing ${lineOf(r.holder) ?? '?'} (pid ${r.pid} on ${lineOf(r.host) ?? '?'}): ${WHY[r.why]}` : ''}`
  },
}
