/**
 * Decoding a byte stream into pieces of text. UTF-8 is decoded exactly as one streaming
 * TextDecoder decodes it (invalid bytes become U+FFFD, a leading byte order mark is dropped), but
 * with the pure-ASCII runs of each chunk read as Latin-1, which for ASCII bytes is the same text.
 * That is several times faster than the UTF-8 decoder, and the strings stay one byte per character:
 * every later pass over them (joining lines, the keyword scan, the regexes) reads them faster too.
 * UTF-16 (little or big endian) goes through a streaming TextDecoder.
 *
 * Both count the invalid sequences they replace with U+FFFD, and say where the first one is, so
 * the reader can report an input that was not what it claimed to be.
 */
import {isAscii} from 'node:buffer'

/** Where an invalid sequence is: in the pieces one call returned, at a UTF-16 offset. */
export interface InvalidAt {
  piece: number
  offset: number
}

/** A streaming decoder that hands out text in pieces and counts what it could not decode. */
export interface TextPieces {
  /** `UTF-8` or `UTF-16`, for messages. */
  readonly encoding: string
  /** Invalid sequences so far, each read as one U+FFFD (a U+FFFD the input spells correctly is not one). */
  readonly invalid: number
  /** The first invalid sequence the last call to decode or end met, in the pieces it returned; undefined if it met none. */
  readonly firstInvalid: InvalidAt | undefined
  /** The text of `chunk`, in pieces (none of them empty). */
  decode(chunk: Buffer): string[]
  /** What the decoder still holds (an unfinished sequence becomes U+FFFD). */
  end(): string[]
}

/**
 * Bytes per piece a chunk is cut into, at line breaks: small enough that a rare non-ASCII line
 * sends only its neighbourhood through the decoder, large enough that pieces cost little each.
 */
const PIECE = 16 << 10
const BOM = Buffer.from([0xef, 0xbb, 0xbf])
/** U+FFFD written correctly in UTF-8. */
const REPLACEMENT = Buffer.from([0xef, 0xbf, 0xbd])
const EMPTY = Buffer.alloc(0)

function countReplacements(text: string): number {
  let n = 0
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) n++
  return n
}

export class Utf8Pieces implements TextPieces {
  readonly encoding = 'UTF-8'
  invalid = 0
  firstInvalid: InvalidAt | undefined
  private readonly decoder = new TextDecoder('utf-8', {ignoreBOM: true})
  /**
   * The decoder may hold the first bytes of an unfinished sequence: the last byte it was given
   * was not ASCII. An ASCII byte ends any sequence, so after one the decoder holds nothing and
   * bytes can bypass it.
   */
  private held = false
  /** The last (at most 3) bytes given to the decoder while it may hold some of them: what it holds is among them. */
  private tail: Buffer = EMPTY
  /** The stream's first bytes while they may still be the start of a byte order mark; undefined once decided. */
  private head: Buffer | undefined = Buffer.alloc(0)

  decode(chunk: Buffer): string[] {
    this.firstInvalid = undefined
    let bytes = chunk
    if (this.head !== undefined) {
      bytes = this.head.length === 0 ? chunk : Buffer.concat([this.head, chunk])
      if (bytes.length < BOM.length && BOM.subarray(0, bytes.length).equals(bytes)) {
        this.head = bytes
        return []
      }
      this.head = undefined
      if (bytes.subarray(0, BOM.length).equals(BOM)) bytes = bytes.subarray(BOM.length)
    }
    const pieces: string[] = []
    let at = 0
    if (this.held) {
      // Let the decoder finish (or reject) its sequence: through the first line break.
      const nl = bytes.indexOf(0x0a)
      at = nl < 0 ? bytes.length : nl + 1
      this.through(bytes.subarray(0, at), pieces)
    }
    while (at < bytes.length) {
      let end = bytes.length
      if (end - at > PIECE) {
        const nl = bytes.indexOf(0x0a, at + PIECE)
        if (nl >= 0) end = nl + 1
      }
      const part = bytes.subarray(at, end)
      if (isAscii(part)) pieces.push(part.toString('latin1'))
      else this.through(part, pieces)
      at = end
    }
    return pieces
  }

  end(): string[] {
    this.firstInvalid = undefined
    const head = this.head
    this.head = undefined
    const text = head !== undefined && head.length > 0 ? this.decoder.decode(head) : this.decoder.decode()
    if (text.length === 0) return []
    // Only bytes that never made a character are left: every U+FFFD here is one invalid sequence.
    this.found(countReplacements(text), 0, text.indexOf('\uFFFD'))
    return [text]
  }

