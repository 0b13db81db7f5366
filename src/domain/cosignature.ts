/**
 * Responders' cosignatures of a checkpoint note (c2sp.org/tlog-cosignature, Ed25519, signature
 * type 0x04): the building block of issue 17 item 4, pure, the Ed25519 check handed in. Stored in
 * the `cosignatures` table (src/store/cosignatures.ts), added and checked by `pl evidence verify`
 * (src/services/evidence/cosign.ts).
 *
 * A cosignature is one more signature line of the checkpoint's note, `— name base64(keyId ‖
 * timestamped_signature)`: the key id is SHA-256(name ‖ 0x0A ‖ 0x04 ‖ public key)[:4], the
 * timestamped signature is an unsigned 64-bit big-endian POSIX time followed by the Ed25519
 * signature over `cosignature/v1\ntime <t>\n` and the whole note text (final newline included,
 * signature lines excluded). It says: as of time t, this is the largest consistent tree the
 * cosigner has seen for this origin.
 */
import {bytesEqual} from './bytes.js'
import {isValidKeyName, noteKeyId} from './note.js'
import type {CheckpointNote, NoteSignature} from './note.js'
import type {VerifySignature} from './verify/checkpoint.js'

/** The signature type byte of Ed25519 cosignatures (cosignature/v1). */
export const COSIGNATURE_ED25519 = 0x04
/** A timestamped signature: 8 bytes of time, 64 of Ed25519 signature. */
const TIMESTAMPED_BYTES = 8 + 64
const MAX_TIMESTAMP = 2n ** 63n - 1n
const encoder = new TextEncoder()

/** The key name of a responder as a cosigner of a store's checkpoints (no space, no plus). */
export function cosignerName(responder: string): string {
  return `pl-responder/${responder}`
}

/** key ID = SHA-256(key name ‖ 0x0A ‖ 0x04 ‖ 32-byte Ed25519 public key)[:4] */
export function cosignatureKeyId(name: string, publicKey: Uint8Array): Uint8Array {
  return noteKeyId(name, publicKey, COSIGNATURE_ED25519)
}

/** The message a cosigner signs: the header line, the time line, then the note text whole. */
export function cosignatureMessage(noteText: string, timestamp: number): Uint8Array {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new RangeError(`a cosignature time is a POSIX time in whole seconds, not ${timestamp}`)
  return encoder.encode(`cosignature/v1\ntime ${timestamp}\n${noteText}`)
}

/** The signature line of a cosignature, for formatNote. */
export function cosignatureLine(name: string, publicKey: Uint8Array, timestamp: number, signature: Uint8Array): NoteSignature {
  if (!isValidKeyName(name)) throw new RangeError(`not a note key name: ${JSON.stringify(name)}`)
  const blob = new Uint8Array(TIMESTAMPED_BYTES)
  new DataView(blob.buffer).setBigUint64(0, BigInt(timestamp))
  blob.set(signature, 8)
  return {name, keyId: cosignatureKeyId(name, publicKey), signature: blob}
}

/** A signature line's timestamped signature, or undefined when it is not one (wrong length, time beyond 2^63 − 1). */
export function parseTimestampedSignature(line: NoteSignature): {timestamp: number; signature: Uint8Array} | undefined {
  if (line.signature.length !== TIMESTAMPED_BYTES) return undefined
  const t = new DataView(line.signature.buffer, line.signature.byteOffset, 8).getBigUint64(0)
  if (t > MAX_TIMESTAMP || t > BigInt(Number.MAX_SAFE_INTEGER)) return undefined
  return {timestamp: Number(t), signature: line.signature.subarray(8)}
}

export interface Cosigner {
  /** The key name (cosignerName of the responder). */
  name: string
  publicKey: Uint8Array
}

export type CosignatureCheck = {status: 'verified'; timestamp: number} | {status: 'unsigned' | 'other-key' | 'malformed' | 'bad-signature'}

/**
 * One cosigner's cosignature among a note's signature lines: lines of another name are ignored
 * (the spec's rule), a line of this name under another key id is `other-key`, and every line of
 * this name and key id must verify.
 */
export function checkCosignature(note: Pick<CheckpointNote, 'text' | 'signatures'>, cosigner: Cosigner, verifySignature: VerifySignature): CosignatureCheck {
  const keyId = cosignatureKeyId(cosigner.name, cosigner.publicKey)
  const named = note.signatures.filter((s) => s.name === cosigner.name)
  const ours = named.filter((s) => bytesEqual(s.keyId, keyId))
  if (ours.length === 0) return {status: named.length > 0 ? 'other-key' : 'unsigned'}
  let latest = -1
  for (const line of ours) {
    const parsed = parseTimestampedSignature(line)
    if (!parsed) return {status: 'malformed'}
    if (!verifySignature(cosigner.publicKey, cosignatureMessage(note.text, parsed.timestamp), parsed.signature)) return {status: 'bad-signature'}
    latest = Math.max(latest, parsed.timestamp)
  }
  return {status: 'verified', timestamp: latest}
}

/** The names of the cosigners (among `cosigners`, each counted once) whose cosignature of the note verifies. */
export function verifiedCosigners(note: Pick<CheckpointNote, 'text' | 'signatures'>, cosigners: readonly Cosigner[], verifySignature: VerifySignature): string[] {
  const seen = new Set<string>()
  for (const c of cosigners) {
    if (seen.has(c.name)) continue
    if (checkCosignature(note, c, verifySignature).status === 'verified') seen.add(c.name)
  }
  return [...seen]
}
