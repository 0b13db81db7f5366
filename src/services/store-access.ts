/**
 * Opening the store for a use case: locked (verify, no key) or unlocked (decrypt/append). Every
 * command that appended ends with a signed checkpoint, even when it failed half-way through after
 * some entries were committed.
 */
import type {Database} from '../store/database.js'
import type {Crypto} from '../crypto/sodium.js'
import {loadCrypto} from '../crypto/sodium.js'
import {UserError} from '../errors.js'
import {PASSPHRASE_TRIES, tooManyTries} from '../prompts/passphrase.js'
import {openDatabase} from '../store/database.js'
import type {KeyEncryptionKey} from '../store/kek.js'
import {localKek} from '../store/kek.js'
import {deriveCheckedKek, UnlockedLedger} from '../store/ledger.js'
import type {StoreMeta} from '../store/meta.js'
import {isInitialised, readMeta} from '../store/meta.js'
import {Ledger} from '../store/reader.js'
import {existsSync} from 'node:fs'
import {agentDir, socketPath} from './agent/protocol.js'
import type {SessionOptions} from './session.js'
import {keySource, obtainKeyMaterial} from './session.js'

export function openLocked(storePath: string, options: {readonly?: boolean} = {}): Ledger {
  const db = openDatabase(storePath, {readonly: options.readonly ?? false})
  if (!isInitialised(db)) {
    db.close()
    throw new UserError('store-missing', `${storePath} is not an initialised evidence store.`, {hints: ['Create it with `pl init`.']})
  }
  return new Ledger(db)
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
  const db = openDatabase(session.storePath)
  try {
    if (!isInitialised(db)) {
      throw new UserError('store-missing', `${session.storePath} is not an initialised evidence store.`, {hints: ['Create it with `pl init`.']})
    }
    const crypto = await loadCrypto()
    const ledger = UnlockedLedger.withKek(db, {crypto, kek: await storeKek(db, session, crypto), actor: session.actor, now: session.now})
    try {
      if (options.seal !== false) ledger.sealTail()
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

/** Runs a use case with the unlocked ledger; signs a checkpoint if anything was appended. */
export async function withLedger<T>(session: SessionOptions, use: (ledger: UnlockedLedger) => Promise<T> | T): Promise<T> {
  const ledger = await openUnlocked(session)
  try {
    return await use(ledger)
  } finally {
    try {
      if (ledger.appendedSinceCheckpoint) ledger.checkpoint()
    } finally {
      ledger.close()
    }
  }
}
