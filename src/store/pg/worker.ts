/**
 * The PostgreSQL client's thread (docs/adr/0011): it runs `pg` asynchronously and answers the
 * main thread, which blocks on a shared flag until the answer is posted (sync-client.ts). One
 * request at a time: the main thread waits for each. A request may carry writes to run before it
 * (docs/adr/0020): the connection pipelines them, so an append's INSERT and its COMMIT cost one
 * round trip, not two.
 */
import {workerData} from 'node:worker_threads'
import type {MessagePort} from 'node:worker_threads'
import pg from 'pg'
import {randomFillSync} from 'node:crypto'
import {xchachaSealer} from '../../crypto/xchacha.js'
import {encodeHeader, entryHash} from '../../domain/codec.js'
import type {SealedAppend, SealedRow} from '../engine.js'
import {AppendMessage, CHECK_MARK, lockRequest} from './append-message.js'
import {hexBytea, packCopyBinary, packRows, writeSealedRows} from './wire.js'
import type {CopyKind, PackedRows} from './wire.js'

/**
 * A statement whose result the caller does not need, sent ahead of a request. `name`: a prepared
 * statement's name, parsed and planned once per connection (the append's INSERTs).
 */
export interface Write {
  text: string
  values: unknown[]
  name?: string
}

export type Request =
  | {op: 'connect'}
  | {op: 'query'; text: string; values: unknown[]; name?: string; before?: Write[]}
  | {op: 'simple'; text: string; before?: Write[]}
  /** The next `size` rows of an open cursor; the worker reads the `next` rows after them meanwhile (none when 0). */
  | {op: 'fetch'; cursor: string; size: number; next: number; before?: Write[]}
  /** The next `limit` rows of `scan` after `after`, by a binary COPY; the worker reads the `next` rows after them meanwhile (none when 0). */
  | {op: 'scan'; scan: Scan; after?: string; limit: number; next: number}
  | AppendRequest
  | {op: 'end'}

/**
 * A whole append (Database.appendSealed): the prepared statement `lock` locks the head;
 * `inserts[n]` inserts n rows; `texts`: the text of each statement by name, the first time it is
 * named to this thread (null after: docs/adr/0033).
 */
export interface AppendRequest {
  op: 'append'
  append: SealedAppend
  lock: string
  inserts: Record<number, string>
  rowsPerInsert: number
  texts: Record<string, string> | null
}

/**
 * A table read in key order by batches of `COPY (SELECT … WHERE key > after ORDER BY key LIMIT n)
 * TO STDOUT (FORMAT binary)` (docs/adr/0024): `select` is `SELECT columns FROM table`, `key` a
 * unique integer column among them (`keyColumn` its index), `kinds` how each column is read.
 */
export interface Scan {
  select: string
  key: string
  keyColumn: number
  fields: string[]
  kinds: CopyKind[]
}

/** What a `scan` answers: the rows, and the key of the last one (exact, in decimal) to read on after it. */
export interface ScanValue {
  rows: PackedRows
  lastKey: string | undefined
}

/** What a `query` answers; `simple` and `fetch` answer the rows alone. */
export interface QueryValue {
  rows: PackedRows
  changes: number
}

export type Reply = {ok: true; value: unknown} | {ok: false; error: SerialisedError}

export interface SerialisedError {
  message: string
  code?: string
  severity?: string
  detail?: string
  errno?: number
}

const {port, flag, shared, connectionString, connectTimeoutMs} = workerData as {port: MessagePort; flag: Int32Array; shared: Uint8Array; connectionString: string; connectTimeoutMs: number}
// Slot 1 says this module loaded: a worker that could not start is then told apart from a slow server (sync-client.ts).
Atomics.store(flag, 1, 1)

// Every integer pl stores fits a JavaScript number exactly; one that does not is caught by the
// ledger's own range checks (it was not written by pl).
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v))

let client: pg.Client | undefined
/** The connection failed while idle (the server restarted): the next request says so. */
let broken: Error | undefined

const asBuffer = (v: unknown) => (v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength) : v)

