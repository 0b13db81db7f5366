/**
 * Attribution (issue 17, ADR 0014): every entry from the first enrollment on must be covered by
 * one author signature — a responder's Ed25519 signature per command over (store id, first seq,
 * last seq, last entry hash) — by a key enrolled and not revoked at that entry's seq, and the
 * entry's actor must be that responder's name. Roster entries must be signed by an admin (the
 * first one, the founder's, by the key it enrolls). Entries before the first enrollment are from
 * before responders: counted as unattributed, not failed. Needs no data key: roster bodies are
 * under the store's public roster key, opened by the function handed in.
 */
import {toHex} from '../bytes.js'
import type {EntryRow} from '../codec.js'
import {isKind} from '../entries/index.js'
import type {LedgerEntry} from '../entry.js'
import type {Member} from '../responders/roster.js'
import {authorMessage, ROSTER_INCIDENT, ROSTER_KEY_ID, Roster, rosterKey} from '../responders/roster.js'
import type {VerifySignature} from './checkpoint.js'
import type {Problem} from './report.js'

/** One row of the store's author signatures. */
export interface AuthorSignature {
  firstSeq: number
  lastSeq: number
  /** The signer's Ed25519 public key (32 bytes). */
  signer: Uint8Array
  sig: Uint8Array
}

/** Opens a roster entry's body (XChaCha20-Poly1305 under the public roster key); undefined when it does not. */
export type OpenRosterBody = (key: Uint8Array, nonce: Uint8Array, body: Uint8Array, header: Uint8Array) => Uint8Array | undefined

export interface AttributionReport {
  /** The seq of the first enrollment (the founder's), or null in a store without responders. */
  genesis: number | null
  /** The founder's Ed25519 public key (hex): the auditor's trust root. */
  founder: string | null
  /** Entries from before the first enrollment: nobody signed them, and nobody could. */
  unattributed: number
  signatures: number
  authors: {name: string; key: string; admin: boolean; entries: number; addedAt: number; revokedAt?: number}[]
}

const decoder = new TextDecoder()

export class AttributionChecker {
  readonly #problems: Problem[]
  readonly #storeId: string
  readonly #signatures: readonly AuthorSignature[]
  readonly #verify: VerifySignature
  readonly #open: OpenRosterBody
  readonly #sealedTo: number
  readonly #rosterKey: Uint8Array
  readonly roster = new Roster()
  readonly #counts = new Map<Member, number>()
  #at = 0
  /** The signature range being walked, and whether a problem was already named in it. */
  #named = new Set<AuthorSignature>()
  #unattributed = 0

  constructor(problems: Problem[], storeId: string, signatures: readonly AuthorSignature[], verify: VerifySignature, open: OpenRosterBody, sealedTo: number) {
    this.#problems = problems
    this.#storeId = storeId
    this.#signatures = [...signatures].sort((a, b) => a.firstSeq - b.firstSeq)
    this.#verify = verify
    this.#open = open
    this.#sealedTo = sealedTo
    this.#rosterKey = rosterKey(storeId)
    let previous: AuthorSignature | undefined
    for (const s of this.#signatures) {
      if (s.firstSeq < 1 || s.lastSeq < s.firstSeq || (previous && s.firstSeq <= previous.lastSeq)) {
        this.#problem(s, 'author-signature', s.firstSeq, `Author signature over entries ${s.firstSeq}..${s.lastSeq} overlaps another or is malformed: the signatures table was altered.`)
      }
      previous = s
    }
  }

  #problem(sig: AuthorSignature | undefined, code: Problem['code'], seq: number, message: string): void {
    if (sig) {
      if (this.#named.has(sig)) return
      this.#named.add(sig)
    }
    this.#problems.push({code, seq, message})
  }

  #covering(seq: number): AuthorSignature | undefined {
    while (this.#at < this.#signatures.length && this.#signatures[this.#at]!.lastSeq < seq) this.#at += 1
    const s = this.#signatures[this.#at]
    return s && s.firstSeq <= seq ? s : undefined
  }

