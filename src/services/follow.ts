/**
 * `pl incident timeline INC --follow`: the incident's timeline, then each entry other responders
 * append, as it lands. Every new row is checked before it is shown: in sequence, chained to the
 * row before (the whole ledger from entry 1, so the follower holds the chain head it trusts),
 * and, for the incident's own entries, authenticated by decryption under its key. PostgreSQL
 * tells the follower of new rows (LISTEN/NOTIFY with only the store id and the new size); SQLite
 * is polled. A lost connection is retried, and the rows missed meanwhile are read on return.
 */
import {ChainChecker} from '../domain/verify/chain.js'
import type {Problem} from '../domain/verify/report.js'
import type {LedgerEntry} from '../domain/entry.js'
import {maskEntry} from '../domain/free-text.js'
import type {TimelineEvent} from '../domain/timeline.js'
import {buildTimeline} from '../domain/timeline.js'
import {ExternalError, IntegrityError} from '../errors.js'
import type {UnlockedLedger} from '../store/ledger.js'
import {watchStore} from '../store/watch.js'
import {textMasker} from './free-text.js'
import {incidentKey} from './incidents.js'
import type {SessionOptions} from './session.js'
import {openUnlocked} from './store-access.js'

export interface FollowOptions {
  incident: string
  /** Events not shown before, in timeline order (the first call has the whole timeline). */
  onEvents(events: TimelineEvent[], title: string | undefined): void
  /** Connection state changes, for a note on standard error. */
  onState?(state: 'listening' | 'reconnecting' | 'reconnected'): void
  /** Following stops when this aborts (Ctrl-C). */
  signal: AbortSignal
}

export async function followTimeline(session: SessionOptions, options: FollowOptions): Promise<{id: string; events: number}> {
  const mask = await textMasker()
  const ledger: UnlockedLedger = await openUnlocked(session)
  const id = options.incident.toUpperCase()
  const problems: Problem[] = []
  const chain = new ChainChecker(problems)
  const entries: LedgerEntry[] = []
  const shown = new Set<number>()
  let next = 1
  let title: string | undefined
  let down = false

  const readNew = () => {
    for (const row of ledger.rows(next)) {
      const inSequence = chain.inSequence(row)
      const header = inSequence ? chain.link(row) : undefined
      if (problems.length > 0) {
        const p = problems[0]!
        throw new IntegrityError(`The ledger does not verify while following: ${p.message}`, {
          details: {seq: p.seq},
          hints: ['Stop and run `pl evidence verify` for a full report; preserve the store as it is.'],
        })
      }
      next = row.seq + 1
      if (row.incident === id) {
        // Free text written before ADR 0038 is masked as it is shown.
        const entry = maskEntry(ledger.decrypt(row, header), mask)
        if (entry.kind === 'incident.opened' && entry.body !== null) title = (entry.body as {title?: string}).title
        entries.push(entry)
      }
    }
    const fresh = buildTimeline(entries).filter((e) => !shown.has(e.seq))
    for (const e of fresh) shown.add(e.seq)
    return fresh
  }

  try {
    incidentKey(ledger, id)
    options.onEvents(readNew(), title)
    let wake: (() => void) | undefined
    let pending = false
    const changed = () => {
      pending = true
      wake?.()
    }
    // One listener for the whole follow, not one per wait: a war room's night of entries would
    // otherwise pile up a closure per notification on the signal (and Node warns after ten).
    const abort = () => wake?.()
    options.signal.addEventListener('abort', abort, {once: true})
    const watch = watchStore(ledger.db, ledger.meta.storeId, changed, {
      onState: (s) => {
        if (s === 'reconnecting' && !down) {
          down = true
          options.onState?.('reconnecting')
        }
      },
    })
    try {
      while (!options.signal.aborted) {
        if (!pending) {
          await new Promise<void>((resolve) => {
            wake = resolve
          })
        }
        wake = undefined
        pending = false
        if (options.signal.aborted) break
        try {
          const fresh = readNew()
          if (down) {
            down = false
            options.onState?.('reconnected')
          }
          if (fresh.length > 0) options.onEvents(fresh, title)
        } catch (error) {
          // The server went away: keep the chain head, and read on when it is back.
          if (!(error instanceof ExternalError)) throw error
          if (!down) options.onState?.('reconnecting')
          down = true
        }
      }
    } finally {
      options.signal.removeEventListener('abort', abort)
      await watch.close()
    }
    return {id, events: shown.size}
  } finally {
    ledger.close()
  }
}