const BYTEA = 17
/** Every result comes as arrays, bytea as the server's hex: `packRows` writes each value once. */
const types = {getTypeParser: (oid: number, format?: string) => (oid === BYTEA ? hexBytea : pg.types.getTypeParser(oid, format as 'text'))}

function packed(r: pg.QueryResult<unknown[]>): PackedRows {
  const fields = r.fields ?? []
  return packRows(
    fields.map((f) => f.name),
    fields.map((f) => f.dataTypeID === BYTEA),
    r.rows ?? [],
  )
}

/** A cursor's or a scan's next batch, asked for before the caller wanted it (see `fetch`, `scan`). */
let prefetched: {key: string; result: Promise<unknown>} | undefined
/**
 * Cursors' batches read ahead that a query came between (see `settle`), by fetch key, for their
 * FETCH. Forgotten when the cursor is closed or its transaction ends.
 */
const kept = new Map<string, Promise<unknown>>()
/** A prefetch that failed and that nobody took: the cause of what fails next in its transaction. */
let lostPrefetch: unknown

function fetchRows(c: pg.Client, cursor: string, size: number): Promise<pg.QueryResult<unknown[]>> {
  return c.query({text: `FETCH ${size} FROM ${cursor}`, rowMode: 'array', types})
}

async function handle(req: Exclude<Request, AppendRequest>): Promise<Answer> {
  if (req.op === 'connect') {
    // Pipelined: each query is written without waiting for the answer to the one before. One
    // request runs at a time, so this only matters for the writes a request carries and for a
    // cursor's prefetch: each query has its own Sync, so a failed write aborts the open
    // transaction and what follows it in the same transaction fails too.
    client = new pg.Client({connectionString, connectionTimeoutMillis: connectTimeoutMs, application_name: 'pl', pipeline: true})
    client.on('error', (error) => {
      broken = error
    })
    await client.connect()
    // pl reads bytea in hex (hashes, sealed bodies); a role or database set to the older escape
    // output would otherwise fail every append and verify as malformed rows.
    await client.query("SET bytea_output = 'hex'")
    return {value: null}
  }
  if (!client) throw Object.assign(new Error('not connected'), {code: 'PL_NOT_CONNECTED'})
  const key = req.op === 'fetch' ? fetchKey(req.cursor, req.size) : req.op === 'scan' ? scanKey(req.scan, req.after, req.limit) : undefined
  const mine = key === undefined ? undefined : prefetched?.key === key ? prefetched.result : kept.get(key)
  if (key !== undefined) kept.delete(key)
  if (req.op === 'simple' && /^\s*(?:COMMIT|ROLLBACK)\b/i.test(req.text)) kept.clear()
  if (req.op === 'query') {
    const closed = /^\s*CLOSE\s+(\w+)/i.exec(req.text)?.[1]
    if (closed) for (const k of kept.keys()) if (k.startsWith(`fetch ${closed} `)) kept.delete(k)
  }
  await settle(mine)
  try {
    const out = await run(client, req, mine)
    lostPrefetch = undefined
    return out
  } catch (error) {
    // A prefetch nobody took failed first: that is the cause.
    const cause = lostPrefetch ?? error
    lostPrefetch = undefined
    throw cause
  }
}

const fetchKey = (cursor: string, size: number) => `fetch ${cursor} ${size}`
const scanKey = (scan: Scan, after: string | undefined, limit: number) => `scan ${scan.select} ${scan.key} ${after ?? ''} ${limit}`

function scanRows(c: pg.Client, scan: Scan, after: string | undefined, limit: number): Promise<Buffer> {
  if (!/^[a-z_]+$/.test(scan.key) || (after !== undefined && !/^-?[0-9]+$/.test(after)) || !Number.isSafeInteger(limit)) throw new Error('scan: not a plain key')
  const where = after === undefined ? '' : ` WHERE ${scan.key} > ${after}`
  return new Promise<Buffer>((resolve, reject) => submitAlone(c, new CopyOut(`COPY (${scan.select}${where} ORDER BY ${scan.key} LIMIT ${limit}) TO STDOUT (FORMAT binary)`, resolve, reject)))
}

