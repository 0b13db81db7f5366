/**
 * `high-entropy-token`: a free-standing random token pasted into a sentence, with no provider
 * prefix and no key name to say what it is ("Here is what I have: 3f9c… and it still fails").
 * The method is detect-secrets' HexHighEntropyString / Base64HighEntropyString, kept to prose:
 * the token stands alone between spaces in a line that reads as text, is not assigned to a name,
 * is not a URL, a path, a host name, a UUID or a hash named as one, mixes letters and digits, and
 * its entropy clears a floor (lower for hex, whose alphabet is smaller). Nothing says what it
 * is, so it is always reported with confidence `low` and the reason.
 *
 * Cost: it runs over every text, so candidates are found by one pass over character classes that
 * skips ahead by the minimum length (a run of token characters shorter than that is never read
 * whole), and the checks run only on the rare runs long enough. `pattern` finds the same
 * candidates: `pl rules explain` and the tests use it as the reference.
 */
import {MASKED, entropy, exampleBody} from '../checks.js'
import {maskToken} from '../mask.js'
import type {ProviderRule} from '../providers/define.js'
import type {Hit, Rule} from '../types.js'

export const HIGH_ENTROPY_ID = 'high-entropy-token'

/** Why every finding of the rule is low confidence. */
export const HIGH_ENTROPY_REASON = 'an unnamed high-entropy token pasted into text: no provider format or key name says what it is'

/** Why a token typed as a stand-in (FAKE, EXAMPLE, abcdef…) is reported, at low confidence too. */
export const HIGH_ENTROPY_STAND_IN = 'a token typed as a stand-in (FAKE, EXAMPLE, abcdef…) pasted into text: likely documentation, check it is not a real key'

/** Shortest and longest token considered: API keys run 20–200 characters; longer runs are blobs. */
export const MIN_LENGTH = 20
export const MAX_LENGTH = 256
/** Entropy floors, bits per character: hex draws from 16 characters, base64 from 64. */
export const HEX_MIN_ENTROPY = 3
export const BASE64_MIN_ENTROPY = 3.7
/** Hex shorter than this is a short hash or an object id (24-hex), not a key. */
export const HEX_MIN_LENGTH = 32
/** Hex characters in a SHA-1: git commit ids, PGP and SSH key fingerprints. */
export const SHA1_LENGTH = 40
/** Words (alphabetic, 2 letters or more) the text around the token must hold to read as prose. */
export const PROSE_WORDS = 4
/** How far either side of the token the words are counted. */
const PROSE_REACH = 240

export const HIGH_ENTROPY_GUARD =
  `alone between spaces in a line of prose (${PROSE_WORDS}+ words, not after name = or name:), ${MIN_LENGTH}–${MAX_LENGTH} characters, ` +
  `letters and digits, entropy ≥ ${BASE64_MIN_ENTROPY} (hex: ≥ ${HEX_MIN_ENTROPY}, ${HEX_MIN_LENGTH}+ characters, not 40: a commit id); ` +
  'not a URL, path, host or dotted name, UUID, identifier (words joined), or a hash or id named by the word before it'

/**
 * Token characters: base64 and base64url; `.`, `:` and `=` so that host names, `label:value` and
 * `name=value` pairs are read whole (and refused), and a token whose random parts they join
 * (`<bot id>:<secret>`, `SG.<secret>`, `…==_…`) whole (and judged); `%` of URL-encoded tokens.
 */
const TOKEN_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_.:%-'
const TOKEN = new Uint8Array(128)
for (const c of TOKEN_CHARS) TOKEN[c.charCodeAt(0)] = 1

/** What may stand right before a token: start of text, a space or line break, an opening quote or bracket. */
const OPENERS = '\t\n\v\f\r "\'`(['
const OPENS = new Uint8Array(128)
for (const c of OPENERS) OPENS[c.charCodeAt(0)] = 1

/** The same candidates as `scan`'s pass: maximal runs of token characters after an opener. */
export const HIGH_ENTROPY_PATTERN = new RegExp(`(?<![^\\t\\n\\v\\f\\r "'\`(\\[])[A-Za-z0-9+/=_.:%-]{${MIN_LENGTH},}`, 'g')

