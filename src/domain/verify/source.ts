/**
 * What the verifier reads from a store, and nothing about how: the SQLite store implements it
 * (src/store/verify.ts) and a PostgreSQL store implements it next. No engine's query language
 * appears here; an implementation only reads, and every judgement is the verifier's.
 */
import type {Checkpoint, EntryRow} from '../codec.js'
import type {AuthorSignature} from './attribution.js'
import type {GrantRow} from './grants.js'
import type {MetaStatementKey} from '../meta-statement.js'
import type {Problem} from './report.js'

/** Who the store says it is: its id and the public key its checkpoints are signed with. */
export interface StoreIdentity {
  storeId: string
  signPublicKey: Uint8Array
}

/** A blob's record: the stream its chunks are filed under, its stream header and what was written. */
export interface BlobRecord {
  id: string
  stream: string
  header: Uint8Array
  chunks: number
  size: number
}

export interface BlobChunk {
  idx: number
  data: Uint8Array
}

/** A checkpoint's C2SP note signature (docs/store-format.md §11), stored beside it since schema 2. */
export interface StoredNoteSignature {
  size: number
  /** 64-byte Ed25519 signature over the checkpoint's note text. */
  sig: Uint8Array
}

/** The meta values the signed meta statement covers, as stored, and the statement row, if any. */
export interface MetaRecord {
  values: Partial<Record<MetaStatementKey, string>>
  statement: string | undefined
}

export interface LedgerRowSource {
  readonly meta: StoreIdentity
  /** How many entries there are and the highest seq (they differ when a row was deleted). */
  count(): {n: number; maxSeq: number}
  /** Every entry in seq order, streamed: the verifier reads them once and keeps none. */
  rows(): Iterable<EntryRow>
  /** Every stored checkpoint, by size ascending. */
  checkpoints(): readonly Checkpoint[]
  /** Every stored checkpoint note signature, by size ascending (none before schema 2). */
  checkpointNotes(): readonly StoredNoteSignature[]
  /** The covered meta values and the signed meta statement (ADR 0009). */
  metaRecord(): MetaRecord
  blob(id: string): BlobRecord | undefined
  /** A blob stream's chunks in index order. */
  blobChunks(stream: string): Iterable<BlobChunk>
  /** Streams whose chunks no blob references (interrupted uploads). */
  orphanBlobStreams(): number
  /** Every author signature (issue 17), one per command that appended in a store with responders. */
  authorSignatures(): readonly AuthorSignature[]
  /** The rows of the grants table (schema 2 on); absent: grants are not checked against the record. */
  grants?(): Iterable<GrantRow>
  /** Problems with the engine's own append-only guards (SQLite: its triggers), reported first. */
  engineProblems(): readonly Problem[]
}
