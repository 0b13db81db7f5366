/**
 * Opening the store for a use case: locked (verify, no key) or unlocked (decrypt/append). Every
 * command that appended ends with a signed checkpoint, even when it failed half-way through after
 * some entries were committed. What SQLite or the file system refuses on the way (a full disk, a
 * read-only file, a damaged store) reaches the user named, through `storeError`.
 */
import type {Database} from '../store/database.js'
import type {Crypto} from '../crypto/sodium.js'
import {loadCrypto} from '../crypto/sodium.js'
import {DecryptionError} from '../crypto/sodium.js'
import {bytesEqual} from '../domain/bytes.js'
import type {Member, Roster} from '../domain/responders/roster.js'
import {IntegrityError, UserError} from '../errors.js'
import type {PlError} from '../errors.js'
import type {AuthorKeys, AuthorSecrets} from '../store/author.js'
import {localAuthor} from '../store/author.js'
import {readRoster} from '../store/roster.js'
import {behindCosigned} from './evidence/cosigned-record.js'
import {identityPath, publicKeyOf, readIdentityFile, unlockIdentity} from './responders/identity.js'
import {PASSPHRASE_TRIES, tooManyTries} from '../prompts/passphrase.js'
import {openDatabase, refusesWrites, storeError} from '../store/database.js'
import type {KeyEncryptionKey} from '../store/kek.js'
import {localKek} from '../store/kek.js'
import {deriveCheckedKek, UnlockedLedger} from '../store/ledger.js'
import type {StoreMeta} from '../store/meta.js'
import {readMeta, requireInitialised} from '../store/meta.js'
import {Ledger} from '../store/reader.js'
import {existsSync} from 'node:fs'
import {agentDir, socketPath} from './agent/protocol.js'
import type {SessionOptions} from './session.js'
import {keySource, obtainKeyMaterial} from './session.js'

/** Runs `fn` on the store at `path`, naming what SQLite or the file system refuses. */
export function onStore<T>(path: string, fn: () => T): T {
  try {
    return fn()
  } catch (error) {
    throw storeError(error, path)
  }
}

