/**
 * Ed25519 signature verification through node:crypto, so that `pl evidence verify` (and an auditor
 * without the passphrase) does not need to load libsodium's WASM. Signing stays in libsodium.
 */
import {createPublicKey, verify} from 'node:crypto'

export function verifyEd25519(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== 32 || signature.length !== 64) return false
  try {
    const key = createPublicKey({
      key: {kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey).toString('base64url')},
      format: 'jwk',
    })
    return verify(null, message, key, signature)
  } catch {
    return false
  }
}
