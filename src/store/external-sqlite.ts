/**
 * A SQLite database that is the TARGET of a purge (an application's cache or log table), not the
 * evidence store. Here because only src/store may import better-sqlite3. The transaction is held
 * while the matched rows are preserved, so nothing can change between preserve and delete.
 */
import {existsSync} from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import {UserError} from '../errors.js'

export interface ExternalSqlite {
  /** BEGIN IMMEDIATE: a write lock, so the selected rows are the ones deleted. */
  begin(): void
  commit(): void
  rollback(): void
  select(table: string, where: string, args: readonly unknown[]): Record<string, unknown>[]
  delete(table: string, where: string, args: readonly unknown[]): number
  count(table: string, where: string, args: readonly unknown[]): number
  close(): void
}

/** A plain table name, optionally schema-qualified: never SQL from a template. */
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/

export function openExternalSqlite(path: string, timeoutMs: number): ExternalSqlite {
  if (!existsSync(path)) throw new UserError('not-found', `sqlite: no database at ${path}.`, {hints: ['Check the step\'s path parameter; the step is still pending.']})
  const db = new BetterSqlite3(path, {fileMustExist: true, timeout: timeoutMs})
  const table = (name: string) => {
    if (!IDENT.test(name)) throw new UserError('invalid-input', `sqlite: "${name}" is not a plain table name.`)
    return name
  }
  // Blobs come back as Buffers; JSON-friendly rows keep them as base64 so the exhibit is exact.
  const plain = (row: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? {base64: v.toString('base64')} : typeof v === 'bigint' ? v.toString() : v]))
  return {
    begin: () => db.exec('BEGIN IMMEDIATE'),
    commit: () => db.exec('COMMIT'),
    rollback: () => {
      if (db.inTransaction) db.exec('ROLLBACK')
    },
    select: (t, where, args) => (db.prepare(`SELECT * FROM ${table(t)} WHERE ${where}`).all(...args) as Record<string, unknown>[]).map(plain),
    delete: (t, where, args) => db.prepare(`DELETE FROM ${table(t)} WHERE ${where}`).run(...args).changes,
    count: (t, where, args) => (db.prepare(`SELECT count(*) AS n FROM ${table(t)} WHERE ${where}`).get(...args) as {n: number}).n,
    close: () => db.close(),
  }
}
