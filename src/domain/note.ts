/**
 * Checkpoints as C2SP signed notes (c2sp.org/signed-note, c2sp.org/tlog-checkpoint), so that tools
 * of the transparency-log world (Go's golang.org/x/mod/sumdb/note, witnesses) can check them
 * (ADR 0013, docs/store-format.md §11). Pure: the Ed25519 check is handed in.
 *
 * A checkpoint note is the text `origin\nsize\nbase64(root)\n`, a blank line, and signature lines
 * `— name base64(keyId ‖ signature)`. The key name is the origin; the key id is the first four
 * bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key), 0x01 being the Ed25519 signature type.
 */
import {hash} from 'node:crypto'
import {bytesEqual, toHex} from './bytes.js'
import type {VerifySignature} from './verify/checkpoint.js'

/** The signature type byte of Ed25519 note signatures (c2sp.org/signed-note). */
export const NOTE_ED25519 = 0x01
const EM_DASH_PREFIX = '\u2014 '
/** What every note a pl store signs begins with; the store id follows. */
export const ORIGIN_PREFIX = 'pl-evidence/'
/** Notes larger than this are refused before parsing (a real one is about 200 bytes). */
export const MAX_NOTE_BYTES = 64 * 1024
/** The signed-note spec asks verifiers to accept at least 16 signatures; Go's accepts 100. */
const MAX_SIGNATURES = 100

const encoder = new TextEncoder()

/** The origin line (and key name) of a store's checkpoints: one log per store, named by its id. */
export function checkpointOrigin(storeId: string): string {
  return ORIGIN_PREFIX + storeId
}

/** A key name as signed-note allows it: non-empty, no Unicode space, no plus. */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !/[\s+\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u.test(name)
}

/**
 * key ID = SHA-256(key name ‖ 0x0A ‖ type ‖ 32-byte Ed25519 public key)[:4], with type 0x01 for a
 * note signature (the default) and 0x04 for a cosignature.
 */
export function noteKeyId(name: string, publicKey: Uint8Array, type: number = NOTE_ED25519): Uint8Array {
  const name8 = encoder.encode(name)
  const buf = new Uint8Array(name8.length + 2 + publicKey.length)
  buf.set(name8, 0)
  buf[name8.length] = 0x0a
  buf[name8.length + 1] = type
  buf.set(publicKey, name8.length + 2)
  return new Uint8Array(hash('sha256', buf, 'buffer').subarray(0, 4))
}

/** The verifier key in the spec's `name+hash+base64(0x01 ‖ public key)` form (Go's note.NewVerifier reads it). */
export function verifierKey(name: string, publicKey: Uint8Array): string {
  const encoded = new Uint8Array(1 + publicKey.length)
  encoded[0] = NOTE_ED25519
  encoded.set(publicKey, 1)
  return `${name}+${toHex(noteKeyId(name, publicKey))}+${Buffer.from(encoded).toString('base64')}`
}

/** A parsed verifier key, or why it is not one. */
export function parseVerifierKey(vkey: string): {name: string; keyId: Uint8Array; publicKey: Uint8Array} | {error: string} {
  // The name holds no plus; the base64 key may.
  const first = vkey.indexOf('+')
  const second = first < 0 ? -1 : vkey.indexOf('+', first + 1)
  if (second < 0) return {error: 'a verifier key has three parts, name+hash+key'}
  const [name, hash16, key64] = [vkey.slice(0, first), vkey.slice(first + 1, second), vkey.slice(second + 1)]
  if (!isValidKeyName(name)) return {error: 'its name is empty or holds a space'}
  if (!/^[0-9a-f]{8}$/.test(hash16)) return {error: 'its hash is not 8 hex digits'}
  const key = strictBase64(key64)
  if (!key || key.length !== 33 || key[0] !== NOTE_ED25519) return {error: 'its key is not the base64 of an Ed25519 key (33 bytes starting with 0x01)'}
  const publicKey = key.subarray(1)
  const keyId = noteKeyId(name, publicKey)
  if (toHex(keyId) !== hash16) return {error: 'its hash does not match its name and key (altered)'}
  return {name, keyId, publicKey}
}

/** The note text of a checkpoint (c2sp.org/tlog-checkpoint): origin, tree size, base64 root, each line ending in a newline. */
export function checkpointNoteText(origin: string, size: number, root: Uint8Array): string {
  return `${origin}\n${size}\n${Buffer.from(root).toString('base64')}\n`
}

export interface NoteSignature {
  name: string
  /** 4 bytes */
  keyId: Uint8Array
  /** The signature proper, without its key id. */
  signature: Uint8Array
}

/** A signed note: its text and signature lines. */
export function formatNote(text: string, signatures: readonly NoteSignature[]): string {
  const lines = signatures.map((s) => {
    const blob = new Uint8Array(4 + s.signature.length)
    blob.set(s.keyId, 0)
    blob.set(s.signature, 4)
    return `${EM_DASH_PREFIX}${s.name} ${Buffer.from(blob).toString('base64')}\n`
  })
  return `${text}\n${lines.join('')}`
}