function isToken(code: number): boolean {
  return code < 128 && TOKEN[code] === 1
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13)
}

function isQuote(code: number): boolean {
  return code === 34 || code === 39 || code === 96
}

/**
 * Where `collectTokenRuns` writes the runs it finds (start, end, start, end, …), kept from text to
 * text and grown when a text holds more: the scan calls no callback per run (a closure made for
 * each text was inlined and then deoptimized at the next text, "wrong call target").
 */
let runBounds = new Int32Array(256)

/**
 * Finds each maximal run of token characters, MIN_LENGTH or longer, that starts after an opener,
 * writes its bounds into `runBounds` and returns how many runs it found.
 */
function collectTokenRuns(text: string): number {
  const n = text.length
  let runs = 0
  // Invariant: `i` is 0 or follows a character that is not a token character.
  let i = 0
  while (i + MIN_LENGTH <= n) {
    const probe = i + MIN_LENGTH - 1
    // A run of MIN_LENGTH starting in [i, probe] covers probe: if probe is not a token character there is none.
    if (!isToken(text.charCodeAt(probe))) {
      i = probe + 1
      continue
    }
    let start = probe
    while (start > i && isToken(text.charCodeAt(start - 1))) start--
    // The run from `start` is MIN_LENGTH long only if every character up to `start + MIN_LENGTH - 1` is a
    // token character: read those from the far end, and on the first that is not, go on after it
    // (the characters before it are in a run too short), without reading the rest of the words.
    let gap = -1
    const last = Math.min(start + MIN_LENGTH - 1, n - 1)
    for (let j = last; j > probe; j--) {
      if (!isToken(text.charCodeAt(j))) {
        gap = j
        break
      }
    }
    if (gap >= 0) {
      i = gap + 1
      continue
    }
    let end = last + 1
    while (end < n && isToken(text.charCodeAt(end))) end++
    if (end - start >= MIN_LENGTH && (start === 0 || opens(text.charCodeAt(start - 1)))) {
      if (2 * runs + 2 > runBounds.length) {
        const grown = new Int32Array(runBounds.length * 2)
        grown.set(runBounds)
        runBounds = grown
      }
      runBounds[2 * runs] = start
      runBounds[2 * runs + 1] = end
      runs++
    }
    i = end + 1
  }
  return runs
}

function opens(code: number): boolean {
  return code < 128 && OPENS[code] === 1
}

/** Calls `visit` with each maximal run of token characters, MIN_LENGTH or longer, that starts after an opener. */
export function tokenRuns(text: string, visit: (start: number, end: number) => void): void {
  const runs = collectTokenRuns(text)
  const bounds = runBounds.slice(0, 2 * runs)
  for (let r = 0; r < runs; r++) visit(bounds[2 * r] ?? 0, bounds[2 * r + 1] ?? 0)
}

/** A URL's scheme and slashes, URL-encoded (`https%3A%2F%2F`): a link passed as a parameter. */
const ENCODED_URL = /%3A%2F%2F/i

