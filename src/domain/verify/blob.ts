/**
 * A blob against its content address: SHA-256 over its stream header and every encrypted chunk.
 * Without the key this proves the chunks are the ones written, in order, with none missing.
 */
import {createHash} from 'node:crypto'
import {BLOB_CHUNK} from '../codec.js'
import type {LedgerRowSource} from './source.js'

const STREAM_HEADER_BYTES = 24
/** crypto_secretstream adds a 1-byte tag and a 16-byte MAC to every chunk. */
const STREAM_CHUNK_OVERHEAD = 17
const FULL_CHUNK = BLOB_CHUNK + STREAM_CHUNK_OVERHEAD

/** What is wrong with blob `id`, as the end of a sentence about its entry; undefined when nothing is. */
export function blobProblem(source: Pick<LedgerRowSource, 'blob' | 'blobChunks'>, id: string): string | undefined {
  const info = source.blob(id)
  if (!info) return `its blob ${id.slice(0, 16)}… is missing.`
  if (info.header.length !== STREAM_HEADER_BYTES) return 'its blob has a malformed stream header.'
  const h = createHash('sha256').update(info.header)
  let count = 0
  let short = false
  let plainBytes = 0
  for (const {idx, data} of source.blobChunks(info.stream)) {
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
