/**
 * How an input's first bytes say to read it: UTF-8, UTF-16 (with or without a byte order mark), or
 * binary and skipped. Decided from at most SNIFF bytes, so a huge file costs one small look.
 */

/** Bytes looked at to tell an input's kind. */
export const SNIFF = 8000

/**
 * File formats that begin with a signature and hold NUL bytes early: images, archives, compressed
 * streams, executables, databases. Each is binary whatever follows.
 */
const SIGNATURES: ReadonlyArray<readonly number[]> = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0xff, 0xd8, 0xff], // JPEG
  [0x50, 0x4b, 0x03, 0x04], // ZIP (and every format built on it)
  [0x50, 0x4b, 0x05, 0x06], // an empty ZIP
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // a Windows executable
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
  [0xca, 0xfe, 0xba, 0xbe], // a Java class, a universal Mach-O
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], // SQLite ("SQLite f")
  [0xd0, 0xcf, 0x11, 0xe0], // OLE (old Office files)
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0x37, 0x7a, 0xbc, 0xaf], // 7-Zip
  [0x50, 0x41, 0x52, 0x31], // Parquet
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV, AVI)
]

/** NUL bytes in a run at least this long are padding (a log truncated in place while written to), not binary data. */
const PADDING_RUN = 16

/**
 * How the UTF-8 sequence whose lead byte is at `i` reads: its length when valid (or cut off by the
 * end of the sniff, not counted against the text), or -1 for a byte that starts no valid sequence.
 */
function utf8Sequence(head: Uint8Array, i: number, n: number): number {
  const b = head[i] ?? 0
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : -1
  if (length < 0) return -1
  for (let k = 1; k < length && i + k < n; k++) if (((head[i + k] ?? 0) & 0xc0) !== 0x80) return -1
  return Math.min(length, n - i)
}

/**
 * Whether the first bytes are binary data, not text: a known binary signature with NUL bytes after
 * it, or more than 30 % of the bytes that are not padding being stray NUL bytes, control characters
 * or bytes that are not UTF-8 (random and compressed data, UTF-32, most binary formats). A text log
 * is not binary because of a run of NUL bytes (what `copytruncate` leaves at the start of a log a
 * writer keeps appending to) or a garbage record among its lines: it is read, and its secrets found.
 */
export function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.length, SNIFF)
  if (n === 0) return false
  const nul = head.subarray(0, n).indexOf(0)
  if (nul >= 0 && SIGNATURES.some((signature) => signature.every((b, i) => head[i] === b))) return true
  let padding = 0
  let odd = 0
  for (let i = 0; i < n; i++) {
    const b = head[i] ?? 0
    if (b === 0) {
      let end = i + 1
      while (end < n && head[end] === 0) end++
      if (end - i >= PADDING_RUN) padding += end - i
      else odd += end - i
      i = end - 1
    } else if (b < 9 || (b > 13 && b < 32 && b !== 27)) {
      odd++
    } else if (b >= 0x80) {
      const length = utf8Sequence(head, i, n)
      if (length < 0) odd++
      else i += length - 1
    }
  }
  const text = n - padding
  return text > 0 && odd / text > 0.3
}

/** Why an input named on the command line was not read. */
export const BINARY_INPUT = 'looks binary (an image, an archive, compressed or random data), not text; pl reads plain text, JSON, JSONL and gzip of those'

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/** UTF-16 text whose units are mostly ASCII: no NUL unit, at least 90 % printable ASCII units. */
function asciiUtf16(head: Uint8Array, from: number, littleEndian: boolean, share: number): boolean {
  const n = (Math.min(head.length, SNIFF) - from) >> 1
  let ascii = 0
  for (let i = 0; i < n; i++) {
    const a = head[from + 2 * i] ?? 0
    const b = head[from + 2 * i + 1] ?? 0
    // Not a destructured pair: that allocated an array for each of the 4,000 units of every input.
    const low = littleEndian ? a : b
    const high = littleEndian ? b : a
    if (low === 0 && high === 0) return false
    if (high === 0 && (low === 9 || low === 10 || low === 13 || (low >= 32 && low < 127))) ascii++
  }
  return ascii >= share * n
}

/** The UTF-16 byte order mark `head` starts with, if any: FF FE little endian, FE FF big endian (2 bytes). */
export function utf16Bom(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le'
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be'
  return undefined
}

/**
 * How an input's first bytes say to read it: UTF-16 with a byte order mark (FF FE, FE FF) whose
 * text is not binary, or without one when it is clearly UTF-16 (mostly ASCII, every other byte
 * zero); binary (see looksBinary); otherwise UTF-8. `bom` is the length of a UTF-16 byte order
 * mark to drop (the UTF-8 decoder drops its own).
 */
export function textKind(head: Uint8Array): {kind: TextEncoding | 'binary'; bom: number} {
  const marked = utf16Bom(head)
  if (marked !== undefined) {
    // The text after the mark may be anything but NUL units or mostly control characters (FF FE 00 00 is UTF-32).
    if (asciiUtf16(head, 2, marked === 'utf-16le', 0) && !looksBinary(Buffer.from(new TextDecoder(marked).decode(head.subarray(2, SNIFF))))) {
      return {kind: marked, bom: 2}
    }
    return {kind: 'binary', bom: 0}
  }
  if (head.length >= 8) {
    if (asciiUtf16(head, 0, true, 0.9)) return {kind: 'utf-16le', bom: 0}
    if (asciiUtf16(head, 0, false, 0.9)) return {kind: 'utf-16be', bom: 0}
  }
  return {kind: looksBinary(head) ? 'binary' : 'utf-8', bom: 0}
}
