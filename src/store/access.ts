/**
 * Who may read an incident (issue 17, ADR 0014): its access key sealed to each granted
 * responder's X25519 key, one `grants` row per responder. Revoking access deletes the row.
 */
import {xchachaDecrypt} from '../crypto/xchacha.js'
import {toHex} from '../domain/bytes.js'
import {encodeHeader} from '../domain/codec.js'
import type {EntryRow} from '../domain/codec.js'
import {GrantLedger} from '../domain/verify/grants.js'
import type {RecordedGrant} from '../domain/verify/grants.js'
import type {Database} from './engine.js'
import type {Ledger, RawEntryRow} from './reader.js'
import {hasResponderTables} from './roster.js'

export function sealedGrant(db: Database, incident: string, responder: string): Uint8Array | undefined {
  const r = db.prepare('SELECT sealed FROM grants WHERE incident = ? AND responder = ?').get(incident, responder) as {sealed: Buffer} | undefined
  return r && new Uint8Array(r.sealed)
}

/** The Ed25519 keys (hex) of the responders granted on an incident. */
export function grantees(db: Database, incident: string): string[] {
  return (db.prepare('SELECT responder FROM grants WHERE incident = ? ORDER BY created, responder').all(incident) as {responder: string}[]).map((r) => r.responder)
}

export function insertGrant(db: Database, g: {incident: string; responder: string; sealed: Uint8Array; created: number}): void {
  db.prepare('INSERT INTO grants (incident, responder, sealed, created) VALUES (?, ?, ?, ?)').run(g.incident, g.responder, g.sealed, g.created)
}

export function deleteGrant(db: Database, incident: string, responder: string): boolean {
  return db.prepare('DELETE FROM grants WHERE incident = ? AND responder = ?').run(incident, responder).changes > 0
}

/** The incidents a responder holds access to. */
export function grantsOf(db: Database, responder: string): string[] {
  return (db.prepare('SELECT incident FROM grants WHERE responder = ? ORDER BY incident').all(responder) as {incident: string}[]).map((r) => r.incident)
}

/**
 * The grants of `incident` its entries record as held (its opener's, then access.granted less
 * access.revoked and responder.revoked), read without any key; verify compares them with the
 * table for every incident. Here for the refusal of someone without access: when recorded grants
 * are missing from the table, they were deleted behind pl's back, and "nobody holds access" would
 * hide it.
 */
export function recordedGrants(ledger: Ledger, incident: string): RecordedGrant[] {
  const db = ledger.db
  if (!hasResponderTables(db)) return []
  const grants = new GrantLedger(ledger.meta.storeId, (key, nonce, body, header) => xchachaDecrypt(key, nonce, body, header) ?? undefined)
  const signerOf = db.prepare('SELECT signer FROM signatures WHERE first_seq <= ? AND last_seq >= ?')
  const rows = db
    .prepare("SELECT * FROM entries WHERE (incident = ? AND kind IN ('incident.opened', 'access.granted', 'access.revoked')) OR kind = 'responder.revoked' ORDER BY seq")
    .all(incident) as RawEntryRow[]
  for (const r of rows) {
    const row: EntryRow = {seq: r.seq, ts: r.ts, incident: r.incident, kind: r.kind, actor: r.actor, keyId: r.key_id, blob: r.blob, nonce: r.nonce, body: r.body, prev: r.prev, hash: r.hash}
    const signer = row.kind === 'incident.opened' ? (signerOf.get(row.seq, row.seq) as {signer: Buffer} | undefined)?.signer : undefined
    grants.see(row, encodeHeader(row), signer && toHex(signer))
  }
  return [...(grants.held.get(incident)?.values() ?? [])]
}
