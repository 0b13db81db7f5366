/**
 * Waiting for other writers' entries (`pl incident timeline --follow`). PostgreSQL: LISTEN on
 * the channel each append NOTIFYs with only "<store id> <new size>" while a follower holds the
 * shared advisory lock FOLLOW_LOCK (which the watch takes), on a connection of its own
 * (the one async-only use of `pg` outside the worker), reconnecting when it drops; a slow poll
 * backs it up so nothing missed while reconnecting waits long. SQLite: a poll.
 */
import pg from 'pg'
import {dialectOf, NOTIFY_CHANNEL} from './engine.js'
import type {Database} from './engine.js'
import {FOLLOW_LOCK} from './pg/schema.js'
import {connectionString} from './pg/url.js'

export interface StoreWatch {
  close(): Promise<void>
}

/**
 * Calls `changed` (possibly more often than needed) whenever the ledger may have grown: on a
 * NOTIFY for this store, after a reconnect, and every `pollMs` anyway.
 */
export function watchStore(db: Database, storeId: string, changed: () => void, options: {pollMs?: number; onState?: (state: 'listening' | 'reconnecting') => void} = {}): StoreWatch {
  const postgres = dialectOf(db).name === 'postgres'
  const timer = setInterval(changed, options.pollMs ?? (postgres ? 5000 : 500))
  let closed = false
  let client: pg.Client | undefined
  let retry: NodeJS.Timeout | undefined
  const listen = async (): Promise<void> => {
    if (closed) return
    const c = new pg.Client({connectionString: connectionString(db.location ?? ''), application_name: 'pl follow'})
    client = c
    const again = () => {
      if (closed || client !== c) return
      client = undefined
      options.onState?.('reconnecting')
      c.end().catch(() => {})
      retry = setTimeout(() => void listen(), 1000)
    }
    c.on('error', again)
    c.on('end', again)
    c.on('notification', (n) => {
      if (n.channel === NOTIFY_CHANNEL && n.payload?.split(' ')[0] === storeId) changed()
    })
    try {
      await c.connect()
      await c.query(`LISTEN ${NOTIFY_CHANNEL}`)
      // Appends notify only while a follower holds this lock (schema 5, docs/adr/0025). Taken
      // after LISTEN and before reading what is new: an append that did not notify committed
      // before the lock was granted, so the read below sees it. An older schema ignores it.
      await c.query(`SELECT pg_advisory_lock_shared(${FOLLOW_LOCK})`)
      options.onState?.('listening')
      // Whatever was appended while this connection was down is read now.
      changed()
    } catch {
      again()
    }
  }
  if (postgres) void listen()
  return {
    close: async () => {
      closed = true
      clearInterval(timer)
      if (retry) clearTimeout(retry)
      const c = client
      client = undefined
      await c?.end().catch(() => {})
    },
  }
}
