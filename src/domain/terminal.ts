/**
 * Strings from outside pl (file names, titles, notes, owners, provider messages, runbook text)
 * reach a terminal only without control characters: an escape sequence in a scanned file's name
 * must not retitle the window, clear the screen or rewrite what was printed before it.
 */

// ESC sequences first (CSI, OSC/DCS/PM/APC strings up to their terminator, two-byte escapes), then
// their 8-bit C1 forms, then what is left of C0 and DEL. Tab and newline stay: they lay text out.
const ESCAPE_SEQUENCES = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|[ -/]*[0-~]?)/g
const C1_SEQUENCES = /\u009b[0-?]*[ -/]*[@-~]?|[\u0090\u0098\u009d\u009e\u009f][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g
// Bidirectional embeddings, overrides and isolates: a file name holding U+202E would show its
// characters reversed, and the line would read as something it is not ("Trojan Source").
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g

/** `text` without ESC sequences, C1 and C0 controls (tab and newline kept) and bidirectional overrides, fit for a terminal. */
export function forTerminal(text: string): string {
  if (!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(text)) return text
  return text.replace(ESCAPE_SEQUENCES, '').replace(C1_SEQUENCES, '').replace(CONTROLS, '').replace(BIDI_CONTROLS, '')
}

/**
 * JSON text with the characters JSON.stringify leaves raw but a terminal obeys (C1 controls, DEL,
 * bidirectional overrides) and the line separators escaped as \u sequences: the same value, safe to print.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
const SHORT_ESCAPES: Record<string, string> = {'\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e', '\\': '\\\\'}

/**
 * A name from outside pl (a file name, above all) shown on one line, as `ls -b` shows it: each
 * control character, newline and bidirectional override written as a visible escape (`\n`, `\e`,
 * `\x07`, `\u202e`), and backslashes doubled when there is one, so that a name cannot forge an
 * output line ("Wrote …") or hide what it is, and what is shown can be typed back. A name without
 * any is shown as it is.
 */
export function shownName(name: string): string {
  if (!UNSHOWABLE.test(name)) return name
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\\]/g, (c) => {
    const short = SHORT_ESCAPES[c]
    if (short !== undefined) return short
    const code = c.charCodeAt(0)
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
}
