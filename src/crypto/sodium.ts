/**
 * The only importer of libsodium. Everything else receives a `Crypto` object, so tests and the
 * store never touch libsodium directly and the WASM module is loaded only by commands that need it.
 */
import {createHash, createHmac, randomFillSync} from 'node:crypto'
import {createRequire} from 'node:module'
import type SodiumModule from 'libsodium-wrappers-sumo'

type Sodium = typeof SodiumModule

export const KEY_BYTES = 32
export const NONCE_BYTES = 24
export const SALT_BYTES = 16
export const SIGN_PUBLIC_BYTES = 32
export const SIGNATURE_BYTES = 64

export interface KdfParams {
  alg: 'argon2id13'
  /** base64 */
  salt: string
  opslimit: number
  memlimit: number
}

/** Argon2id cost presets. `interactive` is libsodium's interactive limit (64 MiB, 2 passes). */
export const KDF_PRESETS = {
  interactive: {opslimit: 2, memlimit: 64 * 1024 * 1024},
  moderate: {opslimit: 3, memlimit: 256 * 1024 * 1024},
  /** Only for tests: far too weak for real passphrases. */
  'test-only-weak': {opslimit: 1, memlimit: 8 * 1024 * 1024},
} as const
export type KdfPreset = keyof typeof KDF_PRESETS

export class DecryptionError extends Error {
  constructor(message = 'authentication failed') {
    super(message)
    this.name = 'DecryptionError'
  }
}

/** Random bytes from node:crypto; libsodium's randombytes_buf is ~50 µs a call under WASM. */
export function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n)
  randomFillSync(out)
  return out
}

export function sha256(...parts: Uint8Array[]): Uint8Array {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return new Uint8Array(h.digest().buffer.slice(0))
}

export function hmacSha256(key: Uint8Array, data: Uint8Array | string): Uint8Array {
  return new Uint8Array(createHmac('sha256', key).update(data).digest())
}

export interface PushStream {
  header: Uint8Array
  push(chunk: Uint8Array, final: boolean): Uint8Array
}

export interface PullStream {
  pull(ciphertext: Uint8Array): {message: Uint8Array; final: boolean}
}

/** Size overhead of one secretstream chunk (tag + MAC). */
export const STREAM_ABYTES = 17

export class Crypto {
  readonly #s: Sodium

  constructor(sodium: Sodium) {
    this.#s = sodium
  }

  randomKey(): Uint8Array {
    return randomBytes(KEY_BYTES)
  }

  /** XChaCha20-Poly1305-IETF with associated data; a fresh random 24-byte nonce per call. */
  seal(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): {nonce: Uint8Array; ciphertext: Uint8Array} {
    const nonce = randomBytes(NONCE_BYTES)
    const ciphertext = this.#s.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, aad, null, nonce, key)
    return {nonce, ciphertext}
  }

  open(key: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array, aad: Uint8Array): Uint8Array {
    try {
      return this.#s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, ciphertext, aad, nonce, key)
    } catch {
      throw new DecryptionError()
    }
  }

  newKdfParams(preset: KdfPreset): KdfParams {
    const {opslimit, memlimit} = KDF_PRESETS[preset]
    return {alg: 'argon2id13', salt: Buffer.from(randomBytes(SALT_BYTES)).toString('base64'), opslimit, memlimit}
  }

  /** Argon2id (only the sumo build has crypto_pwhash at run time). */
  deriveKek(passphrase: Uint8Array, params: KdfParams): Uint8Array {
    const salt = new Uint8Array(Buffer.from(params.salt, 'base64'))
    return this.#s.crypto_pwhash(
      KEY_BYTES,
      passphrase,
      salt,
      params.opslimit,
      params.memlimit,
      this.#s.crypto_pwhash_ALG_ARGON2ID13,
    )
  }

  /** A value stored in clear that proves a KEK is the right one without revealing it. */
  kekCheck(kek: Uint8Array): Uint8Array {
    return this.#s.crypto_generichash(32, new TextEncoder().encode('pl kek check v1'), kek)
  }

  signKeypair(): {publicKey: Uint8Array; secretKey: Uint8Array} {
    const seed = randomBytes(32)
    const kp = this.#s.crypto_sign_seed_keypair(seed)
    this.memzero(seed)
    return {publicKey: kp.publicKey, secretKey: kp.privateKey}
  }

  sign(secretKey: Uint8Array, message: Uint8Array): Uint8Array {
    return this.#s.crypto_sign_detached(message, secretKey)
  }

  verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
    if (publicKey.length !== SIGN_PUBLIC_BYTES || signature.length !== SIGNATURE_BYTES) return false
    try {
      return this.#s.crypto_sign_verify_detached(signature, message, publicKey)
    } catch {
      return false
    }
  }

  pushStream(key: Uint8Array): PushStream {
    const s = this.#s
    const {state, header} = s.crypto_secretstream_xchacha20poly1305_init_push(key)
    return {
      header,
      push(chunk, final) {
        const tag = final ? s.crypto_secretstream_xchacha20poly1305_TAG_FINAL : s.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
        return s.crypto_secretstream_xchacha20poly1305_push(state, chunk, null, tag)
      },
    }
  }

  pullStream(key: Uint8Array, header: Uint8Array): PullStream {
    const s = this.#s
    let state: ReturnType<Sodium['crypto_secretstream_xchacha20poly1305_init_pull']>
    try {
      state = s.crypto_secretstream_xchacha20poly1305_init_pull(header, key)
    } catch {
      throw new DecryptionError('invalid stream header')
    }
    return {
      pull(ciphertext) {
        // The sumo wrapper returns false (not a throw) when a chunk fails authentication.
        const r = s.crypto_secretstream_xchacha20poly1305_pull(state, ciphertext, null) as
          | {message: Uint8Array; tag: number}
          | false
        if (!r) throw new DecryptionError('stream chunk failed authentication')
        return {message: r.message, final: r.tag === s.crypto_secretstream_xchacha20poly1305_TAG_FINAL}
      },
    }
  }

  memzero(buf: Uint8Array): void {
    this.#s.memzero(buf)
  }
}

let loading: Promise<Crypto> | undefined

/** Loads libsodium once per process (WASM instantiation is the expensive part). */
export function loadCrypto(): Promise<Crypto> {
  // The package's ESM entry points at a file it does not ship (0.7.x), so load its CommonJS build.
  loading ??= (async () => {
    const sodium = createRequire(import.meta.url)('libsodium-wrappers-sumo') as Sodium
    await sodium.ready
    return new Crypto(sodium)
  })()
  return loading
}
