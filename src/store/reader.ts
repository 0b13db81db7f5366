/**
 * The key-free reader of the ledger (atproto's RecordReader): headers, checkpoints and blob chunks,
 * never a plaintext. An auditor's `verify` needs nothing more; `UnlockedLedger` (ledger.ts) extends
 * it with the key, and only it can decrypt or write.
 */
import type {Database, Statement} from './engine.js'
import {hasTable} from './engine.js'
import type {Checkpoint, EntryRow} from '../domain/codec.js'
import {EVIDENCE_ENTRY_KINDS, NUMBERING_KIND} from '../domain/evidence.js'
import {leafHash} from '../domain/merkle.js'
import {ROSTER_KEY_ID} from '../domain/responders/roster.js'
import type {BlobChunk, BlobRecord, MetaRecord, StoredNoteSignature} from '../domain/verify/source.js'
import type {StoreMeta} from './meta.js'
import {readMeta, readMetaRecord} from './meta.js'

/** An entries row as SQLite returns it. */
export interface RawEntryRow {
  seq: number
  ts: number
  incident: string
  kind: string
  actor: string
  key_id: string
  blob: string | null
  nonce: Buffer
  body: Buffer
  prev: Buffer
  hash: Buffer
}

// Buffers are Uint8Arrays: rows are handed on without copying (verification reads every row).
const toRow = (r: RawEntryRow): EntryRow => ({
  seq: r.seq,
  ts: r.ts,
  incident: r.incident,
  kind: r.kind,
  actor: r.actor,
  keyId: r.key_id,
  blob: r.blob,
  nonce: r.nonce,
  body: r.body,
  prev: r.prev,
  hash: r.hash,
})

interface CheckpointRow {
  size: number
  root: Buffer
  ts: number
  sig: Buffer
}

/** Read-only view of a store; needs no key. */
export class Ledger {
  readonly db: Database
  readonly meta: StoreMeta
  readonly #rowsFrom: Statement
  readonly #count: Statement

  constructor(db: Database) {
    this.db = db
    this.meta = readMeta(db)
    this.#rowsFrom = db.prepare('SELECT * FROM entries WHERE seq >= ? ORDER BY seq')
    this.#count = db.prepare('SELECT count(*) AS n, coalesce(max(seq), 0) AS "maxSeq" FROM entries')
  }

  count(): {n: number; maxSeq: number} {
    return this.#count.get() as {n: number; maxSeq: number}
  }

