/**
 * Opening the SQLite file with the durability and privacy settings the ledger relies on, and
 * naming what the environment refuses (a full disk, a read-only or forbidden path, a file that is
 * not a store) instead of letting SQLite's words through as pl's bug.
 */
import {accessSync, closeSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, statSync} from 'node:fs'
import type {Stats} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import './sqlite-uri.js'
import BetterSqlite3 from 'better-sqlite3'
import type {Database as Sqlite} from 'better-sqlite3'
import {IntegrityError, PlError, systemError, UserError} from '../errors.js'
import type {Database} from './engine.js'
import {isPostgresLocation, SQLITE_DIALECT} from './engine.js'
import {PgDatabase, pgError} from './pg/database.js'
import {PG_SCHEMA_VERSION} from './pg/schema.js'
import {migrate, SCHEMA_VERSION} from './schema.js'

export type {Database} from './engine.js'

/** A better-sqlite3 connection as the engine seam: it has every method already; only the dialect is added. */
export function sqliteEngine(db: Sqlite): Database {
  return Object.assign(db, {dialect: SQLITE_DIALECT}) as unknown as Database
}

export interface OpenOptions {
  /** Create the file (0600, in a 0700 directory) when it does not exist. */
  create?: boolean
  readonly?: boolean
}

/** SQLite's and the system's words for a write the disk refused (full, over quota, over the file size limit). */
const WRITE_FAILURES = new Set(['SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC', 'SQLITE_IOERR_DIR_FSYNC', 'SQLITE_IOERR_TRUNCATE', 'SQLITE_IOERR_SHMSIZE', 'ENOSPC', 'EDQUOT', 'EFBIG'])

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')

function applyPragmas(db: Sqlite, readonly: boolean): void {
  db.pragma('busy_timeout = 15000')
  if (readonly) return
  db.pragma('journal_mode = WAL')
  // An acknowledged append survives power loss.
  db.pragma('synchronous = FULL')
  // Deleted key rows are overwritten with zeros, so a shredded key is not left in free pages.
  db.pragma('secure_delete = ON')
}

/** The store file's status, or undefined when it does not exist; a path that cannot be a store is refused. */
function statStore(path: string): Stats | undefined {
  let stats: Stats
  try {
    stats = statSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return undefined
    if (code === 'ENOTDIR') throw notADirectory(path, error)
    throw systemError(error, path) ?? error
  }
  if (stats.isDirectory()) {
    throw new UserError('store-format', `${path} is a directory, not an evidence store file.`, {
      hints: ['Pass the store file itself with --store, e.g. --store ~/.pl/evidence.db.'],
    })
  }
  if (!stats.isFile()) throw new UserError('store-format', `${path} is not a regular file, so it is not an evidence store.`, {hints: ['Check --store and PL_HOME.']})
  return stats
}

/** ENOTDIR: the nearest ancestor of `path` that exists is a file (PL_HOME naming a file, typically). */
function notADirectory(path: string, cause: unknown): UserError {
  let dir = dirname(path)
  while (dirname(dir) !== dir) {
    try {
      if (statSync(dir).isFile()) break
    } catch {
      // Not there (or not reachable): look further up.
    }
    dir = dirname(dir)
  }
  return new UserError('no-access', `${dir} is a file, not a directory, so the store ${path} cannot be in it.`, {
    cause,
    hints: ['Point PL_HOME at a directory (or --store at a file inside one).'],
  })
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK)
    return true
  } catch {
    return false
  }
}

function startsWithMagic(path: string): boolean {
  const fd = openSync(path, 'r')
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length)
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_MAGIC)
  } finally {
    closeSync(fd)
  }
}

/**
 * The error SQLite or the file system raised while pl worked on the store at `path`, as the
 * family a user can act on; an error that is already pl's own, or unknown, is returned as it is.
 * `wrote` says whether the failing command had already recorded entries, and `sealed` whether
 * they were sealed by a checkpoint before it stopped.
 */
