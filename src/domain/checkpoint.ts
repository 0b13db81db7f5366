/**
 * The checkpoint file `pl evidence checkpoint` exports for anchoring outside the machine
 * (docs/store-format.md §11): a signed tree head with the store's identity and public key.
 */
import {fromHex, toHex} from './bytes.js'
import type {Checkpoint} from './codec.js'

export interface CheckpointFile {
  format: 'pl-checkpoint/1'
  storeId: string
  size: number
  /** hex */
  root: string
  ts: number
  /** hex Ed25519 public key */
  publicKey: string
  /** base64 Ed25519 signature over the checkpoint message */
  signature: string
}

export function checkpointToFile(c: Checkpoint, publicKey: Uint8Array): CheckpointFile {
  return {
    format: 'pl-checkpoint/1',
    storeId: c.storeId,
    size: c.size,
    root: toHex(c.root),
    ts: c.ts,
    publicKey: toHex(publicKey),
    signature: Buffer.from(c.sig).toString('base64'),
  }
}

/** The checkpoint a file holds, as signed (the key it names is returned beside it). */
export function checkpointFromFile(file: CheckpointFile): {checkpoint: Checkpoint; publicKey: Uint8Array} {
  return {
    checkpoint: {storeId: file.storeId, size: file.size, root: fromHex(file.root), ts: file.ts, sig: new Uint8Array(Buffer.from(file.signature, 'base64'))},
    publicKey: fromHex(file.publicKey),
  }
}
