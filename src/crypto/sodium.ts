/**
 * The only importer of libsodium. Everything else receives a `Crypto` object, so tests and the
 * store never touch libsodium directly and its WASM is loaded only by work that needs it.
 */
import {createHmac, createPrivateKey, createPublicKey, generateKeyPairSync, randomFillSync, sign as signDetached} from 'node:crypto'
import {createRequire} from 'node:module'
import type SodiumModule from 'libsodium-wrappers-sumo'
import {verifyEd25519} from './ed25519.js'
import {xchachaDecrypt, xchachaEncrypt} from './xchacha.js'

type Sodium = typeof SodiumModule

export const KEY_BYTES = 32
export const NONCE_BYTES = 24
export const SALT_BYTES = 16

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

const POOL_BYTES = 16 * 1024
let pool = new Uint8Array(0)
let poolOffset = 0

/**
 * Random bytes from node:crypto, drawn from a pool refilled 16 KiB at a time: one
 * randomFillSync per nonce costs more than the encryption of a 1 KB entry (libsodium's
 * randombytes_buf is worse still under WASM). Each call gets its own copy.
 */
export function randomBytes(n: number): Uint8Array {
  if (n > POOL_BYTES / 4) {
    const out = new Uint8Array(n)
    randomFillSync(out)
    return out
  }
  if (poolOffset + n > pool.length) {
    pool = new Uint8Array(POOL_BYTES)
    randomFillSync(pool)
    poolOffset = 0
  }
  const out = pool.slice(poolOffset, poolOffset + n)
  pool.fill(0, poolOffset, poolOffset + n)
  poolOffset += n
  return out
}

export function hmacSha256(key: Uint8Array, data: Uint8Array | string): Uint8Array {
  return new Uint8Array(createHmac('sha256', key).update(data).digest())
}

/** HMAC-SHA-256 as lower-case hex: the same value as hex of hmacSha256, without the copies (one per scan finding). */
export function hmacSha256Hex(key: Uint8Array, data: Uint8Array | string): string {
  return createHmac('sha256', key).update(data).digest('hex')
}

export interface PushStream {
  header: Uint8Array
  push(chunk: Uint8Array, final: boolean): Uint8Array
}

export interface PullStream {
  pull(ciphertext: Uint8Array): {message: Uint8Array; final: boolean}
}

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')

/**
 * The cryptography pl uses. AEAD, HMAC, Ed25519 and randomness run on node:crypto (native, no
 * WASM start-up); libsodium (the sumo build) is loaded on first use, only for Argon2id and
 * crypto_secretstream. See docs/adr/0005-native-aead.md.
 */
export class Crypto {
  #sodium: Sodium | undefined

  async #s(): Promise<Sodium> {
    if (!this.#sodium) this.#sodium = await loadSodium()
    return this.#sodium
  }

  randomKey(): Uint8Array {
    return randomBytes(KEY_BYTES)
  }

  /**
   * Loads libsodium now, for bulk work: for small messages its WASM AEAD beats node:crypto, whose
   * per-call cipher set-up dominates a 1 KB entry. The bytes are identical either way.
   */
  async preload(): Promise<void> {
    await this.#s()
  }

