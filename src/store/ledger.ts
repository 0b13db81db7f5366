/**
 * The ledger opened with its key (atproto's RecordTransactor): the only thing that can decrypt or
 * write. It extends the key-free reader (`Ledger`, reader.ts), so code that only reads takes a
 * `Ledger` and cannot append; meta rows are in meta.ts and blob streams in blobs.ts.
 */
import {randomBytes as nodeRandomBytes} from 'node:crypto'
import type {Database, Statement} from './engine.js'
import {dialectOf, write} from './engine.js'
import {BugError, IntegrityError, UserError, withContext} from '../errors.js'
import type {PlError} from '../errors.js'
import type {Crypto} from '../crypto/sodium.js'
import {DecryptionError} from '../crypto/sodium.js'
import {bytesEqual, toHex} from '../domain/bytes.js'
import type {Checkpoint, EntryHeader, EntryRow} from '../domain/codec.js'
import {canonicalJson, checkpointMessage, encodeHeader, entryHash, keyWrapAad, ZERO_HASH} from '../domain/codec.js'
import {isKind} from '../domain/entries/index.js'
import {EVIDENCE_ENTRY_KINDS, isEvidenceEntryKind, NUMBERING_KIND} from '../domain/evidence.js'
import type {EntryBodies, KnownKind, LedgerEntry} from '../domain/entry.js'
import {leafHash, MerkleFrontier} from '../domain/merkle.js'
import {authorMessage, incidentKeyAad, ROSTER_KEY_ID, rosterKey} from '../domain/responders/roster.js'
import type {AuthorKeys} from './author.js'
import {checkpointNoteText, checkpointOrigin} from '../domain/note.js'
import {readBlob, writeBlob} from './blobs.js'
import {grantees, insertGrant, recordedGrants, sealedGrant} from './access.js'
import {insertAuthorSignature, readRoster} from './roster.js'
import type {KeyEncryptionKey} from './kek.js'
import {localKek} from './kek.js'
import type {KeyMaterial, StoreMeta} from './meta.js'
import {deriveKek, FP_KEY_AAD, readMeta, readMetaRecord, requireMetaStatement, SIGN_KEY_AAD, splitWrapped, writeMetaStatement} from './meta.js'
import {Ledger} from './reader.js'

/**
 * One entry to append. The body is typed by its kind (a body its kind's guard would refuse does
 * not compile), or is a function of the entry's sequence number and, for an evidence item, of its
 * evidence number (EV-<n>, ADR 0016), both known only inside the append's transaction.
 */
export type AppendInput = {
  [K in KnownKind]: {
    incident: string
    kind: K
    keyId: string
    body: EntryBodies[K] | BodyOfSeq<EntryBodies[K]>
    blob?: string
  }
}[KnownKind]

export type BodyOfSeq<B> = (seq: number, evidenceNumber: number) => B

export interface UnlockOptions {
  crypto: Crypto
  material: KeyMaterial
  actor: string
  now: () => number
  /** In a store with responders: whose identity signs what this ledger appends (ADR 0014). */
  author?: AuthorKeys
}

export type OpenWithKekOptions = Omit<UnlockOptions, 'material'> & {kek: KeyEncryptionKey}

/**
 * Derives the KEK from the key material and checks it against the store's key-check value; a
 * wrong passphrase or key file is refused here, before anything is written. The caller owns (and
 * wipes) the returned bytes.
 */
export async function deriveCheckedKek(db: Database, crypto: Crypto, material: KeyMaterial): Promise<{kek: Uint8Array; meta: StoreMeta}> {
  const meta = readMeta(db)
  // Before any key derivation: a changed KDF setting or key-check value is tampering, named as
  // such, not a wrong passphrase (and an inflated memlimit is never tried).
  requireMetaStatement(db, meta.signPublicKey)
  const kek = await deriveKek(crypto, meta, material)
  if (!bytesEqual(crypto.kekCheck(kek), meta.kekCheck)) {
    crypto.memzero(kek)
    throw new UserError('wrong-passphrase', 'Wrong passphrase or key file for this evidence store. Nothing was written.', {
      hints: ['Check PL_PASSPHRASE / PL_PASSPHRASE_FILE / PL_KEY_FILE, or the store path (--store, PL_HOME).'],
    })
  }
  return {kek, meta}
}

const decoder = new TextDecoder()
const encoder = new TextEncoder()

/** What to do about a row not written by pl past the last checkpoint, which stops every write (docs/team-store.md). */
const FORGED_TAIL_HINT =
  'Every write stops at it until it is set aside: preserve the store as it is (a copy; pg_dump on PostgreSQL), find who inserted it, then have the store\'s owner remove the rows past the last checkpoint that verify names, as docs/team-store.md ("A forged entry stops every write") shows; verify again, then carry on.'

