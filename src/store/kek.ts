/**
 * The key-encryption key behind an interface: the ledger wraps and unwraps data keys (and the
 * store's signing and fingerprint keys) through it and never needs the KEK's bytes. `localKek`
 * holds the bytes in this process; the unlock agent's client (src/services/agent/client.ts) asks
 * the agent, which keeps them in its own memory (docs/adr/0010-unlock-agent.md).
 */
import type {Crypto} from '../crypto/sodium.js'

export interface KeyEncryptionKey {
  /** XChaCha20-Poly1305 under the KEK with a fresh nonce. */
  wrap(plaintext: Uint8Array, aad: Uint8Array): {nonce: Uint8Array; ciphertext: Uint8Array}
  /** Throws DecryptionError (src/crypto/sodium.ts) when the ciphertext or its AAD was altered. */
  unwrap(nonce: Uint8Array, ciphertext: Uint8Array, aad: Uint8Array): Uint8Array
  /** The KEK sealed (crypto_box_seal) to a responder's X25519 key, for their enrollment (ADR 0014). */
  sealTo(boxPublicKey: Uint8Array): Promise<Uint8Array>
  /** Wipes what this process holds; the KEK cannot be used afterwards. */
  dispose(): void
}

export function localKek(crypto: Crypto, kek: Uint8Array): KeyEncryptionKey {
  return {
    wrap: (plaintext, aad) => crypto.seal(kek, plaintext, aad),
    unwrap: (nonce, ciphertext, aad) => crypto.open(kek, nonce, ciphertext, aad),
    async sealTo(boxPublicKey) {
      await crypto.preload()
      return crypto.sealTo(boxPublicKey, kek)
    },
    dispose: () => crypto.memzero(kek),
  }
}
