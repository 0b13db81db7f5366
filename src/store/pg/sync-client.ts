/**
 * A synchronous PostgreSQL client: each call posts a request to the worker thread that owns the
 * `pg` connection (worker.ts) and blocks on Atomics.wait until the answer is there, then takes
 * it with receiveMessageOnPort (the pattern of synckit); an append's sealed rows are written into
 * memory both threads share instead (docs/adr/0030). The ledger's code stays synchronous on both
 * engines (docs/adr/0011).
 */
import {MessageChannel, receiveMessageOnPort, Worker} from 'node:worker_threads'
import type {MessagePort} from 'node:worker_threads'
import {readSealedRows, unpackRows} from './wire.js'
import type {PackedRows} from './wire.js'
import type {SealedAppend, SealedRow} from '../engine.js'
import type {QueryValue, Reply, Request, Scan, ScanValue, SerialisedError, Write} from './worker.js'

/** An error PostgreSQL or the connection raised, with its SQLSTATE or system code. */
export class PgError extends Error {
  readonly code: string | undefined
  readonly detail: string | undefined
  constructor(e: SerialisedError) {
    super(e.message)
    this.name = 'PgError'
    this.code = e.code
    this.detail = e.detail
  }
}

/** The memory an append's sealed rows are answered in (larger answers are posted). */
const SHARED_BYTES = 256 * 1024

/** How long a worker thread may take to load its module before pl says it never started. */
const WORKER_START_MS = 15_000

export class SyncPgClient {
  readonly #worker: Worker
  readonly #port: MessagePort
  /** Slot 0: an answer is posted (1) or in `#shared` (2); slot 1: the worker's module loaded; slot 2: the length of the answer in `#shared`. */
  readonly #flag = new Int32Array(new SharedArrayBuffer(12))
  /** An append's sealed rows, written here by the worker instead of posted (docs/adr/0030). */
  readonly #shared = new Uint8Array(new SharedArrayBuffer(SHARED_BYTES))
  #closed = false

  constructor(connectionString: string, options: {connectTimeoutMs?: number} = {}) {
    const {port1, port2} = new MessageChannel()
    this.#port = port1
    this.#worker = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: {port: port2, flag: this.#flag, shared: this.#shared, connectionString, connectTimeoutMs: options.connectTimeoutMs ?? 10_000},
      transferList: [port2],
    })
    // A worker that dies (it could not load) is reported by #call, which sees that it never
    // started; its error event must not also end pl with a stack trace.
    this.#worker.on('error', () => {})
    // The worker never keeps pl running: the main thread is waiting on it or done with it.
    this.#worker.unref()
    this.#port.unref()
  }

  #call(req: Request): unknown {
    if (this.#closed) throw new PgError({message: 'the connection is closed', code: 'PL_CLOSED'})
    Atomics.store(this.#flag, 0, 0)
    this.#port.postMessage(req)
    let message: {message: Reply} | undefined
    const started = Date.now()
    for (;;) {
      Atomics.wait(this.#flag, 0, 0, 1000)
      // The sealed rows of an append, in the shared memory: nothing was posted.
      if (Atomics.load(this.#flag, 0) === 2) return readSealedRows(this.#shared, Atomics.load(this.#flag, 2))
      message = receiveMessageOnPort(this.#port) as {message: Reply} | undefined
      if (message) break
      if (Atomics.load(this.#flag, 0) !== 0) continue
      // A worker that never loaded (its file missing from a broken build) would leave this loop
      // waiting for ever: its death is an event this blocked thread cannot see.
      if (Atomics.load(this.#flag, 1) === 0 && Date.now() - started > WORKER_START_MS) {
        this.#closed = true
        void this.#worker.terminate()
        throw new PgError({message: "pl's PostgreSQL worker thread did not start: the installation is incomplete (rebuild or reinstall pl)", code: 'PL_WORKER'})
      }
    }
    const reply = message.message
    if (!reply.ok) throw new PgError(reply.error)
    return reply.value
  }

  connect(): void {
    this.#call({op: 'connect'})
  }

  /**
   * `before`: writes sent ahead of the query in the same round trip; the first failure is the
   * answer. `name`: a prepared statement's name (parsed once per connection).
   */
  query(text: string, values: readonly unknown[] = [], rowMode?: 'array', before: Write[] = [], name?: string): {rows: unknown[]; changes: number} {
    const r = this.#call({op: 'query', text, values: [...values], ...(name ? {name} : {}), ...(before.length > 0 ? {before} : {})}) as QueryValue
    return {rows: unpackRows(r.rows, rowMode === 'array'), changes: r.changes}
  }

  /** The simple protocol: several statements in one round trip, no parameters (`before` as for `query`). */
  simple(text: string, before: Write[] = []): unknown[] {
    return unpackRows(this.#call({op: 'simple', text, ...(before.length > 0 ? {before} : {})}) as PackedRows, false)
  }

  /** The next `size` rows of an open cursor; the worker reads the `next` rows after them meanwhile (`before` as for `query`). */
  fetch(cursor: string, size: number, next: number, rowMode?: 'array', before: Write[] = []): unknown[] {
    return unpackRows(this.#call({op: 'fetch', cursor, size, next, ...(before.length > 0 ? {before} : {})}) as PackedRows, rowMode === 'array')
  }

  /** The next `limit` rows of `scan` after the key `after` (docs/adr/0024), as arrays; the worker reads the `next` rows after them meanwhile. */
  scan(scan: Scan, after: string | undefined, limit: number, next: number): {rows: unknown[][]; lastKey: string | undefined} {
    const r = this.#call({op: 'scan', scan, ...(after !== undefined ? {after} : {}), limit, next}) as ScanValue
    return {rows: unpackRows(r.rows, true) as unknown[][], lastKey: r.lastKey}
  }

  /**
   * A whole append in the worker (Database.appendSealed); the keys and plaintexts are copied to it,
   * and wiped there. `lock`: the head lock's prepared statement; `inserts`: by rows per INSERT,
   * theirs; `statements`: each one's name and text, the text sent to the worker only the first
   * time (docs/adr/0033).
   */
  append(append: SealedAppend, lock: string, inserts: Record<number, string>, statements: readonly {name: string; text: string}[], rowsPerInsert: number): SealedRow[] {
    let texts: Record<string, string> | null = null
    for (const {name, text} of statements) {
      if (this.#sentTexts.has(name)) continue
      texts ??= {}
      texts[name] = text
      this.#sentTexts.add(name)
    }
    return this.#call({op: 'append', append, lock, inserts, rowsPerInsert, texts}) as SealedRow[]
  }

  /** Names of the statements whose text this client's worker holds (see `append`). */
  readonly #sentTexts = new Set<string>()

  close(): void {
    if (this.#closed) return
    try {
      this.#call({op: 'end'})
    } catch {
      // Already gone: nothing to end.
    }
    this.#closed = true
    void this.#worker.terminate()
  }

  get closed(): boolean {
    return this.#closed
  }
}
