/**
 * The hash chain, row by row: sequence numbers without gaps or repeats, each row's hash over its
 * header, nonce, body and prev, and each prev equal to the hash of the row before.
 */
import {bytesEqual} from '../bytes.js'
import type {EntryRow} from '../codec.js'
import {encodeHeader, entryHash, ZERO_HASH} from '../codec.js'
import type {Problem} from './report.js'

const NONCE_BYTES = 24
const TAG_BYTES = 16

export class ChainChecker {
  readonly #problems: Problem[]
  #expected = 1
  #prevStored: Uint8Array = ZERO_HASH

  /** Problems found are pushed onto `problems`, in the order the rows come. */
  constructor(problems: Problem[]) {
    this.#problems = problems
  }

  /**
   * Whether the row continues the sequence. A row whose seq was seen already (one inserted behind
   * pl's back) does not, and is left out of the chain and the tree; a gap is reported and the row
   * continues from it.
   */
  inSequence(row: EntryRow): boolean {
    // SQLite holds 64-bit integers; a JavaScript number holds 53 bits exactly: pl never writes more.
    if (!Number.isSafeInteger(row.seq)) {
      this.#problems.push({code: 'sequence', seq: this.#expected, message: `An entry after ${this.#expected - 1} has seq ${row.seq}, beyond any seq pl writes: a row was inserted behind pl's back.`})
      return false
    }
    if (row.seq < this.#expected) {
      this.#problems.push({code: 'sequence', seq: row.seq, message: `Entry ${row.seq} is out of sequence (expected ${this.#expected} or later): a row was inserted behind pl's back.`})
      return false
    }
    if (row.seq !== this.#expected) {
      this.#problems.push({code: 'sequence', seq: this.#expected, message: `Entry ${this.#expected} is missing (the next entry found is ${row.seq}): entries were deleted.`})
      this.#expected = row.seq
    }
    return true
  }

  /**
   * Checks a row in sequence against its own hash and the hash before it, and returns its encoded
   * header (none when the row has an impossible shape), which decryption needs as well.
   */
  link(row: EntryRow): Uint8Array | undefined {
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
    if (!computed || !bytesEqual(computed, row.hash)) {
      this.#problems.push({code: 'entry-altered', seq: row.seq, message: `Entry ${row.seq}: its hash does not match its header, nonce, body or prev (altered).`})
    } else if (!bytesEqual(row.prev, this.#prevStored)) {
      const before = row.seq - 1
      this.#problems.push({
        code: 'chain-broken',
        seq: before >= 1 ? before : row.seq,
        message:
          before >= 1
            ? `Entry ${before} does not match the hash entry ${row.seq} chains to: entry ${before} was rewritten (or entry ${row.seq}'s prev was).`
            : `Entry ${row.seq}: the first entry must chain to 32 zero bytes.`,
      })
    }
    this.#prevStored = row.hash
    this.#expected = row.seq + 1
    return header
  }
}