  /** A roster entry's body, or undefined (with a problem) when it does not open or is malformed. */
  #rosterEntry(row: EntryRow, header: Uint8Array): LedgerEntry | undefined {
    const plain = row.keyId === ROSTER_KEY_ID ? this.#open(this.#rosterKey, row.nonce, row.body, header) : undefined
    let body: unknown
    try {
      body = plain === undefined ? undefined : JSON.parse(decoder.decode(plain))
    } catch {
      body = undefined
    }
    if (body === undefined) {
      this.#problems.push({code: 'roster', seq: row.seq, message: `Entry ${row.seq} (${row.kind}) does not open under the store's roster key: it was forged or altered.`})
      return undefined
    }
    return {seq: row.seq, ts: row.ts, incident: row.incident, kind: row.kind, actor: row.actor, keyId: row.keyId, body}
  }

  /**
   * Sees one in-sequence row (after the chain check), with its encoded header. Returns the key
   * (hex) of the author signature covering it when the store had responders at its seq.
   */
  see(row: EntryRow, header: Uint8Array): string | undefined {
    const isRoster = row.incident === ROSTER_INCIDENT && (row.kind === 'responder.added' || row.kind === 'responder.revoked')
    let entry: LedgerEntry | undefined
    if (isRoster) {
      try {
        entry = this.#rosterEntry(row, header)
      } catch {
        entry = undefined
      }
    }
    const sig = this.#covering(row.seq)
    const signer = sig ? toHex(sig.signer) : undefined
    let added: LedgerEntry<'responder.added'> | undefined
    let revoked: LedgerEntry<'responder.revoked'> | undefined
    try {
      if (entry && isKind(entry, 'responder.added') && entry.body !== null) added = entry
      if (entry && isKind(entry, 'responder.revoked') && entry.body !== null) revoked = entry
    } catch (error) {
      this.#problems.push({code: 'roster', seq: row.seq, message: (error as Error).message})
    }
    const genesis = this.roster.genesis === undefined && added !== undefined && added.body!.admin && signer === added.body!.signKey
    if (!sig) {
      if (this.roster.genesis === undefined && !added) this.#unattributed += 1
      else if (row.seq <= this.#sealedTo) {
        this.#problems.push({code: 'unsigned', seq: row.seq, message: `Entry ${row.seq} (actor "${row.actor}") carries no author signature although responders are enrolled: it was forged by someone holding the store key, or its signature was removed.`})
      }
    } else {
      const member = genesis ? undefined : this.roster.at(signer!, row.seq)
      if (!genesis && !member) {
        if (this.roster.everEnrolled(signer!)) {
          this.#problem(sig, 'author-revoked', row.seq, `Entry ${row.seq} is signed by ${this.#nameOf(signer!)}, who was not enrolled or already revoked at that seq.`)
        } else {
          this.#problem(sig, 'author-unknown', row.seq, `Entry ${row.seq} is signed by key ${signer!.slice(0, 16)}…, which was never enrolled in this store.`)
        }
      } else if (member && row.actor !== member.name) {
        this.#problem(sig, 'author-mismatch', row.seq, `Entry ${row.seq} names "${row.actor}" as its author but is signed by ${member.name}: a forged author.`)
      } else if (member && isRoster && !member.admin) {
        this.#problem(sig, 'roster', row.seq, `Entry ${row.seq} (${row.kind}) is signed by ${member.name}, who is not an admin.`)
      } else if (genesis && row.actor !== added!.body!.name) {
        this.#problem(sig, 'author-mismatch', row.seq, `Entry ${row.seq} names "${row.actor}" as its author but enrolls ${added!.body!.name}: a forged author.`)
      }
      if (member) this.#counts.set(member, (this.#counts.get(member) ?? 0) + 1)
      if (row.seq === sig.lastSeq && !this.#verify(sig.signer, authorMessage(this.#storeId, sig.firstSeq, sig.lastSeq, row.hash), sig.sig)) {
        this.#problem(sig, 'author-signature', sig.firstSeq, `The author signature over entries ${sig.firstSeq}..${sig.lastSeq} does not verify: forged, or the entries were altered.`)
      }
    }
    if (added && (genesis || this.roster.genesis !== undefined)) {
      this.roster.added(row.seq, added.body!)
      if (genesis) this.#counts.set(this.roster.founder!, (this.#counts.get(this.roster.founder!) ?? 0) + 1)
    } else if (added) {
      this.#problems.push({code: 'roster', seq: row.seq, message: `Entry ${row.seq} enrolls ${added.body!.name} as the first responder but is not signed by that responder's own key as an admin.`})
    }
    if (revoked) this.roster.revoked(row.seq, revoked.body!)
    return this.roster.genesis === undefined ? undefined : signer
  }

  #nameOf(signKey: string): string {
    return this.roster.members.findLast((m) => m.signKey === signKey)?.name ?? `key ${signKey.slice(0, 16)}…`
  }

  /** Signatures over entries that are gone, and the summary. */
  finish(maxSeq: number): AttributionReport {
    for (const s of this.#signatures) {
      // The first entry gone (maxSeq + 1) is the damage; those before it that the signature covered stay in the chain, only their author unproven.
      if (s.lastSeq > maxSeq) this.#problem(s, 'author-signature', maxSeq + 1, `An author signature covers entries ${s.firstSeq}..${s.lastSeq}, beyond the last entry ${maxSeq}: entries ${Math.max(s.firstSeq, maxSeq + 1)}..${s.lastSeq} were removed${s.firstSeq <= maxSeq ? ` (and the authors of ${s.firstSeq}..${maxSeq} are unproven)` : ''}.`)
    }
    const founder = this.roster.founder
    return {
      genesis: this.roster.genesis ?? null,
      founder: founder?.signKey ?? null,
      unattributed: this.#unattributed,
      signatures: this.#signatures.length,
      authors: this.roster.members.map((m) => ({
        name: m.name,
        key: m.signKey,
        admin: m.admin,
        entries: this.#counts.get(m) ?? 0,
        addedAt: m.addedAt,
        ...(m.revokedAt === undefined ? {} : {revokedAt: m.revokedAt}),
      })),
    }
  }
}

