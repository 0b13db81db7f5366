/**
 * A store's meta rows: its format, identity, key-derivation parameters, key-check value, public
 * signing key and the wrapped signing and fingerprint keys. Creating them is creating the store.
 */
import {randomBytes as nodeRandomBytes} from 'node:crypto'
import type {Database} from 'better-sqlite3'
import {UserError} from '../errors.js'
import type {Crypto, KdfParams} from '../crypto/sodium.js'
import {fromHex, toHex} from '../domain/bytes.js'
import {FORMAT_VERSION} from '../domain/codec.js'

export interface StoreMeta {
  format: number
  storeId: string
  created: number
  kdf: KdfParams | {alg: 'keyfile'}
  kekCheck: Uint8Array
  signPublicKey: Uint8Array
}

export type KeyMaterial = {kind: 'passphrase'; passphrase: Uint8Array} | {kind: 'keyfile'; key: Uint8Array}

const encoder = new TextEncoder()
export const SIGN_KEY_AAD = (storeId: string) => encoder.encode(`pl-signing-key v1\n${storeId}\n`)
export const FP_KEY_AAD = (storeId: string) => encoder.encode(`pl-fingerprint-key v1\n${storeId}\n`)

export function readMeta(db: Database): StoreMeta {
  const rows = db.prepare('SELECT key, value FROM meta').all() as {key: string; value: string}[]
  const m = new Map(rows.map((r) => [r.key, r.value]))
  const need = (k: string): string => {
    const v = m.get(k)
    if (v === undefined) {
      throw new UserError('store-format', `The evidence store is not initialised (meta "${k}" missing).`, {
        hints: ['Run `pl init` to create a store.'],
      })
    }
    return v
  }
  const format = Number(need('format'))
  if (format !== FORMAT_VERSION) {
    throw new UserError('store-format', `Unsupported store format ${format} (this pl reads format ${FORMAT_VERSION}).`)
  }
  return {
    format,
    storeId: need('store_id'),
    created: Number(need('created')),
    kdf: JSON.parse(need('kdf')) as StoreMeta['kdf'],
    kekCheck: fromHex(need('kek_check')),
    signPublicKey: fromHex(need('sign_public_key')),
  }
}

export function isInitialised(db: Database): boolean {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get() !== undefined
  return hasMeta && (db.prepare("SELECT count(*) AS n FROM meta WHERE key = 'store_id'").get() as {n: number}).n === 1
}

export async function deriveKek(crypto: Crypto, meta: Pick<StoreMeta, 'kdf'>, material: KeyMaterial): Promise<Uint8Array> {
  if (meta.kdf.alg === 'keyfile') {
    if (material.kind !== 'keyfile') {
      throw new UserError('no-passphrase', 'This store is locked with a key file, not a passphrase.', {
        hints: ['Set PL_KEY_FILE to the path of the store key file.'],
      })
    }
    return material.key.slice()
  }
  if (material.kind !== 'passphrase') {
    throw new UserError('no-passphrase', 'This store is locked with a passphrase, not a key file.', {
      hints: ['Unset PL_KEY_FILE and give the passphrase (PL_PASSPHRASE, PL_PASSPHRASE_FILE, or the prompt).'],
    })
  }
  return crypto.deriveKek(material.passphrase, meta.kdf)
}

/** Creates the meta rows of a new store. The database must be empty. */
export async function initialiseStore(
  db: Database,
  crypto: Crypto,
  material: KeyMaterial,
  options: {now: number; kdfPreset: 'interactive' | 'moderate' | 'test-only-weak'},
): Promise<StoreMeta> {
  if (isInitialised(db)) throw new UserError('store-exists', 'The evidence store already exists.', {hints: ['Use it as it is, or pick another path with --store.']})
  const storeId = toHex(nodeRandomBytes(16))
  const kdf: StoreMeta['kdf'] = material.kind === 'keyfile' ? {alg: 'keyfile'} : crypto.newKdfParams(options.kdfPreset)
  const kek = await deriveKek(crypto, {kdf}, material)
  const signing = crypto.signKeypair()
  const wrappedSign = crypto.seal(kek, signing.secretKey, SIGN_KEY_AAD(storeId))
  const fpKey = crypto.randomKey()
  const wrappedFp = crypto.seal(kek, fpKey, FP_KEY_AAD(storeId))
  const rows: [string, string][] = [
    ['format', String(FORMAT_VERSION)],
    ['store_id', storeId],
    ['created', String(options.now)],
    ['kdf', JSON.stringify(kdf)],
    ['kek_check', toHex(crypto.kekCheck(kek))],
    ['sign_public_key', toHex(signing.publicKey)],
    ['sign_secret_key', toHex(wrappedSign.nonce) + ':' + toHex(wrappedSign.ciphertext)],
    ['fingerprint_key', toHex(wrappedFp.nonce) + ':' + toHex(wrappedFp.ciphertext)],
  ]
  const insert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)')
  db.transaction(() => {
    for (const [k, v] of rows) insert.run(k, v)
  }).immediate()
  crypto.memzero(kek)
  crypto.memzero(signing.secretKey)
  crypto.memzero(fpKey)
  return readMeta(db)
}

/** A key wrapped by the key-encryption key, as a meta value: hex nonce, a colon, hex ciphertext. */
export function splitWrapped(value: string): {nonce: Uint8Array; ciphertext: Uint8Array} {
  const [n, c] = value.split(':')
  if (!n || !c) throw new UserError('store-format', 'A wrapped key in the store meta is malformed.')
  return {nonce: fromHex(n), ciphertext: fromHex(c)}
}
