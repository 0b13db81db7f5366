/**
 * Byte-exact encodings of the ledger (docs/store-format.md §Encodings). Anything here changes the
 * hashes of every store ever written: a change needs a new format version and a migration.
 */
import {hash} from 'node:crypto'
import {toHex} from './bytes.js'

export const FORMAT_VERSION = 1
export const ENTRY_HASH_TAG = new TextEncoder().encode('pl-entry-v1\0')
export const ZERO_HASH = new Uint8Array(32)
/** Plaintext chunk size of blob streams: every chunk but the last of a blob holds exactly this many bytes. */
export const BLOB_CHUNK = 1024 * 1024

export interface EntryHeader {
  seq: number
  ts: number
  incident: string
  kind: string
  actor: string
  keyId: string
  /** Content address of an attached blob, or null. */
  blob: string | null
}

/** A stored entry: its clear header, its encrypted body and its place in the hash chain. */
export interface EntryRow extends EntryHeader {
  nonce: Uint8Array
  body: Uint8Array
  prev: Uint8Array
  hash: Uint8Array
}

/** A signed tree head: the Merkle root of the first `size` entries, signed with the store's key. */
export interface Checkpoint {
  storeId: string
  size: number
  root: Uint8Array
  ts: number
  sig: Uint8Array
}

/**
 * Canonical JSON (RFC 8785 / JCS for the values pl writes): object keys sorted by UTF-16 code
 * units, no whitespace, ECMAScript number and string serialisation. Non-finite numbers and
 * undefined-valued array items are refused rather than silently changed.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number')
    return JSON.stringify(value)
  }
  // Plain loops and string concatenation: this runs once per appended entry.
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i])
    return out + ']'
  }
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>
    const keys = Object.keys(obj).sort()
    let out = '{'
    let first = true
    for (const k of keys) {
      const v = obj[k]
      if (v === undefined) continue
      out += (first ? '' : ',') + JSON.stringify(k) + ':' + canonicalJson(v)
      first = false
    }
    return out + '}'
  }
  throw new TypeError(`canonicalJson: unsupported type ${typeof value}`)
}

const encoder = new TextEncoder()

/**
 * The header as it is authenticated (AEAD associated data) and hashed. For an array of integers,
 * strings and null, JSON.stringify is exactly the canonical form, and it is on every hot path.
 */
export function encodeHeader(h: EntryHeader): Uint8Array {
  if (!Number.isSafeInteger(h.seq) || !Number.isSafeInteger(h.ts)) throw new TypeError('header seq and ts must be integers')
  return Buffer.from(JSON.stringify([FORMAT_VERSION, h.seq, h.ts, h.incident, h.kind, h.actor, h.keyId, h.blob]), 'utf8')
}

/** The input of `entryHash`, reused: a fresh buffer per entry costs verification more than its copy. */
let hashInput = Buffer.allocUnsafe(4096)
const HASH_INPUT_KEPT = 1 << 20

/** hash = SHA-256(tag ‖ prev ‖ u32be(len(header)) ‖ header ‖ nonce ‖ body), hashed in one call. */
export function entryHash(prev: Uint8Array, header: Uint8Array, nonce: Uint8Array, body: Uint8Array): Uint8Array {
  const tag = ENTRY_HASH_TAG.length
  const length = tag + prev.length + 4 + header.length + nonce.length + body.length
  // Ciphertext and clear headers only: nothing secret stays in it. A rare huge entry gets its own.
  if (length > hashInput.length && length <= HASH_INPUT_KEPT) hashInput = Buffer.allocUnsafe(Math.min(HASH_INPUT_KEPT, Math.max(length, hashInput.length * 2)))
  const buf = length <= hashInput.length ? hashInput.subarray(0, length) : Buffer.allocUnsafe(length)
  let o = 0
  buf.set(ENTRY_HASH_TAG, o)
  o += tag
  buf.set(prev, o)
  o += prev.length
  buf.writeUInt32BE(header.length, o)
  o += 4
  buf.set(header, o)
  o += header.length
  buf.set(nonce, o)
  o += nonce.length
  buf.set(body, o)
  return hash('sha256', buf, 'buffer')
}

/** The message an Ed25519 checkpoint signature covers. */
export function checkpointMessage(storeId: string, size: number, root: Uint8Array, ts: number): Uint8Array {
  return encoder.encode(`pl-checkpoint v1\n${storeId}\n${size}\n${toHex(root)}\n${ts}\n`)
}

/** Associated data binding a wrapped data key to its id and store. */
export function keyWrapAad(storeId: string, keyId: string): Uint8Array {
  return encoder.encode(`pl-key v1\n${storeId}\n${keyId}\n`)
}