/** A row's encoded header; a seq or ts no JavaScript integer holds exactly was not written by pl. */
function headerOf(row: EntryRow): Uint8Array {
  if (!Number.isSafeInteger(row.seq) || !Number.isSafeInteger(row.ts) || row.seq < 1 || row.ts < 0) {
    throw new IntegrityError(`Entry ${row.seq} has an out-of-range seq or time (${row.ts}): it was not written by pl.`, {
      details: {seq: row.seq},
      hints: ['Run `pl evidence verify` for a full report, and preserve the store as it is (the file, or a pg_dump of the database).'],
    })
  }
  return encodeHeader(row)
}
/** Rows per INSERT statement (11 parameters each, well under SQLite's limit of 32766). */
const ROWS_PER_INSERT = 64
/** Entries per value of `Database.hashesBySeq` when a checkpoint reads the leaves before its lock (1 MiB of hashes). */
const LEAF_RANGE = 32_768
const HASH_BYTES = 32

/** A ledger opened with its key: decrypts, appends, stores blobs, signs checkpoints. */
/** A row of the keys table: `incident` set in a store with responders (wrapped under its access key). */
interface WrappedKeyRow {
  id: string
  nonce: Buffer
  wrapped: Buffer
  incident: string | null
}

export class UnlockedLedger extends Ledger {
  readonly crypto: Crypto
  readonly actor: string
  readonly now: () => number
  readonly #kek: KeyEncryptionKey
  readonly #keys = new Map<string, Uint8Array>()
  readonly author: AuthorKeys | undefined
  /** Runs of consecutive seqs this ledger appended and has not signed yet (one per command, unless another process interleaved). */
  #unsigned: {first: number; last: number; hash: Uint8Array}[] = []
  #appendedSinceCheckpoint = false
  /** Why this ledger must not append (a store behind what its responder cosigned), if it must not. */
  #refused: PlError | undefined

  private constructor(db: Database, options: OpenWithKekOptions, kek: KeyEncryptionKey) {
    super(db)
    this.crypto = options.crypto
    this.actor = options.actor
    this.now = options.now
    this.#kek = kek
    this.author = options.author
  }

  /** Derives the KEK and checks it against the store's key-check value before anything is written. */
  static async unlock(db: Database, options: UnlockOptions): Promise<UnlockedLedger> {
    const {kek} = await deriveCheckedKek(db, options.crypto, options.material)
    const kekHolder = localKek(options.crypto, kek)
    return UnlockedLedger.#checked(new UnlockedLedger(db, {...options, kek: kekHolder}, kekHolder))
  }

  /**
   * Opens the ledger with a KEK held elsewhere (the unlock agent). The caller has checked that it
   * belongs to this store; a wrong one fails on the first unwrap as an integrity error.
   */
  static withKek(db: Database, options: OpenWithKekOptions): UnlockedLedger {
    return UnlockedLedger.#checked(new UnlockedLedger(db, options, options.kek))
  }