interface Answer {
  value: unknown
  transfer?: ArrayBuffer[]
}

async function run(c: pg.Client, req: Exclude<Request, {op: 'connect'} | AppendRequest>, mine: Promise<unknown> | undefined): Promise<Answer> {
  switch (req.op) {
    case 'scan': {
      const data = (await (mine ?? scanRows(c, req.scan, req.after, req.limit))) as Buffer
      const {rows, lastKey} = packCopyBinary(req.scan.fields, req.scan.kinds, data, req.scan.keyColumn)
      // The batch after this one is read while the caller works through this one.
      if (req.next > 0 && rows.count === req.limit && lastKey !== undefined) {
        const result = scanRows(c, req.scan, lastKey, req.next)
        // Taken by the next scan request, or its failure kept by `settle` for what follows.
        result.catch(() => {})
        prefetched = {key: scanKey(req.scan, lastKey, req.next), result}
      }
      const value: ScanValue = {rows, lastKey}
      return {value, transfer: [rows.data]}
    }
    case 'fetch': {
      const [writes, fetched] = corked(c, () => [send(c, req.before), (mine as Promise<pg.QueryResult<unknown[]>> | undefined) ?? fetchRows(c, req.cursor, req.size)] as const)
      const r = await after(writes, fetched)
      // The batch after this one is read while the caller works through this one.
      if (req.next > 0 && r.rows.length === req.size) {
        const result = fetchRows(c, req.cursor, req.next)
        // Taken by the next fetch, or its failure kept by `settle` for what follows.
        result.catch(() => {})
        prefetched = {key: fetchKey(req.cursor, req.next), result}
      }
      const rows = packed(r)
      return {value: rows, transfer: [rows.data]}
    }
    case 'query': {
      // Nothing of this request was sent: the caller may reconnect and send it again.
      idle()
      const [writes, query] = corked(c, () => [send(c, req.before), c.query({text: req.text, values: req.values.map(asBuffer), rowMode: 'array', types, ...(req.name ? {name: req.name} : {})})] as const)
      const r = await after(writes, query)
      const rows = packed(r)
      const value: QueryValue = {rows, changes: r.rowCount ?? 0}
      return {value, transfer: [rows.data]}
    }
    case 'simple': {
      idle()
      // Several statements give several results: the last one's rows are the answer.
      const [writes, query] = corked(c, () => [send(c, req.before), c.query({text: req.text, rowMode: 'array', types})] as const)
      const r = (await after(writes, query)) as pg.QueryResult<unknown[]> | pg.QueryResult<unknown[]>[]
      const results = Array.isArray(r) ? r : [r]
      // A COMMIT that the server answered with ROLLBACK: something in the transaction failed
      // without anyone hearing of it. Never report that as committed.
      if (/^\s*COMMIT\s*;?\s*$/i.test(req.text) && results.at(-1)?.command !== 'COMMIT') {
        throw Object.assign(new Error('the server rolled the transaction back instead of committing it'), {code: '40000'})
      }
      const last = results.at(-1)
      const rows = last ? packed(last) : packRows([], [], [])
      return {value: rows, transfer: [rows.data]}
    }
    case 'end': {
      await c.end()
      client = undefined
      return {value: null}
    }
  }
}

/**
 * The head lock, then the entries numbered after the head, sealed (XChaCha20-Poly1305 with the
 * header as associated data, as Crypto.seal does) and chained, then their INSERTs: one implicit
 * transaction of the extended protocol (docs/adr/0024). The lock goes with a Flush, not a Sync,
 * so the server answers with the head and keeps the transaction open and the row locked; the
 * INSERTs go with the Sync that commits. No BEGIN and no COMMIT: the head is locked for one round
 * trip and the sealing, the server sends one answer for each half, and the connection's thread
 * wakes twice. The keys and plaintexts are wiped once used.
 *
 * Straight from the request's message to the answer (docs/adr/0033): no async function and no
 * promise between them, so the thread runs (and V8 compiles) only this path for every append.
 */
