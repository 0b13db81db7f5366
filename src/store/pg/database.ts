/**
 * A PostgreSQL store behind the engine seam (../engine.ts): statements in the shared SQL subset
 * with `?` parameters, transactions as better-sqlite3 shapes them, iteration through a cursor,
 * all synchronous for the caller through SyncPgClient. Connection failures become errors naming
 * what to do, with the URL shown without its password.
 */
import {BugError, ExternalError, IntegrityError, PlError, UserError} from '../../errors.js'
import {ENTRY_COLUMNS} from '../engine.js'
import type {Database, Dialect, EntryColumn, SealedAppend, SealedRow, Statement, Transaction} from '../engine.js'
import {checkedInsert} from './append-message.js'
import {PG_MIGRATIONS, PG_REQUIRED_TRIGGERS, PG_SCHEMA_VERSION} from './schema.js'
import {PgError, SyncPgClient} from './sync-client.js'
import type {Scan, Write} from './worker.js'
import type {CopyKind} from './wire.js'
import {connectionString, withoutPassword} from './url.js'

export const POSTGRES_DIALECT: Dialect = {
  name: 'postgres',
  tables: "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()",
  triggers:
    "SELECT t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND c.relnamespace = current_schema()::regnamespace",
  requiredTriggers: PG_REQUIRED_TRIGGERS,
  tail: 'SELECT size AS seq, hash FROM head FOR UPDATE',
}

/** `?` placeholders as `$1…$n`, outside quoted strings and identifiers. */
export function numbered(sql: string): string {
  let out = ''
  let n = 0
  let quote: string | undefined
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = undefined
      out += ch
    } else if (ch === "'" || ch === '"') {
      quote = ch
      out += ch
    } else if (ch === '?') {
      out += `$${++n}`
    } else out += ch
  }
  return out
}

/**
 * Rows a cursor fetches per round trip, at most; blob chunks are a MiB each, so a few at a time.
 * Batches start small and double up to it: the caller starts on the first rows sooner, while the
 * worker reads the next batch (docs/adr/0020).
 */
const fetchSize = (sql: string) => (/\bblob_chunks\b/.test(sql) ? 4 : 2000)
const FIRST_BATCH = 250
/**
 * Rows per binary COPY of a scan after the first (FIRST_BATCH): a steady size, so the worker reads
 * the next batch in less time than the caller takes to work through this one.
 */
const SCAN_BATCH = 1000

/** The entries table's columns and their types, and whether its primary key is seq alone. */
const ENTRIES_SHAPE = `SELECT a.attname AS name, format_type(a.atttypid, NULL) AS type,
  EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisprimary AND i.indisunique AND i.indisvalid AND i.indnatts = 1
    AND i.indpred IS NULL AND i.indexprs IS NULL AND i.indkey[0] = (SELECT k.attnum FROM pg_attribute k WHERE k.attrelid = a.attrelid AND k.attname = 'seq')) AS keyed
FROM pg_attribute a WHERE a.attrelid = to_regclass('entries') AND a.attnum > 0 AND NOT a.attisdropped`

/**
 * The hashes of the entries in (\$1, \$2] in seq order, one value, and how many of them are 32 bytes
 * (`hashesBySeq`): one row for the server to send instead of one per entry.
 */
const HASHES_BY_SEQ = "SELECT count(*) FILTER (WHERE octet_length(hash) = 32), string_agg(hash, ''::bytea ORDER BY seq) FROM entries WHERE seq > ? AND seq <= ?"

let cursors = 0

class PgStatement implements Statement {
  readonly #db: PgDatabase
  readonly #sql: string
  #raw = false

  constructor(db: PgDatabase, sql: string) {
    this.#db = db
    this.#sql = sql
  }

