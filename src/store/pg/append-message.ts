/**
 * The second half of a sealed append (docs/adr/0025) as the bytes of the extended protocol, built
 * before the head lock is asked for: each checked INSERT's Bind and Execute (`checkedInsert`,
 * docs/adr/0039) and the Sync that commits. Everything but the seq, the sealed bodies, the previous
 * hashes and the hashes is known then (the bodies' lengths too: the plaintext's plus the tag), so
 * under the lock only those are written into their slots and the buffer leaves in one write — no
 * serialiser runs while every other writer waits.
 *
 * Parameters: bigints (seq, ts) and bytea in binary (fixed lengths, so the slots do not move),
 * text as UTF-8 text, as `pg` itself sends strings.
 */
import {TAG_BYTES} from '../../crypto/xchacha.js'
import type {EntryHeader} from '../../domain/codec.js'

/** What each row's INSERT parameters hold before the head is known: the entry's header but its seq, and its nonce. */
export interface AppendRow extends Omit<EntryHeader, 'seq'> {
  nonce: Uint8Array
  /** Of the plaintext: the sealed body is this plus the tag. */
  plaintextLength: number
}

/** Where one row's parameters that change from append to append sit in the buffer. */
interface Slots {
  ts: number
  nonce: number
  seq: number
  body: number
  bodyLength: number
  prev: number
  hash: number
}

const INT8 = 8
const HASH = 32

/** Marks a checked INSERT's failure: text that cannot be read as an integer, named in the server's error. */
export const CHECK_MARK = 'pl-append-incomplete'

/**
 * The INSERT of `rows` rows (`insert`: its parameters are the statement's first ones, `$1` on,
 * `perRow` a row, each row's seq first) as one statement that also checks it (docs/adr/0039): the
 * rows the INSERT returns are the rows the server kept, so the statement fails the transaction (an
 * integer that is not one) unless every seq of its rows, `$1` to the last row's, came back. A row a
 * BEFORE trigger dropped (it returned NULL) or renumbered is missing there; a rule on the table
 * fails the statement itself (PostgreSQL refuses rules in a data-modifying WITH). It answers no
 * row when every row is there (the failing cast is reached only otherwise; its CASE is not
 * constant, so it is not folded when planned). Before, a separate SELECT counted the append's seqs
 * in `entries`: one more Bind, Execute and three answers on every append.
 */
export function checkedInsert(insert: string, rows: number, perRow: number): string {
  if (!Number.isSafeInteger(rows) || rows < 1 || !Number.isSafeInteger(perRow) || perRow < 1) throw new RangeError('a checked INSERT has rows')
  return (
    `WITH pl_kept AS (${insert} RETURNING seq), ` +
    `pl_count AS (SELECT count(*) FILTER (WHERE seq BETWEEN $1 AND $${(rows - 1) * perRow + 1}) AS n FROM pl_kept) ` +
    `SELECT (CASE WHEN n = ${rows} THEN '1' ELSE '${CHECK_MARK}' END)::int FROM pl_count WHERE n <> ${rows}`
  )
}

/** A parameter: binary int8 or bytea (`value` undefined: a slot written under the lock), or text (null: SQL NULL). */
type Param = {type: 'int8'; value?: number} | {type: 'bytes'; length: number; value?: Uint8Array} | {type: 'text'; value: string | null}

const int8 = (value?: number): Param => (value === undefined ? {type: 'int8'} : {type: 'int8', value})
const bytes = (length: number, value?: Uint8Array): Param => (value === undefined ? {type: 'bytes', length} : {type: 'bytes', length, value})
const text = (value: string | null): Param => ({type: 'text', value})

function valueLength(p: Param): number {
  if (p.type === 'int8') return INT8
  if (p.type === 'bytes') return p.length
  return p.value === null ? 0 : Buffer.byteLength(p.value, 'utf8')
}

/**
 * A bigint written as 8 bytes, big-endian, two's complement (every value pl writes is a safe
 * integer): byte by byte, without a BigInt or Buffer's checked writers (docs/adr/0033).
 */
