/**
 * Opening the store for a use case: locked (verify, no key) or unlocked (decrypt/append). Every
 * command that appended ends with a signed checkpoint, even when it failed half-way through after
 * some entries were committed.
 */
import {loadCrypto} from '../crypto/sodium.js'
import {UserError} from '../errors.js'
import {openDatabase} from '../store/database.js'
import {UnlockedLedger} from '../store/ledger.js'
import {isInitialised} from '../store/meta.js'
import {Ledger} from '../store/reader.js'
import type {SessionOptions} from './session.js'
import {obtainKeyMaterial} from './session.js'

export function openLocked(storePath: string, options: {readonly?: boolean} = {}): Ledger {
  const db = openDatabase(storePath, {readonly: options.readonly ?? false})
  if (!isInitialised(db)) {
    db.close()
    throw new UserError('store-missing', `${storePath} is not an initialised evidence store.`, {hints: ['Create it with `pl init`.']})
  }
  return new Ledger(db)
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
    const [crypto, material] = await Promise.all([loadCrypto(), obtainKeyMaterial(session.env, session.prompter)])
    const ledger = await UnlockedLedger.unlock(db, {crypto, material, actor: session.actor, now: session.now})
    if (material.kind === 'passphrase') crypto.memzero(material.passphrase)
    else crypto.memzero(material.key)
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
