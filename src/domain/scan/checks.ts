/**
 * Validators shared by the detectors: checksums that real credentials and identifiers carry, and
 * the heuristics that tell a random secret from a placeholder. Pure functions.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 (IEEE) of the string's UTF-16 code units taken as bytes; callers pass ASCII only. */
export function crc32(text: string): number {
  let crc = 0xffffffff
  for (let i = 0; i < text.length; i++) crc = (crc >>> 8) ^ (CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ?? 0)
  return (crc ^ 0xffffffff) >>> 0
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

export function base62(value: number, width: number): string {
  let out = ''
  let rest = value
  while (rest > 0) {
    out = BASE62[rest % 62] + out
    rest = Math.floor(rest / 62)
  }
  return out.padStart(width, '0')
}

/**
 * GitHub's (and npm's) token checksum: the last 6 characters are the base62 CRC-32 of the 30
 * random characters before them. A typo or a made-up token fails it, so the rule can be strict.
 */
export function hasBase62Crc(body: string): boolean {
  if (body.length !== 36) return false
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30)
}

export function luhnValid(digits: string): boolean {
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (d < 0 || d > 9) return false
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return sum % 10 === 0
}

/** Card brands by issuer identification number, with the lengths each brand issues. */
export function cardBrand(digits: string): string | null {
  const n = digits.length
  const p2 = Number(digits.slice(0, 2))
  const p3 = Number(digits.slice(0, 3))
  const p4 = Number(digits.slice(0, 4))
  const p6 = Number(digits.slice(0, 6))
  if (digits[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa'
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard'
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex'
  if ((p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925)) && n >= 16 && n <= 19)
    return 'discover'
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'jcb'
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14 && n <= 19) return 'diners'
  if (p2 === 62 && n >= 16 && n <= 19) return 'unionpay'
  // Maestro allows 12 digits on paper; in practice cards are 16–19, and 12-digit ids are everywhere.
  if ((p2 === 50 || (p2 >= 56 && p2 <= 69)) && n >= 16 && n <= 19) return 'maestro'
  return null
}

/** IBAN length per country (SWIFT registry); a country not listed is not an IBAN country. */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22,
  IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20,
  LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18,
  NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31,
  SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29,
  VA: 22, VG: 24, XK: 20, YE: 30,
}

export function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let rest = 0
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i)
    const value = c >= 65 ? c - 55 : c - 48
    rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97
  }
  return rest
}

/** `iban` without spaces, upper case. */
export function ibanValid(iban: string): boolean {
  const length = IBAN_LENGTHS[iban.slice(0, 2)]
  return length === iban.length && /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban) && ibanMod97(iban) === 1
}

/** Social Security Administration rules: no area 000, 666 or 9xx, no group 00, no serial 0000. */
export function ssnValid(area: string, group: string, serial: string): boolean {
  const a = Number(area)
  if (a === 0 || a === 666 || a >= 900) return false
  if (group === '00' || serial === '0000') return false
  // Numbers the SSA voided after they were printed on sample cards and in ads.
  return !['078-05-1120', '219-09-9999', '123-45-6789'].includes(`${area}-${group}-${serial}`)
}

/** Counts of ASCII codes for `entropy`, zeroed again after each use. */
const ASCII_COUNTS = new Int32Array(128)
/** The distinct ASCII codes of the text being measured, in order of first occurrence. */
const ASCII_SEEN = new Int32Array(128)

/** Shannon entropy in bits per character. */
export function entropy(text: string): number {
  if (text.length === 0) return 0
  // Most values measured are ASCII: count in a table instead of a map, summing in the same order
  // (first occurrence) so the result is the same to the last bit.
  let distinct = 0
  let ascii = true
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 128) {
      ascii = false
      break
    }
    const seen = ASCII_COUNTS[code] ?? 0
    if (seen === 0) ASCII_SEEN[distinct++] = code
    ASCII_COUNTS[code] = seen + 1
  }
  if (ascii) {
    let bits = 0
    for (let k = 0; k < distinct; k++) {
      const code = ASCII_SEEN[k] ?? 0
      const p = (ASCII_COUNTS[code] ?? 0) / text.length
      ASCII_COUNTS[code] = 0
      bits -= p * Math.log2(p)
    }
    return bits
  }
  for (let k = 0; k < distinct; k++) ASCII_COUNTS[ASCII_SEEN[k] ?? 0] = 0
  const counts = new Map<string, number>()
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1)
  let bits = 0
  for (const n of counts.values()) {
    const p = n / text.length
    bits -= p * Math.log2(p)
  }
  return bits
}