  static #checked(ledger: UnlockedLedger): UnlockedLedger {
    try {
      ledger.#checkSigningKey()
    } catch (error) {
      ledger.lock()
      throw error
    }
    return ledger
  }

  /**
   * The stored public key must be the one of the wrapped signing key: anyone can replace the
   * public key in meta (and re-sign every checkpoint with a key of their own), but only the key
   * holder can unwrap the signing key. Checked on every keyed open.
   */
  #checkSigningKey(): void {
    const secret = this.#unwrapMeta('sign_secret_key', SIGN_KEY_AAD(this.meta.storeId))
    try {
      if (secret.length !== 32 || !bytesEqual(this.crypto.signPublicKey(secret), this.meta.signPublicKey)) {
        throw new IntegrityError(`The store's meta value "sign_public_key" is not the public key of its signing key: the meta table was altered (and its checkpoints may be re-signed).`, {
          details: {meta: 'sign_public_key'},
          hints: ['Preserve the store file as it is; verify it against the public key printed when the store was created (`pl evidence verify --public-key HEX`) or a checkpoint file kept elsewhere.'],
        })
      }
      // The public key is now known to be the signing key's: the meta statement must hold under
      // it. A store made by an older pl gets its statement here, on its first keyed open.
      if (readMetaRecord(this.db).statement === undefined) writeMetaStatement(this.db, (message) => this.crypto.sign(secret, message))
      else requireMetaStatement(this.db, this.meta.signPublicKey)
    } finally {
      this.crypto.memzero(secret)
    }
  }

  #metaValue(key: string): string {
    const r = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as {value: string} | undefined
    if (!r) throw new UserError('store-format', `The evidence store meta "${key}" is missing.`)
    return r.value
  }

  #unwrapMeta(key: string, aad: Uint8Array): Uint8Array {
    const w = splitWrapped(this.#metaValue(key))
    try {
      return this.#kek.unwrap(w.nonce, w.ciphertext, aad)
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error
      throw new IntegrityError(`The store's ${key.replaceAll('_', ' ')} does not decrypt: the meta table was altered.`, {cause: error})
    }
  }

  /** The store's KEK sealed to a responder's X25519 public key: what their enrollment carries (ADR 0014). */
  sealKekTo(boxPublicKey: Uint8Array): Promise<Uint8Array> {
    return this.#kek.sealTo(boxPublicKey)
  }

  /** The key that makes scanner fingerprints (HMAC) comparable within this store only. */
  fingerprintKey(): Uint8Array {
    return this.#unwrapMeta('fingerprint_key', FP_KEY_AAD(this.meta.storeId))
  }

  /**
   * Creates a new random data key for `incident`, stores it wrapped and returns its id. In a store
   * with responders it is wrapped under the incident's access key, which only the responders
   * granted on the incident can unseal (ADR 0014); otherwise under the KEK, as always.
   */
  createKey(incident?: string): string {
    const id = 'k_' + toHex(nodeRandomBytes(12))
    const key = this.crypto.randomKey()
    if (this.author) {
      if (incident === undefined) throw new BugError('createKey: a store with responders needs the incident of a data key')
      const w = this.crypto.seal(this.#accessKey(incident, true), key, incidentKeyAad(this.meta.storeId, incident, id))
      this.db.prepare('INSERT INTO keys (id, nonce, wrapped, created, incident) VALUES (?, ?, ?, ?, ?)').run(id, w.nonce, w.ciphertext, this.now(), incident)
    } else {
      const w = this.#kek.wrap(key, keyWrapAad(this.meta.storeId, id))
      this.db.prepare('INSERT INTO keys (id, nonce, wrapped, created) VALUES (?, ?, ?, ?)').run(id, w.nonce, w.ciphertext, this.now())
    }
    this.#keys.set(id, key)
    return id
  }

  readonly #access = new Map<string, Uint8Array>()

  /**
   * The incident's access key, unsealed from this responder's grant. The first data key of an
   * incident creates it, granted to its opener; anyone else without a grant is refused (exit 13)
   * with the names of those who can grant it.
   */
  #accessKey(incident: string, create: boolean): Uint8Array {
    const cached = this.#access.get(incident)
    if (cached) return cached
    const author = this.author
    if (!author) throw this.noAccess(incident)
    const me = toHex(author.signPublicKey)
    const sealed = sealedGrant(this.db, incident, me)
    let key: Uint8Array
    if (sealed) {
      try {
        key = author.unseal(sealed)
      } catch (error) {
        if (!(error instanceof DecryptionError)) throw error
        throw new IntegrityError(`Your access to ${incident} does not open with your identity: the grants table was altered.`, {cause: error})
      }
    } else if (create && grantees(this.db, incident).length === 0) {
      key = this.crypto.randomKey()
      insertGrant(this.db, {incident, responder: me, sealed: this.crypto.sealTo(author.boxPublicKey, key), created: this.now()})
    } else {
      throw this.noAccess(incident)
    }
    this.#access.set(incident, key)
    return key
  }

  /** Exit 13 naming who can grant access to the incident. */
  noAccess(incident: string): UserError {
    const roster = readRoster(this)
    const holders = grantees(this.db, incident)
    const names = holders.map((k) => roster.members.findLast((m) => m.signKey === k)?.name ?? `${k.slice(0, 12)}…`)
    // Grants the entries record as held but the table lacks were deleted behind pl's back (pl
    // never removes the last one): say so, rather than "nobody holds access" (tester 11, defect 11).
    const lost = recordedGrants(this, incident).filter((g) => !holders.includes(g.signKey))
    const me = this.author && toHex(this.author.signPublicKey)
    const verifyHint = 'Run `pl evidence verify`: it names every grant missing from the store. Preserve the store as it is and restore the grants table from a backup.'
    if (names.length === 0 && lost.length > 0) {
      return new UserError('no-access', `You have no access to the evidence of ${incident}: the grants recorded for ${lost.map((g) => g.name).join(', ')} are missing from the store (deleted behind pl's back?), so nobody can read it now.`, {
        hints: [verifyHint],
      })
    }
    const mine = lost.find((g) => g.signKey === me)
    return new UserError('no-access', `You have no access to the evidence of ${incident}: its keys are sealed to the responders granted on it${names.length > 0 ? ` (${names.join(', ')})` : ''}.`, {
      hints: [
        ...(mine ? [`Your own grant, recorded at entry ${mine.seq}, is missing from the store with no access.revoked entry (deleted behind pl's back?). ${verifyHint}`] : []),
        names.length > 0 ? `Ask one of them to run \`pl incident grant ${incident} YOURNAME\`.` : 'Nobody holds access to it any more.',
      ],
    })
  }

  /** The incident's access key sealed to another responder's X25519 key: what granting them access writes. */
  sealAccessTo(incident: string, boxPublicKey: Uint8Array): Uint8Array {
    return this.crypto.sealTo(boxPublicKey, this.#accessKey(incident, false))
  }

  /** The data key, or undefined when it was shredded (or never existed). */
  key(keyId: string): Uint8Array | undefined {
    const cached = this.#keys.get(keyId)
    if (cached) return cached
    if (keyId === ROSTER_KEY_ID) {
      const key = rosterKey(this.meta.storeId)
      this.#keys.set(keyId, key)
      return key
    }
    const r = this.db.prepare('SELECT id, nonce, wrapped, incident FROM keys WHERE id = ?').get(keyId) as WrappedKeyRow | undefined
    return r ? this.#unwrap(r) : undefined
  }

  /**
   * A wrapped data key unwrapped and cached: under the KEK, or in a store with responders under
   * its incident's access key (exit 13 without a grant on the incident).
   */
  #unwrap(r: WrappedKeyRow): Uint8Array {
    let key: Uint8Array
    try {
      key =
        r.incident === null
          ? this.#kek.unwrap(r.nonce, r.wrapped, keyWrapAad(this.meta.storeId, r.id))
          : this.crypto.open(this.#accessKey(r.incident, false), r.nonce, r.wrapped, incidentKeyAad(this.meta.storeId, r.incident, r.id))
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error
      throw new IntegrityError(`Data key ${r.id} does not decrypt: the keys table was altered.`, {cause: error})
    }
    this.#keys.set(r.id, key)
    return key
  }

  /**
   * Whether this responder can read the incident's content: false only in a store with responders,
   * for an incident whose data keys are sealed under its access key and on which they hold no
   * grant (ADR 0014). Incidents whose keys are under the KEK (opened before the store had
   * responders) are readable by all.
   */
  canRead(incident: string): boolean {
    if (this.#access.has(incident)) return true
    if (this.db.prepare('SELECT 1 AS one FROM keys WHERE incident = ? LIMIT 1').get(incident) === undefined) return true
    // No grant is a plain no (without building the refusal, which reads the roster); a grant is
    // unsealed and kept, and one that does not open is still reported as altered.
    const author = this.author
    if (!author || !sealedGrant(this.db, incident, toHex(author.signPublicKey))) return false
    this.#accessKey(incident, false)
    return true
  }

  /** Refuses (exit 13, naming who can grant it) a responder who cannot read the incident's content: never call missing access "shredded". */
  requireIncidentAccess(incident: string): void {
    if (!this.canRead(incident)) throw this.noAccess(incident)
  }

  /** Refuses (exit 13, naming who can grant it) a responder without access to the incident of `keyId`. */
  requireAccess(keyId: string): void {
    this.key(keyId)
  }

  /**
   * Unwraps and caches the data keys among `keyIds` not cached yet, with one statement per batch
   * (a round trip each on PostgreSQL) instead of one per key.
   */
  loadKeys(keyIds: Iterable<string>): void {
    const missing = [...new Set(keyIds)].filter((id) => !this.#keys.has(id))
    for (let at = 0; at < missing.length; at += 500) {
      const batch = missing.slice(at, at + 500)
      const rows = this.db.prepare(`SELECT id, nonce, wrapped, incident FROM keys WHERE id IN (${batch.map(() => '?').join(', ')})`).all(...batch) as WrappedKeyRow[]
      for (const r of rows) {
        try {
          this.#unwrap(r)
        } catch (error) {
          // Left for key(), which refuses it the same way when the key is used: an incident this
          // responder has no grant on is listed, not a failure of the whole batch.
          if (!(error instanceof UserError && error.code === 'no-access')) throw error
        }
      }
    }
  }

  /**
   * Decrypts an entry; the body is null when its key was shredded. `header` is the row's encoded
   * header when the caller has it already (verification computes it for the hash).
   */
  decrypt(row: EntryRow, header: Uint8Array = headerOf(row)): LedgerEntry {
    // Without access to its incident an entry reads as its header alone, like a shredded one;
    // revealing, replaying or appending under its key is refused (exit 13).
    let key: Uint8Array | undefined
    let noAccess = false
    try {
      key = this.key(row.keyId)
    } catch (error) {
      if (!(error instanceof UserError && error.code === 'no-access')) throw error
      noAccess = true
    }
    let body: unknown = null
    if (key) {
      let plain: Uint8Array
      try {
        plain = this.crypto.open(key, row.nonce, row.body, header)
      } catch (error) {
        if (error instanceof DecryptionError) {
          throw new IntegrityError(`Entry ${row.seq} does not decrypt: its body or header was altered.`, {
            cause: error,
            details: {seq: row.seq},
            hints: ['Run `pl evidence verify` for a full report.'],
          })
        }
        throw error
      }
      body = JSON.parse(decoder.decode(plain))
    }
    const entry: LedgerEntry = {seq: row.seq, ts: row.ts, incident: row.incident, kind: row.kind, actor: row.actor, keyId: row.keyId, body}
    if (noAccess) entry.noAccess = true
    return entry
  }

  /**
   * Appends entries in one BEGIN IMMEDIATE transaction. The sequence number and previous hash are
   * read inside the transaction, so concurrent writers (other processes) serialise correctly; so
   * are evidence numbers, and the `evidence.numbering` entry that goes before a store's first
   * numbered item (ADR 0016).
   */
  append(inputs: readonly AppendInput[]): EntryRow[] {
    if (this.#refused) throw this.#refused
    const keys = inputs.map((i) => {
      const k = this.key(i.keyId)
      if (!k) throw new UserError('key-shredded', `Cannot append with key ${i.keyId}: it was shredded.`)
      return k
    })
    const written = this.#appendSealed(inputs, keys) ?? this.db
      .transaction(() => {
        const tail = this.db.prepare(dialectOf(this.db).tail).get() as {seq: number; hash: Buffer} | undefined
        let seq = tail?.seq ?? 0
        let prev: Uint8Array = tail ? new Uint8Array(tail.hash) : ZERO_HASH
        const out: EntryRow[] = []
        const ts = this.now()
        const {items, numbering} = this.#evidenceNumbering(inputs)
        let evidenceNumber = items
        for (const [entry, key] of [...numbering, ...inputs.map((input, i) => [input, keys[i]!] as const)]) {
          seq += 1
          if (isEvidenceEntryKind(entry.kind)) evidenceNumber += 1
          const header: EntryHeader = {seq, ts, incident: entry.incident, kind: entry.kind, actor: this.actor, keyId: entry.keyId, blob: entry.blob ?? null}
          const body = typeof entry.body === 'function' ? (entry.body as BodyOfSeq<unknown>)(seq, evidenceNumber) : entry.body
          const encoded = encodeHeader(header)
          const {nonce, ciphertext} = this.crypto.seal(key, Buffer.from(canonicalJson(body), 'utf8'), encoded)
          const hash = entryHash(prev, encoded, nonce, ciphertext)
          out.push({...header, nonce, body: ciphertext, prev, hash})
          prev = hash
        }
        // Rows go in by statements of up to ROWS_PER_INSERT: one call into SQLite per row costs
        // more than the row itself for small entries. On PostgreSQL they go with the COMMIT, in
        // one round trip while the head is locked (docs/adr/0020).
        for (let at = 0; at < out.length; at += ROWS_PER_INSERT) {
          const rows = out.slice(at, at + ROWS_PER_INSERT)
          const params: unknown[] = []
          for (const r of rows) params.push(r.seq, r.ts, r.incident, r.kind, r.actor, r.keyId, r.blob, r.nonce, r.body, r.prev, r.hash)
          const insert = this.#insertStatement(rows.length)
          write(this.db, insert.sql, params, insert.statement)
        }
        return {out, extra: numbering.length}
      })
      .immediate()
    this.#appendedSinceCheckpoint = true
    // The author signs every row written, a numbering entry written first included.
    if (this.author) this.#noteAuthored(written.out)
    // The caller's rows, in the caller's order (a numbering entry written first is not one).
    return written.out.slice(written.extra)
  }

  /**
   * On PostgreSQL, outside any transaction, entries with plain bodies and no evidence number: the
   * whole append as one request to the connection's thread, which seals the entries after the
   * head it locked (Database.appendSealed, docs/adr/0020). The same rows as `append` writes.
   */
  #appendSealed(inputs: readonly AppendInput[], keys: readonly Uint8Array[]): {out: EntryRow[]; extra: number} | undefined {
    const db = this.db
    if (!db.appendSealed || db.inTransaction) return undefined
    if (inputs.some((i) => typeof i.body === 'function' || isEvidenceEntryKind(i.kind))) return undefined
    const ts = this.now()
    const entries = inputs.map((i, k) => ({
      incident: i.incident,
      kind: i.kind,
      keyId: i.keyId,
      blob: i.blob ?? null,
      // Its own buffer, not a slice of Node's pool: the copy for the connection's thread is the plaintext, not the pool's 8 KiB.
      plaintext: encoder.encode(canonicalJson(i.body)),
      key: keys[k]!,
    }))
    const sealed = db.appendSealed({ts, actor: this.actor, entries}, (rows) => this.#insertStatement(rows).sql)
    const out = sealed.map((r, k): EntryRow => {
      const e = entries[k]!
      return {seq: r.seq, ts, incident: e.incident, kind: e.kind, actor: this.actor, keyId: e.keyId, blob: e.blob, nonce: r.nonce, body: r.body, prev: r.prev, hash: r.hash}
    })
    return {out, extra: 0}
  }

  #noteAuthored(rows: readonly EntryRow[]): void {
    const first = rows[0]
    const last = rows.at(-1)
    if (!first || !last) return
    const run = this.#unsigned.at(-1)
    if (run && run.last + 1 === first.seq) {
      run.last = last.seq
      run.hash = last.hash
    } else this.#unsigned.push({first: first.seq, last: last.seq, hash: last.hash})
  }

  /**
   * Writes the author signature of each run this ledger appended (ADR 0014), inside the
   * checkpoint's transaction. A run whose last row is not the one appended (rolled back) is dropped.
   */
  #signAuthored(): void {
    const author = this.author
    if (!author) return
    for (const run of this.#unsigned) {
      const last = this.db.prepare('SELECT hash FROM entries WHERE seq = ?').get(run.last) as {hash: Buffer} | undefined
      if (!last || !bytesEqual(last.hash, run.hash)) continue
      if (this.db.prepare('SELECT 1 FROM signatures WHERE last_seq = ?').get(run.last) !== undefined) continue
      const sig = author.sign(authorMessage(this.meta.storeId, run.first, run.last, run.hash))
      insertAuthorSignature(this.db, {firstSeq: run.first, lastSeq: run.last, signer: author.signPublicKey, sig, ts: this.now()})
    }
    this.#unsigned = []
  }

  /**
   * Inside an append's transaction: how many evidence items the store holds, and — when the
   * append adds one and the store has no `evidence.numbering` entry yet — that entry, to go first
   * (under the incident's key), so every item after it is known to have been numbered (ADR 0016).
   */
  #evidenceNumbering(inputs: readonly AppendInput[]): {items: number; numbering: (readonly [AppendInput, Uint8Array])[]} {
    const first = inputs.find((input) => isEvidenceEntryKind(input.kind))
    if (first === undefined) return {items: 0, numbering: []}
    const kinds = EVIDENCE_ENTRY_KINDS.map((k) => `'${k}'`).join(', ')
    const items = (this.db.prepare(`SELECT count(*) AS n FROM entries WHERE kind IN (${kinds})`).get() as {n: number}).n
    if (this.db.prepare(`SELECT 1 FROM entries WHERE kind = '${NUMBERING_KIND}' LIMIT 1`).get() !== undefined) return {items, numbering: []}
    const opened = this.db.prepare(`SELECT key_id AS "keyId" FROM entries WHERE kind = 'incident.opened' AND incident = ? ORDER BY seq LIMIT 1`).get(first.incident) as
      | {keyId: string}
      | undefined
    const keyId = opened?.keyId ?? first.keyId
    const key = this.key(keyId)
    if (!key) throw new UserError('key-shredded', `Cannot number evidence under key ${keyId}: it was shredded.`)
    const marker: AppendInput = {incident: first.incident, kind: 'evidence.numbering', keyId, body: {earlierItems: items}}
    return {items, numbering: [[marker, key]]}
  }

  readonly #inserts = new Map<number, {sql: string; statement: Statement}>()

  #insertStatement(rows: number): {sql: string; statement: Statement} {
    let insert = this.#inserts.get(rows)
    if (!insert) {
      const values = Array.from({length: rows}, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')
      const sql = `INSERT INTO entries (seq, ts, incident, kind, actor, key_id, blob, nonce, body, prev, hash) VALUES ${values}`
      insert = {sql, statement: this.db.prepare(sql)}
      this.#inserts.set(rows, insert)
    }
    return insert
  }

  /** Runs `fn` in one BEGIN IMMEDIATE transaction (appends inside it become savepoints). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate()
  }

  /**
   * Before anything is appended on top of entries no signed checkpoint covers yet (a crash
   * between an append and its checkpoint, or rows inserted behind pl's back), those entries are
   * authenticated with their data keys; a forged row cannot pass AEAD without the key.
   */
  sealTail(): void {
    const latest = this.latestCheckpoint()
    const {maxSeq} = this.requireContiguous()
    if ((latest?.size ?? 0) >= maxSeq) return
    // An entry whose key is gone is acceptable only when an authentic key.shredded entry later in
    // the same unsealed tail shredded that key (a shred interrupted before its checkpoint). A key
    // id seen in a clear header is not enough: anyone can copy one onto a forged row.
    const keyless = new Map<string, number>()
    const shreddedAt = new Map<string, number>()
    for (const row of this.rows((latest?.size ?? 0) + 1)) {
      // An interrupted command of this responder left its entries unsigned: they are theirs to sign.
      if (this.author && row.actor === this.actor && !this.#signed(row.seq)) this.#noteAuthored([row])
      if (!this.hasKey(row.keyId)) {
        if (!keyless.has(row.keyId)) keyless.set(row.keyId, row.seq)
        continue
      }
      let entry: LedgerEntry
      try {
        entry = this.decrypt(row)
      } catch (error) {
        if (!(error instanceof IntegrityError)) throw error
        throw withContext(error, `${error.message} It is past the last signed checkpoint (${latest?.size ?? 0}), so nothing can be appended after it: this write was refused.`, {hints: [FORGED_TAIL_HINT]})
      }
      if (isKind(entry, 'key.shredded') && entry.body !== null) shreddedAt.set(entry.body.keyId, row.seq)
    }
    for (const [keyId, firstSeq] of keyless) {
      const shred = shreddedAt.get(keyId)
      if (shred === undefined || shred < firstSeq) {
        throw new IntegrityError(`Entry ${firstSeq} is not covered by a signed checkpoint and uses a key this store does not hold: it was not written by pl.`, {
          details: {seq: firstSeq},
          hints: ['Run `pl evidence verify` and preserve the store as it is for investigation (the file, or a pg_dump of the database).', FORGED_TAIL_HINT],
        })
      }
    }
  }

  #signed(seq: number): boolean {
    return this.db.prepare('SELECT 1 FROM signatures WHERE first_seq <= ? AND last_seq >= ?').get(seq, seq) !== undefined
  }

  /**
   * The entries' seqs must be exactly 1..n before anything is signed over them: a row numbered 0,
   * a negative, a duplicate of none or beyond a gap was inserted behind pl's back, and signing a
   * checkpoint of n rows would vouch for it. An integrity failure, and nothing is signed.
   */
  requireContiguous(): {n: number; maxSeq: number} {
    const r = this.db.prepare('SELECT count(*) AS n, coalesce(max(seq), 0) AS "maxSeq", coalesce(min(seq), 1) AS "minSeq" FROM entries').get() as {n: number; maxSeq: number; minSeq: number}
    if (r.minSeq !== 1 || r.n !== r.maxSeq || !Number.isSafeInteger(r.maxSeq)) {
      const culprit = r.minSeq !== 1 ? r.minSeq : r.maxSeq
      throw new IntegrityError(
        `The entries are not numbered 1..${r.n}: entry ${culprit} was inserted behind pl's back (or a row was deleted). Nothing was signed over them.`,
        {details: {seq: culprit}, hints: ['Run `pl evidence verify` and preserve the store as it is for investigation (the file, or a pg_dump of the database).']},
      )
    }
    return r
  }

  /** Signs a checkpoint over all entries if any were appended since the latest one. */
  checkpoint(): Checkpoint {
    const secret = this.#unwrapMeta('sign_secret_key', SIGN_KEY_AAD(this.meta.storeId))
    try {
      // Entries never change once committed (a row edited behind pl's back is what verification
      // catches), so the leaves read before the head lock is taken stay the tree's first leaves:
      // under the lock only those appended since are read (docs/adr/0025).
      const early = this.#leavesBeforeLock()
      return this.db
        .transaction(() => {
          const latest = this.latestCheckpoint()
          const {n} = this.requireContiguous()
          this.#signAuthored()
          if (latest && latest.size === n) {
            // A checkpoint signed by an older pl gets its note signature now.
            this.#signNote(secret, latest)
            return latest
          }
          const frontier = early && early.size <= n ? early : new MerkleFrontier()
          for (const [seq, h] of this.leavesAfter(frontier.size)) {
            if (seq !== frontier.size + 1) {
              throw new IntegrityError(`The entries are not numbered 1..${n}: entry ${seq} was read where ${frontier.size + 1} was due (a row was inserted or deleted behind pl's back). Nothing was signed over them.`, {
                details: {seq},
                hints: ['Run `pl evidence verify` and preserve the store as it is for investigation (the file, or a pg_dump of the database).'],
              })
            }
            frontier.append(h)
          }
          const base = {storeId: this.meta.storeId, size: n, root: frontier.root(), ts: this.now()}
          const sig = this.crypto.sign(secret, checkpointMessage(base.storeId, base.size, base.root, base.ts))
          // Another process may have signed this size meanwhile; the table refuses replacements.
          if (this.db.prepare('SELECT 1 FROM checkpoints WHERE size = ?').get(base.size) === undefined) {
            this.db.prepare('INSERT INTO checkpoints (size, root, ts, sig) VALUES (?, ?, ?, ?)').run(base.size, base.root, base.ts, sig)
          }
          const signed = {...base, sig}
          this.#signNote(secret, signed)
          return signed
        })
        .immediate()
    } finally {
      this.crypto.memzero(secret)
      this.#appendedSinceCheckpoint = false
    }
  }

  /**
   * On PostgreSQL, the Merkle frontier of the entries committed so far, read in a snapshot of its
   * own without the head lock, so other writers go on appending meanwhile; undefined on SQLite,
   * whose write lock excludes no reader and costs nothing to hold alone. Entries not numbered
   * 1, 2, … in order give undefined too: the checkpoint then reads every leaf under the lock, and
   * its contiguity check names the culprit.
   */
  #leavesBeforeLock(): MerkleFrontier | undefined {
    if (dialectOf(this.db).name !== 'postgres' || this.db.inTransaction) return undefined
    // Nothing appended since the latest checkpoint (another writer signed it): nothing to read.
    const {last} = this.db.prepare('SELECT coalesce(max(seq), 0) AS last FROM entries').get() as {last: number}
    if ((this.latestCheckpoint()?.size ?? 0) >= last) return undefined
    const frontier = new MerkleFrontier()
    // By ranges of seq, each range's hashes in one value the server concatenates (docs/adr/0033):
    // one row per range instead of one per entry.
    const ranges = this.db.hashesBySeq?.(0, last, LEAF_RANGE)
    if (ranges === undefined) return this.#leavesRowByRow()
    for (const hashes of ranges) {
      if (hashes === undefined) return this.#leavesRowByRow()
      for (let at = 0; at < hashes.length; at += HASH_BYTES) frontier.append(leafHash(hashes.subarray(at, at + HASH_BYTES)))
    }
    return frontier
  }

  /** `#leavesBeforeLock` by rows; undefined when they are not numbered 1, 2, … in order. */
  #leavesRowByRow(): MerkleFrontier | undefined {
    const frontier = new MerkleFrontier()
    for (const [seq, h] of this.leavesAfter(0)) {
      if (seq !== frontier.size + 1) return undefined
      frontier.append(h)
    }
    return frontier
  }

  /** Stores the C2SP note signature of checkpoint `c` (docs/store-format.md §11) unless it has one. */
  #signNote(secret: Uint8Array, c: Checkpoint): void {
    if (this.noteSignature(c.size) !== undefined) return
    const text = checkpointNoteText(checkpointOrigin(c.storeId), c.size, c.root)
    this.db.prepare('INSERT INTO checkpoint_notes (size, sig) VALUES (?, ?)').run(c.size, this.crypto.sign(secret, encoder.encode(text)))
  }

  /** Every later append fails with `reason`; reading stays possible. */
  refuseAppends(reason: PlError): void {
    this.#refused = reason
  }

  get appendedSinceCheckpoint(): boolean {
    return this.#appendedSinceCheckpoint
  }

  /** Streams plaintext into an encrypted, content-addressed blob under data key `keyId` (blobs.ts). */
  async writeBlob(keyId: string, source: AsyncIterable<Uint8Array>, onProgress?: (bytes: number) => void, signal?: AbortSignal): Promise<{id: string; size: number; sha256: string}> {
    const key = this.key(keyId)
    if (!key) throw new BugError(`writeBlob: no key ${keyId}`)
    return writeBlob(this, this.crypto, this.now, key, source, onProgress, signal)
  }

  /** Decrypts a blob chunk by chunk; throws IntegrityError on any altered, missing or extra chunk. */
  async *readBlob(keyId: string, blobId: string): AsyncGenerator<Uint8Array> {
    const key = this.key(keyId)
    if (!key) throw new UserError('key-shredded', 'This evidence was crypto-shredded; its content cannot be recovered.')
    yield* readBlob(this, this.crypto, key, blobId)
  }

  /**
   * Crypto-shredding: appends the `key.shredded` record and deletes the wrapped key in one
   * transaction, then truncates the WAL so no copy of the wrapped key stays in it. Undefined, and
   * nothing recorded, when the key was gone by the time the writer's lock was held (another shred
   * of the same item, in another process, won): the record is appended only if the delete removed it.
   */
  shredKey(record: AppendInput, keyId: string): EntryRow | undefined {
    const row = this.db
      .transaction((): EntryRow | undefined => {
        if (Number(this.db.prepare('DELETE FROM keys WHERE id = ?').run(keyId).changes) === 0) return undefined
        const [r] = this.append([record])
        return r!
      })
      .immediate()
    const cached = this.#keys.get(keyId)
    if (cached) this.crypto.memzero(cached)
    this.#keys.delete(keyId)
    return row
  }

  /**
   * Moves WAL content into the database and empties the WAL, so that pages holding a shredded
   * key's old bytes are overwritten. Another process in the middle of a read pins those pages;
   * after `waitMs` this gives up and says so (the last connection to close completes it).
   */
  compactWal(waitMs = 5000): {complete: boolean} {
    // PostgreSQL keeps the deleted row's bytes until VACUUM reuses its page, and its WAL and
    // backups keep them until they expire (docs/team-store.md): never complete from here.
    if (dialectOf(this.db).name === 'postgres') return {complete: false}
    const previous = this.db.pragma('busy_timeout', {simple: true}) as number
    this.db.pragma(`busy_timeout = ${waitMs}`)
    try {
      const [r] = this.db.pragma('wal_checkpoint(TRUNCATE)') as {busy: number; log: number; checkpointed: number}[]
      return {complete: r !== undefined && r.busy === 0 && r.checkpointed === r.log}
    } finally {
      this.db.pragma(`busy_timeout = ${previous}`)
    }
  }

  lock(): void {
    for (const k of this.#keys.values()) this.crypto.memzero(k)
    this.#keys.clear()
    this.#kek.dispose()
    this.author?.dispose()
  }

  override close(): void {
    this.lock()
    super.close()
  }
}

