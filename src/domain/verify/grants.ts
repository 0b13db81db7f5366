/**
 * Grants against the record (tester 11, defect 11): in a store with responders, the `grants` rows
 * an incident must have follow from its entries alone, without any key. pl inserts a grant only
 * with an entry that records it — the opener's with the incident's first entry (`incident.opened`,
 * signed by the opener), anyone else's with `access.granted` — and deletes one only with
 * `access.revoked` or `responder.revoked` (all of that responder's grants). A grant the record
 * says is held but the table lacks was deleted behind pl's back: whoever held it lost the
 * incident, and when nobody is left its evidence is unreadable for everyone. The access and roster
 * entries open under the store's public roster key, like the roster's.
 */
import type {EntryRow} from '../codec.js'
import {ROSTER_INCIDENT, ROSTER_KEY_ID, rosterKey} from '../responders/roster.js'
import type {OpenRosterBody} from './attribution.js'
import type {Problem} from './report.js'

/** One row of the `grants` table, as its clear columns say. */
export interface GrantRow {
  incident: string
  /** Hex of the responder's Ed25519 key. */
  responder: string
}

/** A grant the record says is held: by whom (name and key) and since which entry. */
export interface RecordedGrant {
  name: string
  signKey: string
  seq: number
}

const decoder = new TextDecoder()

/** The body of an access or roster entry that names a responder, or undefined when it does not open or names none. */
function namedResponder(open: OpenRosterBody, key: Uint8Array, row: EntryRow, header: Uint8Array): {name: string; signKey: string} | undefined {
  if (row.keyId !== ROSTER_KEY_ID) return undefined
  const plain = open(key, row.nonce, row.body, header)
  if (plain === undefined) return undefined
  try {
    const body = JSON.parse(decoder.decode(plain)) as {name?: unknown; signKey?: unknown}
    return typeof body.name === 'string' && typeof body.signKey === 'string' ? {name: body.name, signKey: body.signKey} : undefined
  } catch {
    return undefined
  }
}

export class GrantLedger {
  readonly #open: OpenRosterBody
  readonly #key: Uint8Array
  /** Incident → responder key → the grant the record says they hold. */
  readonly held = new Map<string, Map<string, RecordedGrant>>()

  constructor(storeId: string, open: OpenRosterBody) {
    this.#open = open
    this.#key = rosterKey(storeId)
  }

  #of(incident: string): Map<string, RecordedGrant> {
    let m = this.held.get(incident)
    if (!m) this.held.set(incident, (m = new Map()))
    return m
  }

  /**
   * Sees one authentic row in seq order. `signer`: the Ed25519 key (hex) of the author signature
   * covering it, when the store had responders at that seq (an incident opened before them has no
   * grants: its keys are under the store key).
   */
  see(row: EntryRow, header: Uint8Array, signer: string | undefined): void {
    if (row.kind === 'incident.opened' && signer !== undefined) {
      this.#of(row.incident).set(signer, {name: row.actor, signKey: signer, seq: row.seq})
      return
    }
    const access = row.kind === 'access.granted' || row.kind === 'access.revoked'
    const revoked = row.kind === 'responder.revoked' && row.incident === ROSTER_INCIDENT
    if (!access && !revoked) return
    // Does not open: the attribution check names a forged roster entry; an access entry that does not is named by --deep.
    const who = namedResponder(this.#open, this.#key, row, header)
    if (!who) return
    if (row.kind === 'access.granted') this.#of(row.incident).set(who.signKey, {...who, seq: row.seq})
    else if (row.kind === 'access.revoked') this.#of(row.incident).delete(who.signKey)
    else for (const grants of this.held.values()) grants.delete(who.signKey)
  }

  /** The recorded grants missing from `rows`, by incident (incidents in the order first seen). */
  missing(rows: Iterable<GrantRow>): Map<string, {missing: RecordedGrant[]; present: number}> {
    const present = new Set<string>()
    for (const r of rows) present.add(`${r.incident}\n${r.responder}`)
    const out = new Map<string, {missing: RecordedGrant[]; present: number}>()
    for (const [incident, grants] of this.held) {
      const missing = [...grants.values()].filter((g) => !present.has(`${incident}\n${g.signKey}`))
      if (missing.length > 0) out.set(incident, {missing, present: grants.size - missing.length})
    }
    return out
  }

  /** One problem per incident with recorded grants missing from the table. */
  problems(rows: Iterable<GrantRow>): Problem[] {
    return [...this.missing(rows)].map(([incident, {missing, present}]) => {
      const names = missing.map((g) => `${g.name} (since entry ${g.seq})`).join(', ')
      const effect = present === 0 ? `nobody can read ${incident} any more: its evidence is unreadable until the grants table is restored from a backup` : `they can no longer read ${incident}`
      return {
        code: 'grant-missing',
        message: `Incident ${incident}: the grant${missing.length > 1 ? 's' : ''} recorded for ${names} ${missing.length > 1 ? 'are' : 'is'} missing from the grants table, with no access.revoked entry: deleted behind pl's back; ${effect}.`,
      } satisfies Problem
    })
  }
}
