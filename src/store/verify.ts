/**
 * Keyless verification of a store on either engine: this file only reads rows and checks what is
 * the engine's own (its append-only triggers, named by the dialect); the chain, the tree, the
 * checkpoints and the blobs are judged by the engine-neutral verifier in src/domain/verify.
 */
import type {Database} from './engine.js'
import {dialectOf, ENTRY_COLUMNS, hasTable, schemaVersion} from './engine.js'
import {verifyEd25519} from '../crypto/ed25519.js'
import {xchachaDecrypt} from '../crypto/xchacha.js'
import type {AuthorSignature, OpenRosterBody} from '../domain/verify/attribution.js'
import type {Checkpoint, EntryRow} from '../domain/codec.js'
import type {Problem, VerifyReport} from '../domain/verify/report.js'
import type {BlobChunk, BlobRecord, LedgerRowSource, MetaRecord, StoreIdentity, StoredNoteSignature} from '../domain/verify/source.js'
import type {VerifyOptions} from '../domain/verify/verifier.js'
import {verifyLedgerSource} from '../domain/verify/verifier.js'
import {Ledger} from './reader.js'
import {hasResponderTables} from './roster.js'

/** Schema 3 on SQLite: the checkpoint note signatures are append-only too (PostgreSQL requires them always). */
const SQLITE_NOTE_TRIGGERS = ['checkpoint_notes_no_update', 'checkpoint_notes_no_delete']
const SQLITE_COSIGNATURE_TRIGGERS = ['cosignatures_no_update', 'cosignatures_no_delete']

type RawRow = [number, number, string, string, string, string, string | null, Buffer, Buffer, Buffer, Buffer]

/** The store (SQLite or PostgreSQL) as the verifier's row source. */
export class SqliteRowSource implements LedgerRowSource {
  readonly #ledger: Ledger
  readonly meta: StoreIdentity

  constructor(db: Database) {
    this.#ledger = new Ledger(db)
    this.meta = this.#ledger.meta
  }

  count(): {n: number; maxSeq: number} {
    return this.#ledger.count()
  }

  /** Positional rows: the fastest way through the table, and verification reads all of it. */
  *rows(): Generator<EntryRow> {
    const db = this.#ledger.db
    // PostgreSQL reads the table by binary COPY where it can (docs/adr/0024).
    const rows = db.entriesBySeq?.() ?? db.prepare(`SELECT ${ENTRY_COLUMNS.join(', ')} FROM entries ORDER BY seq`).raw(true).iterate()
    for (const [seq, ts, incident, kind, actor, keyId, blob, nonce, body, prev, hash] of rows as Iterable<RawRow>) {
      yield {seq, ts, incident, kind, actor, keyId, blob, nonce, body, prev, hash}
    }
  }

  checkpoints(): readonly Checkpoint[] {
    return this.#ledger.checkpoints()
  }

  checkpointNotes(): readonly StoredNoteSignature[] {
    return this.#ledger.checkpointNotes()
  }

  metaRecord(): MetaRecord {
    return this.#ledger.metaRecord()
  }

  blob(id: string): BlobRecord | undefined {
    return this.#ledger.blobInfo(id)
  }

  blobChunks(stream: string): Iterable<BlobChunk> {
    return this.#ledger.blobChunks(stream)
  }

  orphanBlobStreams(): number {
    return (this.#ledger.db.prepare('SELECT count(DISTINCT stream) AS n FROM blob_chunks WHERE stream NOT IN (SELECT stream FROM blobs)').get() as {n: number}).n
  }

  /** A store of schema 1 (never opened for writing since) has no signatures table and no signatures. */
  authorSignatures(): readonly AuthorSignature[] {
    const db = this.#ledger.db
    if (!hasResponderTables(db)) return []
    const rows = db.prepare('SELECT first_seq, last_seq, signer, sig FROM signatures ORDER BY first_seq').all() as {first_seq: number; last_seq: number; signer: Buffer; sig: Buffer}[]
    return rows.map((r) => ({firstSeq: r.first_seq, lastSeq: r.last_seq, signer: new Uint8Array(r.signer), sig: new Uint8Array(r.sig)}))
  }

  /** Only the clear columns: which responder holds which incident (a store of schema 1 has no grants). */
  grants(): Iterable<{incident: string; responder: string}> {
    const db = this.#ledger.db
    if (!hasResponderTables(db)) return []
    return db.prepare('SELECT incident, responder FROM grants').all() as {incident: string; responder: string}[]
  }

  engineProblems(): readonly Problem[] {
    const db = this.#ledger.db
    const dialect = dialectOf(db)
    const present = new Set((db.prepare(dialect.triggers).all() as {name: string}[]).map((r) => r.name))
    const notes = schemaVersion(db) >= 3
    if (notes && !this.#ledger.hasCheckpointNotes) return [{code: 'schema', message: 'The table checkpoint_notes was dropped.'}]
    // Schema 4 (cosignatures): a store not migrated yet (verify opens read-only) has no such triggers.
    const cosignatures = schemaVersion(db) >= 4
    if (cosignatures && !hasTable(db, 'cosignatures')) return [{code: 'schema', message: 'The table cosignatures was dropped.'}]
    const required = [
      ...dialect.requiredTriggers.filter((t) => cosignatures || !t.startsWith('cosignatures_')),
      ...(notes && dialect.name === 'sqlite' ? SQLITE_NOTE_TRIGGERS : []),
      ...(cosignatures && dialect.name === 'sqlite' ? SQLITE_COSIGNATURE_TRIGGERS : []),
    ]
    const missing = required.filter((t) => !present.has(t))
    return missing.length > 0 ? [{code: 'schema', message: `Append-only triggers were removed${dialect.name === 'postgres' ? ' or disabled' : ''}: ${missing.join(', ')}.`}] : []
  }
}

/**
 * Verifies one consistent snapshot: every read happens inside one read transaction, so entries,
 * checkpoints and blobs a concurrent writer commits meanwhile are not seen half.
 */
/** Roster entries open under the store's public roster key (ADR 0014): XChaCha20-Poly1305, natively. */
export const openRosterBody: OpenRosterBody = (key, nonce, body, header) => xchachaDecrypt(key, nonce, body, header) ?? undefined

export function verifyLedger(db: Database, options: VerifyOptions = {}): VerifyReport {
  const verify = () => verifyLedgerSource(new SqliteRowSource(db), verifyEd25519, {openRosterBody, ...options})
  return db.inTransaction ? verify() : db.transaction(verify)()
}

/** The row source of either engine (the SQLite name is kept for its callers). */
export {SqliteRowSource as StoreRowSource}