/** What marks 40 hex characters as typed rather than a commit id: the hex alphabet or seven digits in order, or eight alike. */
const TYPED_HEX = /abcdef|fedcba|0123456|1234567|2345678|3456789|9876543|8765432|7654321|6543210|(.)\1{7}/i

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Words that, right before a value, say what it is and that it is not a secret: a commit, a hash,
 * an id, a public address. (A name that says it is a secret, `token:`, is the generic rule's.)
 */
const NOT_SECRET_NOUNS = new Set([
  'commit', 'commits', 'sha', 'sha1', 'sha256', 'sha512', 'md5', 'hash', 'digest', 'checksum', 'revision', 'rev', 'tree', 'blob',
  'object', 'ref', 'build', 'version', 'tag', 'image', 'etag', 'id', 'ids', 'uuid', 'guid', 'trace', 'span', 'request', 'correlation',
  'transaction', 'txid', 'tx', 'order', 'invoice', 'ticket', 'message', 'address', 'wallet', 'fingerprint', 'nonce', 'salt', 'iv', 'serial',
])

export interface TokenJudgement {
  /** Where the token ends once sentence punctuation is left out. */
  end: number
  /** Why it is not reported; null when it is. */
  why: string | null
  /** Set when it is reported as a typed stand-in rather than a random token. */
  standIn?: boolean
}

/** Judges the run `text[start, runEnd)` (a candidate of `tokenRuns` or the pattern): the cheap tests first. */
export function judgeToken(text: string, start: number, runEnd: number): TokenJudgement {
  const end = withoutFullStops(text, start, runEnd)
  const at = (why: string | null): TokenJudgement => ({end, why})
  if (!closes(text, runEnd)) return at('glued to other text after it (not a free-standing token)')
  const length = end - start
  if (length < MIN_LENGTH) return at(`shorter than ${MIN_LENGTH} characters`)
  if (length > MAX_LENGTH) return at(`longer than ${MAX_LENGTH} characters: a blob, not a key`)
  if (!isLetterOrDigit(text.charCodeAt(start))) return at('starts with punctuation: an option, a path or a decoration')
  // One pass over the characters of the body.
  const bodyEnd = withoutPadding(text, end)
  let digits = 0
  let letters = 0
  let hexDigits = 0
  let dashes = 0
  let joins = 0
  let percent = false
  let slash = false
  for (let i = start; i < bodyEnd; i++) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      digits++
      hexDigits++
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      letters++
      if ((c | 32) >= 97 && (c | 32) <= 102) hexDigits++
    } else if (c === 47) slash = true
    else if (c === 45) dashes++
    else if (c === 58 || c === 61 || c === 46) joins++
    else if (c === 37) {
      joins++
      percent = true
    }
  }
  const joined = joinRejection(text, start, bodyEnd)
  if (joined !== null) return at(joined)
  // Parts that are all hex digits, numbers or UUIDs, joined (`<sha>..<sha>`, `<uuid>:<uuid>`, a trace
  // and span id, `48213:<object id>`): ids and hashes side by side, each of which the hex, UUID and
  // commit guards refuse alone; a token joins at least one random part that is not hex.
  if (joins > 0 && hexDigits + dashes + joins === bodyEnd - start) return at('only hex ids, hashes, numbers or UUIDs joined (a commit range, an id pair, a trace id, an IPv6 address): not a key')
  if (percent && ENCODED_URL.test(text.slice(start, bodyEnd))) return at('a URL-encoded URL: a link, not a token')
  const placed = placementRejection(text, start)
  if (placed !== null) return at(placed)
  if (text.charCodeAt(start) === 48 && (text.charCodeAt(start + 1) | 32) === 120) return at('a hex number (0x…)')
  const body = text.slice(start, bodyEnd)
  if (slash && looksLikePath(body)) return at('a path or URL')
  const hex = hexDigits + dashes === body.length
  if (hex && body.length === 36 && UUID.test(body)) return at('a UUID: request and object ids are everywhere in logs')
  if (digits === 0) return at('no digit: a word or an identifier')
  if (letters === 0) return at('no letter: a number')
  if (MASKED.test(body)) return at('masked (xxxx): the value was taken out')
  // Hex letters pair like words (`bead`, `face`): only other tokens are read for words.
  if (!hex && readsAsIdentifier(body)) return at('reads as words joined into a name (an identifier), not random')
  if (hex) {
    if (hexDigits < HEX_MIN_LENGTH) return at(`hex shorter than ${HEX_MIN_LENGTH} characters: a short hash or an id`)
    // Commit ids and key fingerprints fill developers' text; a 40-hex key is left to its provider's name.
    // One typed for a document (`abc123def…abcdef1234…`) was not hashed: it goes on, to be shown as a stand-in.
    // A random commit id holds a run of five alphabet letters (`fedcb`) about once in 5,000: only the
    // whole hex alphabet, seven digits in order or eight alike mark one typed.
    if (hexDigits === SHA1_LENGTH && !(exampleBody(body) && TYPED_HEX.test(body))) return at('40 hex characters: a git commit id or a SHA-1 fingerprint')
  }
  // Most long runs in logs stop here, before the costlier tests of the value itself.
  const prose = proseRejection(text, start, end)
  if (prose !== null) return at(prose)
  // Typed for a document or a test (FAKE, EXAMPLE, abcdef…, AAAA…): reported, as a stand-in.
  if (exampleBody(body)) return {end, why: null, standIn: true}
  const bits = entropy(body)
  if (hex && bits < HEX_MIN_ENTROPY) return at(`entropy ${bits.toFixed(1)} < ${HEX_MIN_ENTROPY} (hex)`)
  if (!hex && bits < BASE64_MIN_ENTROPY) return at(`entropy ${bits.toFixed(1)} < ${BASE64_MIN_ENTROPY}`)
  return at(null)
}

