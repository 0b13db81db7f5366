/**
 * Creating an evidence store: the file (0600 in a 0700 directory), its key-encryption key from a
 * passphrase (Argon2id) or a key file, its signing key, and a first signed checkpoint (size 0).
 */
import {closeSync, existsSync, mkdirSync, openSync, rmSync, statSync, writeSync} from 'node:fs'
import {dirname} from 'node:path'
import {randomBytes} from 'node:crypto'
import {loadCrypto} from '../crypto/sodium.js'
import type {KdfPreset} from '../crypto/sodium.js'
import {systemError, UserError} from '../errors.js'
import type {Database} from '../store/database.js'
import {openDatabase, storeError} from '../store/database.js'
import {isPostgresLocation} from '../store/engine.js'
import {rolesSql} from '../store/pg/schema.js'
import {toHex} from '../domain/bytes.js'
import {checkpointOrigin, verifierKey} from '../domain/note.js'
import {UnlockedLedger} from '../store/ledger.js'
import {initialiseStore, ledgerShape, readMeta} from '../store/meta.js'
import {parseResponderKey, RESPONDER_NAME, ROSTER_INCIDENT, ROSTER_KEY_ID} from '../domain/responders/roster.js'
import {founderAuthor} from './responders/manage.js'
import {onStore} from './store-access.js'
import type {SessionOptions} from './session.js'
import {obtainKeyMaterial} from './session.js'

export interface InitResult {
  store: string
  storeId: string
  publicKey: string
  /** The public key in the C2SP signed-note form, for `pl evidence verify --public-key` and note tools. */
  verifierKey: string
  protection: 'passphrase (Argon2id)' | 'key file'
  keyFile?: string
  /** The founder, the store's first admin, when the person has a responder identity (ADR 0014). */
  founder?: {name: string; key: string}
  /** PostgreSQL: the engine, and the SQL of the writer and auditor roles (run when `roles` is `create`). */
  engine: 'sqlite' | 'postgres'
  roles?: {writer: string; auditor: string; sql: string; created: boolean}
}

/** The group roles of a team store (docs/team-store.md). */
export const ROLE_NAMES = {writer: 'pl_writer', auditor: 'pl_auditor'} as const

export const KDF_PRESET_NAMES: readonly KdfPreset[] = ['interactive', 'moderate', 'test-only-weak']

/**
 * Writes a new random 32-byte key file (hex), refusing to overwrite an existing file. Missing
 * parent folders (~/.pl on a fresh machine) are created, private to the user (0700).
 */
export function createKeyFile(path: string): void {
  const failed = (error: unknown): UserError =>
    systemError(error, `the key file ${path}`) ??
    new UserError('invalid-input', `Cannot create the key file ${path}: ${(error as Error).message}.`, {
      cause: error,
      hints: ['Check the path given with --new-key-file, or choose another one.'],
    })
  try {
    mkdirSync(dirname(path), {recursive: true, mode: 0o700})
  } catch (error) {
    // mkdir says EEXIST when a part of the folder path is a file.
    throw failed((error as NodeJS.ErrnoException).code === 'EEXIST' ? Object.assign(error as Error, {code: 'ENOTDIR'}) : error)
  }
  let fd: number
  try {
    fd = openSync(path, 'wx', 0o600)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserError('invalid-input', `Cannot create the key file ${path}: it already exists.`, {
        cause: error,
        hints: ['Choose a new path; an existing key file is never overwritten.'],
      })
    }
    throw failed(error)
  }
  try {
    writeSync(fd, toHex(randomBytes(32)) + '\n')
  } catch (error) {
    closeSync(fd)
    // A partly written key file unlocks nothing: it would only block the path.
    rmSync(path, {force: true})
    throw failed(error)
  }
  closeSync(fd)
}

/**
 * `pl init --roles create|print` on a PostgreSQL database that already holds a store (one made by
 * `pl store clone` without --roles, or whose grants were lost): the roles step alone, nothing else
 * touched and no key asked for. Undefined when the database holds no store yet (a normal init).
 */
export function existingStoreRoles(session: SessionOptions, roles: 'create' | 'print'): {store: string; storeId: string; engine: 'postgres'; existing: true; roles: NonNullable<InitResult['roles']>} | undefined {
  if (!isPostgresLocation(session.storePath)) return undefined
  const db = openDatabase(session.storePath, {create: true, now: session.now()})
  try {
    return onStore(session.storePath, () => {
      if (ledgerShape(db).shape !== 'initialised') return undefined
      const sql = rolesSql(ROLE_NAMES)
      if (roles === 'create') db.exec(sql)
      return {store: session.storePath, storeId: readMeta(db).storeId, engine: 'postgres' as const, existing: true as const, roles: {...ROLE_NAMES, sql, created: roles === 'create'}}
    })
  } finally {
    db.close()
  }
}

