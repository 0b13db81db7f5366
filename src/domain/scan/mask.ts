/**
 * The printable stand-in for a secret: a known, non-secret prefix and, for long values only, the
 * last four characters (enough to tell two keys apart in a revocation list, too few to guess).
 */
export function maskToken(value: string, prefix = ''): string {
  const visiblePrefix = value.startsWith(prefix) ? prefix : ''
  const rest = value.length - visiblePrefix.length
  return rest >= 16 ? `${visiblePrefix}…${value.slice(-4)}` : `${visiblePrefix}…`
}