  *rows(fromSeq = 1): Generator<EntryRow> {
    for (const r of this.#rowsFrom.iterate(fromSeq) as Iterable<RawEntryRow>) yield toRow(r)
  }

  row(seq: number): EntryRow | undefined {
    const r = this.db.prepare('SELECT * FROM entries WHERE seq = ?').get(seq) as RawEntryRow | undefined
    return r && toRow(r)
  }

  rowsOfIncident(incident: string): EntryRow[] {
    return (this.db.prepare('SELECT * FROM entries WHERE incident = ? ORDER BY seq').all(incident) as RawEntryRow[]).map(toRow)
  }

  /** The incident's entries recorded after `seq`, in seq order (one indexed read: what changed since). */
  rowsOfIncidentAfter(incident: string, seq: number): EntryRow[] {
    return (this.db.prepare('SELECT * FROM entries WHERE incident = ? AND seq > ? ORDER BY seq').all(incident, seq) as RawEntryRow[]).map(toRow)
  }

  /**
   * The entries of several incidents, in seq order per incident: one statement for a batch of
   * ids instead of one per incident (a round trip each on PostgreSQL).
   */
  rowsOfIncidents(incidents: readonly string[]): Map<string, EntryRow[]> {
    const out = new Map<string, EntryRow[]>(incidents.map((id) => [id, []]))
    if (incidents.length === 0) return out
    const sql = `SELECT * FROM entries WHERE incident IN (${incidents.map(() => '?').join(', ')}) ORDER BY seq`
    for (const r of this.db.prepare(sql).all(...incidents) as RawEntryRow[]) out.get(r.incident)?.push(toRow(r))
    return out
  }

  /** The incident's entries of one kind, in seq order. */
  rowsOfIncidentKind(incident: string, kind: string): EntryRow[] {
    return (this.db.prepare('SELECT * FROM entries WHERE incident = ? AND kind = ? ORDER BY seq').all(incident, kind) as RawEntryRow[]).map(toRow)
  }

  /** Entries of a kind covered by the partial index (incident.opened, key.shredded). */
  rowsOfKind(kind: 'incident.opened' | 'key.shredded'): EntryRow[] {
    const sql =
      kind === 'incident.opened'
        ? "SELECT * FROM entries WHERE kind = 'incident.opened' ORDER BY seq"
        : "SELECT * FROM entries WHERE kind = 'key.shredded' ORDER BY seq"
    return (this.db.prepare(sql).all() as RawEntryRow[]).map(toRow)
  }

  /**
   * Seq and kind of the entries that evidence numbering reads (ADR 0016): the evidence items and
   * the numbering entry, in seq order. Clear headers only.
   */
  numberingHeaders(): {seq: number; kind: string}[] {
    return this.db
      .prepare(`SELECT seq, kind FROM entries WHERE kind IN (${[...EVIDENCE_ENTRY_KINDS, NUMBERING_KIND].map((k) => `'${k}'`).join(', ')}) ORDER BY seq`)
      .all() as {seq: number; kind: string}[]
  }

  *leafHashes(): Generator<Uint8Array> {
    for (const [, leaf] of this.leavesAfter(0)) yield leaf
  }

  /** The seq and leaf hash of every entry whose seq is greater than `after`, in seq order. */
  *leavesAfter(after: number): Generator<[number, Uint8Array]> {
    // PostgreSQL reads them by binary COPY where it can (docs/adr/0024): every checkpoint reads them.
    const rows =
      this.db.entriesBySeq?.(['seq', 'hash'], after) ??
      (after > 0 ? this.db.prepare('SELECT seq, hash FROM entries WHERE seq > ? ORDER BY seq').raw(true).iterate(after) : this.db.prepare('SELECT seq, hash FROM entries ORDER BY seq').raw(true).iterate())
    for (const r of rows as Iterable<[number, Buffer]>) yield [r[0], leafHash(r[1])]
  }

  checkpoints(): Checkpoint[] {
    const rows = this.db.prepare('SELECT size, root, ts, sig FROM checkpoints ORDER BY size').all() as CheckpointRow[]
    return rows.map((r) => this.#checkpoint(r))
  }

  /** The latest checkpoint alone: every command writes one, so there are as many as commands. */
  latestCheckpoint(): Checkpoint | undefined {
    const r = this.db.prepare('SELECT size, root, ts, sig FROM checkpoints ORDER BY size DESC LIMIT 1').get() as CheckpointRow | undefined
    return r && this.#checkpoint(r)
  }

  /** The checkpoint at `size`, if one was signed there. */
  checkpointAt(size: number): Checkpoint | undefined {
    const r = this.db.prepare('SELECT size, root, ts, sig FROM checkpoints WHERE size = ?').get(size) as CheckpointRow | undefined
    return r && this.#checkpoint(r)
  }

  #checkpoint(r: CheckpointRow): Checkpoint {
    return {storeId: this.meta.storeId, size: r.size, root: new Uint8Array(r.root), ts: r.ts, sig: new Uint8Array(r.sig)}
  }

  /** Whether the store has the checkpoint_notes table (schema 3; an older store read without migrating has not). */
  get hasCheckpointNotes(): boolean {
    return hasTable(this.db, 'checkpoint_notes')
  }

  /** The C2SP note signatures stored beside the checkpoints, by size. */
  checkpointNotes(): StoredNoteSignature[] {
    if (!this.hasCheckpointNotes) return []
    return (this.db.prepare('SELECT size, sig FROM checkpoint_notes ORDER BY size').all() as {size: number; sig: Buffer}[]).map((r) => ({size: r.size, sig: new Uint8Array(r.sig)}))
  }

  /** The note signature of the checkpoint of `size`, if one was stored. */
  noteSignature(size: number): Uint8Array | undefined {
    if (!this.hasCheckpointNotes) return undefined
    const r = this.db.prepare('SELECT sig FROM checkpoint_notes WHERE size = ?').get(size) as {sig: Buffer} | undefined
    return r && new Uint8Array(r.sig)
  }

  /** The meta values the signed meta statement covers, and the statement (ADR 0009). */
  metaRecord(): MetaRecord {
    return readMetaRecord(this.db)
  }

  /** Whether the data key is held (the roster's public key always is: ADR 0014). */
  hasKey(keyId: string): boolean {
    if (keyId === ROSTER_KEY_ID) return true
    return this.db.prepare('SELECT 1 FROM keys WHERE id = ?').get(keyId) !== undefined
  }

  blobInfo(id: string): BlobRecord | undefined {
    const r = this.db.prepare('SELECT id, stream, header, chunks, size FROM blobs WHERE id = ?').get(id) as
      | {id: string; stream: string; header: Buffer; chunks: number; size: number}
      | undefined
    return r && {...r, header: new Uint8Array(r.header)}
  }

  *blobChunks(stream: string): Generator<BlobChunk> {
    const stmt = this.db.prepare('SELECT idx, data FROM blob_chunks WHERE stream = ? ORDER BY idx')
    for (const r of stmt.iterate(stream) as Iterable<{idx: number; data: Buffer}>) yield {idx: r.idx, data: new Uint8Array(r.data)}
  }

  close(): void {
    if (this.db.open) this.db.close()
  }
}
