/**
 * How an input's first bytes say to read it: UTF-8, UTF-16 (with or without a byte order mark), or
 * binary and skipped. Decided from at most SNIFF bytes, so a huge file costs one small look.
 */

/** Bytes looked at to tell an input's kind. */
export const SNIFF = 8000

/** A NUL byte or mostly control characters in the first bytes: an image, an archive, a database. */
export function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.length, SNIFF)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = head[i] ?? 0
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return n > 0 && control / n > 0.3
}

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
