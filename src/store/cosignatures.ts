/**
 * Responders' cosignatures of checkpoint notes (issue 17 item 4, ADR 0014): one row per
 * (checkpoint size, signer), append-only (schema 4 on both engines). A store not migrated yet has
 * no such table: it has no cosignatures.
 */
import type {Database} from './engine.js'
import {hasTable} from './engine.js'

export interface StoredCosignature {
  size: number
  /** Ed25519 public key (32 bytes). */
  signer: Uint8Array
  /** POSIX seconds, as signed. */
  ts: number
  /** Ed25519 signature (64 bytes). */
  sig: Uint8Array
}

export function hasCosignatureTable(db: Database): boolean {
  return hasTable(db, 'cosignatures')
}

/** Every cosignature, by size then signer; `atSize` narrows to one checkpoint. */
export function readCosignatures(db: Database, atSize?: number): StoredCosignature[] {
  if (!hasCosignatureTable(db)) return []
  const rows = (
    atSize === undefined
      ? db.prepare('SELECT size, signer, ts, sig FROM cosignatures ORDER BY size, signer').all()
      : db.prepare('SELECT size, signer, ts, sig FROM cosignatures WHERE size = ? ORDER BY signer').all(atSize)
  ) as {size: number | bigint; signer: Uint8Array; ts: number | bigint; sig: Uint8Array}[]
  return rows.map((r) => ({size: Number(r.size), signer: new Uint8Array(r.signer), ts: Number(r.ts), sig: new Uint8Array(r.sig)}))
}

/** Adds one cosignature; false when this signer already cosigned this size (rows are never replaced). */
export function insertCosignature(db: Database, c: StoredCosignature): boolean {
  return db
    .transaction(() => {
      const exists = db.prepare('SELECT 1 FROM cosignatures WHERE size = ? AND signer = ?').get(c.size, c.signer)
      if (exists) return false
      db.prepare('INSERT INTO cosignatures (size, signer, ts, sig) VALUES (?, ?, ?, ?)').run(c.size, c.signer, c.ts, c.sig)
      return true
    })
    .immediate()
}