export function storeError(error: unknown, path: string, context: {wrote?: boolean; sealed?: boolean} = {}): unknown {
  if (error instanceof PlError || typeof error !== 'object' || error === null) return error
  if (isPostgresLocation(path)) return pgError(error, path)
  const code = (error as {code?: unknown}).code
  const message = error instanceof Error ? error.message : String(error)
  if (typeof code !== 'string') return error
  if (code === 'SQLITE_FULL' || WRITE_FAILURES.has(code)) {
    const what = !context.wrote
      ? 'nothing was written.'
      : context.sealed
        ? 'what this command recorded before it filled is kept and sealed; the rest was not written.'
        : 'what this command recorded before it filled is kept, but not yet sealed by a checkpoint.'
    return new UserError('disk-full', `The disk holding ${path} is full (or refuses writes: ${message}); ${what}`, {
      cause: error,
      hints: [
        'Free some space (or raise the quota or file size limit) and run the command again.',
        ...(context.wrote && !context.sealed ? ['Then run `pl evidence checkpoint` to authenticate and seal what was recorded.'] : []),
      ],
    })
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return new UserError('no-access', `The evidence store ${path} is read-only (the file, its directory or the file system): pl cannot write to it.`, {
      cause: error,
      details: {readOnly: true},
      hints: ['Make the file and its directory writable for this user, or work on a writable copy.', '`pl evidence verify --store PATH` reads a read-only store without writing.'],
    })
  }
  if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH' || code === 'EACCES' || code === 'EPERM') {
    return new UserError('no-access', `Permission denied on the evidence store ${path} (or its directory, or its -wal/-shm files).`, {
      cause: error,
      hints: ['Check the owner and mode of the store file, its -wal and -shm files and its directory (ls -l).'],
    })
  }
  if (code === 'SQLITE_CANTOPEN') {
    return new UserError('no-access', `SQLite cannot open the evidence store ${path} (${message}): its directory may be unreadable or read-only.`, {
      cause: error,
      hints: ['Check the permissions of the store and its directory (ls -ld).'],
    })
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || code === 'SQLITE_IOERR_SHORT_READ') {
    let sqlite = code !== 'SQLITE_NOTADB'
    try {
      sqlite ||= startsWithMagic(path)
    } catch {
      // Unreadable now: judge by SQLite's word alone.
    }
    if (!sqlite) {
      return new UserError('store-format', `${path} is not an evidence store: it is not a SQLite database.`, {
        cause: error,
        hints: ['Check --store and PL_HOME. If this file was your store, it was overwritten: keep it as it is and restore the store from a copy.'],
      })
    }
    return new IntegrityError(`The evidence store ${path} is damaged: SQLite reports "${message}" (truncated or corrupted).`, {
      cause: error,
      hints: ['Preserve the file as it is for investigation, and verify a copy taken earlier (`pl evidence verify --store COPY`).'],
    })
  }
  if (code === 'SQLITE_ERROR' && /^no such (table|column)/.test(message)) {
    return new IntegrityError(`The evidence store ${path} was altered: ${message}.`, {
      cause: error,
      hints: ['Preserve the file as it is for investigation.'],
    })
  }
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_LOCKED') || code.startsWith('SQLITE_BUSY')) {
    return new UserError('store-busy', `The evidence store ${path} is locked by another process.`, {
      cause: error,
      hints: ['Wait for the other pl command to finish and try again.'],
    })
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new UserError('no-access', `The disk holding the evidence store ${path} failed: ${message} (${code}).`, {
      cause: error,
      hints: ['Check the disk and the file system (dmesg), then run the command again.'],
    })
  }
  return systemError(error, path) ?? error
}

/**
 * A store pl may not write (a 0444 file, a 0555 directory, a read-only mount) is read from a
 * private copy: SQLite cannot read a WAL-mode file without creating its -shm file beside it, and
 * creating it next to a read-only original would write there (and leave it with the file's mode).
 */
