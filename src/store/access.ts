/**
 * Who may read an incident (issue 17, ADR 0014): its access key sealed to each granted
 * responder's X25519 key, one `grants` row per responder. Revoking access deletes the row.
 */
import type {Database} from './engine.js'

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
