/**
 * Checkpoint verification: the Ed25519 signature over the checkpoint message, and an older
 * checkpoint kept outside the machine (a checkpoint file, JSON or a C2SP note) against the store
 * that claims to extend it.
 */
import {bytesEqual, toHex} from '../bytes.js'
import type {CheckpointFile} from '../checkpoint.js'
import {checkpointFromFile} from '../checkpoint.js'
import type {Checkpoint} from '../codec.js'
import {checkpointMessage} from '../codec.js'
import type {CheckpointNote} from '../note.js'
import {checkNoteSignature, checkpointNoteText, checkpointOrigin, noteKeyId} from '../note.js'
import type {Problem} from './report.js'
import type {StoreIdentity, StoredNoteSignature} from './source.js'

/**
 * Ed25519 verification, handed in rather than imported: the domain names the check it needs and
 * src/crypto owns the one implementation (node:crypto's, so a verifier without the key never loads
 * libsodium's WASM) and its key formats, as sigstore-js hands trust material to its verifier. The
 * argument order is src/crypto/ed25519.ts's, so `verifyEd25519` is passed as it is.
 */
export type VerifySignature = (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean

/** A checkpoint kept outside the machine: the JSON file or the C2SP note. Both have `size` and a hex `root`. */
export type GivenCheckpoint = CheckpointFile | CheckpointNote

const encoder = new TextEncoder()

export function checkpointSignatureOk(c: Checkpoint, publicKey: Uint8Array, verifySignature: VerifySignature): boolean {
  return verifySignature(publicKey, checkpointMessage(c.storeId, c.size, c.root, c.ts), c.sig)
}

/** Whether a checkpoint file's signature holds under the key it carries (it then pins that key). */
export function checkpointFileSignatureOk(file: CheckpointFile, verifySignature: VerifySignature): boolean {
  const {checkpoint, publicKey} = checkpointFromFile(file)
  return checkpointSignatureOk(checkpoint, publicKey, verifySignature)
}

/** Whether a given checkpoint is signed as it claims: a JSON file under its own key, a note under `trusted` for this store's origin. */
export function givenCheckpointAuthentic(given: GivenCheckpoint, storeId: string, trusted: Uint8Array, verifySignature: VerifySignature): boolean {
  if (given.format === 'pl-checkpoint/1') return checkpointFileSignatureOk(given, verifySignature)
  const origin = checkpointOrigin(storeId)
  return given.origin === origin && checkNoteSignature(given, origin, trusted, verifySignature) === 'verified'
}

/** The stored note signature of checkpoint `c`, checked under `publicKey`. */
export function noteSignatureOk(c: Checkpoint, note: StoredNoteSignature, publicKey: Uint8Array, verifySignature: VerifySignature): boolean {
  return verifySignature(publicKey, encoder.encode(checkpointNoteText(checkpointOrigin(c.storeId), c.size, c.root)), note.sig)
}

/**
 * What an older checkpoint (file or note) says about a store whose highest seq is `maxSeq`:
 * whether its signature holds, whether it was signed for this store with `trusted` (the pinned key,
 * or the store's), and whether the store still reaches its size. (Whether its root is still the
 * root of the store's first entries is checked as the tree is rebuilt: see TreeChecker.)
 */
export function externalCheckpointProblems(
  external: GivenCheckpoint,
  store: StoreIdentity,
  trusted: Uint8Array,
  maxSeq: number,
  verifySignature: VerifySignature,
): Problem[] {
  const problems: Problem[] = external.format === 'pl-checkpoint/1' ? fileProblems(external, store, verifySignature) : noteProblems(external, store, trusted, verifySignature)
  if (external.size > maxSeq) {
    problems.push({code: 'truncated', seq: maxSeq + 1, checkpointSize: external.size, message: `The given checkpoint covers ${external.size} entries but the last entry is ${maxSeq}: entries ${maxSeq + 1}..${external.size} were removed (tail truncation).`})
  }
  return problems
}

function fileProblems(external: CheckpointFile, store: StoreIdentity, verifySignature: VerifySignature): Problem[] {
  const problems: Problem[] = []
  if (!checkpointFileSignatureOk(external, verifySignature)) {
    problems.push({code: 'external-checkpoint', message: 'The given checkpoint file has an invalid signature (forged or altered).'})
  }
  if (external.publicKey !== toHex(store.signPublicKey) || external.storeId !== store.storeId) {
    problems.push({code: 'external-checkpoint', message: "The given checkpoint was signed for another store or with another key than this store's: the store's identity was replaced, or it is the wrong file."})
  }
  return problems
}

function noteProblems(note: CheckpointNote, store: StoreIdentity, trusted: Uint8Array, verifySignature: VerifySignature): Problem[] {
  const origin = checkpointOrigin(store.storeId)
  if (note.origin !== origin) {
    return [{code: 'external-checkpoint', message: `The given checkpoint note is for the log "${note.origin}", not this store's "${origin}": the store's identity was replaced, or it is the wrong file.`}]
  }
  const whose = bytesEqual(trusted, store.signPublicKey) ? "this store's key" : 'the pinned key'
  switch (checkNoteSignature(note, origin, trusted, verifySignature)) {
    case 'verified':
      return []
    case 'bad-signature':
      return [{code: 'external-checkpoint', message: `The given checkpoint note's signature does not verify under ${whose}: the note was altered or forged.`}]
    case 'other-key': {
      const ids = [...new Set(note.signatures.filter((s) => s.name === origin).map((s) => toHex(s.keyId)))].join(', ')
      return [{code: 'external-checkpoint', message: `The given checkpoint note was signed by key id ${ids}, not by ${whose} (key id ${toHex(noteKeyId(origin, trusted))}): the store's key was replaced, or the note is not this store's.`}]
    }
    case 'unsigned':
      return [{code: 'external-checkpoint', message: `The given checkpoint note carries no signature by the key name "${origin}".`}]
  }
}
