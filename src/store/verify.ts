/**
 * Verification of a store without any key: the hash chain, the Merkle tree and every signed
 * checkpoint, blob content addresses, and optionally consistency with an older checkpoint kept
 * outside the machine (the only defence against an attacker who rewrites the whole file).
 */
import {createHash} from 'node:crypto'
import type {Database} from 'better-sqlite3'
import {verifyEd25519} from '../crypto/ed25519.js'
import type {CheckpointFile} from '../domain/checkpoint.js'
import {MerkleFrontier, leafHash} from '../domain/merkle.js'
import type {SubtreeRoots} from '../domain/merkle.js'
import {checkpointMessage, encodeHeader, entryHash, equalBytes, toHex, ZERO_HASH} from './codec.js'
import {BLOB_CHUNK, Ledger} from './ledger.js'
import type {Checkpoint, EntryRow} from './ledger.js'

const NONCE_BYTES = 24
const TAG_BYTES = 16
const STREAM_HEADER_BYTES = 24
/** crypto_secretstream adds a 1-byte tag and a 16-byte MAC to every chunk. */
const STREAM_CHUNK_OVERHEAD = 17
const FULL_CHUNK = BLOB_CHUNK + STREAM_CHUNK_OVERHEAD

export type ProblemCode =
  | 'sequence'
  | 'entry-altered'
  | 'chain-broken'
  | 'checkpoint-signature'
  | 'checkpoint-root'
  | 'truncated'
  | 'unsealed'
  | 'blob'
  | 'external-checkpoint'
  | 'schema'
  | 'not-authentic'
  | 'key-missing'

export interface Problem {
  code: ProblemCode
  message: string
  seq?: number
  checkpointSize?: number
}

export type {CheckpointFile}

export interface VerifyReport {
  ok: boolean
  storeId: string
  publicKey: string
  entries: number
  checkpoints: number
  latestCheckpoint: {size: number; root: string; ts: number} | null
  /** Entries after the latest signed checkpoint (a crash before sealing, or rows added behind pl's back). */
  unsealed: {from: number; to: number} | null
  blobs: {checked: number; orphanStreams: number}
  external: {size: number; consistent: boolean} | null
  problems: Problem[]
  /** The first entry found bad, if any. */
  firstBadEntry: number | null
  warnings: string[]
  /** With the key (`--deep`): every entry and blob authenticated, every missing key shredded on the record. */
  deep?: {entriesAuthenticated: number; blobsAuthenticated: number; shreddedKeys: number}
}

/** Adds problems found by a deeper check and recomputes the verdict. */
export function withProblems(report: VerifyReport, extra: readonly Problem[]): VerifyReport {
  const problems = [...report.problems, ...extra]
  const seqs = [...extra.filter((p) => p.seq !== undefined).map((p) => p.seq!), ...(report.firstBadEntry === null ? [] : [report.firstBadEntry])]
  return {...report, problems, ok: problems.length === 0, firstBadEntry: seqs.length > 0 ? Math.min(...seqs) : null}
}

export function checkpointToFile(c: Checkpoint, publicKey: Uint8Array): CheckpointFile {
  return {
    format: 'pl-checkpoint/1',
    storeId: c.storeId,
    size: c.size,
    root: toHex(c.root),
    ts: c.ts,
    publicKey: toHex(publicKey),
    signature: Buffer.from(c.sig).toString('base64'),
  }
}

function verifyCheckpointSignature(c: Checkpoint, publicKey: Uint8Array): boolean {
  return verifyEd25519(publicKey, checkpointMessage(c.storeId, c.size, c.root, c.ts), c.sig)
}

const REQUIRED_TRIGGERS = ['entries_no_update', 'entries_no_delete', 'entries_in_sequence', 'checkpoints_no_update', 'checkpoints_no_delete']

export interface VerifyOptions {
  external?: CheckpointFile
  onProgress?: (done: number, total: number) => void
  /**
   * Sees every row in seq order, with its Merkle leaf hash (none for a row out of sequence), so a
   * caller that needs the rows or the leaves reads the table once.
   */
  onRow?: (row: EntryRow, leaf: Uint8Array | undefined, header: Uint8Array | undefined) => void
  /** Receives the perfect subtree roots of the tree, for inclusion proofs without hashing it again. */
  subtrees?: SubtreeRoots
}

