/**
 * UTF-8 decoding of a byte stream into pieces of text, exactly as one streaming TextDecoder
 * decodes it (invalid bytes become U+FFFD, a leading byte order mark is dropped), but with the
 * pure-ASCII runs of each chunk read as Latin-1, which for ASCII bytes is the same text. That is
 * several times faster than the UTF-8 decoder, and the strings stay one byte per character:
 * every later pass over them (joining lines, the keyword scan, the regexes) reads them faster too.
 */
import {isAscii} from 'node:buffer'

/**
 * Bytes per piece a chunk is cut into, at line breaks: small enough that a rare non-ASCII line
 * sends only its neighbourhood through the decoder, large enough that pieces cost little each.
 */
const PIECE = 16 << 10
const BOM = Buffer.from([0xef, 0xbb, 0xbf])

export class Utf8Pieces {
  private readonly decoder = new TextDecoder('utf-8', {ignoreBOM: true})
  /**
   * The decoder may hold the first bytes of an unfinished sequence: the last byte it was given
   * was not ASCII. An ASCII byte ends any sequence, so after one the decoder holds nothing and
   * bytes can bypass it.
   */
  private held = false
  /** The stream's first bytes while they may still be the start of a byte order mark; undefined once decided. */
  private head: Buffer | undefined = Buffer.alloc(0)

  /** The text of `chunk`, in pieces (none of them empty). */
  decode(chunk: Buffer): string[] {
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

  /** What the decoder still holds (an unfinished sequence becomes U+FFFD). */
  end(): string[] {
    const head = this.head
    this.head = undefined
    const text = head !== undefined && head.length > 0 ? this.decoder.decode(head) : this.decoder.decode()
    return text.length > 0 ? [text] : []
  }

  private through(part: Buffer, pieces: string[]): void {
    if (part.length === 0) return
    const text = this.decoder.decode(part, {stream: true})
    if (text.length > 0) pieces.push(text)
    this.held = (part[part.length - 1] ?? 0) >= 0x80
  }
}