/**
 * Whether `judgeToken` would surely refuse the run, from the tests that cost least and refuse most
 * runs in logs (a value after `name:` or `name=`, a dotted name, a `name=value` pair, glued text).
 * Each is one of judgeToken's refusals that comes before its only acceptance of a stand-in, so
 * the scan's findings are the same; `pl rules explain` runs judgeToken alone, whose reasons come
 * in their own order.
 */
function surelyRefused(text: string, start: number, runEnd: number): boolean {
  if (!closes(text, runEnd)) return true
  const end = withoutFullStops(text, start, runEnd)
  const length = end - start
  if (length < MIN_LENGTH || length > MAX_LENGTH || !isLetterOrDigit(text.charCodeAt(start))) return true
  if (placementRejection(text, start) !== null) return true
  return joinRejection(text, start, withoutPadding(text, end)) !== null
}

/** Where the run `text[start, runEnd)` ends once full stops and colons after it are left out: they end the sentence or clause, not the token. */
function withoutFullStops(text: string, start: number, runEnd: number): number {
  let end = runEnd
  while (end > start && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 58)) end--
  return end
}

/** A long random part after a token's last dot: the dot follows a provider's prefix (`SG.`) or joins a token's parts. */
const DOTTED_RANDOM_PART = 16

/**
 * Why the `=`, `:` or `.` inside `text[start, bodyEnd)` make it something other than one token,
 * or null. A random part or a number (an id) before the first `=` or `:` and a random part after
 * it (`<bot id>:<secret>`, `00rU…=Wz…`) make one token; anything else is a pair, which the
 * generic and provider rules judge: a name before it (`key=…`, `user:…`, `sha256:…`), an address
 * or a time, or after it what is too short to tell from a word (`…=Yx3ssoNC`). A dot makes a
 * host, file or version name unless what follows the last one is long and random and not a path
 * (`SG.<key>`, `<id>.<secret>`): host names end in a word or go on with a path, files end in an
 * extension, versions in a number.
 */
function joinRejection(text: string, start: number, bodyEnd: number): string | null {
  let separator = -1
  let lastDot = -1
  for (let i = start; i < bodyEnd; i++) {
    const c = text.charCodeAt(i)
    if ((c === 61 || c === 58) && separator < 0) separator = i
    else if (c === 46) lastDot = i
  }
  // Read by position, not cut out: timestamps (`2024-05-15T04:59:59.901Z`) come here from every log line.
  const dotted = lastDot >= 0
  if (dotted && bodyEnd - lastDot - 1 < DOTTED_RANDOM_PART) return DOTTED
  if (separator >= 0 && !(joinsRandomParts(text, start, separator) && randomSpan(text, separator + 1, bodyEnd) && hasLetter(text, separator + 1, bodyEnd))) {
    return text.charCodeAt(separator) === 61 ? 'a name=value pair: the generic rule judges the value' : 'a label:value pair: the generic and provider rules judge the value'
  }
  if (dotted && (!randomSpan(text, lastDot + 1, bodyEnd) || pathSegments(text.slice(lastDot + 1, bodyEnd)))) return DOTTED
  return null
}

const DOTTED = 'a dotted name: a host, a file or a version'

