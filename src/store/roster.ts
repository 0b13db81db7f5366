/**
 * Reading and writing the responders of a store (issue 17, ADR 0014): the roster entries, under
 * the store's public roster key, folded in seq order; and the author signature rows.
 */
import type {Database} from './engine.js'
import {hasTable} from './engine.js'
import {xchachaDecrypt} from '../crypto/xchacha.js'
import {encodeHeader} from '../domain/codec.js'
import type {EntryRow} from '../domain/codec.js'
import {isKind} from '../domain/entries/index.js'
import {ROSTER_INCIDENT, ROSTER_KEY_ID, Roster, rosterKey} from '../domain/responders/roster.js'
import {IntegrityError} from '../errors.js'
import type {Ledger} from './reader.js'
import type {RawEntryRow} from './reader.js'

const decoder = new TextDecoder()

/** Whether the store has the responders' tables (schema 2 on either engine). */
export function hasResponderTables(db: Database): boolean {
  return hasTable(db, 'signatures')
}

/**
 * The roster as the store's entries say, without checking who signed them (verify does that).
 * A store of schema 1 has no roster. A roster entry that does not open was forged: refused.
 */
export function readRoster(ledger: Ledger): Roster {
  const roster = new Roster()
  if (!hasResponderTables(ledger.db)) return roster
  const key = rosterKey(ledger.meta.storeId)
  const rows = ledger.db.prepare("SELECT * FROM entries WHERE kind IN ('responder.added', 'responder.revoked') ORDER BY seq").all() as RawEntryRow[]
  for (const r of rows) {
    const row: EntryRow = {seq: r.seq, ts: r.ts, incident: r.incident, kind: r.kind, actor: r.actor, keyId: r.key_id, blob: r.blob, nonce: r.nonce, body: r.body, prev: r.prev, hash: r.hash}
    if (row.incident !== ROSTER_INCIDENT || row.keyId !== ROSTER_KEY_ID) continue
    const plain = xchachaDecrypt(key, row.nonce, row.body, encodeHeader(row))
    if (!plain) {
      throw new IntegrityError(`Entry ${row.seq} (${row.kind}) does not open under the store's roster key: it was forged or altered.`, {
        details: {seq: row.seq},
        hints: ['Run `pl evidence verify` and preserve the store as it is (the file, or a pg_dump of the database).'],
      })
    }
    const entry = {seq: row.seq, ts: row.ts, incident: row.incident, kind: row.kind, actor: row.actor, keyId: row.keyId, body: JSON.parse(decoder.decode(plain)) as unknown}
    if (isKind(entry, 'responder.added') && entry.body !== null) {
      roster.added(row.seq, entry.body)
    } else if (isKind(entry, 'responder.revoked') && entry.body !== null) roster.revoked(row.seq, entry.body)
  }
  return roster
}

/** Writes one author signature row (inside the caller's transaction). */
export function insertAuthorSignature(db: Database, s: {firstSeq: number; lastSeq: number; signer: Uint8Array; sig: Uint8Array; ts: number}): void {
  db.prepare('INSERT INTO signatures (last_seq, first_seq, signer, sig, ts) VALUES (?, ?, ?, ?, ?)').run(s.lastSeq, s.firstSeq, s.signer, s.sig, s.ts)
}