function append(req: AppendRequest): void {
  if (req.texts !== null) for (const name in req.texts) statementTexts.set(name, req.texts[name]!)
  let answered = false
  const wipe = () => {
    for (const e of req.append.entries) {
      e.key.fill(0)
      e.plaintext.fill(0)
    }
  }
  const done = (rows: SealedRow[]) => {
    if (answered) return
    answered = true
    wipe()
    lostPrefetch = undefined
    try {
      replyShared(rows)
    } catch (error) {
      reply({ok: false, error: serialise(error)})
    }
  }
  const failed = (error: unknown) => {
    if (answered) return
    answered = true
    wipe()
    // A prefetch nobody took failed first: that is the cause.
    const cause = lostPrefetch ?? error
    lostPrefetch = undefined
    reply({ok: false, error: serialise(cause)})
  }
  try {
    if (!client) throw Object.assign(new Error('not connected'), {code: 'PL_NOT_CONNECTED'})
    idle()
    submitAlone(client, new LockedAppend(req, done, failed))
  } catch (error) {
    failed(error)
  }
}

/** The text of each statement an append names, by name (see AppendRequest). */
const statementTexts = new Map<string, string>()

/** The part of `pg`'s connection a custom query drives (as pg-cursor does): protocol messages. */
interface Wire {
  stream: {cork?: () => void; uncork?: () => void; writable?: boolean; write(data: Buffer): boolean}
  parse(query: {text: string; name: string}, more: boolean): void
  close(msg: {type: 'S'; name: string}, more: boolean): void
  sync(): void
}

/**
 * Statements LockedAppend has parsed on this connection, under names of their own: `pg`'s queries
 * never share them, so a Parse that failed with its transaction cannot leave `pg` believing a
 * statement exists (or not) when it does not (or does).
 */
const parsedHere = new Set<string>()

/** The name LockedAppend parses statement `name` under (`name_a`), made once per name. */
function ownName(name: string): string {
  let own = ownNames.get(name)
  if (own === undefined) {
    own = `${name}_a`
    ownNames.set(name, own)
  }
  return own
}

const ownNames = new Map<string, string>()

/** The append of `append` as a `pg` Submittable: the client routes the server's messages to it. */
class LockedAppend {
  readonly #req: AppendRequest
  readonly #resolve: (rows: SealedRow[]) => void
  readonly #reject: (error: unknown) => void
  #stage: 'lock' | 'insert' | 'failed' = 'lock'
  #head: (string | null)[] | undefined
  #out: SealedRow[] = []
  /** Names parsed by this append: forgotten if it fails (its Parse may be what failed). */
  readonly #parsed: string[] = []
  /** Each entry's nonce and keyed cipher, prepared before the lock: only the sealing itself waits for the seq. */
  readonly #sealers: {nonce: Uint8Array; seal: (plaintext: Uint8Array, aad: Uint8Array) => Uint8Array}[]
  /** The INSERTs, the check and the Sync, built before the lock: under it only the head-dependent values are written in (docs/adr/0025). */
  readonly #message: AppendMessage
  #failure: unknown