/** How many of: lower case, upper case, digit, other. */
export function charClasses(text: string): number {
  return (/[a-z]/.test(text) ? 1 : 0) + (/[A-Z]/.test(text) ? 1 : 0) + (/\d/.test(text) ? 1 : 0) + (/[^A-Za-z0-9]/.test(text) ? 1 : 0)
}

const PLACEHOLDER_WORDS =
  /x{4,}|X{4,}|\*{3,}|\.{3}|…|<[^>]*>|\$\{[A-Za-z_][\w.]*(?:[:?+-][^{}]*)?\}|\{\{[^{}]*\}\}|%\(|%s\b|your[_-]?|example|sample|dummy|placeholder|changeme|change[_-]me|redacted|insert[_-]|replace[_-]?me|fake|foobar|not[_-]?a[_-]?real|test[_-]?key|secret[_-]?here|token[_-]?here|key[_-]?here|abcdef|123456|qwerty/i

/**
 * True for values that look typed by a person as a stand-in: `sk-xxxxxxxx`, `<YOUR_API_KEY>`,
 * `${API_KEY}`, `{{ api_key }}`, `changeme`, runs of one character, alphabet or digit sequences.
 * A template counts when it closes (`${NAME}`, `${NAME:-default}`, `{{ … }}`): brackets that do
 * not pair (`m{{h}o)p${e]…`) are a password's characters.
 */
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value)) return true
  if (/(.)\1{5,}/.test(value)) return true
  // Few distinct characters for the length: "abababab", "a1a1a1a1a1a1".
  return value.length >= 8 && fewDistinct(value, Math.min(8, Math.max(3, value.length / 8)))
}

/**
 * Whether `value` has at most `limit` distinct characters (code points, as `new Set(value)` counts
 * them), without a Set of one-character strings: ASCII is counted in a 128-bit mask and the count
 * stops once it passes the limit. It runs on every candidate value of most rules.
 */
function fewDistinct(value: string, limit: number): boolean {
  let a = 0
  let b = 0
  let c = 0
  let d = 0
  let count = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code >= 128) return new Set(value).size <= limit
    const bit = 1 << (code & 31)
    const word = code >> 5
    if (word === 0) {
      if ((a & bit) !== 0) continue
      a |= bit
    } else if (word === 1) {
      if ((b & bit) !== 0) continue
      b |= bit
    } else if (word === 2) {
      if ((c & bit) !== 0) continue
      c |= bit
    } else {
      if ((d & bit) !== 0) continue
      d |= bit
    }
    if (++count > limit) return false
  }
  return true
}

/** The place of a character in its run: letters in any case, digits; -1 for anything else. */
function rank(code: number): number {
  if (code >= 48 && code <= 57) return code - 48
  if (code >= 65 && code <= 90) return 100 + code - 65
  if (code >= 97 && code <= 122) return 100 + code - 97
  return -1
}

/** Whether `b` follows `a` in its alphabet (or precedes it, `step` -1): `c`→`d`, `9`→`0` only with `wrap`. */
function next(a: number, b: number, step: 1 | -1, wrap: boolean): boolean {
  if (a < 0 || b < 0 || (a >= 100) !== (b >= 100)) return false
  if (b - a === step) return true
  if (!wrap) return false
  const size = a >= 100 ? 26 : 10
  return (b - a + size) % size === (step + size) % size
}

/**
 * The longest run of characters in alphabet order, either way (`klmnop`, `ZyXwV`, `4321`), in any
 * case: of letters only (`letters`), or of letters or digits, each run in one class.
 */