/**
 * What may stand before a `=` or `:` inside a token, `text[from, to)`: random characters that are
 * not an IPv4 address, or what starts with a digit and holds no `.` or `-` (a number, an id,
 * `2pRMKW`). A name (`api_key`, `user`, `sha256`) or an address (`10.0.0.1:8080`,
 * `db.internal:5432`) makes a pair.
 */
function joinsRandomParts(text: string, from: number, to: number): boolean {
  let address = true
  let id = isDigit(text.charCodeAt(from))
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c !== 46 && !isDigit(c)) address = false
    if (c === 46 || c === 45) id = false
  }
  return id || (!address && randomSpan(text, from, to))
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function hasLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (letterIndex(text.charCodeAt(i)) >= 0) return true
  return false
}

/** Where a token ending at `end` has its body end: base64 padding (`=`, `==`) left out. */
function withoutPadding(text: string, end: number): number {
  let bodyEnd = end
  while (bodyEnd > end - 2 && text.charCodeAt(bodyEnd - 1) === 61) bodyEnd--
  return bodyEnd
}

function isLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}


/**
 * The 150 most frequent letter pairs of English technical prose (README and changelog text):
 * about 87% of the pairs in its words, 22% of the pairs of random letters.
 */
const COMMON_PAIRS = (() => {
  const table = new Uint8Array(26 * 26)
  const pairs =
    'ab ac ad ag ai al am an ap ar as at ba be bl bu ca ce ch ck co cr ct da dd de di do ea ec ed ee ef ej el em en ep er es et ex fa fe fi fo ' +
    'ge gi ha he hi ho ht hu ic id ie if ig il im in io is it js ke la le li ll lo ls ma me mi mm mo mp na nc nd ne ng ni no ns nt oc od of ol om ' +
    'on oo op or ot ou ov ow pa pe pi pl po pr ps pt pu ra re rg ri ro rr rs rt ru ry se sh si so ss st su ta te th ti to tp tr ts tt ty ub ue ui ' +
    'ul un up ur us ut va ve wi yp'
  for (const pair of pairs.split(' ')) table[(pair.charCodeAt(0) - 97) * 26 + pair.charCodeAt(1) - 97] = 1
  return table
})()

/** Share of common letter pairs under which a long part reads as random. */
const WORDY = 0.4
/** A part this long is judged on its letters; shorter ones (`pkcs11`, `x509`) are abbreviations. */
const LONG_PART = 12

/** Lower-case letter index 0–25 of an ASCII letter, or -1. */
function letterIndex(code: number): number {
  if (code >= 97 && code <= 122) return code - 97
  if (code >= 65 && code <= 90) return code - 65
  return -1
}

/**
 * A part that random characters made (`cJHGpWQwCTHajG2A2o8e…`): 8 characters or more with digits
 * in two places or more (a 20-character base62 token has them in about three, a name such as
 * `riscv64gc` or `import2` in one), or 12 or more whose letter pairs are mostly not pairs English
 * words are made of (under 40%; random letters make one in five, words about 87%).
 */
function randomPart(part: string): boolean {
  return randomSpan(part, 0, part.length)
}

/** randomPart of `text[from, to)`, read in place. */
function randomSpan(text: string, from: number, to: number): boolean {
  const length = to - from
  if (length < 8) return false
  let digitGroups = 0
  let pairs = 0
  let common = 0
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    const previous = i > from ? text.charCodeAt(i - 1) : 0
    if (code >= 48 && code <= 57 && !(previous >= 48 && previous <= 57)) digitGroups++
    const a = letterIndex(previous)
    const b = letterIndex(code)
    if (i === from || a < 0 || b < 0) continue
    pairs++
    common += COMMON_PAIRS[a * 26 + b] ?? 0
  }
  return digitGroups >= 2 || (length >= LONG_PART && common < pairs * WORDY)
}

/**
 * Words joined into a name (`gnutls_x509_crt_list_import2`, `VP8LHistogramNumCodes`,
 * `riscv64gc-unknown-linux-gnu`) rather than random characters: no part between `-`, `_`, `/`,
 * `+`, `.`, `:`, `=` and `%` looks random (see randomPart). A provider's prefix before a random part (`sk_live_…`)
 * does not make a name.
 */