function openReadOnlyCopy(path: string): Sqlite {
  const dir = mkdtempSync(join(tmpdir(), 'pl-verify-'))
  try {
    const copy = join(dir, 'evidence.db')
    copyFileSync(path, copy)
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`)
    const db = new BetterSqlite3(copy, {readonly: true, fileMustExist: true})
    const close = db.close.bind(db)
    // The copy lives as long as the connection: closing one removes the other.
    db.close = () => {
      try {
        return close()
      } finally {
        rmSync(dir, {recursive: true, force: true})
      }
    }
    return db
  } catch (error) {
    rmSync(dir, {recursive: true, force: true})
    throw error
  }
}

/**
 * A store pl must write to is refused up front when the file or (without its -wal and -shm files)
 * its directory is not writable: SQLite would otherwise fall back to reading, create a -shm file
 * with the store's read-only mode beside it, and fail at the first write.
 */
function refuseUnwritable(path: string): void {
  const refuse = (what: string) =>
    new UserError('no-access', `The evidence store ${path} is read-only (${what}): pl cannot write to it.`, {
      details: {readOnly: true},
      hints: ['Make it writable for this user (chmod/chown), or work on a writable copy.', '`pl evidence verify --store PATH` reads a read-only store without writing.'],
    })
  if (!writable(path)) throw refuse('the file')
  const dir = dirname(path)
  if (!writable(dir) && !(existsSync(`${path}-wal`) && existsSync(`${path}-shm`))) throw refuse(`its directory ${dir}, where SQLite keeps the store's -wal and -shm files`)
}

/**
 * A recursive mkdir on a read-only file system (or under a folder pl may not write) says ENOENT,
 * naming the folder it could not make: the real refusal is the first existing ancestor's, named
 * here (EROFS, EACCES) so that it is the environment's error, not pl's bug.
 */
function mkdirRefusal(dir: string, error: unknown): unknown {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return error
  let ancestor = dirname(dir)
  while (!existsSync(ancestor) && dirname(ancestor) !== ancestor) ancestor = dirname(ancestor)
  try {
    accessSync(ancestor, constants.W_OK)
  } catch (refused) {
    return systemError(refused, `${ancestor} (to create ${dir} in it)`) ?? error
  }
  return error
}

export function openDatabase(path: string, options: OpenOptions & {now?: number} = {}): Database {
  const readonly = options.readonly ?? false
  if (isPostgresLocation(path)) return openPostgres(path, {...options, readonly})
  let stats = statStore(path)
  if (!stats && (!options.create || readonly)) {
    throw new UserError('store-missing', `No evidence store at ${path}.`, {
      hints: ['Create one with `pl init`, or point to an existing one with --store PATH or PL_HOME.'],
    })
  }
  if (!stats) {
    const dir = dirname(path)
    try {
      if (!existsSync(dir)) {
        try {
          mkdirSync(dir, {recursive: true, mode: 0o700})
        } catch (error) {
          throw mkdirRefusal(dir, error)
        }
      }
      // Create the file ourselves so it never exists with a wider mode; SQLite gives the WAL and
      // shared-memory files the same mode as the database.
      closeSync(openSync(path, 'wx', 0o600))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOTDIR' || (error as NodeJS.ErrnoException).code === 'EEXIST') throw notADirectory(path, error)
      throw storeError(error, path)
    }
    stats = statSync(path)
  }
  if (stats.size === 0 && !options.create) {
    throw new UserError('store-format', `${path} is empty (0 bytes): it is not an evidence store.`, {
      hints: ['Check --store and PL_HOME. If this file held your store, it was truncated: keep it and restore the store from a copy.'],
    })
  }
  if (!readonly) refuseUnwritable(path)
  let db: Sqlite | undefined
  const copy = readonly && !(writable(path) && writable(dirname(path)))
  try {
    db = copy ? openReadOnlyCopy(path) : new BetterSqlite3(path, {readonly, fileMustExist: true})
    return sqliteEngine(checkedOpen(db, path, readonly, options.create ?? false))
  } catch (error) {
    if (db?.open) db.close()
    if (!readonly || copy || !refusedBeside(error)) throw storeError(error, path)
  }
  // A reader that could not create the -shm file (a full disk, a file system refusing writes)
  // reads without one: the store is the last thing that must fail when the disk fills.
  try {
    db = openWithoutShm(path)
    return sqliteEngine(checkedOpen(db, path, true, false))
  } catch (error) {
    if (db?.open) db.close()
    throw storeError(error, path)
  }
}

/** Applies the pragmas, refuses a newer schema and migrates an older one (writers only). */
function checkedOpen(db: Sqlite, path: string, readonly: boolean, create: boolean): Sqlite {
  applyPragmas(db, readonly)
  const version = db.pragma('user_version', {simple: true}) as number
  if (version > SCHEMA_VERSION) {
    throw new UserError('store-format', `${path} was written by a newer pl (schema ${version}; this pl knows ${SCHEMA_VERSION}).`, {
      hints: ['Upgrade pl to open this store.'],
    })
  }
  // Only pl's own stores are migrated: a file of another kind is refused below, never written.
  if (!readonly && (create || version >= 1)) migrate(db)
  return db
}

/** SQLite could not create or grow a file beside the store (its -shm or -wal): the disk or the file system refused. */
function refusedBeside(error: unknown): boolean {
  const code = (error as {code?: unknown} | null)?.code
  if (typeof code !== 'string') return false
  return code === 'SQLITE_FULL' || WRITE_FAILURES.has(code) || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN'
}

/**
 * The store read with no -shm file. When its -wal is absent or empty, every committed page is in
 * the file itself: SQLite's `immutable` URI parameter reads it with no lock and no -shm. A -wal
 * with frames is read from a private copy (openReadOnlyCopy) elsewhere (the temporary directory).
 */
function openWithoutShm(path: string): Sqlite {
  let walBytes = 0
  try {
    walBytes = statSync(`${path}-wal`).size
  } catch {
    // No -wal: nothing beyond the file.
  }
  if (walBytes === 0) {
    const uri = `file:${encodeURI(path).replaceAll('?', '%3f').replaceAll('#', '%23')}?immutable=1`
    try {
      return new BetterSqlite3(uri, {readonly: true, fileMustExist: true})
    } catch {
      // URI names unavailable (better-sqlite3 loaded before sqlite-uri.ts): the copy below.
    }
  }
  return openReadOnlyCopy(path)
}

/** Whether opening the store for writing failed because the disk or the file system refuses writes. */
export function refusesWrites(error: unknown): boolean {
  return error instanceof UserError && (error.code === 'disk-full' || (error.code === 'no-access' && error.details.readOnly === true))
}

/**
 * A PostgreSQL store: connected, its schema checked, and migrated when this is `pl init`
 * (`create`) or the store is pl's and older. Read-only connections never write.
 */
function openPostgres(url: string, options: OpenOptions & {now?: number; readonly: boolean}): Database {
  const db = new PgDatabase(url, {readonly: options.readonly})
  try {
    const version = db.schemaVersion()
    if (version === 0 && !options.create) {
      throw new UserError('store-missing', `No evidence store at ${url}: the database holds no pl tables.`, {
        hints: ['Create one with `pl init --store URL` (as the database owner), or check the database name in the URL.'],
      })
    }
    if (version > PG_SCHEMA_VERSION) {
      throw new UserError('store-format', `${url} was written by a newer pl (schema ${version}; this pl knows ${PG_SCHEMA_VERSION}).`, {hints: ['Upgrade pl to open this store.']})
    }
    if (!options.readonly) db.migrate(options.now ?? Date.now())
    return db
  } catch (error) {
    db.close()
    throw pgError(error, url, {readonly: options.readonly})
  }
}
