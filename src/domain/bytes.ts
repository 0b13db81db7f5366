/**
 * The one hex codec and the one byte comparison of pl: stored keys, hashes, roots and checkpoint
 * files all go through these, so every layer agrees on what a hex string is.
 */

/** Lower-case hex of `bytes`, the form hashes, roots and keys are stored and printed in. */
export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')
}

/** Decodes hex (either case); throws a TypeError on anything else, which Buffer would truncate. */
export function fromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(hex)) throw new TypeError('not an even-length hex string')
  return Uint8Array.from(Buffer.from(hex, 'hex'))
}

/**
 * Whether two byte arrays are equal. The time taken depends on the length only, not on where the
 * first difference is: it also compares a derived key's check value.
 */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let d = 0
  for (let i = 0; i < a.length; i++) d |= a[i]! ^ b[i]!
  return d === 0
}
