/**
 * Opening the store for a use case: locked (verify, no key) or unlocked (decrypt/append). Every
 * command that appended ends with a signed checkpoint, even when it failed half-way through after
 * some entries were committed. What SQLite or the file system refuses on the way (a full disk, a
 * read-only file, a damaged store) reaches the user named, through `storeError`.
 */
import {loadCrypto} from '../crypto/sodium.js'
import {openDatabase, storeError} from '../store/database.js'
import {UnlockedLedger} from '../store/ledger.js'
import {requireInitialised} from '../store/meta.js'
import {Ledger} from '../store/reader.js'
import type {SessionOptions} from './session.js'
import {obtainKeyMaterial} from './session.js'

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
 * Opens the store with its key. Unless `seal` is false, entries after the last signed checkpoint
 * are authenticated first (ADR 0003).
 */
export async function openUnlocked(session: SessionOptions, options: {seal?: boolean} = {}): Promise<UnlockedLedger> {
  const path = session.storePath
  const db = openDatabase(path)
  try {
    onStore(path, () => requireInitialised(db, path))
    const [crypto, material] = await Promise.all([loadCrypto(), obtainKeyMaterial(session.env, session.prompter)])
    const ledger = await UnlockedLedger.unlock(db, {crypto, material, actor: session.actor, now: session.now})
      .catch((error: unknown) => {
        throw storeError(error, path)
      })
      .finally(() => {
        if (material.kind === 'passphrase') crypto.memzero(material.passphrase)
        else crypto.memzero(material.key)
      })
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