  #rows(params: unknown[]): unknown[] {
    return this.#db.query(this.#sql, params, this.#raw ? 'array' : undefined).rows
  }

  get(...params: unknown[]): unknown {
    return this.#rows(params)[0]
  }

  all(...params: unknown[]): unknown[] {
    return this.#rows(params)
  }

  run(...params: unknown[]): {changes: number} {
    return {changes: this.#db.query(this.#sql, params).changes}
  }

  raw(toggle = true): Statement {
    this.#raw = toggle
    return this
  }

  *iterate(...params: unknown[]): IterableIterator<unknown> {
    const db = this.#db
    const own = !db.inTransaction
    const name = `pl_cursor_${++cursors}`
    if (own) db.begin('BEGIN')
    let ok = false
    try {
      db.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${this.#sql}`, params)
      const most = fetchSize(this.#sql)
      let size = Math.min(FIRST_BATCH, most)
      for (;;) {
        const next = Math.min(size * 2, most)
        const rows = db.fetch(name, size, next, this.#raw ? 'array' : undefined)
        for (const r of rows) yield r
        if (rows.length < size) break
        size = next
      }
      ok = true
    } finally {
      if (own) db.end(ok)
      else {
        try {
          db.query(`CLOSE ${name}`, [])
        } catch {
          // The transaction failed: the cursor went with it.
        }
      }
    }
  }
}

export class PgDatabase implements Database {
  readonly dialect = POSTGRES_DIALECT
  readonly location: string
  #client: SyncPgClient
  /** The connection dropped while idle and a reconnect has not succeeded yet. */
  #lost = false
  readonly #readonly: boolean
  #depth = 0
  #open = true

  constructor(location: string, options: {readonly?: boolean} = {}) {
    this.location = location
    this.#readonly = options.readonly ?? false
    this.#client = this.#connect()
  }

  #connect(): SyncPgClient {
    const client = new SyncPgClient(connectionString(this.location))
    try {
      client.connect()
      if (this.#readonly) client.simple('SET default_transaction_read_only = on')
      return client
    } catch (error) {
      client.close()
      this.#open = false
      throw pgError(error, this.location, {readonly: this.#readonly})
    }
  }

  /**
   * Runs a request; when the connection dropped while idle (a server restart between two
   * statements of a long-lived command) and no transaction is open, connects again and retries
   * once: nothing of the request had been sent. Never the statement that ends a transaction
   * (`retry` false): the transaction died with the connection, and a COMMIT on a new one would
   * report success for it.
   */
  #send<T>(request: (client: SyncPgClient) => T, retry = this.#depth === 0): T {
    try {
      if (this.#lost) this.#reconnect()
      return request(this.#client)
    } catch (error) {
      if (!(error instanceof PgError && error.code === 'PL_IDLE_LOST' && retry)) throw pgError(error, this.location, {readonly: this.#readonly})
      this.#reconnect()
      try {
        return request(this.#client)
      } catch (again) {
        throw pgError(again, this.location, {readonly: this.#readonly})
      }
    }
  }

  #reconnect(): void {
    this.#client.close()
    this.#lost = true
    this.#client = this.#connect()
    this.#open = true
    this.#lost = false
  }

  query(sql: string, params: readonly unknown[], rowMode?: 'array'): {rows: unknown[]; changes: number} {
    // The head row read when the writer's transaction took its lock is the append's tail: one
    // round trip fewer while the lock is held.
    const head = this.#head
    this.#head = undefined
    if (head !== undefined && sql === POSTGRES_DIALECT.tail && rowMode === undefined) return {rows: [head], changes: 1}
    const before = this.#takeDeferred()
    return this.#send((client) => client.query(numbered(sql), params, rowMode, before))
  }

  /** The next `size` rows of the cursor `name`; the worker reads the `next` rows after them meanwhile. */
  fetch(name: string, size: number, next: number, rowMode?: 'array'): unknown[] {
    this.#head = undefined
    const before = this.#takeDeferred()
    return this.#send((client) => client.fetch(name, size, next, rowMode, before), false)
  }

  /** The head row as the current writer's transaction locked it, until the next statement. */
  #head: unknown

  /** Writes held for the transaction's next statement (`defer`). */
  #deferred: Write[] = []

  #takeDeferred(): Write[] {
    const writes = this.#deferred
    if (writes.length > 0) this.#deferred = []
    return writes
  }

  defer(sql: string, params: readonly unknown[]): void {
    // Outside a transaction nothing would send it in time: it runs now.
    if (this.#depth === 0) {
      this.query(sql, params)
      return
    }
    this.#head = undefined
    const {name, text} = this.#statement(sql)
    this.#deferred.push({text, values: [...params], name})
  }

  /**
   * The statements run on every append, prepared once per connection: the server parses and plans
   * them once. Each with its text in `$n` form, numbered once.
   */
  readonly #names = new Map<string, {name: string; text: string}>()

  #statement(sql: string): {name: string; text: string} {
    let statement = this.#names.get(sql)
    if (statement === undefined) {
      statement = {name: `pl_${this.#names.size + 1}`, text: numbered(sql)}
      this.#names.set(sql, statement)
    }
    return statement
  }

  #prepared(sql: string): string {
    return this.#statement(sql).name
  }

  prepare(sql: string): Statement {
    return new PgStatement(this, sql)
  }

  /** Rows per INSERT statement of `appendSealed` (the ledger's). */
  static readonly ROWS_PER_INSERT = 64

  /** By the INSERT's text, the statement of it and its check: made once, not on every append. */
  readonly #checked = new Map<string, {name: string; text: string}>()

  /** The INSERT of `rows` rows and its check in one statement (docs/adr/0039); its own `?` come first, numbered $1, $2, …. */
  #checkedInsert(sql: string, rows: number): {name: string; text: string} {
    let statement = this.#checked.get(sql)
    if (statement === undefined) {
      statement = this.#statement(checkedInsert(sql, rows, ENTRY_COLUMNS.length))
      this.#checked.set(sql, statement)
    }
    return statement
  }

  appendSealed(append: SealedAppend, insert: (rows: number) => string): SealedRow[] {
    if (this.#depth !== 0) throw new Error('appendSealed runs its own transaction')
    const lock = this.#statement(POSTGRES_DIALECT.tail)
    // By rows per INSERT, the prepared statement's name.
    const inserts: Record<number, string> = {}
    const statements = [lock]
    const n = append.entries.length
    const per = PgDatabase.ROWS_PER_INSERT
    for (const rows of [Math.min(n, per), n % per]) {
      if (rows === 0 || inserts[rows] !== undefined) continue
      const statement = this.#checkedInsert(insert(rows), rows)
      inserts[rows] = statement.name
      statements.push(statement)
    }
    this.#head = undefined
    // Nothing is sent when the connection was found dropped while idle: retried once on a new one.
    return this.#send((client) => client.append(append, lock.name, inserts, statements, per), true)
  }

  /**
   * Every entries row in seq order by batches of binary COPY (docs/adr/0024): no text to decode and
   * no hex, several times faster than a cursor's rows. Each batch starts after the last seq of the
   * one before, which is exact only while seq is unique: with the primary key on seq gone (or a
   * column of another type) this answers undefined, and the caller reads through a cursor.
   */
  entriesBySeq(columns: readonly EntryColumn[] = ENTRY_COLUMNS, after?: number): IterableIterator<unknown[]> | undefined {
    const keyColumn = columns.indexOf('seq')
    if (keyColumn < 0 || this.#deferred.length > 0 || (after !== undefined && !Number.isSafeInteger(after))) return undefined
    const kinds = columns.map((c): CopyKind => (c === 'seq' || c === 'ts' ? 'int8' : ['nonce', 'body', 'prev', 'hash'].includes(c) ? 'bytea' : 'text'))
    if (!this.#entriesAsMade(columns, kinds)) return undefined
    return this.#scan({select: `SELECT ${columns.join(', ')} FROM entries`, key: 'seq', keyColumn, fields: [...columns], kinds}, after === undefined ? undefined : String(after))
  }

  hashesBySeq(after: number, through: number, range: number): IterableIterator<Uint8Array | undefined> | undefined {
    if (!Number.isSafeInteger(after) || !Number.isSafeInteger(through) || !Number.isSafeInteger(range) || range < 1 || through < after || this.#deferred.length > 0) return undefined
    // The table's shape once for every range (docs/adr/0039), not once a range.
    if (through > after && !this.#entriesAsMade(['seq', 'hash'], ['int8', 'bytea'])) return undefined
    return this.#hashRanges(after, through, range)
  }

  *#hashRanges(after: number, through: number, range: number): IterableIterator<Uint8Array | undefined> {
    for (let from = after; from < through; from += range) {
      const to = Math.min(through, from + range)
      // With seq the primary key, `to - from` rows in (from, to] with a hash of 32 bytes are every
      // seq of the range, once each: the aggregate is their hashes in seq order and nothing else.
      const [row] = this.query(HASHES_BY_SEQ, [from, to], 'array').rows as [number, Buffer | null][]
      const hashes = row?.[1]
      yield row?.[0] !== to - from || !hashes || hashes.length !== (to - from) * 32 ? undefined : hashes
    }
  }

  /**
   * The entries table's seq is its primary key (valid, not partial, seq alone: a batch or range
   * after a seq is then exact) and each of `columns` has the type pl made it with (`kinds`).
   */
  #entriesAsMade(columns: readonly EntryColumn[], kinds: readonly CopyKind[]): boolean {
    const shape = this.query(ENTRIES_SHAPE, []).rows as {name: string; type: string; keyed: boolean}[]
    const types = new Map(shape.map((r) => [r.name, r.type]))
    return shape[0]?.keyed === true && columns.every((c, i) => types.get(c) === {int8: 'bigint', text: 'text', bytea: 'bytea'}[kinds[i]!])
  }

  *#scan(scan: Scan, from?: string): IterableIterator<unknown[]> {
    // One snapshot for every batch: in the caller's transaction, or one of its own.
    const own = !this.inTransaction
    if (own) this.begin(this.#readonly ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN ISOLATION LEVEL REPEATABLE READ')
    let ok = false
    try {
      let after = from
      let size = FIRST_BATCH
      for (;;) {
        const next = SCAN_BATCH
        this.#head = undefined
        const batch = this.#send((client) => client.scan(scan, after, size, next), false)
        for (const r of batch.rows) yield r
        if (batch.rows.length < size || batch.lastKey === undefined) break
        after = batch.lastKey
        size = next
      }
      ok = true
    } finally {
      if (own) this.end(ok)
    }
  }

  exec(sql: string): void {
    this.#simple(sql, this.#depth === 0)
  }

  #simple(sql: string, retry: boolean): void {
    this.#head = undefined
    const before = this.#takeDeferred()
    this.#send((client) => client.simple(sql, before), retry && before.length === 0)
  }

  pragma(): undefined {
    return undefined
  }

  /** Opens a transaction (or a savepoint inside one). */
  begin(statement: string): void {
    this.exec(this.#depth === 0 ? statement : `SAVEPOINT pl_${this.#depth}`)
    this.#depth += 1
  }

  /** Ends what `begin` opened: committed when `ok`, rolled back otherwise. */
  end(ok: boolean): void {
    this.#depth -= 1
    const top = this.#depth === 0
    if (ok) {
      const carried = this.#deferred.length > 0
      try {
        this.#simple(top ? 'COMMIT' : `RELEASE SAVEPOINT pl_${this.#depth}`, false)
      } catch (error) {
        // A deferred write failed: the savepoint is undone as if the write had failed inside it
        // (at the top, the server already rolled the transaction back).
        if (carried && !top) this.#rollback(false)
        throw error
      }
      return
    }
    this.#rollback(top)
  }

  #rollback(top: boolean): void {
    this.#deferred = []
    try {
      this.#simple(top ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT pl_${this.#depth}; RELEASE SAVEPOINT pl_${this.#depth}`, false)
    } catch {
      // The connection is gone: the server rolled back.
    }
  }

  transaction<T>(fn: () => T): Transaction<T> {
    const run = (immediate: boolean): T => {
      // A writer's transaction locks the head row: appends serialise on it, across machines.
      if (immediate && this.#depth === 0) {
        const tail = POSTGRES_DIALECT.tail
        this.#head = this.#send((client) => client.query(tail, [], undefined, [{text: 'BEGIN', values: []}], this.#prepared(tail))).rows[0]
        this.#depth = 1
      } else {
        this.begin(immediate ? 'BEGIN' : this.#readonly ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN ISOLATION LEVEL REPEATABLE READ')
        if (immediate) this.query('SELECT 1 FROM head FOR UPDATE', [])
      }
      let ok = false
      try {
        const result = fn()
        ok = true
        return result
      } finally {
        this.end(ok)
      }
    }
    const t = (() => run(false)) as Transaction<T>
    t.deferred = () => run(false)
    t.immediate = () => run(true)
    return t
  }

  get open(): boolean {
    return this.#open
  }

  get inTransaction(): boolean {
    return this.#depth > 0
  }

  close(): void {
    if (!this.#open) return
    this.#open = false
    this.#client.close()
  }

  /** The schema version applied (0: none of pl's tables). */
  schemaVersion(): number {
    const exists = this.query("SELECT to_regclass('pl_schema') IS NOT NULL AS e", []).rows[0] as {e: boolean}
    if (!exists.e) return 0
    return (this.query('SELECT coalesce(max(version), 0) AS v FROM pl_schema', []).rows[0] as {v: number}).v
  }

  /** Applies pending migrations in one transaction. */
  migrate(now: number): void {
    const current = this.schemaVersion()
    if (current > PG_SCHEMA_VERSION) {
      throw new UserError('store-format', `${this.location} was written by a newer pl (schema ${current}; this pl knows ${PG_SCHEMA_VERSION}).`, {hints: ['Upgrade pl to open this store.']})
    }
    const pending = PG_MIGRATIONS.filter((m) => m.version > current)
    if (pending.length === 0) return
    this.begin('BEGIN')
    let ok = false
    try {
      // Two `pl init` at once: the second waits here, then finds the tables made.
      this.query('SELECT pg_advisory_xact_lock(hashtext(?))', ['pl-migrate'])
      if (this.schemaVersion() === current) {
        for (const m of pending) {
          this.exec(m.sql)
          this.query('INSERT INTO pl_schema (version, applied) VALUES (?, ?)', [m.version, now])
        }
      }
      ok = true
    } catch (error) {
      // A responder's role may write entries but not change the schema: say who can.
      const denied = error instanceof PlError && error.cause instanceof PgError && error.cause.code === '42501' ? error.cause : undefined
      if (current > 0 && denied !== undefined) {
        throw new UserError('no-access', `${this.location} needs pl's schema upgrade ${current} → ${PG_SCHEMA_VERSION}, which only the store's owner may apply (${withoutPassword(denied.message)}).`, {
          cause: denied,
          hints: ['Ask the store\'s owner to run one writing command with this version of pl, e.g. `pl evidence checkpoint --store postgres://OWNER@…` (docs/team-store.md); then run this command again. Reading and `pl evidence verify` need no upgrade.'],
        })
      }
      throw error
    } finally {
      this.end(ok)
    }
  }
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN'])

/**
 * What PostgreSQL or the connection refused, as the family a user can act on; SQL errors pl's
 * own code must handle (a trigger's refusal, a missing table) stay PgErrors with their SQLSTATE.
 */
export function pgError(error: unknown, location: string, options: {readonly?: boolean} = {}): unknown {
  if (error instanceof PlError || !(error instanceof PgError)) return error
  const code = error.code ?? ''
  const message = withoutPassword(error.message)
  const where = `the PostgreSQL store ${location}`
  const lost = [
    options.readonly
      ? 'This command only reads: nothing was changed; run it again once the server answers.'
      : 'Whatever this command recorded before the failure is kept or was rolled back whole; run it again once the server answers.',
  ]
  if (code === 'PL_WORKER') return new BugError(message, {cause: error, hints: ['Reinstall pl, or run `npm run build` in a checkout; then run the command again.']})
  if (CONNECTION_CODES.has(code) || /connect ECONNREFUSED|timeout expired|Connection terminated due to connection timeout/i.test(message)) {
    return new ExternalError(`Cannot reach ${where}: ${message}.`, {
      cause: error,
      hints: ['Check that the server runs and the host and port are right (pg_isready -d URL).', ...lost],
    })
  }
  if (/does not support SSL|SSL (?:connection )?is required|no encryption|SSL off/i.test(message) || /certificate|self[- ]signed|SSL|TLS/i.test(message)) {
    return new ExternalError(`TLS to ${where} failed: ${message}.`, {
      cause: error,
      hints: ['Match sslmode in the URL to the server: ?sslmode=require (or verify-full with sslrootcert=FILE) when the server demands TLS; the server must have ssl = on for sslmode=require.'],
    })
  }
  if (code === '28P01' || code === '28000') {
    return new ExternalError(`Authentication to ${where} failed: ${message}.`, {
      cause: error,
      hints: ['Check the user in the URL and its password (PGPASSWORD or ~/.pgpass; never put it in scripts), and the server\'s pg_hba.conf.'],
    })
  }
  if (code === '3D000') {
    return new UserError('store-missing', `No database for ${where}: ${message}.`, {cause: error, hints: ['Create the database (createdb), then `pl init --store URL`.']})
  }
  if (code.startsWith('08') || code === 'ECONNRESET' || code === 'EPIPE' || code === '57P01' || code === '57P02' || code === '57P03' || /Connection terminated|not connected|the connection is closed|is not queryable/i.test(message)) {
    return new ExternalError(`The connection to ${where} was lost: ${message}.`, {cause: error, hints: lost})
  }
  if (code === '42501') {
    return new UserError('no-access', `Permission denied on ${where}: ${message}.`, {
      cause: error,
      hints: [
        'Your login needs one of the store\'s roles, granted by the database owner: pl_writer to write, pl_auditor (or pl_writer) to read and verify (`GRANT pl_writer TO alice;`); pl_auditor cannot write.',
        'A login that has the role and is still refused: the store lacks its grants (made by `pl store clone --to postgres://…` without --roles create); its owner runs `pl init --roles create --store URL` on it, which grants them and changes nothing else (or `--roles print` for the SQL; docs/team-store.md, Roles and grants).',
      ],
    })
  }
  if (code === '40000') {
    return new ExternalError(`The command's transaction on ${where} was not committed: ${message}.`, {cause: error, hints: lost})
  }
  if (code === '40P01' || code === '40001' || code === '55P03') {
    return new UserError('store-busy', `${where} is busy: ${message}.`, {cause: error, hints: ['Run the command again.']})
  }
  if (code === '53100') {
    return new UserError('disk-full', `The disk of ${where} is full: ${message}.`, {cause: error, hints: ['Free space on the database server and run the command again.']})
  }
  if (code === '42P07' || code === '42723') {
    return new UserError('store-exists', `${where} already holds tables or functions named as pl's (${message}): pl will not create a store over them.`, {
      cause: error,
      hints: ['Use an empty database for the store (createdb).'],
    })
  }
  if (code === '42P01' || code === '42703') {
    return new IntegrityError(`${where} was altered: ${message}.`, {cause: error, hints: ['Preserve the database as it is for investigation.']})
  }
  return error
}
