/**
 * Opening the SQLite file with the durability and privacy settings the ledger relies on.
 */
import {closeSync, existsSync, mkdirSync, openSync, statSync} from 'node:fs'
import {dirname} from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type {Database} from 'better-sqlite3'
import {UserError} from '../errors.js'
import {migrate, SCHEMA_VERSION} from './schema.js'

export type {Database} from 'better-sqlite3'

export interface OpenOptions {
  /** Create the file (0600, in a 0700 directory) when it does not exist. */
  create?: boolean
  readonly?: boolean
}

function applyPragmas(db: Database, readonly: boolean): void {
  db.pragma('busy_timeout = 15000')
  if (readonly) return
  db.pragma('journal_mode = WAL')
  // An acknowledged append survives power loss.
  db.pragma('synchronous = FULL')
  // Deleted key rows are overwritten with zeros, so a shredded key is not left in free pages.
  db.pragma('secure_delete = ON')
}

export function openDatabase(path: string, options: OpenOptions = {}): Database {
  const exists = existsSync(path)
  if (!exists && (!options.create || options.readonly)) {
    throw new UserError('store-missing', `No evidence store at ${path}.`, {
      hints: ['Create one with `pl init`, or point to an existing one with --store PATH or PL_HOME.'],
    })
  }
  if (exists && statSync(path).isDirectory()) {
    throw new UserError('store-format', `${path} is a directory, not an evidence store file.`, {
      hints: ['Pass the store file itself with --store, e.g. --store ~/.pl/evidence.db.'],
    })
  }
  if (!exists) {
    const dir = dirname(path)
    if (!existsSync(dir)) mkdirSync(dir, {recursive: true, mode: 0o700})
    // Create the file ourselves so it never exists with a wider mode; SQLite gives the WAL and
    // shared-memory files the same mode as the database.
    closeSync(openSync(path, 'wx', 0o600))
  }
  let db: Database
  try {
    db = new BetterSqlite3(path, {readonly: options.readonly ?? false, fileMustExist: true})
    applyPragmas(db, options.readonly ?? false)
    if (!options.readonly) migrate(db)
    const version = db.pragma('user_version', {simple: true}) as number
    if (version > SCHEMA_VERSION) {
      db.close()
      throw new UserError('store-format', `${path} was written by a newer pl (schema ${version}; this pl knows ${SCHEMA_VERSION}).`, {
        hints: ['Upgrade pl to open this store.'],
      })
    }
  } catch (error) {
    if (error instanceof UserError) throw error
    const message = error instanceof Error ? error.message : String(error)
    if (/busy|locked/i.test(message)) {
      throw new UserError('store-busy', `The evidence store ${path} is locked by another process.`, {
        cause: error,
        hints: ['Wait for the other pl command to finish and try again.'],
      })
    }
    throw new UserError('store-format', `${path} is not a readable evidence store: ${message}`, {
      cause: error,
      hints: ['Check the path; `pl init` creates a new store.'],
    })
  }
  return db
}