export function openLocked(storePath: string, options: {readonly?: boolean} = {}): Ledger {
  const db = openDatabase(storePath, {readonly: options.readonly ?? false})
  try {
    return onStore(storePath, () => {
      requireInitialised(db, storePath)
      return new Ledger(db)
    })
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * Derives the store's KEK from the key material and checks it. A passphrase typed at the terminal
 * gets PASSPHRASE_TRIES tries, as sudo gives; one from a variable or a file gets one.
 */
export async function deriveKekWithTries(db: Database, session: SessionOptions, crypto: Crypto): Promise<{kek: Uint8Array; meta: StoreMeta}> {
  const typed = keySource(session.env) === 'terminal'
  for (let attempt = 1; ; attempt++) {
    const material = await obtainKeyMaterial(session.env, session.prompter, {attempt})
    try {
      return await deriveCheckedKek(db, crypto, material)
    } catch (error) {
      if (!typed || !(error instanceof UserError) || error.code !== 'wrong-passphrase') throw error
      if (attempt === PASSPHRASE_TRIES) throw tooManyTries(session.storePath)
    } finally {
      if (material.kind === 'passphrase') crypto.memzero(material.passphrase)
      else crypto.memzero(material.key)
    }
  }
}

/** Why a responder cannot open a store with responders, and who can fix it. */
function notEnrolled(roster: Roster, why: string): UserError {
  const admins = roster.admins().map((m) => m.name)
  return new UserError('no-access', why, {
    hints: [admins.length > 0 ? `Ask an admin of this store (${admins.join(', ')}) to run \`pl responder add NAME --key <your key>\`; \`pl responder init\` prints your key.` : 'This store has no admin left.'],
  })
}

/**
 * In a store with responders (ADR 0014): the person's identity (its passphrase asked, or from
 * PL_IDENTITY_PASSPHRASE[_FILE]), their enrollment, and the store's KEK unsealed from it. The
 * caller wipes the bytes.
 */
export async function unsealAsResponder(db: Database, session: SessionOptions, crypto: Crypto, roster: Roster): Promise<{kek: Uint8Array; secrets: AuthorSecrets; member: Member}> {
  const file = readIdentityFile(session.env)
  if (!file) {
    throw notEnrolled(roster, `This store has enrolled responders and is opened with a responder identity; there is none at ${identityPath(session.env)}.`)
  }
  const member = roster.current(file.signPublicKey)
  if (!member) {
    const revoked = roster.everEnrolled(file.signPublicKey)
    throw notEnrolled(roster, revoked ? 'Your responder identity was revoked from this store: you can no longer open it.' : `Your responder identity (${publicKeyOf(file)}) is not enrolled in this store.`)
  }
  if (member.sealedKek === undefined) throw notEnrolled(roster, `Your enrollment as ${member.name} carries no store key.`)
  const secrets = await unlockIdentity(session.env, session.prompter, crypto, file)
  await crypto.preload()
  let kek: Uint8Array
  try {
    kek = crypto.openSealed(secrets.boxPublicKey, secrets.boxSecretKey, new Uint8Array(Buffer.from(member.sealedKek, 'base64')))
  } catch (error) {
    crypto.memzero(secrets.signSecretKey)
    crypto.memzero(secrets.boxSecretKey)
    if (!(error instanceof DecryptionError)) throw error
    throw new IntegrityError(`The store key in ${member.name}'s enrollment (entry ${member.addedAt}) does not open with this identity: the roster was altered.`, {details: {seq: member.addedAt}})
  }
  if (kek.length !== 32 || !bytesEqual(crypto.kekCheck(kek), readMeta(db).kekCheck)) {
    crypto.memzero(kek)
    throw new IntegrityError(`The store key in ${member.name}'s enrollment (entry ${member.addedAt}) is not this store's key: the roster was altered.`, {details: {seq: member.addedAt}})
  }
  return {kek, secrets, member}
}

/** The KEK, the author and their name, for a store with responders: from the agent holding the identity, or unsealed here. */
async function responderKeys(db: Database, session: SessionOptions, crypto: Crypto, roster: Roster): Promise<{kek: KeyEncryptionKey; author: AuthorKeys; actor: string}> {
  const storeId = readMeta(db).storeId
  if (existsSync(socketPath(agentDir(session.env), storeId))) {
    const {AgentClient, agentAuthor, agentKek} = await import('./agent/client.js')
    const agent = AgentClient.connect(session.env, storeId)
    const identity = agent?.status.identity
    const member = identity && roster.current(identity.signPublicKey)
    if (agent && identity && member) return {kek: agentKek(agent.client), author: agentAuthor(agent.client, identity), actor: member.name}
    agent?.client.close()
  }
  const {kek, secrets, member} = await unsealAsResponder(db, session, crypto, roster)
  return {kek: localKek(crypto, kek), author: localAuthor(crypto, secrets), actor: member.name}
}

/** The store's roster (empty in a store without responders). */
export function rosterOf(db: Database): Roster {
  return readRoster(new Ledger(db))
}

/**
 * The store's KEK: held by its unlock agent when one runs for this store (`pl unlock`), which
 * wraps and unwraps inside itself; otherwise derived here from the key material.
 */
async function storeKek(db: Database, session: SessionOptions, crypto: Crypto): Promise<KeyEncryptionKey> {
  const storeId = readMeta(db).storeId
  // The agent's client (a worker thread) loads only when an agent socket exists for this store.
  if (existsSync(socketPath(agentDir(session.env), storeId))) {
    const {AgentClient, agentKek} = await import('./agent/client.js')
    const agent = AgentClient.connect(session.env, storeId)
    if (agent) return agentKek(agent.client)
  }
  return localKek(crypto, (await deriveKekWithTries(db, session, crypto)).kek)
}

/**
 * Opens the store with its key. Unless `seal` is false, entries after the last signed checkpoint
 * are authenticated first (ADR 0003).
 */
export async function openUnlocked(session: SessionOptions, options: OpenOptions = {}): Promise<UnlockedLedger> {
  if (!options.reader) return openUnlockedOnce(session, options)
  try {
    return await openUnlockedOnce(session, options)
  } catch (error) {
    if (!refusesWrites(error)) throw error
    // A full disk (or a store on a read-only file system) is read read-only, its unsealed tail
    // left as it is; an append the command tries anyway fails with the disk's own error.
    return openUnlockedOnce(session, {...options, seal: false}, error as PlError)
  }
}

async function openUnlockedOnce(session: SessionOptions, options: OpenOptions, readOnlyBecause?: PlError): Promise<UnlockedLedger> {
  const path = session.storePath
  const db = openDatabase(path, {readonly: readOnlyBecause !== undefined})
  try {
    onStore(path, () => requireInitialised(db, path))
    const crypto = await loadCrypto()
    const roster = onStore(path, () => rosterOf(db))
    // Sealed boxes (incident access keys) need libsodium in a store with responders.
    if (roster.genesis !== undefined) await crypto.preload()
    // A store with responders is opened with the person's identity, never the store passphrase;
    // a store without is opened as before (and the first enrollment signs as `options.founder`).
    const keys = await (roster.genesis !== undefined
      ? responderKeys(db, session, crypto, roster)
      : storeKek(db, session, crypto).then((kek) => ({kek, ...options.founder}))
    ).catch((error: unknown) => {
      throw storeError(error, path)
    })
    const ledger = onStore(path, () => UnlockedLedger.withKek(db, {crypto, actor: session.actor, now: session.now, ...keys}))
    try {
      // A responder does not append on top of a store behind what they cosigned (a restore).
      const behind = roster.genesis !== undefined ? onStore(path, () => behindCosigned(session.env, ledger)) : undefined
      if (behind) ledger.refuseAppends(behind)
      if (readOnlyBecause) ledger.refuseAppends(readOnlyBecause)
      if (options.seal !== false && !behind) onStore(path, () => ledger.sealTail())
    } catch (error) {
      ledger.close()
      throw error
    }
    return ledger
  } catch (error) {
    if (db.open) db.close()
    throw error
  }
}

/** Signs a checkpoint over what `ledger` appended, if anything; whether that left nothing unsealed. */
function sealAppended(ledger: UnlockedLedger): boolean {
  if (!ledger.appendedSinceCheckpoint) return true
  try {
    ledger.checkpoint()
    return true
  } catch {
    return false
  }
}

export interface OpenOptions {
  /** Authenticate unsealed entries first (default true). */
  seal?: boolean
  /** A store without responders yet: who signs its first enrollment (`pl responder add` of oneself). */
  founder?: {author: AuthorKeys; actor: string}
  /**
   * The use case reads (and appends at most on request): when the store refuses writes (a full
   * disk, a read-only file system), it is opened read-only instead of failing, its unsealed tail
   * left unsealed, and an append fails with that refusal (tester 11, defect 7).
   */
  reader?: boolean
}

/** Runs a use case with the unlocked ledger; signs a checkpoint (and the author's signature) if anything was appended. */
export async function withLedger<T>(session: SessionOptions, use: (ledger: UnlockedLedger) => Promise<T> | T, options: Omit<OpenOptions, 'seal'> = {}): Promise<T> {
  const path = session.storePath
  const ledger = await openUnlocked(session, options)
  try {
    let result: T
    try {
      result = await use(ledger)
    } catch (error) {
      // What was appended before the failure is sealed all the same, when the disk allows.
      const wrote = ledger.appendedSinceCheckpoint
      throw storeError(error, path, {wrote, sealed: sealAppended(ledger)})
    }
    if (ledger.appendedSinceCheckpoint) {
      try {
        ledger.checkpoint()
      } catch (error) {
        throw storeError(error, path, {wrote: true, sealed: false})
      }
    }
    return result
  } finally {
    ledger.close()
  }
}
