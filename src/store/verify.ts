/**
 * Keyless verification of a SQLite store: this file only reads rows and checks what is SQLite's
 * own (the append-only triggers); the chain, the tree, the checkpoints and the blobs are judged by
 * the engine-neutral verifier in src/domain/verify.
 */
import type {Database} from 'better-sqlite3'
import {verifyEd25519} from '../crypto/ed25519.js'
import type {Checkpoint, EntryRow} from '../domain/codec.js'
import type {Problem, VerifyReport} from '../domain/verify/report.js'
import type {BlobChunk, BlobRecord, LedgerRowSource, MetaRecord, StoreIdentity, StoredNoteSignature} from '../domain/verify/source.js'
import type {VerifyOptions} from '../domain/verify/verifier.js'
import {verifyLedgerSource} from '../domain/verify/verifier.js'
import {Ledger} from './reader.js'

const REQUIRED_TRIGGERS = ['entries_no_update', 'entries_no_delete', 'entries_in_sequence', 'checkpoints_no_update', 'checkpoints_no_delete']
/** Schema 2 on: the checkpoint note signatures are append-only too. */
const NOTE_TRIGGERS = ['checkpoint_notes_no_update', 'checkpoint_notes_no_delete']

type RawRow = [number, number, string, string, string, string, string | null, Buffer, Buffer, Buffer, Buffer]

/** The SQLite store as the verifier's row source. */
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
    const stmt = this.#ledger.db.prepare('SELECT seq, ts, incident, kind, actor, key_id, blob, nonce, body, prev, hash FROM entries ORDER BY seq').raw(true)
    for (const [seq, ts, incident, kind, actor, keyId, blob, nonce, body, prev, hash] of stmt.iterate() as Iterable<RawRow>) {
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

  engineProblems(): readonly Problem[] {
    const present = new Set((this.#ledger.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as {name: string}[]).map((r) => r.name))
    const db = this.#ledger.db
    const schema2 = (db.pragma('user_version', {simple: true}) as number) >= 2
    if (schema2 && !this.#ledger.hasCheckpointNotes) return [{code: 'schema', message: 'The table checkpoint_notes was dropped.'}]
    const missing = [...REQUIRED_TRIGGERS, ...(schema2 ? NOTE_TRIGGERS : [])].filter((t) => !present.has(t))
    return missing.length > 0 ? [{code: 'schema', message: `Append-only triggers were removed: ${missing.join(', ')}.`}] : []
  }
}

/**
 * Verifies one consistent snapshot: every read happens inside one read transaction, so entries,
 * checkpoints and blobs a concurrent writer commits meanwhile are not seen half.
 */
export function verifyLedger(db: Database, options: VerifyOptions = {}): VerifyReport {
  if (db.inTransaction) return verifyLedgerSource(new SqliteRowSource(db), verifyEd25519, options)
  db.exec('BEGIN')
  try {
    return verifyLedgerSource(new SqliteRowSource(db), verifyEd25519, options)
  } finally {
    if (db.inTransaction) db.exec('COMMIT')
  }
}