export function readsAsIdentifier(body: string): boolean {
  return !body.split(/[-_/+.:=%]/).some(randomPart)
}

/** Whether the token ends at `end`: a space, a quote, the end, or one punctuation mark before one of those. */
function closes(text: string, end: number): boolean {
  if (endsToken(text, end)) return true
  const c = text.charCodeAt(end)
  // , ; : ! ? ) ] } >
  return (c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 125 || c === 62) && endsToken(text, end + 1)
}

function endsToken(text: string, i: number): boolean {
  if (i >= text.length) return true
  const c = text.charCodeAt(i)
  return isSpace(c) || isQuote(c)
}

/**
 * A `/` between path-like segments: an empty segment (`//`), or one all lower case (`v1`, `bin`,
 * `my-app`). Not when a `:` comes before the first `/`: a scheme, a host and port or a drive
 * (`https:`, `host:8080/`, `C:/`) is a name before the colon, refused as a label:value pair
 * already; what is left is a random part, a colon and a random part (`<id>:<secret>/…`).
 */
function looksLikePath(body: string): boolean {
  const colon = body.indexOf(':')
  return !(colon >= 0 && colon < body.indexOf('/')) && pathSegments(body)
}

/** A `/` with an empty or all lower-case segment beside it (`//`, `v1`, `bin`, `my-app`). */
function pathSegments(body: string): boolean {
  return body.includes('/') && body.split('/').some((segment) => segment.length === 0 || /^[a-z0-9_-]*[a-z][a-z0-9_-]*$/.test(segment))
}

/** The start of the clause holding `at`: a line break, a quote (not one right at `at`), two spaces (an escaped `\n` reads as two) or `limit`. */
function clauseStart(text: string, at: number, limit: number): number {
  let i = at
  while (i > limit) {
    const c = text.charCodeAt(i - 1)
    // A quote right before the token quotes it; one further away ends a JSON string.
    if (c === 10 || c === 13 || (c === 34 && i !== at) || (isSpace(c) && i - 2 >= limit && isSpace(text.charCodeAt(i - 2)))) break
    i--
  }
  return i
}

function clauseEnd(text: string, at: number, limit: number): number {
  let i = at
  while (i < limit) {
    const c = text.charCodeAt(i)
    if (c === 10 || c === 13 || (c === 34 && i !== at) || (isSpace(c) && i + 1 < limit && isSpace(text.charCodeAt(i + 1)))) break
    i++
  }
  return i
}

const OPENING = new Set([40, 34, 39, 96, 0x201c, 0x2018])
const CLOSING = new Set([46, 44, 59, 58, 33, 63, 41, 34, 39, 96, 0x201d, 0x2019])

/**
 * The whitespace-separated chunks of `text[from, to)` and how many are words: letters, lower case
 * after the first, two or more, with an opening quote or bracket before and punctuation after
 * (`(the`, `have:`, `fails.`). One pass, nothing allocated: it runs on every long run in the text.
 */
function countWords(text: string, from: number, to: number): {words: number; chunks: number} {
  let words = 0
  let chunks = 0
  let i = from
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++
    if (i >= to) break
    chunks++
    let j = i
    if (OPENING.has(text.charCodeAt(j))) j++
    let letters = 0
    const first = text.charCodeAt(j)
    if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) {
      letters = 1
      j++
      while (j < to && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) {
        letters++
        j++
      }
    }
    while (j < to && CLOSING.has(text.charCodeAt(j))) j++
    const wordEnds = j >= to || isSpace(text.charCodeAt(j))
    if (letters >= 2 && wordEnds) words++
    while (j < to && !isSpace(text.charCodeAt(j))) j++
    i = j
  }
  return {words, chunks}
}

