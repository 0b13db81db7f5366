/**
 * Rows from the PostgreSQL thread to the caller's, packed into one ArrayBuffer that is transferred,
 * not cloned (docs/adr/0020). A structured clone of a batch costs an allocation and a copy per
 * column value on each side, more than reading the rows from the server; here the worker writes
 * each value once (bytea straight from the server's hex), and the caller's Buffers are views of the
 * batch.
 *
 * Each value is a tag byte, then: nothing (null, false, true), a float64 (numbers), or a uint32
 * length and the bytes (UTF-8 text, bytea, JSON for any other value).
 */

export interface PackedRows {
  /** The column names; rows are decoded as objects keyed by them, or as arrays. */
  fields: string[]
  count: number
  data: ArrayBuffer
}

const NULL = 0
const FALSE = 1
const TRUE = 2
const NUMBER = 3
const TEXT = 4
const BYTES = 5
const JSON_VALUE = 6

/** A bytea column as the server sent it (`\x` and hex digits), left unparsed for `packRows`. */
export const hexBytea = (text: string): string => text

const isHexBytea = (v: string, bytea: boolean) => bytea && v.startsWith('\\x')

/**
 * Packs rows (arrays of column values) into one buffer. `bytea[i]` tells that column i holds
 * bytea as hex text (`hexBytea`), written as bytes.
 */
export function packRows(fields: string[], bytea: boolean[], rows: readonly unknown[][]): PackedRows {
  let size = 0
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const v = row[i]
      if (v === null || v === undefined || typeof v === 'boolean') size += 1
      else if (typeof v === 'number') size += 9
      else if (typeof v === 'string') size += 5 + (isHexBytea(v, bytea[i] === true) ? (v.length - 2) >>> 1 : Buffer.byteLength(v, 'utf8'))
      else if (v instanceof Uint8Array) size += 5 + v.byteLength
      else size += 5 + Buffer.byteLength(JSON.stringify(v) ?? 'null', 'utf8')
    }
  }
  const data = new ArrayBuffer(size)
  const buf = Buffer.from(data)
  const view = new DataView(data)
  let at = 0
  const chunk = (tag: number, length: number) => {
    buf[at] = tag
    view.setUint32(at + 1, length, true)
    at += 5
  }
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const v = row[i]
      if (v === null || v === undefined) buf[at++] = NULL
      else if (typeof v === 'boolean') buf[at++] = v ? TRUE : FALSE
      else if (typeof v === 'number') {
        buf[at] = NUMBER
        view.setFloat64(at + 1, v, true)
        at += 9
      } else if (typeof v === 'string') {
        if (isHexBytea(v, bytea[i] === true)) {
          const n = (v.length - 2) >>> 1
          chunk(BYTES, n)
          // Buffer#write takes a string offset only through a slice; 'hex' reads pairs from there.
          const written = buf.write(v.length > 2 ? v.slice(2) : '', at, n, 'hex')
          if (written !== n) throw new Error('malformed bytea from the server')
          at += n
        } else {
          const n = Buffer.byteLength(v, 'utf8')
          chunk(TEXT, n)
          buf.write(v, at, n, 'utf8')
          at += n
        }
      } else if (v instanceof Uint8Array) {
        chunk(BYTES, v.byteLength)
        buf.set(v, at)
        at += v.byteLength
      } else {
        const text = JSON.stringify(v) ?? 'null'
        const n = Buffer.byteLength(text, 'utf8')
        chunk(JSON_VALUE, n)
        buf.write(text, at, n, 'utf8')
        at += n
      }
    }
  }
  return {fields, count: rows.length, data}
}

/** The rows `packRows` packed: objects keyed by the fields, or arrays (`asArrays`). Buffers are views of the batch. */
export function unpackRows(packed: PackedRows, asArrays: boolean): unknown[] {
  const {fields, count, data} = packed
  const buf = Buffer.from(data)
  const view = new DataView(data)
  const width = fields.length
  const out: unknown[] = new Array(count)
  let at = 0
  const value = (): unknown => {
    const tag = buf[at]
    if (tag === NULL) {
      at += 1
      return null
    }
    if (tag === FALSE || tag === TRUE) {
      at += 1
      return tag === TRUE
    }
    if (tag === NUMBER) {
      const n = view.getFloat64(at + 1, true)
      at += 9
      return n
    }
    const n = view.getUint32(at + 1, true)
    const start = at + 5
    at = start + n
    if (tag === BYTES) return Buffer.from(data, start, n)
    const text = buf.toString('utf8', start, start + n)
    return tag === TEXT ? text : JSON.parse(text)
  }
  for (let r = 0; r < count; r++) {
    if (asArrays) {
      const row: unknown[] = new Array(width)
      for (let i = 0; i < width; i++) row[i] = value()
      out[r] = row
    } else {
      const row: Record<string, unknown> = {}
      for (let i = 0; i < width; i++) row[fields[i]!] = value()
      out[r] = row
    }
  }
  return out
}

/** How a column of a binary COPY is read: a 64-bit integer (a number), text, or bytes. */
export type CopyKind = 'int8' | 'text' | 'bytea'

const COPY_SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1')

/**
 * The rows of a `COPY … TO STDOUT (FORMAT binary)` answer, packed as `packRows` packs them, with
 * no text decoded and no hex on the way (docs/adr/0024). The format: the signature, 32-bit flags
 * and a header extension of a 32-bit length; then per row a 16-bit field count and per field a
 * 32-bit length (-1 for NULL) and the value in its binary form (int8: 8 bytes big-endian; text
 * and bytea: the bytes); then a count of -1. `keyColumn`'s value in the last row comes back
 * exact, in decimal, to start the next batch after it.
 */
