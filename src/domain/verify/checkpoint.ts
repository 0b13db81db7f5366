/**
 * Checkpoint verification: the Ed25519 signature over the checkpoint message, and an older
 * checkpoint kept outside the machine (a checkpoint file) against the store that claims to extend it.
 */
import {toHex} from '../bytes.js'
import type {CheckpointFile} from '../checkpoint.js'
import {checkpointFromFile} from '../checkpoint.js'
import type {Checkpoint} from '../codec.js'
import {checkpointMessage} from '../codec.js'
import type {Problem} from './report.js'
import type {StoreIdentity} from './source.js'

/**
 * Ed25519 verification, handed in rather than imported: the domain names the check it needs and
 * src/crypto owns the one implementation (node:crypto's, so a verifier without the key never loads
 * libsodium's WASM) and its key formats, as sigstore-js hands trust material to its verifier. The
 * argument order is src/crypto/ed25519.ts's, so `verifyEd25519` is passed as it is.
 */
export type VerifySignature = (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean

export function checkpointSignatureOk(c: Checkpoint, publicKey: Uint8Array, verifySignature: VerifySignature): boolean {
  return verifySignature(publicKey, checkpointMessage(c.storeId, c.size, c.root, c.ts), c.sig)
}

/**
 * What an older checkpoint file says about a store whose highest seq is `maxSeq`: whether its
 * signature holds, whether it was signed for this store with this store's key, and whether the
 * store still reaches its size. (Whether its root is still the root of the store's first entries
 * is checked as the tree is rebuilt: see TreeChecker.)
 */
export function externalCheckpointProblems(external: CheckpointFile, store: StoreIdentity, maxSeq: number, verifySignature: VerifySignature): Problem[] {
  const problems: Problem[] = []
  const {checkpoint, publicKey} = checkpointFromFile(external)
  if (!checkpointSignatureOk(checkpoint, publicKey, verifySignature)) {
    problems.push({code: 'external-checkpoint', message: 'The given checkpoint file has an invalid signature (forged or altered).'})
  }
  if (external.publicKey !== toHex(store.signPublicKey) || external.storeId !== store.storeId) {
    problems.push({code: 'external-checkpoint', message: "The given checkpoint was signed for another store or with another key than this store's: the store's identity was replaced, or it is the wrong file."})
  }
  if (external.size > maxSeq) {
    problems.push({code: 'truncated', seq: maxSeq + 1, checkpointSize: external.size, message: `The given checkpoint covers ${external.size} entries but the last entry is ${maxSeq}: entries ${maxSeq + 1}..${external.size} were removed (tail truncation).`})
  }
  return problems
}