  constructor(req: AppendRequest, resolve: (rows: SealedRow[]) => void, reject: (error: unknown) => void) {
    this.#req = req
    this.#resolve = resolve
    this.#reject = reject
    // Before the lock is asked for, not while it is held: the nonces drawn, the ciphers keyed and
    // the second half's bytes built (nothing here depends on the seq).
    const {ts, actor, entries} = req.append
    this.#sealers = entries.map((e) => {
      const nonce = freshNonce()
      return {nonce, seal: xchachaSealer(e.key, nonce)}
    })
    const rows = entries.map((e, k) => ({ts, incident: e.incident, kind: e.kind, actor, keyId: e.keyId, blob: e.blob, nonce: this.#sealers[k]!.nonce, plaintextLength: e.plaintext.length}))
    this.#message = AppendMessage.for(rows, req.rowsPerInsert, (n) => ownName(req.inserts[n]!))
  }

  submit(w: Wire): void {
    const lock = this.#req.lock
    const request = lockRequest(ownName(lock))
    let parse = !parsedHere.has(ownName(lock))
    for (const n in this.#req.inserts) parse ||= !parsedHere.has(ownName(this.#req.inserts[n]!))
    // Bind, Execute and Flush, not Sync: the transaction stays open, and the row locked, until the
    // INSERTs' Sync. Once every statement is parsed, that is all the first half writes: one buffer,
    // without corking the socket (docs/adr/0039).
    if (!parse) {
      w.stream.write(request)
      return
    }
    corkedWire(w, () => {
      // Statements parsed once per connection, ahead of the lock in the same write.
      for (const n in this.#req.inserts) {
        const name = this.#req.inserts[n]!
        this.#prepare(w, ownName(name), statementTexts.get(name))
      }
      this.#prepare(w, ownName(lock), statementTexts.get(lock))
      w.stream.write(request)
    })
  }

  /** Close, then Parse: closing a statement that does not exist is no error, so this holds whatever an earlier failure left. */
  #prepare(w: Wire, name: string, text: string | undefined): void {
    if (parsedHere.has(name)) return
    if (text === undefined) throw new Error(`the text of statement ${name} never reached the connection's thread`)
    w.close({type: 'S', name}, true)
    w.parse({text, name}, true)
    parsedHere.add(name)
    this.#parsed.push(name)
  }

  handleRowDescription(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}

  handleDataRow(msg: {fields: (string | null)[]}): void {
    if (this.#stage === 'lock') this.#head = msg.fields
  }

  handleCommandComplete(_msg: {text: string}, w: Wire): void {
    if (this.#stage === 'lock') {
      this.#stage = 'insert'
      let bytes: Buffer
      try {
        bytes = this.#seal()
      } catch (error) {
        // Nothing of the second half was sent: the Sync ends the transaction with nothing inserted.
        this.#failure = error
        w.sync()
        return
      }
      // One write: the checked INSERTs and the Sync that commits (or rolls back if any failed).
      w.stream.write(bytes)
    }
  }

  /** Numbers, seals and chains the entries after the head read, into the message built before the lock. */
  #seal(): Buffer {
    const {ts, actor, entries} = this.#req.append
    const head = this.#head
    let seq = head ? Number(head[0]) : 0
    let prev: Uint8Array = head ? hexBytes(head[1] ?? null) : new Uint8Array(32)
    if (!Number.isSafeInteger(seq) || prev.length !== 32) throw new Error('the head row is malformed')
    const message = this.#message
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k]!
      seq += 1
      const header = encodeHeader({seq, ts, incident: e.incident, kind: e.kind, actor, keyId: e.keyId, blob: e.blob})
      const {nonce, seal} = this.#sealers[k]!
      const body = seal(e.plaintext, header)
      const hash = entryHash(prev, header, nonce, body)
      message.fill(k, seq, body, prev, hash)
      this.#out.push({seq, nonce, body, prev, hash})
      prev = hash
    }
    // Each INSERT checks the rows it kept inside the transaction, before the Sync commits it: every
    // row is there, or the append fails whole. Counting command tags after the Sync would come too
    // late (the rows kept would be committed).
    return message.bytes
  }

  /** The client hands it no more messages after an error; the server rolls back at the Sync. */
  handleError(error: unknown, w: Wire): void {
    for (const name of this.#parsed) parsedHere.delete(name)
    // Before the INSERTs the server waits for a Sync to end the failed transaction.
    if (this.#stage === 'lock') w.sync()
    this.#stage = 'failed'
    const incomplete = error instanceof Error && error.message.includes(CHECK_MARK)
    // A row the server did not insert (a trigger that returned no row): never report it written.
    if (this.#failure !== undefined) this.#reject(this.#failure)
    else this.#reject(incomplete ? Object.assign(new Error(`the server did not insert every one of the ${this.#out.length} entries (a trigger dropped a row); none was kept`), {code: '40000'}) : error)
  }

  handleReadyForQuery(): void {
    if (this.#stage === 'failed') return
    // Every row is in: each INSERT's check fails the transaction otherwise.
    if (this.#failure !== undefined) this.#reject(this.#failure)
    else this.#resolve(this.#out)
  }
}

/**
 * Nonces drawn from the CSPRNG 256 at a time (one call instead of one per entry, docs/adr/0030);
 * each is copied out and handed out once, and the pool is drawn again once all are used.
 */
const noncePool = Buffer.alloc(24 * 256)
let nonceAt = noncePool.length

function freshNonce(): Uint8Array {
  if (nonceAt === noncePool.length) {
    randomFillSync(noncePool)
    nonceAt = 0
  }
  const nonce = new Uint8Array(noncePool.subarray(nonceAt, nonceAt + 24))
  nonceAt += 24
  return nonce
}

/**
 * The head's hash from the server's hex text (`\\x` and two digits a byte), digit by digit (no
 * Buffer encoding lookup on every append); empty when it is not that, which the caller refuses.
 */
function hexBytes(text: string | null): Uint8Array {
  if (text === null || text.length % 2 !== 0 || text.charCodeAt(0) !== 0x5c || text.charCodeAt(1) !== 0x78) return new Uint8Array(0)
  const out = new Uint8Array((text.length - 2) / 2)
  for (let k = 0; k < out.length; k++) {
    const high = hexDigit(text.charCodeAt(2 + 2 * k))
    const low = hexDigit(text.charCodeAt(3 + 2 * k))
    if (high < 0 || low < 0) return new Uint8Array(0)
    out[k] = (high << 4) | low
  }
  return out
}

/** A hex digit's value, or -1. */
function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  if (c >= 0x61 && c <= 0x66) return c - 0x57
  if (c >= 0x41 && c <= 0x46) return c - 0x37
  return -1
}

/**
 * Submits a custom query on the pipelined connection, which `pg` refuses in pipeline mode: the
 * worker sends it only when nothing else is in flight (one request at a time, a prefetch settled),
 * so it runs alone as it would on a connection without pipelining; what follows is pipelined again.
 */
function submitAlone(c: pg.Client, query: LockedAppend | CopyOut): void {
  const client = c as unknown as {pipeline: boolean}
  client.pipeline = false
  try {
    c.query(query as unknown as pg.Submittable)
  } finally {
    client.pipeline = true
  }
}

/**
 * A `COPY … TO STDOUT` as a `pg` Submittable: the server's CopyData messages, one row each, are
 * copied (the parser reuses its buffer) into one growing buffer, the answer once the server is ready.
 */
class CopyOut {
  readonly #text: string
  readonly #resolve: (data: Buffer) => void
  readonly #reject: (error: unknown) => void
  #data = Buffer.allocUnsafe(1 << 16)
  #length = 0
  #failed = false

  constructor(text: string, resolve: (data: Buffer) => void, reject: (error: unknown) => void) {
    this.#text = text
    this.#resolve = resolve
    this.#reject = reject
  }

  submit(w: {query(text: string): void}): void {
    w.query(this.#text)
  }

  handleCopyData(msg: {chunk: Buffer}): void {
    const need = this.#length + msg.chunk.length
    if (need > this.#data.length) {
      const grown = Buffer.allocUnsafe(Math.max(need, this.#data.length * 2))
      this.#data.copy(grown, 0, 0, this.#length)
      this.#data = grown
    }
    msg.chunk.copy(this.#data, this.#length)
    this.#length = need
  }

  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleCommandComplete(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}

  /** The client hands it no more messages after an error. */
  handleError(error: unknown): void {
    this.#failed = true
    this.#reject(error)
  }

  handleReadyForQuery(): void {
    if (!this.#failed) this.#resolve(this.#data.subarray(0, this.#length))
  }
}

function corkedWire(w: Wire, queue: () => void): void {
  w.stream.cork?.()
  try {
    queue()
  } finally {
    w.stream.uncork?.()
  }
}

/** The connection failed while idle (the server restarted): nothing of the request was sent. */
function idle(): void {
  if (broken) throw Object.assign(new Error(`the connection was lost while idle (${broken.message})`), {code: 'PL_IDLE_LOST'})
}

/**
 * Waits for a prefetch still in flight (its FETCH is ahead of anything sent now) and keeps its
 * failure, unless it is `mine`, the batch this request takes (which answers with the failure).
 */
async function settle(mine: Promise<unknown> | undefined): Promise<void> {
  const p = prefetched
  if (!p) return
  prefetched = undefined
  if (p.result === mine) return
  try {
    await p.result
    // A cursor's batch read ahead is kept for its FETCH when a query comes between (a key looked
    // up while the rows are read): the cursor has moved past those rows, so dropping them would
    // lose them. A scan's batch is dropped: the scan reads it again by its key.
    if (p.key.startsWith('fetch ')) kept.set(p.key, p.result)
  } catch (error) {
    lostPrefetch = error
  }
}

/**
 * Runs `queue`, which queues statements on the pipelined connection, with its socket corked: all
 * of them leave in one write, so the server wakes once for them, not once for each (on loopback a
 * write is a wake-up of the server's process, and inside the head lock every one of them counts).
 */
function corked<T>(c: pg.Client, queue: () => T): T {
  const stream = (c as unknown as {connection?: {stream?: {cork?: () => void; uncork?: () => void}}}).connection?.stream
  stream?.cork?.()
  try {
    return queue()
  } finally {
    stream?.uncork?.()
  }
}

/** Queues the writes a request carries on the connection, which sends them at once, in order. */
function send(c: pg.Client, writes: Write[] | undefined): Promise<unknown>[] {
  return (writes ?? []).map((w) => c.query({text: w.text, values: w.values.map(asBuffer), ...(w.name ? {name: w.name} : {})}))
}

/**
 * The request's answer once the writes queued before it are done: the first failure (a write's,
 * or the request's own) when any failed.
 */
async function after<T>(writes: Promise<unknown>[], request: Promise<T>): Promise<T> {
  if (writes.length === 0) return request
  const settled = await Promise.allSettled([...writes, request])
  for (const s of settled) if (s.status === 'rejected') throw s.reason
  return (settled.at(-1) as PromiseFulfilledResult<T>).value
}

function serialise(error: unknown): SerialisedError {
  const e = error as {message?: unknown; code?: unknown; severity?: unknown; detail?: unknown; errno?: unknown}
  return {
    message: typeof e?.message === 'string' ? e.message : String(error),
    ...(typeof e?.code === 'string' ? {code: e.code} : {}),
    ...(typeof e?.severity === 'string' ? {severity: e.severity} : {}),
    ...(typeof e?.detail === 'string' ? {detail: e.detail} : {}),
    ...(typeof e?.errno === 'number' ? {errno: e.errno} : {}),
  }
}

function reply(message: Reply, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer)
  Atomics.store(flag, 0, 1)
  Atomics.notify(flag, 0)
}

/** An append's sealed rows in the shared memory, the caller woken without a message; posted when they do not fit (docs/adr/0030). */
function replyShared(rows: SealedRow[]): void {
  const length = writeSealedRows(shared, rows)
  if (length === undefined) return reply({ok: true, value: rows})
  Atomics.store(flag, 2, length)
  Atomics.store(flag, 0, 2)
  Atomics.notify(flag, 0)
}

process.on('uncaughtException', (error) => reply({ok: false, error: serialise(error)}))
port.on('message', (req: Request) => {
  if (req.op === 'append') {
    // A prefetch still in flight is ahead of the append on the connection: settled first, as `handle` does.
    if (prefetched === undefined) append(req)
    else void settle(undefined).then(() => append(req))
    return
  }
  handle(req).then(
    ({value, transfer}) => reply({ok: true, value}, transfer),
    (error: unknown) => reply({ok: false, error: serialise(error)}),
  )
})
