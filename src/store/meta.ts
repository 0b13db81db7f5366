/**
 * A store's meta rows: its format, identity, key-derivation parameters, key-check value, public
 * signing key and the wrapped signing and fingerprint keys. Creating them is creating the store.
 */
import {randomBytes as nodeRandomBytes} from 'node:crypto'
import type {Database} from './engine.js'
import {dialectOf} from './engine.js'
import {IntegrityError, UserError} from '../errors.js'
import type {Crypto, KdfParams} from '../crypto/sodium.js'
import {fromHex, toHex} from '../domain/bytes.js'
import {FORMAT_VERSION} from '../domain/codec.js'
import {checkMetaStatement, coveredValues, encodeMetaStatement, META_STATEMENT_KEYS, META_STATEMENT_ROW, metaStatementFinding, metaStatementMessage, parseMetaStatement} from '../domain/meta-statement.js'
import type {MetaValues} from '../domain/meta-statement.js'
import {verifyEd25519} from '../crypto/ed25519.js'
import type {MetaRecord} from '../domain/verify/source.js'

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

/** A meta value that is not of its shape: the meta table was altered (pl only ever writes valid ones). */
function alteredMeta(key: string, why: string): IntegrityError {
  return new IntegrityError(`The store's meta value "${key}" ${why}: the meta table was altered.`, {
    details: {meta: key},
    hints: ['Preserve the store file as it is; verify it against a checkpoint file kept elsewhere (`pl evidence verify --checkpoint FILE`).'],
  })
}

const HEX = /^(?:[0-9a-f]{2})+$/

function hexOf(key: string, value: string, bytes: number): Uint8Array {
  if (value.length !== bytes * 2 || !HEX.test(value)) throw alteredMeta(key, `is not ${bytes} bytes of hex`)
  return fromHex(value)
}

function kdfOf(value: string): StoreMeta['kdf'] {
  let kdf: unknown
  try {
    kdf = JSON.parse(value)
  } catch {
    throw alteredMeta('kdf', 'is not JSON')
  }
  if (typeof kdf === 'object' && kdf !== null) {
    const k = kdf as Record<string, unknown>
    if (k.alg === 'keyfile' && Object.keys(k).length === 1) return {alg: 'keyfile'}
    const int = (v: unknown, min: number, max: number) => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max
    if (
      k.alg === 'argon2id13' &&
      typeof k.salt === 'string' &&
      /^[A-Za-z0-9+/]{22}==$/.test(k.salt) &&
      int(k.opslimit, 1, 2 ** 32 - 1) &&
      // libsodium's bounds for Argon2id: at least 8 KiB, and what a 64-bit size_t holds.
      int(k.memlimit, 8192, Number.MAX_SAFE_INTEGER)
    ) {
      return {alg: 'argon2id13', salt: k.salt, opslimit: k.opslimit as number, memlimit: k.memlimit as number}
    }
  }
  throw alteredMeta('kdf', 'is not a key-derivation setting pl writes')
}

export function readMeta(db: Database): StoreMeta {
  const rows = db.prepare('SELECT key, value FROM meta').all() as {key: string; value: string}[]
  const m = new Map(rows.map((r) => [r.key, r.value]))
  const need = (k: string): string => {
    const v = m.get(k)
    if (v === undefined) throw alteredMeta(k, 'is missing')
    return v
  }
  const format = Number(need('format'))
  if (format !== FORMAT_VERSION) {
    throw new UserError('store-format', `Unsupported store format ${need('format').slice(0, 20)} (this pl reads format ${FORMAT_VERSION}).`)
  }
  const storeId = need('store_id')
  if (!/^[0-9a-f]{32}$/.test(storeId)) throw alteredMeta('store_id', 'is not 16 bytes of hex')
  const created = Number(need('created'))
  if (!Number.isSafeInteger(created) || created < 0) throw alteredMeta('created', 'is not a time')
  return {
    format,
    storeId,
    created,
    kdf: kdfOf(need('kdf')),
    kekCheck: hexOf('kek_check', need('kek_check'), 32),
    signPublicKey: hexOf('sign_public_key', need('sign_public_key'), 32),
  }
}

/** The meta values the signed meta statement covers, as stored, and the statement row (ADR 0009). */
export function readMetaRecord(db: Database): MetaRecord {
  const rows = db.prepare('SELECT key, value FROM meta').all() as {key: string; value: string}[]
  const m = new Map(rows.map((r) => [r.key, r.value]))
  return {values: coveredValues(m), statement: m.get(META_STATEMENT_ROW)}
}

/**
 * Checks the signed meta statement under `publicKey` (ADR 0009): a changed meta value, or a
 * statement that does not verify, is an integrity error naming it. A store without one passes
 * (an older pl made it; `writeMetaStatement` gives it one on its first keyed open).
 */