export async function initStore(session: SessionOptions, options: {kdfPreset: KdfPreset; newKeyFile?: string; founderName?: string; roles?: 'create' | 'print'}): Promise<InitResult> {
  const postgres = isPostgresLocation(session.storePath)
  if (!postgres && options.roles !== undefined) throw new UserError('usage', '--roles is for a PostgreSQL store (--store postgres://…).')
  // An empty file is no store yet; anything else must be one left unfinished by `pl init`.
  if (!postgres && existsSync(session.storePath) && statSync(session.storePath).size > 0) {
    const db = openDatabase(session.storePath)
    let found: ReturnType<typeof ledgerShape>
    try {
      found = onStore(session.storePath, () => ledgerShape(db))
    } finally {
      db.close()
    }
    if (found.shape === 'initialised') {
      throw new UserError('store-exists', `An evidence store already exists at ${session.storePath}.`, {
        hints: ['Keep using it, or create another with --store PATH / PL_HOME.'],
      })
    }
    if (found.shape !== 'empty' && found.shape !== 'uninitialised') {
      throw new UserError('store-exists', `${session.storePath} exists and is not an empty file: pl will not create a store over it.`, {
        hints: ['Pick another path with --store PATH / PL_HOME, or check what this file is.'],
      })
    }
  }
  let env = session.env
  if (options.newKeyFile) {
    createKeyFile(options.newKeyFile)
    env = {...env, PL_KEY_FILE: options.newKeyFile}
  }
  // The founder's identity, if they have one, becomes the store's first admin (ADR 0014).
  const founderName = options.founderName ?? (RESPONDER_NAME.test(session.actor) ? session.actor : 'founder')
  if (options.founderName !== undefined && !RESPONDER_NAME.test(options.founderName)) {
    throw new UserError('invalid-input', `"${options.founderName}" is not a responder name: use up to 64 letters, digits, and . _ @ -.`)
  }
  const founder = await founderAuthor(session)
  const [crypto, material] = await Promise.all([loadCrypto(), obtainKeyMaterial(env, session.prompter, {confirm: true})])
  let db: Database | undefined
  try {
    db = openDatabase(session.storePath, {create: true, now: session.now()})
    if (postgres && ledgerShape(db).shape === 'initialised') {
      throw new UserError('store-exists', `An evidence store already exists at ${session.storePath}.`, {hints: ['Keep using it, or create another database for a new store.']})
    }
    const meta = await initialiseStore(db, crypto, material, {now: session.now(), kdfPreset: options.kdfPreset})
    const ledger = await UnlockedLedger.unlock(db, {crypto, material, actor: founder ? founderName : session.actor, now: session.now, ...(founder ? {author: founder.author} : {})})
    if (founder) {
      const keys = parseResponderKey(founder.publicKey)!
      const sealed = await ledger.sealKekTo(keys.boxKey)
      ledger.append([
        {
          incident: ROSTER_INCIDENT,
          kind: 'responder.added',
          keyId: ROSTER_KEY_ID,
          body: {name: founderName, signKey: toHex(keys.signKey), boxKey: toHex(keys.boxKey), admin: true, sealedKek: Buffer.from(sealed).toString('base64')},
        },
      ])
    }
    ledger.checkpoint()
    ledger.lock()
    let roles: InitResult['roles']
    if (postgres) {
      const sql = rolesSql(ROLE_NAMES)
      if (options.roles === 'create') db.exec(sql)
      roles = {...ROLE_NAMES, sql, created: options.roles === 'create'}
    }
    return {
      engine: postgres ? 'postgres' : 'sqlite',
      ...(roles ? {roles} : {}),
      store: session.storePath,
      storeId: meta.storeId,
      publicKey: toHex(meta.signPublicKey),
      verifierKey: verifierKey(checkpointOrigin(meta.storeId), meta.signPublicKey),
      protection: material.kind === 'keyfile' ? 'key file' : 'passphrase (Argon2id)',
      ...(options.newKeyFile ? {keyFile: options.newKeyFile} : {}),
      ...(founder ? {founder: {name: founderName, key: founder.publicKey}} : {}),
    }
  } catch (error) {
    throw storeError(error, session.storePath)
  } finally {
    if (material.kind === 'passphrase') crypto.memzero(material.passphrase)
    else crypto.memzero(material.key)
    db?.close()
  }
}
