/**
 * A responder's identity as the ledger uses it (issue 17, ADR 0014): their public keys, and
 * signing and unsealing behind an interface, as the KEK is behind `KeyEncryptionKey` (kek.ts).
 * `localAuthor` holds the secret keys in this process; the unlock agent's client
 * (src/services/agent/client.ts) asks the agent, which keeps them in its own memory.
 */
import type {Crypto} from '../crypto/sodium.js'

export interface AuthorKeys {
  /** Ed25519 public key (32 bytes). */
  readonly signPublicKey: Uint8Array
  /** X25519 public key (32 bytes). */
  readonly boxPublicKey: Uint8Array
  /** Ed25519 signature; only author messages (`pl-author v1\n<store id>\n…`) and cosignatures of the store's checkpoint notes (`cosignature/v1\n…`) are ever signed. */
  sign(message: Uint8Array): Uint8Array
  /** Opens a sealed box addressed to boxPublicKey (an incident's access key); DecryptionError when it is not. */
  unseal(sealed: Uint8Array): Uint8Array
  dispose(): void
}

export interface AuthorSecrets {
  signSecretKey: Uint8Array
  signPublicKey: Uint8Array
  boxSecretKey: Uint8Array
  boxPublicKey: Uint8Array
}

/** The identity held in this process; libsodium must be loaded (`await crypto.preload()`) for unseal. */
export function localAuthor(crypto: Crypto, secrets: AuthorSecrets): AuthorKeys {
  return {
    signPublicKey: secrets.signPublicKey,
    boxPublicKey: secrets.boxPublicKey,
    sign: (message) => crypto.sign(secrets.signSecretKey, message),
    unseal: (sealed) => crypto.openSealed(secrets.boxPublicKey, secrets.boxSecretKey, sealed),
    dispose: () => {
      crypto.memzero(secrets.signSecretKey)
      crypto.memzero(secrets.boxSecretKey)
    },
  }
}
