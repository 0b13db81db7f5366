/**
 * pl's own redaction marker, `[REDACTED:<rule>:<fingerprint prefix>]`, defined once: `pl redact`
 * writes it (redact.ts) and the detector never reports anything inside one (detect.ts), so a
 * redacted copy scans clean whatever the fingerprint prefix happens to be (`80950368`, all
 * digits, reads as a phone number; `github-token` in the rule part reads as a provider's name).
 */

/** How a marker starts: the detector's keyword pass finds markers by it, at no extra pass. */
export const MARKER_HEAD = '[REDACTED:'

/** Hex characters of the fingerprint a marker keeps. */
export const MARKER_FINGERPRINT_CHARS = 8

/** Rule ids (custom-rules.ts: lower-case letters, digits and dashes). */
const MARKER_RULE = '[a-z0-9-]{1,80}'

/** The marker's grammar: a regex source (no flags). */
export const MARKER_SOURCE = `\\[REDACTED:${MARKER_RULE}:[0-9a-f]{${MARKER_FINGERPRINT_CHARS}}\\]`

/** The longest marker: head, rule, colon, fingerprint, bracket. */
export const MARKER_MAX_LENGTH = MARKER_HEAD.length + 80 + 1 + MARKER_FINGERPRINT_CHARS + 1

/** The marker that replaces a finding of `rule` whose fingerprint is `fingerprint` (hex). */
export function redactionMarker(rule: string, fingerprint: string): string {
  return `${MARKER_HEAD}${rule}:${fingerprint.slice(0, MARKER_FINGERPRINT_CHARS)}]`
}

const AT = new RegExp(MARKER_SOURCE, 'y')

/** The end (exclusive) of the marker that starts at `at` in `text`, or -1 when none starts there. */
export function markerEndAt(text: string, at: number): number {
  AT.lastIndex = at
  return AT.exec(text) === null ? -1 : AT.lastIndex
}

/**
 * Whether `text[start, end)` lies inside one marker. Reads a window of at most two markers'
 * length around the span, never the text before it. The detector drops hits inside markers
 * itself; rules that read a name before a value ask too, to say why (`pl rules explain`): to them
 * `[REDACTED:github-token:808f2995]` looks like `token: 808f2995`.
 */
export function insideMarker(text: string, start: number, end: number): boolean {
  if (end - start > MARKER_MAX_LENGTH) return false
  const from = Math.max(0, start - MARKER_MAX_LENGTH)
  const head = text.slice(from, start + MARKER_HEAD.length).lastIndexOf(MARKER_HEAD)
  if (head < 0) return false
  const close = markerEndAt(text, from + head)
  return close >= end
}