function longestRun(value: string, letters: boolean): number {
  let longest = value.length > 0 ? 1 : 0
  for (const step of [1, -1] as const) {
    let run = 1
    // Letters: whether the run's last two characters share their case; a typed run keeps it.
    let sameCase = true
    for (let i = 1; i < value.length; i++) {
      const a = rank(value.charCodeAt(i - 1))
      const b = rank(value.charCodeAt(i))
      if (letters) {
        const same = isUpper(value.charCodeAt(i - 1)) === isUpper(value.charCodeAt(i))
        const follows = a >= 100 && next(a, b, step, false)
        run = follows && (run === 1 || same === sameCase) ? run + 1 : follows ? 2 : 1
        sameCase = same
      } else {
        run = next(a, b, step, false) ? run + 1 : 1
      }
      if (run > longest) longest = run
    }
  }
  return longest
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

/**
 * The longest run of letters in alphabet order, either way, typed in one case or in strictly
 * alternating case (`klmnop`, `ZYXWV`, `aBcDeF`). A run in mixed case (`utSRq`) is chance: in
 * random base62 text a run of five in any case turns up about once in 10⁴ values of 40
 * characters, one in a typed case pattern about eight times more rarely.
 */
export function letterRun(value: string): number {
  return longestRun(value, true)
}

/**
 * Counting a person did in place of random characters: an alphabet or digit run of four
 * (`abcd`, `1234`, `dcba`) or two counters interleaved (`a1b2c3d4`, `A1B2C3D4`, `V2w3X4y5`).
 * Random text of a few dozen characters holds a run of four now and then, so callers weigh it
 * by length: in a short value it is the value.
 */
export function counted(value: string): boolean {
  if (longestRun(value, false) >= 4) return true
  const codes = Array.from(value, (c) => rank(c.charCodeAt(0)))
  // Interleaved counters: every other character counts up, in both halves, three steps each.
  for (let i = 0; i + 7 < codes.length; i++) {
    let ok = true
    for (let j = i; j < i + 6 && ok; j++) ok = next(codes[j] ?? -1, codes[j + 2] ?? -1, 1, true)
    if (ok) return true
  }
  return false
}

/** Stand-ins built by alternating counters (`a1b2c3d4…`), which entropy alone lets through. */
export const COUNTING = /a1b2c3|1a2b3c|0123456789|abcdefgh/i

/** Why a published test card number is shown at low confidence. */
export const TEST_CARD_REASON = 'a published test card number: test data, not a customer\'s card'

/** Why a stand-in next to a provider's name is shown at low confidence. */
export const STAND_IN = 'a repeated or counting pattern next to the name: likely a stand-in, check it is not a real key'

/**
 * A value a person typed to stand in for a key (`abcd1234abcd1234…`, `1234567890abcdef…`): a block
 * of 2–16 characters repeated to the length, or a counting run, with at least four distinct
 * characters (`xxxx…` and `aaaa…` are placeholders, not worth a finding).
 */
export function standIn(value: string): boolean {
  if (!worthAFinding(value)) return false
  if (COUNTING.test(value)) return true
  for (let p = 2; p <= 16 && p * 3 <= value.length; p++) {
    let same = 0
    for (let i = p; i < value.length; i++) if (value.charCodeAt(i) === value.charCodeAt(i - p)) same++
    if (same >= (value.length - p) * 0.9) return true
  }
  return false
}

/** Words that mark a placeholder outright: a finding on them is noise at any confidence. */
const PLACEHOLDER_MARK = /example|sample|fake|dummy|placeholder|your|xxxx|redacted|changeme/i

/** A stand-in worth a low-confidence finding: four distinct characters or more, no run of six, no marker word. */
function worthAFinding(value: string): boolean {
  return new Set(value).size >= 4 && !/(.)\1{5,}/.test(value) && !PLACEHOLDER_MARK.test(value)
}

/** Hex words people type as stand-ins (`deadbeef`, `cafebabe`, `c0ffee`): a value made of nothing else is not drawn at random. */
const HEX_WORDS = /^(?:(?:dead|beef|cafe|babe|face|feed|f00d|fade|bead|deaf|c0de|d00d|c0ffee|decaf|facade|decade|0ff1ce|5eed|1337)[:_.-]?)+$/i

/**
 * A stand-in, or a value with counting in it (`abcd`, `1234`, `12345678-ABCD-ABCD-…`), or made of
 * hex words (`cafebabe:deadbeef`): for a value in a provider's exact format right after the
 * provider's name that already failed the randomness test, where the name and the shape say what
 * it stands for.
 */
export function typedStandIn(value: string): boolean {
  if (standIn(value) || HEX_WORDS.test(value)) return true
  return worthAFinding(value) && counted(value)
}

/** Why a value in a provider's exact format with a typed body is shown at low confidence. */
export const EXAMPLE_BODY = "the provider's format with an example body: a documentation or test value"

/** Four masking letters in a row (`xxxx`, `XXXX`, `xXxX`): a value taken out, not worth a finding. */
export const MASKED = /x{4}/i

/**
 * A part a person typed rather than one drawn at random: a placeholder (see isPlaceholder),
 * counters (`a1b2c3`, `0123456789`), or an alphabet run of five (`aBcDeF`, `klmnop`). Not
 * `counted`: a run of four (`dcba`, `6789`) turns up in random hex of 40 characters often.
 */
export function typedBody(body: string): boolean {
  return isPlaceholder(body) || COUNTING.test(body) || letterRun(body) >= 5
}

/**
 * A body a person typed into a provider's exact format, as documentation and tests do: a run of
 * one character (`AAAA…`), the alphabet or digits in order (`aBcDeF…`, `0123456789`), counters
 * (`a1b2c3`), few distinct characters, or a marker word (`EXAMPLE`, `fake`). A body masked with
 * `xxxx` is not one: the value was taken out.
 */
export function exampleBody(body: string): boolean {
  return !MASKED.test(body) && typedBody(body)
}
