/**
 * Blob streams: exhibit content encrypted with crypto_secretstream in chunks of BLOB_CHUNK
 * plaintext bytes, filed under a random stream id and addressed by the SHA-256 of the stream
 * header and every encrypted chunk. Memory stays at about two chunks whatever the size.
 */
import {createHash, randomBytes as nodeRandomBytes} from 'node:crypto'
import type {Crypto} from '../crypto/sodium.js'
import {toHex} from '../domain/bytes.js'
import {BLOB_CHUNK} from '../domain/codec.js'
import {CancelledError, IntegrityError} from '../errors.js'
import type {Ledger} from './reader.js'

/** Blob chunks are committed in groups; the entry that references the blob is the durable commit. */
const CHUNKS_PER_COMMIT = 16

/**
 * Streams plaintext into an encrypted, content-addressed blob under `key`. The blob row is written
 * last; chunks of an interrupted write are orphans that no entry references (reported by verify,
 * harmless).
 */
export async function writeBlob(
  ledger: Ledger,
  crypto: Crypto,
  now: () => number,
  key: Uint8Array,
  source: AsyncIterable<Uint8Array>,
  onProgress?: (bytes: number) => void,
  signal?: AbortSignal,
): Promise<{id: string; size: number; sha256: string}> {
  const {db} = ledger
  const stream = toHex(nodeRandomBytes(16))
  const push = await crypto.pushStream(key)
  const address = createHash('sha256').update(push.header)
  const plainHash = createHash('sha256')
  const insert = db.prepare('INSERT INTO blob_chunks (stream, idx, data) VALUES (?, ?, ?)')
  let idx = 0
  let size = 0
  let batch: Uint8Array[] = []
  /** Encrypted bytes committed so far: what an interrupted upload leaves unreferenced. */
  let stored = 0
  const flush = () => {
    if (batch.length === 0) return
    const first = idx - batch.length
    const rows = batch
    db.transaction(() => rows.forEach((data, i) => insert.run(stream, first + i, data))).immediate()
    for (const data of rows) stored += data.length
    batch = []
  }
  // Checked between pieces and before the last chunk: a source that simply ends on Ctrl-C (a pipe
  // whose writer was interrupted too) is not taken for the whole exhibit. The chunks not yet
  // committed are dropped; those committed stay, unreferenced (blob_chunks is append-only).
  const cancelled = () => new CancelledError('The upload was cancelled.', {details: {unreferencedBytes: stored}})
  const emit = (plain: Uint8Array, final: boolean) => {
    const ct = push.push(plain, final)
    address.update(ct)
    batch.push(ct)
    idx += 1
    if (batch.length >= CHUNKS_PER_COMMIT) flush()
  }
  // Blob chunks need not be durable one by one: the entry that references the blob is appended
  // with synchronous=FULL, and its WAL sync persists every earlier frame.
  db.pragma('synchronous = NORMAL')
  try {
    // The source's pieces are queued as they come and cut into chunks of exactly BLOB_CHUNK
    // bytes: a chunk inside one piece is a view of it, only one spanning pieces is copied.
    let parts: Uint8Array[] = []
    let head = 0
    let queued = 0
    const take = (n: number): Uint8Array => {
      queued -= n
      const first = parts[head]!
      let out: Uint8Array
      if (first.length >= n) {
        out = first.subarray(0, n)
        if (first.length === n) head += 1
        else parts[head] = first.subarray(n)
      } else {
        out = new Uint8Array(n)
        for (let o = 0; o < n; ) {
          const part = parts[head]!
          const k = Math.min(part.length, n - o)
          out.set(part.subarray(0, k), o)
          o += k
          if (k === part.length) head += 1
          else parts[head] = part.subarray(k)
        }
      }
      // Drop the consumed pieces now and then (a stream of tiny pieces must not cost n² shifts).
      if (head > 64 && head * 2 > parts.length) {
        parts = parts.slice(head)
        head = 0
      }
      return out
    }
    for await (const chunk of source) {
      if (signal?.aborted) throw cancelled()
      plainHash.update(chunk)
      size += chunk.length
      onProgress?.(size)
      if (chunk.length === 0) continue
      parts.push(chunk)
      queued += chunk.length
      // Strictly more than a chunk: the last chunk, marked final, is never empty unless the blob is.
      while (queued > BLOB_CHUNK) emit(take(BLOB_CHUNK), false)
    }
    if (signal?.aborted) throw cancelled()
    emit(queued === 0 ? new Uint8Array(0) : take(queued), true)
    flush()
  } catch (error) {
    // A source destroyed on Ctrl-C ends with its own error ("premature close"): it is the cancel.
    if (signal?.aborted && !(error instanceof CancelledError)) throw cancelled()
    throw error
  } finally {
    db.pragma('synchronous = FULL')
  }
  const id = address.digest('hex')
  // The same content under the same key twice is one blob (its first stream stays the one read).
  db.transaction(() => {
    if (ledger.blobInfo(id) === undefined) {
      db.prepare('INSERT INTO blobs (id, stream, header, chunks, size, created) VALUES (?, ?, ?, ?, ?, ?)').run(id, stream, push.header, idx, size, now())
    }
  }).immediate()
  return {id, size, sha256: plainHash.digest('hex')}
}

/** Decrypts a blob chunk by chunk; throws IntegrityError on any altered, missing or extra chunk. */
export async function* readBlob(ledger: Ledger, crypto: Crypto, key: Uint8Array, blobId: string): AsyncGenerator<Uint8Array> {
  const info = ledger.blobInfo(blobId)
  if (!info) throw new IntegrityError(`Blob ${blobId} is missing from the store.`)
  const pull = await crypto.pullStream(key, info.header)
  let expected = 0
  let final = false
  for (const {idx, data} of ledger.blobChunks(info.stream)) {
    if (idx !== expected || final) throw new IntegrityError(`Blob ${blobId}: chunk ${idx} is out of place.`)
    expected += 1
    try {
      const r = pull.pull(data)
      final = r.final
      yield r.message
    } catch (error) {
      throw new IntegrityError(`Blob ${blobId}: chunk ${idx} failed authentication (altered).`, {cause: error})
    }
  }
  if (!final) throw new IntegrityError(`Blob ${blobId} is truncated (no final chunk).`)
}
