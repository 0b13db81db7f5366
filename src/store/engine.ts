/**
 * The store's engine seam (docs/adr/0011-postgresql-behind-a-synchronous-store-seam.md): the
 * small synchronous interface the ledger code is written against. SQLite (better-sqlite3) has it
 * natively; PostgreSQL gets it from a `pg` client in a worker thread (pg/sync-client.ts). The SQL
 * the two engines read differently is in each engine's `Dialect`; every other statement is
 * written once, in the subset both engines read the same (`?` parameters, quoted aliases).
 */

/** A prepared statement, as better-sqlite3 shapes it. */
export interface Statement {
  get(...params: unknown[]): unknown
  all(...params: unknown[]): unknown[]
  run(...params: unknown[]): {changes: number | bigint}
  /** Rows one at a time (a cursor on PostgreSQL): a table is never held whole in memory. */
  iterate(...params: unknown[]): IterableIterator<unknown>
  /** Rows as arrays of column values instead of objects. */
  raw(toggle?: boolean): Statement
}

/**
 * A function run in one transaction: called as it is (SQLite `BEGIN`; PostgreSQL a REPEATABLE
 * READ snapshot) or with `.immediate()`, the writer's transaction (SQLite `BEGIN IMMEDIATE`;
 * PostgreSQL `SELECT … FOR UPDATE` on the head row). Nested calls are savepoints.
 */
export interface Transaction<T> {
  (): T
  deferred(): T
  immediate(): T
}

/** What each engine says differently. */
export interface Dialect {
  readonly name: 'sqlite' | 'postgres'
  /** The names of the store's tables, as rows `{name}`. */
  readonly tables: string
  /** The names of the store's enabled triggers, as rows `{name}`. */
  readonly triggers: string
  /** The triggers verification requires (their absence is reported as a schema problem). */
  readonly requiredTriggers: readonly string[]
  /** The last entry's seq and hash (no row when the ledger is empty); locks the head on PostgreSQL. */
  readonly tail: string
}

export interface Database {
  /** Absent on a plain better-sqlite3 connection, which is SQLite (see `dialectOf`). */
  readonly dialect?: Dialect
  /** Where the store is, fit to show: a path, or a URL without its password. */
  readonly location?: string
  prepare(sql: string): Statement
  transaction<T>(fn: () => T): Transaction<T>
  exec(sql: string): unknown
  /** SQLite's settings; a no-op on PostgreSQL. */
  pragma(source: string, options?: {simple?: boolean}): unknown
  readonly open: boolean
  readonly inTransaction: boolean
  close(): unknown
  /**
   * PostgreSQL: inside a transaction, holds a write whose result the caller does not need and
   * sends it with the transaction's next statement (at the latest its COMMIT), in the same round
   * trip (docs/adr/0020). A failure of the write surfaces from that statement and fails the
   * transaction (or its savepoint) as the write's own error would. Absent on SQLite, where a
   * statement costs no round trip: see `write`.
   */
  defer?(sql: string, params: readonly unknown[]): void
  /**
   * PostgreSQL: a whole append as one request to the connection's thread (docs/adr/0020). It
   * opens the transaction, locks the head row, numbers, seals and hashes the entries after the
   * head exactly as the ledger does, inserts them with `insert(n)`'s statement (n rows of
   * ENTRY_COLUMNS, in that order) and commits, so no hop between threads happens while the head is
   * locked. Only outside a transaction.
   */
  appendSealed?(append: SealedAppend, insert: (rows: number) => string): SealedRow[]
  /**
   * PostgreSQL: every entries row in seq order, as arrays of `columns` (seq among them), read by
   * batches of binary COPY (docs/adr/0024) in one snapshot; undefined when the table is not as pl
   * made it (its primary key or a column's type changed), and the caller reads through a statement.
   * `after`: only the entries whose seq is greater.
   */
  entriesBySeq?(columns?: readonly EntryColumn[], after?: number): IterableIterator<unknown[]> | undefined
  /**
   * PostgreSQL: the hashes of the entries `after + 1` … `through` by ranges of `range` entries,
   * each range's hashes concatenated in seq order in one value (docs/adr/0033). Undefined when the
   * table is not as pl made it (checked once, before the first range: docs/adr/0039); a range whose
   * entries are not there each seq once, each hash 32 bytes, comes as undefined (the caller then
   * reads row by row, where the gap is named).
   */
  hashesBySeq?(after: number, through: number, range: number): IterableIterator<Uint8Array | undefined> | undefined
}

export type EntryColumn = (typeof ENTRY_COLUMNS)[number]

/** The columns of an entries row, in the order verification reads them. */
export const ENTRY_COLUMNS = ['seq', 'ts', 'incident', 'kind', 'actor', 'key_id', 'blob', 'nonce', 'body', 'prev', 'hash'] as const

/** The entries of one append, ready to seal: everything but what depends on the seq and the previous hash. */
export interface SealedAppend {
  ts: number
  actor: string
  entries: {incident: string; kind: string; keyId: string; blob: string | null; plaintext: Uint8Array; key: Uint8Array}[]
}

/** What sealing after the head gave each entry, in order. */
export interface SealedRow {
  seq: number
  nonce: Uint8Array
  body: Uint8Array
  prev: Uint8Array
  hash: Uint8Array
}

/** Runs a write inside the current transaction, deferred to its next statement where the engine can (see `Database.defer`). */
export function write(db: Database, sql: string, params: readonly unknown[], statement?: Statement): void {
  if (db.defer && db.inTransaction) db.defer(sql, params)
  else (statement ?? db.prepare(sql)).run(...params)
}

export const SQLITE_DIALECT: Dialect = {
  name: 'sqlite',
  tables: "SELECT name FROM sqlite_master WHERE type = 'table'",
  triggers: "SELECT name FROM sqlite_master WHERE type = 'trigger'",
  requiredTriggers: ['entries_no_update', 'entries_no_delete', 'entries_in_sequence', 'checkpoints_no_update', 'checkpoints_no_delete'],
  tail: 'SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1',
}

/** A store location that names a PostgreSQL database rather than a SQLite file. */
export function isPostgresLocation(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location)
}

/** The engine's dialect; a plain better-sqlite3 connection (tests open them) is SQLite. */
export function dialectOf(db: Database): Dialect {
  return db.dialect ?? SQLITE_DIALECT
}

/** Whether the store has the table `name` (a store of an older schema, read without migrating, may not). */
export function hasTable(db: Database, name: string): boolean {
  return (db.prepare(dialectOf(db).tables).all() as {name: string}[]).some((r) => r.name === name)
}

/** The store's schema version: `PRAGMA user_version` on SQLite, the migrations recorded in `pl_schema` on PostgreSQL. */
export function schemaVersion(db: Database): number {
  if (dialectOf(db).name === 'postgres') return (db.prepare('SELECT coalesce(max(version), 0) AS v FROM pl_schema').get() as {v: number}).v
  return db.pragma('user_version', {simple: true}) as number
}

/** The channel a PostgreSQL store's appends NOTIFY with "<store id> <new size>" (and nothing else). */
export const NOTIFY_CHANNEL = 'pl_ledger'
