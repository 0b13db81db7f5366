/**
 * The walk's lease on (incident, runbook) (ADR 0008): taken before the first question in the same
 * BEGIN IMMEDIATE transaction that reads the lease in force, so two walkers starting at once
 * cannot both take it; checked (and renewed when due) in the transaction of every append of the
 * walk, so a walker whose lease was taken over stops before it records anything more; released
 * when the walk ends. Plain appends (notes, evidence, scans) do not look at it.
 */
import {randomBytes} from 'node:crypto'
import {hostname} from 'node:os'
import {isKind} from '../../domain/entries/index.js'
import type {Lease, LeaseBody, LeaseEnd} from '../../domain/runbook/lease.js'
import {currentLease, judgeLease} from '../../domain/runbook/lease.js'
import {formatIso} from '../../domain/time.js'
import {UserError} from '../../errors.js'
import type {AppendInput, UnlockedLedger} from '../../store/ledger.js'

/** How long a lease holds without a renewal, as seen from another host [default: 15 minutes]. */
export const DEFAULT_LEASE_TTL_MS = 15 * 60_000

/** Whether process `pid` on this host is alive (EPERM: alive, owned by someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export interface LeaseOptions {
  incident: string
  keyId: string
  runbook: string
  actor: string
  now: () => number
  ttlMs: number
  takeOver: boolean
  /** Overridable for tests of the pure judgement; the real host and process otherwise. */
  host?: string
  pid?: number
  alive?: (pid: number) => boolean
}

function leaseRecords(ledger: UnlockedLedger, incident: string): {seq: number; ts: number; body: LeaseBody}[] {
  return ledger.rowsOfIncidentKind(incident, 'runbook.lease').flatMap((row) => {
    const entry = ledger.decrypt(row)
    return isKind(entry, 'runbook.lease') && entry.body !== null ? [{seq: entry.seq, ts: entry.ts, body: entry.body}] : []
  })
}

function leaseOf(ledger: UnlockedLedger, incident: string, runbook: string): Lease | undefined {
  return currentLease(leaseRecords(ledger, incident), runbook)
}

export class WalkLease {
  readonly walk = randomBytes(8).toString('hex')
  readonly host: string
  readonly pid: number
  /** The lease this walk replaced, and why it no longer held. */
  replaced: {lease: Lease; why: LeaseEnd} | undefined
  #renewedAt = 0
  #released = false

  private constructor(
    private readonly ledger: UnlockedLedger,
    private readonly o: LeaseOptions,
  ) {
    this.host = o.host ?? hostname()
    this.pid = o.pid ?? process.pid
  }

  /** Takes the lease, or fails with exit 14 naming who holds it and since when. */
  static take(ledger: UnlockedLedger, o: LeaseOptions): WalkLease {
    const lease = new WalkLease(ledger, o)
    ledger.transaction(() => {
      const now = o.now()
      const current = leaseOf(ledger, o.incident, o.runbook)
      if (current !== undefined) {
        const verdict = judgeLease(current, {host: lease.host}, now, o.alive ?? processAlive)
        if (verdict === 'held' && !o.takeOver) throw lease.#held(current, now)
        lease.replaced = {lease: current, why: verdict === 'held' || verdict === 'mine' ? 'taken-over' : verdict}
      }
      ledger.append([lease.#entry('taken', now)])
      lease.#renewedAt = now
    })
    return lease
  }

  #held(l: Lease, now: number): UserError {
    const mins = Math.max(0, Math.round((now - l.since) / 60_000))
    return new UserError('runbook-held', `${l.holder} is walking ${this.o.runbook} on ${this.o.incident} (pid ${l.pid} on ${l.host}), since ${formatIso(l.since)} (${mins} min ago; lease entry #${l.seq}).`, {
      details: {holder: l.holder, host: l.host, pid: l.pid, since: formatIso(l.since), expiresAt: formatIso(l.expiresAt)},
      hints: [
        'Agree with them who goes on; two walkers would record contradicting answers.',
        `If that walk is gone for good (a lost laptop), \`pl runbook run ${this.o.runbook} --incident ${this.o.incident} --take-over\` takes the lease (recorded); from another host it also lapses at ${formatIso(l.expiresAt)}.`,
        `\`pl runbook status ${this.o.incident}\` shows where the walk is.`,
      ],
    })
  }

  #entry(event: LeaseBody['event'], now: number): AppendInput {
    const r = this.replaced
    return {
      incident: this.o.incident,
      kind: 'runbook.lease',
      keyId: this.o.keyId,
      body: {
        runbook: this.o.runbook,
        event,
        holder: this.o.actor,
        host: this.host,
        pid: this.pid,
        walk: this.walk,
        expiresAt: now + this.o.ttlMs,
        ...(event === 'taken' && r ? {replaced: {holder: r.lease.holder, host: r.lease.host, pid: r.lease.pid, walk: r.lease.walk, why: r.why}} : {}),
      },
    }
  }

  /**
   * Throws (exit 14) unless this walk still holds the lease: another walker took it (and may have
   * released it since). Call inside a transaction.
   */
  #check(now: number): void {
    const records = leaseRecords(this.ledger, this.o.incident)
    const current = currentLease(records, this.o.runbook)
    if (current?.walk === this.walk) return
    this.#released = true
    const taker = records.filter((r) => r.body.runbook === this.o.runbook && r.body.event === 'taken' && r.body.walk !== this.walk).at(-1)
    const who = taker ? `${taker.body.holder} (pid ${taker.body.pid} on ${taker.body.host}) took it at ${formatIso(taker.ts)}` : 'it is no longer recorded as this walk\'s'
    throw new UserError('runbook-held', `This walk of ${this.o.runbook} on ${this.o.incident} lost its lease: ${who}${current === undefined ? ' (and has released it since)' : ''}. It stops here; nothing more was recorded.`, {
      details: {...(taker ? {holder: taker.body.holder, host: taker.body.host, pid: taker.body.pid, since: formatIso(taker.ts)} : {}), now: formatIso(now)},
      hints: ['Talk to them before walking again; `pl runbook status` shows what each step recorded.'],
    })
  }

  /** Appends the walk's entries if the lease is still this walk's, renewing it when half its time is gone. */
  append(inputs: readonly AppendInput[]): ReturnType<UnlockedLedger['append']> {
    return this.ledger.transaction(() => {
      const now = this.o.now()
      this.#check(now)
      const renew = now - this.#renewedAt > this.o.ttlMs / 2
      const rows = this.ledger.append(renew ? [...inputs, this.#entry('renewed', now)] : inputs)
      if (renew) this.#renewedAt = now
      return rows.slice(0, inputs.length)
    })
  }

  /** Releases the lease if this walk still holds it. */
  release(): void {
    if (this.#released) return
    this.#released = true
    this.ledger.transaction(() => {
      const current = leaseOf(this.ledger, this.o.incident, this.o.runbook)
      if (current?.walk === this.walk) this.ledger.append([this.#entry('released', this.o.now())])
    })
  }
}