/** The checkpoint a note file holds, as parsed (its signatures not yet checked). */
export interface CheckpointNote {
  format: 'tlog-checkpoint'
  /** The signed text, final newline included. */
  text: string
  origin: string
  size: number
  /** hex, like the JSON file's */
  root: string
  signatures: NoteSignature[]
}

/** Standard base64 with padding, refusing anything Buffer would silently skip. */
function strictBase64(text: string): Uint8Array | undefined {
  if (text.length === 0 || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined
  const bytes = Buffer.from(text, 'base64')
  return bytes.toString('base64') === text ? new Uint8Array(bytes) : undefined
}

/**
 * Parses a checkpoint note; a note that is not well-formed gets the reason, naming the line. The
 * rules are signed-note's (UTF-8 without control characters but newline, the text ending in a
 * newline, a blank line, signature lines) and tlog-checkpoint's (origin, decimal size without
 * leading zeros, base64 of a 32-byte root; extension lines are refused: pl writes none).
 */
export function parseCheckpointNote(note: string): CheckpointNote | {error: string} {
  if (/[\u0000-\u0009\u000b-\u001f]/.test(note)) return {error: 'it holds a control character (only newlines are allowed)'}
  const split = note.lastIndexOf('\n\n')
  if (split < 0) return {error: 'it has no blank line before its signature lines'}
  const text = note.slice(0, split + 1)
  const sigBlock = note.slice(split + 2)
  if (sigBlock.length === 0 || !sigBlock.endsWith('\n')) return {error: 'it has no signature line ending in a newline'}
  const signatures: NoteSignature[] = []
  const sigLines = sigBlock.slice(0, -1).split('\n')
  if (sigLines.length > MAX_SIGNATURES) return {error: `it has more than ${MAX_SIGNATURES} signature lines`}
  for (const [i, line] of sigLines.entries()) {
    const where = `signature line ${i + 1}`
    if (!line.startsWith(EM_DASH_PREFIX)) return {error: `${where} does not start with an em dash and a space`}
    const rest = line.slice(EM_DASH_PREFIX.length)
    const space = rest.indexOf(' ')
    const name = space < 0 ? rest : rest.slice(0, space)
    if (!isValidKeyName(name)) return {error: `${where} has no valid key name`}
    const blob = space < 0 ? undefined : strictBase64(rest.slice(space + 1))
    if (!blob || blob.length < 5) return {error: `${where} does not hold base64 of a key id and a signature`}
    signatures.push({name, keyId: blob.subarray(0, 4), signature: blob.subarray(4)})
  }
  const lines = text.slice(0, -1).split('\n')
  if (lines.length !== 3) return {error: `its text has ${lines.length} lines: a pl checkpoint note has three (origin, tree size, root hash)`}
  const [origin, sizeLine, rootLine] = lines as [string, string, string]
  if (origin.length === 0) return {error: 'line 1 (the origin) is empty'}
  if (!/^(0|[1-9][0-9]*)$/.test(sizeLine) || !Number.isSafeInteger(Number(sizeLine))) return {error: 'line 2 (the tree size) is not a decimal number without leading zeros'}
  const root = strictBase64(rootLine)
  if (!root || root.length !== 32) return {error: 'line 3 (the root hash) is not the base64 of 32 bytes'}
  return {format: 'tlog-checkpoint', text, origin, size: Number(sizeLine), root: toHex(root), signatures}
}

/** What checking a note's signature by one known key found (signed-note: unknown keys are ignored). */
export type NoteCheck = 'verified' | 'bad-signature' | 'other-key' | 'unsigned'

/**
 * Checks the note's signature by the key `name` + `publicKey`: `verified`; `bad-signature` when
 * its line (same name and key id) does not verify; `other-key` when lines of that name carry
 * another key id (signed by another key); `unsigned` when no line has that name.
 */
export function checkNoteSignature(note: Pick<CheckpointNote, 'text' | 'signatures'>, name: string, publicKey: Uint8Array, verifySignature: VerifySignature): NoteCheck {
  const keyId = noteKeyId(name, publicKey)
  const named = note.signatures.filter((s) => s.name === name)
  const ours = named.filter((s) => bytesEqual(s.keyId, keyId))
  if (ours.length === 0) return named.length > 0 ? 'other-key' : 'unsigned'
  const message = encoder.encode(note.text)
  return ours.every((s) => verifySignature(publicKey, message, s.signature)) ? 'verified' : 'bad-signature'
}

/** The signed note of a stored checkpoint: its text and the store's signature line. */
export function checkpointNote(storeId: string, size: number, root: Uint8Array, publicKey: Uint8Array, noteSignature: Uint8Array): string {
  const origin = checkpointOrigin(storeId)
  return formatNote(checkpointNoteText(origin, size, root), [{name: origin, keyId: noteKeyId(origin, publicKey), signature: noteSignature}])
}