export function packCopyBinary(fields: string[], kinds: readonly CopyKind[], data: Uint8Array, keyColumn: number): {rows: PackedRows; lastKey: string | undefined} {
  const src = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  const malformed = (what: string) => new Error(`malformed binary COPY from the server: ${what}`)
  if (src.length < 19 || !src.subarray(0, 11).equals(COPY_SIGNATURE)) throw malformed('no signature')
  const start = 19 + src.readUInt32BE(15)
  // First pass: validates the shape and sizes the packed buffer.
  let size = 0
  let count = 0
  let at = start
  let lastKeyAt = -1
  for (;;) {
    if (at + 2 > src.length) throw malformed('truncated')
    const width = src.readInt16BE(at)
    at += 2
    if (width === -1) break
    if (width !== kinds.length) throw malformed(`${width} fields where ${kinds.length} were asked for`)
    for (let i = 0; i < width; i++) {
      if (at + 4 > src.length) throw malformed('truncated')
      const n = src.readInt32BE(at)
      at += 4
      if (n === -1) {
        size += 1
        continue
      }
      if (n < 0 || at + n > src.length) throw malformed('truncated')
      if (kinds[i] === 'int8') {
        if (n !== 8) throw malformed(`an int8 of ${n} bytes`)
        if (i === keyColumn) lastKeyAt = at
        size += 9
      } else size += 5 + n
      at += n
    }
    count += 1
  }
  const out = new ArrayBuffer(size)
  const buf = Buffer.from(out)
  const view = new DataView(out)
  let o = 0
  at = start
  for (let r = 0; r < count; r++) {
    at += 2
    for (let i = 0; i < kinds.length; i++) {
      const n = src.readInt32BE(at)
      at += 4
      if (n === -1) {
        buf[o++] = NULL
        continue
      }
      if (kinds[i] === 'int8') {
        buf[o] = NUMBER
        // Every integer pl stores fits a number exactly; a larger one was not written by pl, and
        // the ledger's own range checks say so (as for rows read as text).
        view.setFloat64(o + 1, Number(src.readBigInt64BE(at)), true)
        o += 9
      } else {
        buf[o] = kinds[i] === 'text' ? TEXT : BYTES
        view.setUint32(o + 1, n, true)
        src.copy(buf, o + 5, at, at + n)
        o += 5 + n
      }
      at += n
    }
  }
  return {rows: {fields, count, data: out}, lastKey: lastKeyAt >= 0 ? src.readBigInt64BE(lastKeyAt).toString() : undefined}
}

/**
 * An append's sealed rows (docs/adr/0030), written by the connection's thread into memory both
 * threads share instead of posted: no structured clone on either side and no wake-up of the
 * caller's event loop, only of the caller itself. Per row: the seq (float64), the body's length
 * (uint32), the nonce (24 bytes), the previous hash and the hash (32 each), the body.
 * Answers the bytes written, or undefined when the rows do not fit (they are posted instead).
 */
export function writeSealedRows(shared: Uint8Array, rows: readonly {seq: number; nonce: Uint8Array; body: Uint8Array; prev: Uint8Array; hash: Uint8Array}[]): number | undefined {
  let size = 4
  for (const r of rows) {
    if (r.nonce.length !== SEALED_NONCE || r.prev.length !== SEALED_HASH || r.hash.length !== SEALED_HASH) return undefined
    size += SEALED_FIXED + r.body.length
  }
  if (size > shared.length) return undefined
  const view = new DataView(shared.buffer, shared.byteOffset, shared.byteLength)
  view.setUint32(0, rows.length, true)
  let at = 4
  for (const r of rows) {
    view.setFloat64(at, r.seq, true)
    view.setUint32(at + 8, r.body.length, true)
    at += 12
    shared.set(r.nonce, at)
    shared.set(r.prev, at + SEALED_NONCE)
    shared.set(r.hash, at + SEALED_NONCE + SEALED_HASH)
    at += SEALED_NONCE + 2 * SEALED_HASH
    shared.set(r.body, at)
    at += r.body.length
  }
  return at
}

/** The rows `writeSealedRows` wrote, copied out of the shared memory into one buffer of their own (the rows' bytes are views of it). */
export function readSealedRows(shared: Uint8Array, length: number): {seq: number; nonce: Uint8Array; body: Uint8Array; prev: Uint8Array; hash: Uint8Array}[] {
  const own = new Uint8Array(length)
  own.set(shared.subarray(0, length))
  const view = new DataView(own.buffer)
  const count = view.getUint32(0, true)
  const rows = []
  let at = 4
  for (let k = 0; k < count; k++) {
    const seq = view.getFloat64(at, true)
    const bodyLength = view.getUint32(at + 8, true)
    at += 12
    const nonce = own.subarray(at, at + SEALED_NONCE)
    const prev = own.subarray(at + SEALED_NONCE, at + SEALED_NONCE + SEALED_HASH)
    const hash = own.subarray(at + SEALED_NONCE + SEALED_HASH, at + SEALED_NONCE + 2 * SEALED_HASH)
    at += SEALED_NONCE + 2 * SEALED_HASH
    const body = own.subarray(at, at + bodyLength)
    at += bodyLength
    rows.push({seq, nonce, body, prev, hash})
  }
  return rows
}

const SEALED_NONCE = 24
const SEALED_HASH = 32
/** A row's bytes besides its body. */
const SEALED_FIXED = 12 + SEALED_NONCE + 2 * SEALED_HASH
