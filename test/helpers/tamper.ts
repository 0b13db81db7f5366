/**
 * Tools of the attacker in the tamper tests: open a store file with better-sqlite3 directly, drop
 * the append-only triggers, rewrite rows, put the triggers back (so that verify judges the data,
 * not the missing triggers), and forge what someone without the store key could forge.
 */
import {copyFileSync, existsSync} from 'node:fs'
import {createHash, generateKeyPairSync, randomBytes, sign} from 'node:crypto'
import {join} from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type {Database} from 'better-sqlite3'
import type {Database as StoreDatabase} from '../../src/store/engine.js'
import {leafHash, rootFromLeafHashes} from '../../src/domain/merkle.js'
import {checkpointMessage, encodeHeader, entryHash} from '../../src/domain/codec.js'
import {coveredValues, encodeMetaStatement, metaStatementMessage} from '../../src/domain/meta-statement.js'
import type {MetaValues} from '../../src/domain/meta-statement.js'
import {checkpointNoteText, checkpointOrigin} from '../../src/domain/note.js'
import type {EntryHeader} from '../../src/domain/codec.js'
import {Ledger} from '../../src/store/reader.js'
import type {CheckpointFile} from '../../src/domain/checkpoint.js'
import {checkpointToFile} from '../../src/domain/checkpoint.js'
import type {VerifyReport} from '../../src/domain/verify/report.js'
import type {RawEntryRow} from '../../src/store/reader.js'

/** The columns of `entries` besides `seq`, in table order. */
export const ENTRY_COLUMNS = ['ts', 'incident', 'kind', 'actor', 'key_id', 'blob', 'nonce', 'body', 'prev', 'hash'] as const
export type EntryColumn = (typeof ENTRY_COLUMNS)[number]
export const HEADER_COLUMNS: readonly EntryColumn[] = ['ts', 'incident', 'kind', 'actor', 'key_id', 'blob']

export type RawEntry = RawEntryRow

export function openRaw(path: string): Database {
  return new BetterSqlite3(path, {fileMustExist: true})
}

/** Moves everything from the WAL into the main file, so that copying the one file copies the store. */
export function settle(path: string): void {
  const db = openRaw(path)
  try {
    db.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    db.close()
  }
}

/** Copies a settled store file to `dir/name` and returns the copy's path. */
export function copyStore(from: string, dir: string, name: string): string {
  if (existsSync(`${from}-wal`)) settle(from)
  const to = join(dir, name)
  copyFileSync(from, to)
  return to
}

/**
 * Runs `fn` with every trigger dropped, then recreates them from their own SQL, all in one
 * transaction: afterwards the schema is as pl made it and only the data differs.
 */
