/**
 * Opening the store for a use case: locked (verify, no key) or unlocked (decrypt/append). Every
 * command that appended ends with a signed checkpoint, even when it failed half-way through after
 * some entries were committed. What SQLite or the file system refuses on the way (a full disk, a
 * read-only file, a damaged store) reaches the user named, through `storeError`.
 */
import type {Database} from '../store/database.js'
import type {Crypto} from '../crypto/sodium.js'
import {loadCrypto} from '../crypto/sodium.js'
import {UserError} from '../errors.js'
import {PASSPHRASE_TRIES, tooManyTries} from '../prompts/passphrase.js'
import {openDatabase, storeError} from '../store/database.js'
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
export async function openUnlocked(session: SessionOptions, options: {seal?: boolean} = {}): Promise<UnlockedLedger> {
  const path = session.storePath
  const db = openDatabase(path)
  try {
    onStore(path, () => requireInitialised(db, path))
    const crypto = await loadCrypto()
    const kek = await storeKek(db, session, crypto).catch((error: unknown) => {
      throw storeError(error, path)
    })
    const ledger = onStore(path, () => UnlockedLedger.withKek(db, {crypto, kek, actor: session.actor, now: session.now}))
    try {
      if (options.seal !== false) onStore(path, () => ledger.sealTail())
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

/** Runs a use case with the unlocked ledger; signs a checkpoint if anything was appended. */
export async function withLedger<T>(session: SessionOptions, use: (ledger: UnlockedLedger) => Promise<T> | T): Promise<T> {
  const path = session.storePath
  const ledger = await openUnlocked(session)
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