export function verifyLedger(db: Database, options: VerifyOptions = {}): VerifyReport {
  const ledger = new Ledger(db)
  const {meta} = ledger
  const problems: Problem[] = []
  const warnings: string[] = []
  const {n, maxSeq} = ledger.count()
  const checkpoints = ledger.checkpoints()
  const bySize = new Map<number, Checkpoint[]>()
  for (const c of checkpoints) bySize.set(c.size, [...(bySize.get(c.size) ?? []), c])
  const external = options.external

  const presentTriggers = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as {name: string}[]).map((r) => r.name),
  )
  const missing = REQUIRED_TRIGGERS.filter((t) => !presentTriggers.has(t))
  if (missing.length > 0) problems.push({code: 'schema', message: `Append-only triggers were removed: ${missing.join(', ')}.`})

  const badSignatures = new Set<Checkpoint>()
  for (const c of checkpoints) {
    if (!verifyCheckpointSignature(c, meta.signPublicKey)) {
      badSignatures.add(c)
      problems.push({code: 'checkpoint-signature', checkpointSize: c.size, message: `Checkpoint at size ${c.size}: the signature does not verify (forged or altered).`})
    }
  }

  const frontier = new MerkleFrontier(options.subtrees)
  // The largest signed size whose root still matches: when a later root fails and no entry is
  // otherwise named (a rewritten, re-hashed tail), the first bad entry is the one after it.
  let lastGoodSize = 0
  let firstRootFailure: number | null = null
  const checkRoot = (size: number) => {
    // A root costs log2(size) hashes: compute it only where a checkpoint needs it.
    if (!bySize.has(size) && external?.size !== size) return
    const root = frontier.root()
    for (const c of bySize.get(size) ?? []) {
      const authentic = !badSignatures.has(c)
      if (!equalBytes(root, c.root)) {
        problems.push({
          code: 'checkpoint-root',
          checkpointSize: size,
          message: authentic
            ? `Checkpoint at size ${size}: the entries 1..${size} no longer hash to its signed root (an entry after ${lastGoodSize} was rewritten).`
            : `Checkpoint at size ${size}: its root does not match the entries (the checkpoint itself was altered).`,
        })
        // Only an authentic checkpoint says anything about the entries.
        if (authentic) firstRootFailure ??= lastGoodSize + 1
      } else if (firstRootFailure === null && authentic) {
        lastGoodSize = size
      }
    }
    if (external && external.size === size) {
      if (toHex(root) !== external.root) {
        problems.push({code: 'external-checkpoint', checkpointSize: size, message: `The given checkpoint (size ${size}) is not consistent with this store: entries 1..${size} were changed, removed or reordered.`})
      }
    }
  }
  if (checkpoints.some((c) => c.size === 0) || external?.size === 0) checkRoot(0)

  let expected = 1
  let prevStored: Uint8Array = ZERO_HASH
  let blobsChecked = 0
  for (const [seq, ts, incident, kind, actor, keyId, blob, nonce, body, prev, hash] of ledger.rawRows()) {
    const row: EntryRow = {seq, ts, incident, kind, actor, keyId, blob, nonce, body, prev, hash}
    if (row.seq < expected) {
      problems.push({code: 'sequence', seq: row.seq, message: `Entry ${row.seq} is out of sequence (expected ${expected} or later): a row was inserted behind pl's back.`})
      options.onRow?.(row, undefined, undefined)
      continue
    }
    if (row.seq !== expected) {
      problems.push({code: 'sequence', seq: expected, message: `Entry ${expected} is missing (the next entry found is ${row.seq}): entries were deleted.`})
      expected = row.seq
    }
    // Fixed lengths close the one ambiguity of the hash input: where the nonce ends and the body begins.
    const shapeOk =
      row.nonce.length === NONCE_BYTES &&
      row.prev.length === 32 &&
      row.hash.length === 32 &&
      row.body.length >= TAG_BYTES &&
      Number.isSafeInteger(row.ts) &&
      row.ts >= 0
    const header = shapeOk ? encodeHeader(row) : undefined
    const computed = header ? entryHash(row.prev, header, row.nonce, row.body) : undefined
    if (!computed || !equalBytes(computed, row.hash)) {
      problems.push({code: 'entry-altered', seq: row.seq, message: `Entry ${row.seq}: its hash does not match its header, nonce, body or prev (altered).`})
    } else if (!equalBytes(row.prev, prevStored)) {
      const before = row.seq - 1
      problems.push({
        code: 'chain-broken',
        seq: before >= 1 ? before : row.seq,
        message:
          before >= 1
            ? `Entry ${before} does not match the hash entry ${row.seq} chains to: entry ${before} was rewritten (or entry ${row.seq}'s prev was).`
            : `Entry ${row.seq}: the first entry must chain to 32 zero bytes.`,
      })
    }
    if (row.blob !== null) {
      blobsChecked += 1
      const blobProblem = checkBlob(ledger, row.blob)
      if (blobProblem) problems.push({code: 'blob', seq: row.seq, message: `Entry ${row.seq}: ${blobProblem}`})
    }
    prevStored = row.hash
    const leaf = leafHash(row.hash)
    frontier.append(leaf)
    options.onRow?.(row, leaf, header)
    checkRoot(row.seq)
    expected = row.seq + 1
    if (options.onProgress && row.seq % 4096 === 0) options.onProgress(row.seq, maxSeq)
  }
  options.onProgress?.(maxSeq, maxSeq)

  // Against the highest seq, not the row count: a row deleted in the middle is not a truncated tail.
  for (const c of checkpoints) {
    if (c.size > maxSeq) {
      problems.push({code: 'truncated', seq: maxSeq + 1, checkpointSize: c.size, message: `Checkpoint at size ${c.size} but the last entry is ${maxSeq}: entries ${maxSeq + 1}..${c.size} were removed.`})
    }
  }

  let externalResult: VerifyReport['external'] = null
  if (external) {
    const consistentKey = external.publicKey === toHex(meta.signPublicKey) && external.storeId === meta.storeId
    const extCheckpoint: Checkpoint = {
      storeId: external.storeId,
      size: external.size,
      root: new Uint8Array(Buffer.from(external.root, 'hex')),
      ts: external.ts,
      sig: new Uint8Array(Buffer.from(external.signature, 'base64')),
    }
    const sigOk = verifyCheckpointSignature(extCheckpoint, new Uint8Array(Buffer.from(external.publicKey, 'hex')))
    if (!sigOk) problems.push({code: 'external-checkpoint', message: 'The given checkpoint file has an invalid signature (forged or altered).'})
    if (!consistentKey) {
      problems.push({code: 'external-checkpoint', message: "The given checkpoint was signed for another store or with another key than this store's: the store's identity was replaced, or it is the wrong file."})
    }
    if (external.size > maxSeq) {
      problems.push({code: 'truncated', seq: maxSeq + 1, checkpointSize: external.size, message: `The given checkpoint covers ${external.size} entries but the last entry is ${maxSeq}: entries ${maxSeq + 1}..${external.size} were removed (tail truncation).`})
    }
    externalResult = {size: external.size, consistent: !problems.some((p) => p.code === 'external-checkpoint' || (p.code === 'truncated' && p.checkpointSize === external.size))}
  }

  const latest = checkpoints.at(-1) ?? null
  const sealedTo = latest?.size ?? 0
  const unsealed = maxSeq > sealedTo ? {from: sealedTo + 1, to: maxSeq} : null
  if (unsealed) {
    problems.push({
      code: 'unsealed',
      seq: unsealed.from,
      message: `Entries ${unsealed.from}..${unsealed.to} are not covered by a signed checkpoint (a pl command was interrupted, or rows were added behind pl's back).`,
    })
  }

  const orphanStreams = (db.prepare('SELECT count(DISTINCT stream) AS n FROM blob_chunks WHERE stream NOT IN (SELECT stream FROM blobs)').get() as {n: number}).n
  if (orphanStreams > 0) warnings.push(`${orphanStreams} interrupted blob upload(s) left unreferenced chunks (harmless).`)

  const entryProblems = problems.filter((p) => p.seq !== undefined).map((p) => p.seq!)
  return {
    ok: problems.length === 0,
    storeId: meta.storeId,
    publicKey: toHex(meta.signPublicKey),
    entries: n,
    checkpoints: checkpoints.length,
    latestCheckpoint: latest && {size: latest.size, root: toHex(latest.root), ts: latest.ts},
    unsealed,
    blobs: {checked: blobsChecked, orphanStreams},
    external: externalResult,
    problems,
    firstBadEntry: entryProblems.length > 0 ? Math.min(...entryProblems) : firstRootFailure,
    warnings,
  }
}

function checkBlob(ledger: Ledger, id: string): string | undefined {
  const info = ledger.blobInfo(id)
  if (!info) return `its blob ${id.slice(0, 16)}… is missing.`
  if (info.header.length !== STREAM_HEADER_BYTES) return 'its blob has a malformed stream header.'
  const h = createHash('sha256').update(info.header)
  let count = 0
  let short = false
  let plainBytes = 0
  for (const {idx, data} of ledger.blobChunks(info.stream)) {
    if (idx !== count) return `blob chunk ${count} is missing.`
    // Every chunk but the last is full, so the content address also fixes the chunk boundaries.
    if (short || data.length > FULL_CHUNK || data.length < STREAM_CHUNK_OVERHEAD) return `blob chunk ${idx} has an impossible length.`
    short = data.length < FULL_CHUNK
    plainBytes += data.length - STREAM_CHUNK_OVERHEAD
    h.update(data)
    count += 1
  }
  if (count !== info.chunks) return `its blob has ${count} chunks, ${info.chunks} were written.`
  if (plainBytes !== info.size) return `its blob chunks hold ${plainBytes} bytes, ${info.size} were written.`
  if (h.digest('hex') !== id) return 'its blob content does not match its content address (altered).'
  return undefined
}