export function withTriggersDropped<T>(db: Database, fn: () => T): T {
  const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as {name: string; sql: string}[]
  return db.transaction(() => {
    for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`)
    const result = fn()
    for (const t of triggers) db.exec(t.sql)
    return result
  })()
}

/** Opens the file, runs `fn` with the triggers dropped (and restored), commits and closes. */
export function tamper<T>(path: string, fn: (db: Database) => T): T {
  const db = openRaw(path)
  try {
    return withTriggersDropped(db, () => fn(db))
  } finally {
    db.close()
  }
}

export function rawEntry(db: Database, seq: number): RawEntry {
  const row = db.prepare('SELECT * FROM entries WHERE seq = ?').get(seq) as RawEntry | undefined
  if (!row) throw new Error(`no entry ${seq}`)
  return row
}

export function rawEntries(db: Pick<Database, 'prepare'> | StoreDatabase): RawEntry[] {
  return db.prepare('SELECT * FROM entries ORDER BY seq').all() as RawEntry[]
}

export function headerOf(r: RawEntry): EntryHeader {
  return {seq: r.seq, ts: r.ts, incident: r.incident, kind: r.kind, actor: r.actor, keyId: r.key_id, blob: r.blob}
}

/** A copy of `bytes` with one bit flipped; `bit` counts from the first byte's lowest bit, modulo the length. */
export function flipBitOf(bytes: Uint8Array, bit: number): Buffer {
  if (bytes.length === 0) throw new Error('cannot flip a bit of an empty value')
  const copy = Buffer.from(bytes)
  const at = Math.floor(bit / 8) % copy.length
  copy[at] = copy[at]! ^ (1 << (bit % 8))
  return copy
}

/**
 * Flips one bit of one column of entry `seq`, in place (triggers must be dropped). Integers flip
 * bit `bit % 40` (a ts stays a safe integer); text flips a bit of its UTF-8 bytes, stored back
 * byte for byte with CAST so that nothing re-encodes the damage away. A NULL blob cannot have a
 * bit flipped: it is set to the address of another blob instead.
 */
export function flipEntryBit(db: Database, seq: number, column: EntryColumn, bit: number): void {
  const row = rawEntry(db, seq)
  const value = row[column]
  if (typeof value === 'number') {
    const flipped = Number(BigInt(value) ^ (1n << BigInt(bit % 40)))
    db.prepare(`UPDATE entries SET ${column} = ? WHERE seq = ?`).run(flipped, seq)
  } else if (typeof value === 'string') {
    db.prepare(`UPDATE entries SET ${column} = CAST(? AS TEXT) WHERE seq = ?`).run(flipBitOf(Buffer.from(value, 'utf8'), bit), seq)
  } else if (value === null) {
    db.prepare(`UPDATE entries SET ${column} = ? WHERE seq = ?`).run(createHash('sha256').update(`moved onto ${seq}`).digest('hex'), seq)
  } else {
    db.prepare(`UPDATE entries SET ${column} = ? WHERE seq = ?`).run(flipBitOf(value, bit), seq)
  }
}

/** Alters entry `seq`'s body and recomputes its hash, as an attacker who knows the format would. */
export function rewriteEntry(db: Database, seq: number): void {
  const row = rawEntry(db, seq)
  const body = flipBitOf(row.body, 0)
  const hash = entryHash(row.prev, encodeHeader(headerOf(row)), row.nonce, body)
  db.prepare('UPDATE entries SET body = ?, hash = ? WHERE seq = ?').run(body, hash, seq)
}

/** Recomputes prev and hash of every entry from `fromSeq` on, so that the chain itself is intact again. */
export function rechainFrom(db: Database, fromSeq: number): void {
  let prev: Uint8Array = fromSeq > 1 ? rawEntry(db, fromSeq - 1).hash : new Uint8Array(32)
  for (const row of rawEntries(db).filter((r) => r.seq >= fromSeq)) {
    const hash = entryHash(prev, encodeHeader(headerOf(row)), row.nonce, row.body)
    db.prepare('UPDATE entries SET prev = ?, hash = ? WHERE seq = ?').run(prev, hash, row.seq)
    prev = hash
  }
}

/** Exchanges every column but seq of two entries. */
export function swapEntries(db: Database, a: number, b: number): void {
  const ra = rawEntry(db, a)
  const rb = rawEntry(db, b)
  const set = db.prepare(
    `UPDATE entries SET ${ENTRY_COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE seq = @seq`,
  )
  set.run({...rb, seq: a})
  set.run({...ra, seq: b})
}

export interface ForgedEntry {
  keyId: string
  kind?: string
  actor?: string
  incident?: string
}

/**
 * Appends an entry after the last one whose prev and hash are correctly chained (SHA-256 over a
 * random nonce and "ciphertext"): everything a forger without the data keys can produce.
 * Returns its seq.
 */
export function appendChained(db: Database, forged: ForgedEntry): number {
  const last = db.prepare('SELECT * FROM entries ORDER BY seq DESC LIMIT 1').get() as RawEntry
  const header: EntryHeader = {
    seq: last.seq + 1,
    ts: last.ts + 1000,
    incident: forged.incident ?? last.incident,
    kind: forged.kind ?? 'note',
    actor: forged.actor ?? 'mallory@forged',
    keyId: forged.keyId,
    blob: null,
  }
  const nonce = randomBytes(24)
  const body = randomBytes(64)
  const hash = entryHash(last.hash, encodeHeader(header), nonce, body)
  db.prepare('INSERT INTO entries (seq, ts, incident, kind, actor, key_id, blob, nonce, body, prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    header.seq,
    header.ts,
    header.incident,
    header.kind,
    header.actor,
    header.keyId,
    null,
    nonce,
    body,
    last.hash,
    hash,
  )
  return header.seq
}

/** Appends a row of random bytes (wrong prev, wrong hash) after the last one. Returns its seq. */
export function appendGarbage(db: Database): number {
  const {m} = db.prepare('SELECT max(seq) AS m FROM entries').get() as {m: number}
  const hex = () => randomBytes(12).toString('hex')
  db.prepare('INSERT INTO entries (seq, ts, incident, kind, actor, key_id, blob, nonce, body, prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    m + 1,
    Date.now(),
    'INC-' + hex(),
    'note',
    'mallory@garbage',
    'k_' + hex(),
    null,
    randomBytes(24),
    randomBytes(80),
    randomBytes(32),
    randomBytes(32),
  )
  return m + 1
}

export function checkpointSizes(db: Pick<Database, 'prepare'> | StoreDatabase): number[] {
  return (db.prepare('SELECT size FROM checkpoints ORDER BY size').all() as {size: number}[]).map((r) => r.size)
}

/** The signed checkpoint of size `size` as `pl evidence checkpoint` would export it. */
export function checkpointFileOf(path: string, size: number): CheckpointFile {
  const db = openRaw(path)
  try {
    const ledger = new Ledger(db)
    const c = ledger.checkpoints().find((x) => x.size === size)
    if (!c) throw new Error(`no checkpoint of size ${size}`)
    return checkpointToFile(c, ledger.meta.signPublicKey)
  } finally {
    db.close()
  }
}

/** An Ed25519 key pair the attacker controls (node:crypto), with the raw 32-byte public key. */
export function attackerKey(): {publicKey: Buffer; sign: (message: Uint8Array) => Buffer} {
  const {publicKey, privateKey} = generateKeyPairSync('ed25519')
  const jwk = publicKey.export({format: 'jwk'})
  return {publicKey: Buffer.from(jwk.x ?? '', 'base64url'), sign: (message) => sign(null, message, privateKey)}
}

/**
 * Replaces the store's public key with the attacker's and, with `resign`, signs every checkpoint,
 * its note and the meta statement again over the Merkle root of the entries and the meta values as
 * they now are (what someone who rewrites the whole file can do: without an anchor outside the
 * file, the result is a valid store).
 */
export function replaceSigningKey(db: Database, key: ReturnType<typeof attackerKey>, resign: boolean): void {
  db.prepare("UPDATE meta SET value = ? WHERE key = 'sign_public_key'").run(key.publicKey.toString('hex'))
  if (!resign) return
  const storeId = (db.prepare("SELECT value FROM meta WHERE key = 'store_id'").get() as {value: string}).value
  const roots = new Map<number, Uint8Array>([[0, rootFromLeafHashes([])]])
  const leaves: Uint8Array[] = []
  for (const row of rawEntries(db)) {
    leaves.push(leafHash(row.hash))
    roots.set(row.seq, rootFromLeafHashes(leaves))
  }
  const rows = db.prepare('SELECT size, ts FROM checkpoints').all() as {size: number; ts: number}[]
  const update = db.prepare('UPDATE checkpoints SET root = ?, sig = ? WHERE size = ?')
  const note = db.prepare('UPDATE checkpoint_notes SET sig = ? WHERE size = ?')
  for (const r of rows) {
    const root = roots.get(r.size)
    if (!root) throw new Error(`no entries for checkpoint ${r.size}`)
    update.run(root, key.sign(checkpointMessage(storeId, r.size, root, r.ts)), r.size)
    note.run(key.sign(new TextEncoder().encode(checkpointNoteText(checkpointOrigin(storeId), r.size, root))), r.size)
  }
  const meta = new Map((db.prepare('SELECT key, value FROM meta').all() as {key: string; value: string}[]).map((m) => [m.key, m.value]))
  const values = coveredValues(meta) as MetaValues
  db.prepare("UPDATE meta SET value = ? WHERE key = 'meta_statement'").run(encodeMetaStatement(values, key.sign(metaStatementMessage(values))))
}

/** Deletes the checkpoints (and their note signatures) above `size`, as a truncating attacker would. */
export function deleteCheckpointsAbove(db: Database, size: number): void {
  db.prepare('DELETE FROM checkpoints WHERE size > ?').run(size)
  db.prepare('DELETE FROM checkpoint_notes WHERE size > ?').run(size)
}

/** A problem reduced to what the assertions compare: code, and the entry or checkpoint it names. */
export function problemKeys(report: Pick<VerifyReport, 'problems'>): string[] {
  return report.problems
    .map((p) => `${p.code}${p.seq === undefined ? '' : `@${p.seq}`}${p.checkpointSize === undefined ? '' : `#${p.checkpointSize}`}`)
    .sort()
}
