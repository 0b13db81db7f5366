/**
 * The checkpoint file `pl evidence checkpoint` exports for anchoring outside the machine
 * (docs/store-format.md §11): a signed tree head with the store's identity and public key.
 */
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