export function requireMetaStatement(db: Database, publicKey: Uint8Array): void {
  const record = readMetaRecord(db)
  if (record.statement === undefined) return
  const statement = parseMetaStatement(record.statement)
  if ('error' in statement) throw alteredMeta(META_STATEMENT_ROW, statement.error)
  const check = checkMetaStatement(statement, record.values, publicKey, verifyEd25519)
  const finding = metaStatementFinding(check, false)
  if (finding) {
    throw new IntegrityError(`${finding} Nothing was written.`, {
      details: {meta: check.changed[0] ?? META_STATEMENT_ROW},
      hints: ['Preserve the store file as it is; `pl evidence verify` names what changed, and a copy taken earlier holds the original values.'],
    })
  }
}

/**
 * Signs the covered meta values with the store's signing key and stores the statement, once: the
 * caller has checked the key (the KEK matched kek_check, and the public key is the signing key's).
 */
export function writeMetaStatement(db: Database, sign: (message: Uint8Array) => Uint8Array): void {
  const values = readMetaRecord(db).values
  if (META_STATEMENT_KEYS.some((k) => values[k] === undefined)) return
  const statement = encodeMetaStatement(values as MetaValues, sign(metaStatementMessage(values as MetaValues)))
  db.transaction(() => {
    if (db.prepare('SELECT 1 FROM meta WHERE key = ?').get(META_STATEMENT_ROW) === undefined) {
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(META_STATEMENT_ROW, statement)
    }
  }).immediate()
}

export function isInitialised(db: Database): boolean {
  const hasMeta = (db.prepare(dialectOf(db).tables).all() as {name: string}[]).some((r) => r.name === 'meta')
  return hasMeta && (db.prepare("SELECT count(*) AS n FROM meta WHERE key = 'store_id'").get() as {n: number}).n === 1
}

/** The tables of a ledger; a store missing any of them was altered. */
export const LEDGER_TABLES = ['meta', 'entries', 'keys', 'blobs', 'blob_chunks', 'checkpoints'] as const

/**
 * What an open SQLite file is: `empty` (no table at all), `foreign` (tables, none of pl's),
 * `uninitialised` (pl's tables and no row anywhere: an interrupted `pl init`), `initialised`, or
 * `damaged` (some of pl's tables or meta rows are gone).
 */
export function ledgerShape(db: Database): {shape: 'empty' | 'foreign' | 'uninitialised' | 'initialised'} | {shape: 'damaged'; missing: string[]} {
  const tables = new Set((db.prepare(dialectOf(db).tables).all() as {name: string}[]).map((r) => r.name))
  if (tables.size === 0) return {shape: 'empty'}
  const missing = LEDGER_TABLES.filter((t) => !tables.has(t))
  if (missing.length === LEDGER_TABLES.length) return {shape: 'foreign'}
  if (missing.length > 0) return {shape: 'damaged', missing: missing.map((t) => `table ${t}`)}
  if (isInitialised(db)) return {shape: 'initialised'}
  const rows = (db.prepare('SELECT (SELECT count(*) FROM meta) + (SELECT count(*) FROM entries) + (SELECT count(*) FROM checkpoints) AS n').get() as {n: number}).n
  return rows === 0 ? {shape: 'uninitialised'} : {shape: 'damaged', missing: ['meta "store_id"']}
}

/** Refuses anything but an initialised store, saying what the file is instead. */
export function requireInitialised(db: Database, path: string): void {
  const found = ledgerShape(db)
  switch (found.shape) {
    case 'initialised':
      return
    case 'empty':
    case 'uninitialised':
      throw new UserError('store-missing', `${path} is not an initialised evidence store (it holds no ledger yet).`, {
        hints: ['Create the store with `pl init`, or point to another one with --store PATH or PL_HOME.'],
      })
    case 'foreign':
      throw new UserError('store-format', `${path} is a SQLite database of some other program, not an evidence store.`, {
        hints: ['Check --store and PL_HOME; pl will not write to this file.'],
      })
    case 'damaged':
      throw new IntegrityError(`The evidence store ${path} was altered: ${found.missing.join(', ')} ${found.missing.length === 1 ? 'is' : 'are'} gone.`, {
        hints: ['Preserve the store as it is for investigation (the file, or a pg_dump of the database), and verify a copy taken earlier.'],
      })
  }
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
  const [n, c, extra] = value.split(':')
  if (!n || !c || extra !== undefined || !HEX.test(n) || !HEX.test(c)) throw new IntegrityError('A wrapped key in the store meta is malformed: the meta table was altered.')
  return {nonce: fromHex(n), ciphertext: fromHex(c)}
}