  /** XChaCha20-Poly1305-IETF with associated data; a fresh random 24-byte nonce per call. */
  seal(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): {nonce: Uint8Array; ciphertext: Uint8Array} {
    const nonce = randomBytes(NONCE_BYTES)
    const s = this.#sodium
    return {nonce, ciphertext: s ? s.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, aad, null, nonce, key) : xchachaEncrypt(key, nonce, plaintext, aad)}
  }

  open(key: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array, aad: Uint8Array): Uint8Array {
    const s = this.#sodium
    if (s) {
      try {
        return s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, ciphertext, aad, nonce, key)
      } catch {
        throw new DecryptionError()
      }
    }
    const plain = xchachaDecrypt(key, nonce, ciphertext, aad)
    if (!plain) throw new DecryptionError()
    return plain
  }

  newKdfParams(preset: KdfPreset): KdfParams {
    const {opslimit, memlimit} = KDF_PRESETS[preset]
    return {alg: 'argon2id13', salt: Buffer.from(randomBytes(SALT_BYTES)).toString('base64'), opslimit, memlimit}
  }

  /** Argon2id (only the sumo build has crypto_pwhash at run time). */
  async deriveKek(passphrase: Uint8Array, params: KdfParams): Promise<Uint8Array> {
    const s = await this.#s()
    const salt = new Uint8Array(Buffer.from(params.salt, 'base64'))
    return s.crypto_pwhash(KEY_BYTES, passphrase, salt, params.opslimit, params.memlimit, s.crypto_pwhash_ALG_ARGON2ID13)
  }

  /** A value stored in clear that proves a KEK is the right one without revealing it. */
  kekCheck(kek: Uint8Array): Uint8Array {
    return hmacSha256(kek, 'pl kek check v1')
  }

  /** A new Ed25519 key pair; the secret key is the 32-byte seed (RFC 8032). */
  signKeypair(): {publicKey: Uint8Array; secretKey: Uint8Array} {
    const {privateKey} = generateKeyPairSync('ed25519')
    const jwk = privateKey.export({format: 'jwk'}) as {d: string; x: string}
    return {publicKey: new Uint8Array(Buffer.from(jwk.x, 'base64url')), secretKey: new Uint8Array(Buffer.from(jwk.d, 'base64url'))}
  }

  sign(secretKey: Uint8Array, message: Uint8Array): Uint8Array {
    if (secretKey.length !== 32) throw new RangeError('Ed25519 secret key must be the 32-byte seed')
    const der = Buffer.concat([PKCS8_ED25519_PREFIX, secretKey])
    try {
      return new Uint8Array(signDetached(null, message, createPrivateKey({key: der, format: 'der', type: 'pkcs8'})))
    } finally {
      der.fill(0)
    }
  }

  /** The public key of an Ed25519 seed: what a store's stored public key must be. */
  signPublicKey(secretKey: Uint8Array): Uint8Array {
    if (secretKey.length !== 32) throw new RangeError('Ed25519 secret key must be the 32-byte seed')
    const der = Buffer.concat([PKCS8_ED25519_PREFIX, secretKey])
    try {
      const jwk = createPublicKey(createPrivateKey({key: der, format: 'der', type: 'pkcs8'})).export({format: 'jwk'}) as {x: string}
      return new Uint8Array(Buffer.from(jwk.x, 'base64url'))
    } finally {
      der.fill(0)
    }
  }

  verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
    return verifyEd25519(publicKey, message, signature)
  }

  /** A new X25519 key pair for sealed boxes (a responder's encryption key). */
  async boxKeypair(): Promise<{publicKey: Uint8Array; secretKey: Uint8Array}> {
    const s = await this.#s()
    const {publicKey, privateKey} = s.crypto_box_keypair()
    return {publicKey, secretKey: privateKey}
  }

  /** The X25519 public key of a secret key. */
  async boxPublicKey(secretKey: Uint8Array): Promise<Uint8Array> {
    return (await this.#s()).crypto_scalarmult_base(secretKey)
  }

  /** libsodium, which the sealed-box calls below need loaded first (`await preload()`): they are synchronous. */
  #loaded(): Sodium {
    if (!this.#sodium) throw new Error('libsodium is not loaded: call preload() first')
    return this.#sodium
  }

  /** crypto_box_seal: anonymous public-key encryption to an X25519 key (48 bytes of overhead). Needs preload(). */
  sealTo(publicKey: Uint8Array, message: Uint8Array): Uint8Array {
    return this.#loaded().crypto_box_seal(message, publicKey)
  }

  /** Opens a sealed box; DecryptionError when it was not sealed to this key pair or was altered. Needs preload(). */
  openSealed(publicKey: Uint8Array, secretKey: Uint8Array, sealed: Uint8Array): Uint8Array {
    const s = this.#loaded()
    try {
      return s.crypto_box_seal_open(sealed, publicKey, secretKey)
    } catch {
      throw new DecryptionError('sealed box does not open')
    }
  }

  async pushStream(key: Uint8Array): Promise<PushStream> {
    const s = await this.#s()
    const {state, header} = s.crypto_secretstream_xchacha20poly1305_init_push(key)
    return {
      header,
      push(chunk, final) {
        const tag = final ? s.crypto_secretstream_xchacha20poly1305_TAG_FINAL : s.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
        return s.crypto_secretstream_xchacha20poly1305_push(state, chunk, null, tag)
      },
    }
  }

  async pullStream(key: Uint8Array, header: Uint8Array): Promise<PullStream> {
    const s = await this.#s()
    let state: ReturnType<Sodium['crypto_secretstream_xchacha20poly1305_init_pull']>
    try {
      state = s.crypto_secretstream_xchacha20poly1305_init_pull(header, key)
    } catch {
      throw new DecryptionError('invalid stream header')
    }
    return {
      pull(ciphertext) {
        // The wrapper returns false (not a throw) when a chunk fails authentication.
        const r = s.crypto_secretstream_xchacha20poly1305_pull(state, ciphertext, null) as {message: Uint8Array; tag: number} | false
        if (!r) throw new DecryptionError('stream chunk failed authentication')
        return {message: r.message, final: r.tag === s.crypto_secretstream_xchacha20poly1305_TAG_FINAL}
      },
    }
  }

  /** Overwrites key material held in JavaScript memory. */
  memzero(buf: Uint8Array): void {
    buf.fill(0)
  }
}

let sodiumLoading: Promise<Sodium> | undefined

/** Loads libsodium once per process (WASM instantiation is the expensive part). */
function loadSodium(): Promise<Sodium> {
  // The package's ESM entry points at a file it does not ship (0.7.x), so load its CommonJS build.
  sodiumLoading ??= (async () => {
    const sodium = createRequire(import.meta.url)('libsodium-wrappers-sumo') as Sodium
    await sodium.ready
    return sodium
  })()
  return sodiumLoading
}

/** The Crypto object; libsodium itself is loaded only when Argon2id or a blob stream needs it. */
export async function loadCrypto(): Promise<Crypto> {
  return new Crypto()
}
