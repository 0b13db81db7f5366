/**
 * Responders (issue 17, ADR 0014): who is enrolled in a store, from its `responder.added` and
 * `responder.revoked` entries, and the bytes an author signs. Pure: the entries are read by the
 * store (writers) or the verifier (auditors) and folded here in seq order.
 */
import {hash} from 'node:crypto'
import {fromHex, toHex} from '../bytes.js'

/** The incident id the roster entries are filed under: they belong to the store, not an incident. */
export const ROSTER_INCIDENT = '@store'

/**
 * The key id of roster entries. Their key is public (derived from the store id, below): who is
 * enrolled, with which public keys, must be readable by an auditor who holds no key at all. Not
 * hex, so it is never the id of a random data key (`k_` + 24 hex digits).
 */
export const ROSTER_KEY_ID = 'k_roster'

export const ROSTER_KINDS = ['responder.added', 'responder.revoked'] as const

const encoder = new TextEncoder()

/** The public key of roster entries: SHA-256("pl-roster-key v1\n" ‖ store_id ‖ "\n"). */
export function rosterKey(storeId: string): Uint8Array {
  return new Uint8Array(hash('sha256', `pl-roster-key v1\n${storeId}\n`, 'buffer'))
}

/** What a responder's one signature per command covers: the store, the seq range, the last entry's hash. */
export function authorMessage(storeId: string, firstSeq: number, lastSeq: number, lastHash: Uint8Array): Uint8Array {
  return encoder.encode(`pl-author v1\n${storeId}\n${firstSeq}\n${lastSeq}\n${toHex(lastHash)}\n`)
}

/** Associated data of a data key wrapped under an incident's access key (ADR 0014). */
export function incidentKeyAad(storeId: string, incident: string, keyId: string): Uint8Array {
  return encoder.encode(`pl-incident-key v1\n${storeId}\n${incident}\n${keyId}\n`)
}

/** A responder's public identity as people pass it around: `plr1-` and the hex of both public keys. */
export interface ResponderPublicKeys {
  signKey: Uint8Array
  boxKey: Uint8Array
}

export function formatResponderKey(keys: ResponderPublicKeys): string {
  return `plr1-${toHex(keys.signKey)}${toHex(keys.boxKey)}`
}

/** Parses `plr1-<64 hex Ed25519><64 hex X25519>`, or undefined when it is not one. */
export function parseResponderKey(text: string): ResponderPublicKeys | undefined {
  const m = /^plr1-([0-9a-f]{64})([0-9a-f]{64})$/.exec(text.trim().toLowerCase())
  if (!m) return undefined
  return {signKey: fromHex(m[1]!), boxKey: fromHex(m[2]!)}
}

/** A responder's name: what their entries' actor says. Short, printable, no spaces. */
export const RESPONDER_NAME = /^[a-z0-9][a-z0-9._@-]{0,63}$/i

export interface Member {
  name: string
  /** Hex of the Ed25519 public key. */
  signKey: string
  /** Hex of the X25519 public key. */
  boxKey: string
  admin: boolean
  addedAt: number
  revokedAt?: number
  revokeReason?: string
  /** The store's key-encryption key sealed to boxKey (base64), as the enrolling admin wrote it. */
  sealedKek?: string
}

export interface AddedBody {
  name: string
  signKey: string
  boxKey: string
  admin: boolean
  sealedKek?: string
}

export interface RevokedBody {
  name: string
  signKey: string
  reason?: string
}

/** The roster as of some seq: enrollments and revocations applied in seq order. */
export class Roster {
  readonly members: Member[] = []
  /** The seq of the first enrollment: entries before it are from before responders (unattributed). */
  genesis: number | undefined

  get founder(): Member | undefined {
    return this.members[0]
  }

  added(seq: number, body: AddedBody): void {
    this.genesis ??= seq
    this.members.push({...body, addedAt: seq})
  }

  revoked(seq: number, body: RevokedBody): void {
    const m = this.current(body.signKey)
    if (m) {
      m.revokedAt = seq
      if (body.reason !== undefined) m.revokeReason = body.reason
    }
  }

  /** The enrollment of this key that is not revoked, if any (the roster as folded so far). */
  current(signKey: string): Member | undefined {
    return this.members.findLast((m) => m.signKey === signKey && m.revokedAt === undefined)
  }

  /** The enrollment of this key in force at `seq`: added before it, not revoked before or at it. */
  at(signKey: string, seq: number): Member | undefined {
    return this.members.findLast((m) => m.signKey === signKey && m.addedAt < seq && (m.revokedAt === undefined || seq < m.revokedAt))
  }

  everEnrolled(signKey: string): boolean {
    return this.members.some((m) => m.signKey === signKey)
  }

  active(): Member[] {
    return this.members.filter((m) => m.revokedAt === undefined)
  }

  activeByName(name: string): Member | undefined {
    return this.members.find((m) => m.name === name && m.revokedAt === undefined)
  }

  admins(): Member[] {
    return this.active().filter((m) => m.admin)
  }
}