/** Why what stands right before the token makes it a value of a name (`name = value`, `label: value`), or null. */
function placementRejection(text: string, start: number): string | null {
  // What stands before the token, quotes and spaces left out.
  let i = start
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9 || isQuote(text.charCodeAt(i - 1)))) i--
  // Read only inside the text (a token at its start has nothing before it: -1, no character).
  const before = i > 0 ? text.charCodeAt(i - 1) : -1
  if (before === 61 /* = */ || (before === 62 /* > */ && text.charCodeAt(i - 2) === 61)) return 'assigned to a name (name = value): the generic and provider rules judge it'
  if (before === 58 /* : */ && countWords(text, clauseStart(text, start, Math.max(0, start - PROSE_REACH)), i - 1).words < 3) {
    return 'under a label (name: value): the generic and provider rules judge it'
  }
  return null
}

/** Why the text around the token says it is not a secret pasted into prose, or null. */
function proseRejection(text: string, start: number, end: number): string | null {
  const from = clauseStart(text, start, Math.max(0, start - PROSE_REACH))
  // The last two words before it: "commit 3f9c…", "wallet address is: 1A1z…".
  const named = /([A-Za-z0-9]+)[^A-Za-z0-9\n]{1,4}(?:(?:is|was|are|were|of)[^A-Za-z0-9\n]{1,4})?$/.exec(text.slice(Math.max(from, start - 60), start))?.[1]?.toLowerCase()
  if (named !== undefined && NOT_SECRET_NOUNS.has(named)) return `the word before it ("${named}") names a hash, an id or an address, not a secret`
  const to = clauseEnd(text, end, Math.min(text.length, end + PROSE_REACH))
  const left = countWords(text, from, start)
  const right = countWords(text, end, to)
  const around = {words: left.words + right.words, chunks: left.chunks + right.chunks}
  if (around.words < PROSE_WORDS || around.words * 2 < around.chunks) return `not in prose (${around.words} word${around.words === 1 ? '' : 's'} around it, ${PROSE_WORDS} needed)`
  return null
}

function hit(text: string, start: number, {end, standIn}: TokenJudgement): Hit {
  const value = text.slice(start, end)
  return {start, end, secret: value, masked: maskToken(value), confidence: 'low', reason: standIn === true ? HIGH_ENTROPY_STAND_IN : HIGH_ENTROPY_REASON}
}

/** The hit of a candidate run `text[start, runEnd)` (tokenRuns), or null: the cheapest refusals first. */
function judgeRun(text: string, start: number, runEnd: number): Hit | null {
  if (surelyRefused(text, start, runEnd)) return null
  const judged = judgeToken(text, start, runEnd)
  return judged.why === null ? hit(text, start, judged) : null
}

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** Described like a provider's rule (reach, guard, a fake example) so the lists and `explain` show it the same way. */
export const highEntropyToken: Rule & Pick<ProviderRule, 'reach' | 'guard' | 'minEntropy' | 'sample' | 'sampleInContext'> = {
  id: HIGH_ENTROPY_ID,
  category: 'secret',
  description: 'An unnamed high-entropy token pasted into text (no provider format, no key name; always low confidence)',
  keywords: [],
  pattern: HIGH_ENTROPY_PATTERN,
  priority: 0,
  reach: 'bare',
  guard: HIGH_ENTROPY_GUARD,
  minEntropy: BASE64_MIN_ENTROPY,
  sample: (random) => random.chars(BASE62, 40),
  sampleInContext: (value) => `Here is the key I was given: ${value} and the call still fails, what should I check?`,
  validate(match, text) {
    const judged = judgeToken(text, match.index, match.index + match[0].length)
    return judged.why === null ? hit(text, match.index, judged) : null
  },
  whyNot: (match, text) => judgeToken(text, match.index, match.index + match[0].length).why ?? undefined,
  scan(text) {
    const hits: Hit[] = []
    // The runs in a kept buffer, not through a closure per text (ADR 0041); judged as the keyword pass's are (ADR 0040).
    const runs = collectTokenRuns(text)
    for (let r = 0; r < runs; r++) {
      const found = judgeRun(text, runBounds[2 * r] ?? 0, runBounds[2 * r + 1] ?? 0)
      if (found !== null) hits.push(found)
    }
    return hits
  },
  // The same runs as tokenRuns, recorded by the detector's keyword pass (ADR 0040).
  runs: {chars: TOKEN_CHARS, openers: OPENERS, minLength: MIN_LENGTH, judge: judgeRun},
}
