/**
 * One walker at a time: a walk holds a lease on (incident, runbook), recorded in the ledger as
 * `runbook.lease` entries (ADR 0008). Folding them gives the current holder; judging it says
 * whether a second walker must wait. Pure: the caller hands in its host, the clock and a
 * process-liveness check.
 */

/** A `runbook.lease` body: a lease taken, renewed or released. */
export interface LeaseBody {
  runbook: string
  event: 'taken' | 'renewed' | 'released'
  /** Who holds it (the actor). */
  holder: string
  host: string
  pid: number
  /** A random id of the walk (one process run). */
  walk: string
  /** The lease lapses after this (UTC epoch ms) unless renewed; on the holder's own host a live process keeps it. */
  expiresAt: number
  /** taken: the lease it replaced, and why that one no longer held. */
  replaced?: {holder: string; host: string; pid: number; walk: string; why: LeaseEnd}
}

/** Why a lease stopped holding: its process is gone, it lapsed, or it was taken over (--take-over). */
export type LeaseEnd = 'dead' | 'expired' | 'taken-over'

export interface Lease {
  holder: string
  host: string
  pid: number
  walk: string
  /** When it was taken (entry time), and by which entry. */
  since: number
  seq: number
  expiresAt: number
}

/** The lease in force on `runbook` after these records (in ledger order), if any. */
export function currentLease(records: readonly {seq: number; ts: number; body: LeaseBody}[], runbook: string): Lease | undefined {
  let lease: Lease | undefined
  for (const {seq, ts, body} of records) {
    if (body.runbook !== runbook) continue
    if (body.event === 'taken') lease = {holder: body.holder, host: body.host, pid: body.pid, walk: body.walk, since: ts, seq, expiresAt: body.expiresAt}
    else if (lease?.walk === body.walk) {
      if (body.event === 'released') lease = undefined
      else lease.expiresAt = body.expiresAt
    }
  }
  return lease
}

/**
 * Whether a lease still holds against a walker on `host` at `now`: on the holder's host its
 * process decides (alive: held, however long it waits at a prompt; gone: dead). From another host
 * the process cannot be seen, so the lease holds until it expires (the holder renews it as it
 * records). A lease of the asking walk itself is never in the way.
 */
export function judgeLease(lease: Lease, me: {host: string; walk?: string}, now: number, alive: (pid: number) => boolean): 'held' | Exclude<LeaseEnd, 'taken-over'> | 'mine' {
  if (me.walk !== undefined && lease.walk === me.walk) return 'mine'
  if (lease.host === me.host) return alive(lease.pid) ? 'held' : 'dead'
  return now > lease.expiresAt ? 'expired' : 'held'
}
