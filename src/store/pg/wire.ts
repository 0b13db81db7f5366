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
