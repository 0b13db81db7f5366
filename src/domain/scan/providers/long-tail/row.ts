/**
 * What the long-tail tables (a-l.ts, m-z.ts; ADR 0019) share: how far after its name a row's
 * value may start, the spellings of a name that is also a common word, and the usual place a key
 * is rotated.
 */

/** How far after its name a row's value may start: trufflehog's prefix window, a `KEY=` or a log line's end away. */
export const REACH = 40

/**
 * A service name that is also a common word, only followed by one of `qualifiers` as a variable
 * or a phrase names it (`box_api`, `mux-token`, `monday api`, `boxSecret`), so prose naming the
 * word does not reach a value.
 */
export function qualified(word: string, qualifiers: readonly string[], separators: readonly string[]): string[] {
  return qualifiers.flatMap((what) => separators.map((sep) => `${word}${sep}${what}`))
}

/** Where most long-tail services rotate a key: their dashboard's API settings. */
export function dashboard(title: string): string {
  return `${title} dashboard → API keys (or account settings → API): revoke the key, issue a new one.`
}