export function writeInt8(buf: Buffer, value: number, at: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`)
  if (at < 0 || at + INT8 > buf.length) throw new RangeError(`offset ${at} is out of range`)
  // value = high · 2^32 + low, low in [0, 2^32); |high| < 2^21, so `>>` reads it as an int32.
  const high = Math.floor(value / 0x1_0000_0000)
  const low = value - high * 0x1_0000_0000
  buf[at] = (high >> 24) & 0xff
  buf[at + 1] = (high >> 16) & 0xff
  buf[at + 2] = (high >> 8) & 0xff
  buf[at + 3] = high & 0xff
  buf[at + 4] = (low >>> 24) & 0xff
  buf[at + 5] = (low >>> 16) & 0xff
  buf[at + 6] = (low >>> 8) & 0xff
  buf[at + 7] = low & 0xff
}

export class AppendMessage {
  /** Bind, Execute (per checked INSERT), Sync: one write once filled. */
  readonly bytes: Buffer
  readonly #slots: Slots[]

  /**
   * The message of `rows`, as `new AppendMessage` builds it, copied from the last one built when
   * the rows differ from its rows only by their ts and nonces (a writer's appends are mostly
   * alike: the same incident, kind, actor, key and length): a copy of its bytes with the ts and the
   * nonces written in, instead of every parameter laid out again (docs/adr/0030).
   */
  static for(rows: readonly AppendRow[], perInsert: number, insertName: (rows: number) => string): AppendMessage {
    const last = lastBuilt
    if (last && last.perInsert === perInsert && sameShape(last.rows, rows) && last.names.every(([n, name]) => insertName(n) === name)) {
      return new AppendMessage(rows, perInsert, insertName, last.message)
    }
    const message = new AppendMessage(rows, perInsert, insertName)
    const names = [...new Set(rows.map((_, k) => Math.min(perInsert, rows.length - Math.floor(k / perInsert) * perInsert)))].map((n): [number, string] => [n, insertName(n)])
    lastBuilt = {rows: [...rows], perInsert, names, message: new AppendMessage(rows, perInsert, insertName, message)}
    return message
  }

  /**
   * `insertName(n)`: the prepared checked INSERT of n rows (`checkedInsert`); rows go by INSERTs of
   * up to `perInsert`. `like`: a message built for rows alike but for their ts and nonces
   * (`AppendMessage.for`), whose bytes are copied instead.
   */
  constructor(rows: readonly AppendRow[], perInsert: number, insertName: (rows: number) => string, like?: AppendMessage) {
    if (like) {
      this.bytes = Buffer.allocUnsafe(like.bytes.length)
      like.bytes.copy(this.bytes)
      this.#slots = like.#slots
      for (const [k, r] of rows.entries()) {
        const s = this.#slots[k]!
        writeInt8(this.bytes, r.ts, s.ts)
        this.bytes.set(r.nonce, s.nonce)
      }
      return
    }
    const messages: {statement: string; params: Param[]}[] = []
    const slotParams: {ts: Param; nonce: Param; seq: Param; body: Param; prev: Param; hash: Param}[] = []
    for (let at = 0; at < rows.length; at += perInsert) {
      const chunk = rows.slice(at, at + perInsert)
      const params: Param[] = []
      for (const r of chunk) {
        const seq = int8()
        const ts = int8(r.ts)
        const nonce = bytes(r.nonce.length, r.nonce)
        const body = bytes(r.plaintextLength + TAG_BYTES)
        const prev = bytes(HASH)
        const hash = bytes(HASH)
        slotParams.push({ts, nonce, seq, body, prev, hash})
        params.push(seq, ts, text(r.incident), text(r.kind), text(r.actor), text(r.keyId), text(r.blob), nonce, body, prev, hash)
      }
      messages.push({statement: insertName(chunk.length), params})
    }

    let size = 5 // Sync
    for (const m of messages) size += bindLength(m.statement, m.params) + EXECUTE.length
    // From Node's pool when small (no ArrayBuffer of its own for the collector to sweep): every
    // byte is written before the buffer is sent, the slots under the lock (`fill`, `fillCheck`).
    const buf = Buffer.allocUnsafe(size)
    const at = new Map<Param, number>()
    let o = 0
    for (const m of messages) {
      o = writeBind(buf, o, m.statement, m.params, at)
      o += EXECUTE.copy(buf, o)
    }
    buf.write('S', o, 'latin1')
    buf.writeInt32BE(4, o + 1)
    this.bytes = buf
    this.#slots = slotParams.map((s) => ({ts: at.get(s.ts)!, nonce: at.get(s.nonce)!, seq: at.get(s.seq)!, body: at.get(s.body)!, bodyLength: valueLength(s.body), prev: at.get(s.prev)!, hash: at.get(s.hash)!}))
  }

  /** Writes row `k`'s seq, sealed body, previous hash and hash into their slots. */
  fill(k: number, seq: number, body: Uint8Array, prev: Uint8Array, hash: Uint8Array): void {
    const s = this.#slots[k]!
    if (body.length !== s.bodyLength || prev.length !== HASH || hash.length !== HASH) throw new Error('a sealed row is not the length its slot was made for')
    writeInt8(this.bytes, seq, s.seq)
    this.bytes.set(body, s.body)
    this.bytes.set(prev, s.prev)
    this.bytes.set(hash, s.hash)
  }
}

/**
 * The last message `AppendMessage.for` built, its rows and statements: the template of the next ones like it.
 * The rows are kept whole, ts and nonces too, but `sameShape` compares only the nonces' length.
 */
let lastBuilt: {rows: AppendRow[]; perInsert: number; names: [number, string][]; message: AppendMessage} | undefined

/** Rows alike but for their ts and nonces (of the same length). */
function sameShape(a: readonly AppendRow[], b: readonly AppendRow[]): boolean {
  if (a.length !== b.length) return false
  for (let k = 0; k < a.length; k++) {
    const x = a[k]!
    const y = b[k]!
    if (x.incident !== y.incident || x.kind !== y.kind || x.actor !== y.actor || x.keyId !== y.keyId || x.blob !== y.blob || x.plaintextLength !== y.plaintextLength || x.nonce.length !== y.nonce.length) return false
  }
  return true
}

/**
 * The first half of a sealed append after its statements are parsed: Bind of the head lock `statement`
 * (no parameters, text results), Execute, Flush: the same bytes every time, built once per name
 * (docs/adr/0030) instead of by `pg`'s serialiser on every append.
 */
export function lockRequest(statement: string): Buffer {
  let bytes = lockRequests.get(statement)
  if (!bytes) {
    const bind = Buffer.allocUnsafe(bindLength(statement, []))
    writeBind(bind, 0, statement, [], new Map())
    bytes = Buffer.concat([bind, EXECUTE, FLUSH])
    lockRequests.set(statement, bytes)
  }
  return bytes
}

const lockRequests = new Map<string, Buffer>()
const FLUSH = Buffer.from([0x48, 0, 0, 0, 4])

/** Execute of the unnamed portal, every row. */
const EXECUTE = Buffer.from([0x45, 0, 0, 0, 9, 0, 0, 0, 0, 0])

function bindLength(statement: string, params: Param[]): number {
  let n = 1 + 4 + 1 + Buffer.byteLength(statement, 'utf8') + 1 + 2 + 2 * params.length + 2 + 2 + 2
  for (const p of params) n += 4 + valueLength(p)
  return n
}

/** Bind: portal "", the statement, each parameter's format, the values, text results. `at`: where each value's bytes start. */
function writeBind(buf: Buffer, start: number, statement: string, params: Param[], at: Map<Param, number>): number {
  let o = start
  buf.write('B', o, 'latin1')
  o += 5 // the length, written last
  buf.writeUInt8(0, o++) // the unnamed portal
  o += buf.write(statement, o, 'utf8')
  buf.writeUInt8(0, o++)
  buf.writeInt16BE(params.length, o)
  o += 2
  for (const p of params) {
    buf.writeInt16BE(p.type === 'text' ? 0 : 1, o)
    o += 2
  }
  buf.writeInt16BE(params.length, o)
  o += 2
  for (const p of params) {
    if (p.type === 'text' && p.value === null) {
      buf.writeInt32BE(-1, o)
      o += 4
      continue
    }
    const length = valueLength(p)
    buf.writeInt32BE(length, o)
    o += 4
    at.set(p, o)
    if (p.type === 'int8' && p.value !== undefined) writeInt8(buf, p.value, o)
    else if (p.type === 'bytes' && p.value !== undefined) buf.set(p.value, o)
    else if (p.type === 'text' && p.value !== null) buf.write(p.value, o, 'utf8')
    o += length
  }
  buf.writeInt16BE(1, o) // one result format: text
  buf.writeInt16BE(0, o + 2)
  o += 4
  buf.writeInt32BE(o - start - 1, start + 1)
  return o
}
