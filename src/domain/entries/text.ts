/**
 * Text helpers of the one-line timeline summaries. A summary never carries evidence content, and
 * free text from a body is flattened to one safe terminal line.
 */

export const SHREDDED = '[content shredded]'

const MAX_TEXT = 120

/**
 * Free text made safe for one terminal line: control characters (so escape sequences) and
 * invisible format characters (bidi overrides that reorder what a reader sees) become spaces.
 */
// Text that is already one clean line (most notes) skips the replace.
const NOT_ONE_LINE = /[\p{Cc}\p{Cf}\s]{2}|[\p{Cc}\p{Cf}]|[^\S ]|^ | $/u

export function oneLine(text: string): string {
  const flat = NOT_ONE_LINE.test(text) ? text.replace(/[\p{Cc}\p{Cf}\s]+/gu, ' ').trim() : text
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT - 1)}…` : flat
}

/** An optional field as one line; undefined when absent. */
export function lineOf(text: string | undefined): string | undefined {
  return text === undefined ? undefined : oneLine(text)
}