  private through(part: Buffer, pieces: string[]): void {
    if (part.length === 0) return
    const text = this.decoder.decode(part, {stream: true})
    if (text.length > 0) {
      // Invalid input is rare: valid text costs one search for U+FFFD in the decoded (non-ASCII) part.
      if (text.includes('\uFFFD')) this.countInvalid(part, text, pieces.length)
      pieces.push(text)
    }
    this.held = (part[part.length - 1] ?? 0) >= 0x80
    if (!this.held) this.tail = EMPTY
    else if (part.length >= 3) this.tail = part.subarray(part.length - 3)
    else this.tail = Buffer.concat([this.tail, part]).subarray(-3)
  }

  /**
   * `text` came from the decoder's held bytes (`tail`) and `part` and holds U+FFFD: some may be
   * the character itself, spelled EF BF BD, which always decodes as one (EF never continues a
   * sequence). Those that complete in `part` came out in `text`; the rest are invalid sequences.
   */
  private countInvalid(part: Buffer, text: string, piece: number): void {
    const skip = this.tail.length
    const bytes = skip === 0 ? part : Buffer.concat([this.tail, part])
    const literal: number[] = []
    for (let at = bytes.indexOf(REPLACEMENT, Math.max(0, skip - 2)); at >= 0; at = bytes.indexOf(REPLACEMENT, at + 3)) literal.push(at)
    const invalid = countReplacements(text) - literal.length
    if (invalid <= 0) return
    let offset = text.indexOf('\uFFFD')
    if (this.firstInvalid === undefined && literal.length > 0) {
      // Where is the first one that is not the character itself? Decode again with the real ones
      // spelled as U+FFFC (same length): a fresh decoder given the last bytes before `part` holds
      // what this one held, since an unfinished sequence is at most 3 bytes long.
      const marked = Buffer.from(bytes)
      for (const at of literal) marked[at + 2] = 0xbc
      const probe = new TextDecoder('utf-8', {ignoreBOM: true})
      probe.decode(marked.subarray(0, skip), {stream: true})
      offset = probe.decode(marked.subarray(skip), {stream: true}).indexOf('\uFFFD')
    }
    this.found(invalid, piece, offset)
  }

  private found(n: number, piece: number, offset: number): void {
    if (n <= 0) return
    this.firstInvalid ??= {piece, offset: Math.max(0, offset)}
    this.invalid += n
  }
}

/**
 * UTF-16 of one byte order, the byte order mark (if any) already removed. Each code unit of the
 * input gives one of the text (a lone surrogate gives U+FFFD), so a U+FFFD in the text is checked
 * against the code unit it came from: the character itself, or an invalid one.
 */
export class Utf16Pieces implements TextPieces {
  readonly encoding = 'UTF-16'
  invalid = 0
  firstInvalid: InvalidAt | undefined
  private readonly decoder: InstanceType<typeof TextDecoder>
  /** Whole code units given to the decoder before this chunk. */
  private units = 0
  /** Code units of text returned so far: text unit k came from input unit k. */
  private emitted = 0
  /** A byte given to the decoder whose code unit is not whole yet. */
  private odd: number | undefined

  constructor(private readonly littleEndian: boolean) {
    this.decoder = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be', {ignoreBOM: true})
  }

  decode(chunk: Buffer): string[] {
    this.firstInvalid = undefined
    const text = this.decoder.decode(chunk, {stream: true})
    const aligned = this.odd === undefined ? chunk : Buffer.concat([Buffer.from([this.odd]), chunk])
    if (text.includes('\uFFFD')) this.countInvalid(aligned, text)
    this.odd = aligned.length % 2 === 1 ? aligned[aligned.length - 1] : undefined
    this.units += aligned.length >> 1
    this.emitted += text.length
    return text.length > 0 ? [text] : []
  }

  end(): string[] {
    this.firstInvalid = undefined
    const text = this.decoder.decode()
    if (text.length === 0) return []
    // A lone high surrogate or an odd last byte: nothing here is the character itself.
    this.found(countReplacements(text), text.indexOf('\uFFFD'))
    return [text]
  }

  private countInvalid(aligned: Buffer, text: string): void {
    let invalid = 0
    let first = -1
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
      // Its input unit is in `aligned`, or before it: a high surrogate the decoder held.
      const j = this.emitted + i - this.units
      const unit = j >= 0 && 2 * j + 1 < aligned.length ? (this.littleEndian ? aligned.readUInt16LE(2 * j) : aligned.readUInt16BE(2 * j)) : -1
      if (unit === 0xfffd) continue
      invalid++
      if (first < 0) first = i
    }
    this.found(invalid, first)
  }

  private found(n: number, offset: number): void {
    if (n <= 0) return
    this.firstInvalid = {piece: 0, offset: Math.max(0, offset)}
    this.invalid += n
  }
}
