/**
 * Phone numbers written the way a country writes them at home (`0532 123 45 67`, `09171234567`,
 * `090-1234-5678`, `(02) 1234 5678`), without the `+CC` that the `phone` rule in pii.ts reads.
 * Hand-written per country from its national numbering plan (ADR 0018: libphonenumber-js was
 * measured and not adopted): the trunk prefix, the leading digits of its mobile and fixed ranges
 * and the number's length.
 *
 * A national number has no prefix to tell it from an order number, so each country says when a
 * candidate counts alone (`bare`, the rule `nationalPhone`) and when only with a phone word within
 * 40 characters before it (`keyword`, the rule `namedPhone`: `tel`, `phone`, `mobile`, `Handy`,
 * `téléphone`, `celular`, `telefon`, `cep`…):
 * - compact (no separators): bare only for eleven-digit mobile forms with a trunk prefix 0,
 *   which random ids rarely have; ten digits and fewer need the keyword;
 * - grouped (single spaces, dashes or dots between groups of 2 to 8 digits, an area code in
 *   parentheses): bare where they start with the trunk prefix 0 or an area code in parentheses
 *   (numbers that start otherwise collide with North American ones, SSNs and national ids),
 *   except three groups of three (a SIN's or a TFN's shape); otherwise the keyword.
 * Its priority is below every other PII rule: a number that is also a checked national id, an SSN
 * or a card is reported as that.
 */
import type {Hit, Rule} from '../types.js'

type Reach = 'bare' | 'keyword'

interface NationalPlan {
  /** ISO 3166 codes of the countries whose national numbers have this shape. */
  readonly countries: readonly string[]
  /** The number's digits as dialled at home (trunk prefix included), anchored. */
  readonly digits: RegExp
  readonly compact: Reach
  readonly grouped: Reach
}

const plan = (countries: string, digits: RegExp, compact: Reach, grouped: Reach): NationalPlan => ({countries: countries.split(' '), digits, compact, grouped})

/**
 * Mobile ranges first (their compact eleven-digit forms are the ones that count alone), then
 * fixed lines and the countries whose numbers start without a trunk 0 (those always need a phone
 * word, or an area code in parentheses). Sources: each country's national numbering plan as
 * published to the ITU (E.164 annex).
 */
export const NATIONAL_PLANS: readonly NationalPlan[] = [
  plan('PH', /^09\d{9}$/, 'bare', 'bare'),
  plan('TR', /^05\d{9}$/, 'bare', 'bare'),
  plan('GB', /^07[1-57-9]\d{8}$/, 'bare', 'bare'),
  plan('JP', /^0[789]0\d{8}$/, 'bare', 'bare'),
  plan('KR', /^01[016789]\d{7,8}$/, 'bare', 'bare'),
  plan('IN', /^0[6-9]\d{9}$/, 'bare', 'bare'),
  plan('PK', /^03\d{9}$/, 'bare', 'bare'),
  plan('BD', /^01[3-9]\d{8}$/, 'bare', 'bare'),
  plan('EG', /^01[0125]\d{8}$/, 'bare', 'bare'),
  plan('NG', /^0[789][01]\d{8}$/, 'bare', 'bare'),
  plan('DE', /^01(?:5\d|6[023]|7\d)\d{7,8}$/, 'bare', 'bare'),
  plan('TR', /^0[2-4][1-8][02468]\d{7}$/, 'keyword', 'bare'),
  // Ten digits with a trunk 0 (mobile and most fixed lines), nine for some fixed lines.
  plan('FR NL BE CH SE IE SA AE ZA KE UA TH VN AU JP', /^0[1-9]\d{8}$/, 'keyword', 'bare'),
  plan('IL BE', /^0[2-489]\d{7}$/, 'keyword', 'bare'),
  plan('MY', /^01\d{8,9}$/, 'keyword', 'bare'),
  plan('ID', /^08[1-9]\d{7,10}$/, 'keyword', 'bare'),
  plan('CN', /^0[1-9]\d{9,10}$/, 'keyword', 'bare'),
  plan('GB', /^0[12]\d{8,9}$/, 'keyword', 'bare'),
  plan('DE AT', /^0[2-9]\d{6,10}$/, 'keyword', 'keyword'),
  plan('CN', /^1[3-9]\d{9}$/, 'keyword', 'keyword'),
  plan('TR', /^5\d{9}$|^[2-4][1-8][02468]\d{7}$/, 'keyword', 'keyword'),
  plan('RU', /^8[3489]\d{9}$/, 'keyword', 'keyword'),
  plan('IT', /^3\d{8,9}$|^0\d{5,10}$/, 'keyword', 'keyword'),
  plan('IN', /^[6-9]\d{9}$/, 'keyword', 'keyword'),
  plan('ES', /^[6-9]\d{8}$/, 'keyword', 'keyword'),
  plan('PL', /^[4-8]\d{8}$/, 'keyword', 'keyword'),
  plan('PT', /^9[1236]\d{7}$|^2\d{8}$/, 'keyword', 'keyword'),
  plan('BR', /^[1-9][1-9](?:9\d{8}|[2-5]\d{7})$/, 'keyword', 'keyword'),
  plan('MX', /^[2-9]\d{9}$/, 'keyword', 'keyword'),
  plan('SG', /^[689]\d{7}$/, 'keyword', 'keyword'),
  plan('NO', /^[49]\d{7}$/, 'keyword', 'keyword'),
  plan('DK', /^[2-9]\d{7}$/, 'keyword', 'keyword'),
]

/** Countries with a national format here (E.164 `+CC` numbers of every country, and North American ones, are the `phone` rule's in pii.ts). */
export const NATIONAL_PHONE_COUNTRIES: readonly string[] = [...new Set(NATIONAL_PLANS.flatMap((p) => p.countries))].sort()

/**
 * Words for "phone" in the languages of those countries written in Latin letters, lower case: the
 * prefilter keywords of the rule for forms that need one. `tel` covers telephone, telefon,
 * teléfono, telepono, telefoon; `mob` mobile, Mobil, mobiel; `cell` cellulare, cellphone. The
 * prefilter reads ASCII only: words in other scripts (电话, телефон) cannot be keywords, and a
 * pass of its own for them would cost about a tenth of the engine's time; numbers next to them
 * are found in the forms that count alone.
 */
export const PHONE_WORDS: readonly string[] = [
  'tel', 'phone', 'mob', 'movil', 'cell', 'celular', 'handy', 'rufnummer', 'festnetz', 'portable', 'whatsapp', 'call', 'fax', 'sms',
  'gsm', 'cep', 'ponsel', 'kontakt', 'sdt',
]

/** The groups of a candidate and whether its separators are those of a printed phone number. */
function groupsOf(value: string): string[] | null {
  const separators = new Set(value.replace(/[\d()]/g, ''))
  // One separator throughout; a space beside a dash only with an area code in parentheses
  // (`(11) 91234-5678`) or a trunk digit apart (`8 912 345-67-89`).
  if (separators.size > 2 || (separators.size === 2 && !(separators.has(' ') && separators.has('-')))) return null
  const groups = value.split(/[ .\-()]+/).filter((g) => g.length > 0)
  if (separators.size === 2 && !value.includes('(') && (groups[0]?.length ?? 0) !== 1) return null
  return groups
}

/** Whether the groups are a plausible printed grouping: a leading trunk digit or a 2-6 digit code, then groups of 2-8. */
function plausibleGrouping(groups: readonly string[], value: string): boolean {
  const [first = '', ...rest] = groups
  if (first.length > 6 || (first.length === 1 && !/^[08]$/.test(first))) return false
  if (rest.some((g) => g.length < 2 || g.length > 8)) return false
  // An SSN (3-2-4 with dashes) is not a phone number.
  return !(groups.map((g) => g.length).join('-') === '3-2-4' && value.includes('-'))
}

/** A date (`2024-05-01`, `01.05.2024`, `20240501`) is not a phone number. */
function looksLikeDate(groups: readonly string[]): boolean {
  const shape = groups.map((g) => g.length).join('-')
  const [a = '', b = '', c = ''] = groups
  const day = (d: string): boolean => Number(d) >= 1 && Number(d) <= 31
  const month = (m: string): boolean => Number(m) >= 1 && Number(m) <= 12
  if (shape === '4-2-2') return month(b) && day(c)
  if (shape === '2-2-4') return (month(b) && day(a)) || (month(a) && day(b))
  if (shape === '8') return /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(a)
  return false
}

/** A hit for `value` at `start` if it is a national number: alone (`named` false) or after a phone word. */
function nationalHit(value: string, start: number, named: boolean): Hit | null {
  const groups = groupsOf(value)
  if (groups === null || looksLikeDate(groups)) return null
  const digits = groups.join('')
  if (digits.length < 8 || digits.length > 13 || /^(\d)\1+$/.test(digits)) return null
  const grouped = groups.length > 1
  const shape = groups.map((g) => g.length).join('-')
  if (grouped && !plausibleGrouping(groups, value)) return null
  for (const p of NATIONAL_PLANS) {
    if (!p.digits.test(digits)) continue
    // An area code in parentheses is a phone number's notation; compact, only eleven digits count
    // alone; three groups of three are a SIN's, a TFN's or an order number's shape as much as a phone's.
    const reach = grouped ? (value.includes('(') ? 'bare' : shape === '3-3-3' ? 'keyword' : p.grouped) : digits.length === 11 ? p.compact : 'keyword'
    if (reach === 'keyword' && !named) continue
    return {start, end: start + value.length, secret: digits, masked: `…${digits.slice(-2)}`}
  }
  return null
}

/** The national number found (its whole candidate, else without trailing groups: `0917 123 4567 2` is a number and a count). */
function trimmedHit(value: string, start: number, named: boolean): Hit | null {
  let candidate = value
  for (;;) {
    const hit = nationalHit(candidate, start, named)
    if (hit !== null) return hit
    const cut = Math.max(candidate.lastIndexOf(' '), candidate.lastIndexOf('-'), candidate.lastIndexOf('.'))
    if (cut <= 0) return null
    candidate = candidate.slice(0, cut).replace(/[ .-]+$/, '')
    if (candidate.endsWith('(') || candidate.length === 0) return null
  }
}

/** One group of a longer grouped code (an IBAN, a card, a serial in blocks) is not a number of its own. */
function insideGroupedCode(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start)
  return /\d[A-Za-z0-9]* $/.test(before) || /\b[A-Z0-9]{2,4} [A-Z0-9]{4} $/.test(before)
}

/** The groups after a number's first: a separator each, so that a long digit run cannot be split many ways. */
const TAIL = String.raw`(?:[ .-]\d{1,8}){0,4}(?![\w]|[.,-]\d)`

export const nationalPhone: Rule = {
  id: 'phone',
  category: 'pii',
  description: 'Phone number in a national format, alone: eleven digits with a trunk 0 and a mobile range, a number starting with 0 in printed groups, or an area code in parentheses',
  keywords: [],
  // Its own pass (measured cheaper than the digits group's: it would add a rule to try at every
  // digit run the group stops at).
  // A 0 not inside a number or word with at least eight more phone characters ahead, or an area
  // code in parentheses. (Numbers starting with another digit always need a phone word: a pass
  // that also stopped at every 1 or 5 was measured at twice the cost.)
  pattern: new RegExp(
    String.raw`(?:0(?<![\w.,+/-]0)(?=[\d ().-]{8})\d{0,12}(?:[ .-]?\(\d{2,4}\))?|\((?<![\w(]\()\d{1,4}\))${TAIL}`,
    'g',
  ),
  // Below every other PII rule (1): a national id, SSN or card of the same digits wins.
  priority: 0,
  validate(match, text): Hit | null {
    if (insideGroupedCode(text, match.index)) return null
    return trimmedHit(match[0], match.index, false)
  },
}

/**
 * The phone words as whole words: each keyword with the endings it takes (`telephone`, `Telefon`,
 * `mobile`, `cellphone`, `called`), so that `telemetry`, `cells`, `mobx` or `callback` are not read as one.
 */
const PHONE_WORD = [
  'tel(?:ephone|efon[a-z]*|efono|efone|efoon|epono|epon)?',
  'phones?',
  'mob(?:ile|il|iel|ilnummer)?',
  'movil',
  'cell(?:ular|ulare|phone)?',
  'celular',
  'handy(?:nummer)?',
  'rufnummer',
  'festnetz',
  'portable',
  'whatsapp',
  'call(?:ed|ing)?',
  'fax',
  'sms',
  'gsm',
  'cep',
  'ponsel',
  'kontakt',
  'sdt',
].join('|')

export const namedPhone: Rule = {
  id: 'phone',
  category: 'pii',
  description: 'Phone number in a national format within 40 characters after a phone word (tel, phone, mobile, Handy, téléphone, celular, telefon, cep…)',
  keywords: PHONE_WORDS,
  caseInsensitive: true,
  startsAtKeyword: true,
  // The word (at a word start), then up to 40 characters without a digit or line break, then a number.
  pattern: new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${PHONE_WORD})(?![a-z])[^\d\n]{0,40}?((?:\d(?<![\w.,+/-]\d)\d{0,12}(?:[ .-]?\(\d{2,4}\))?|\((?<![\w(]\()\d{1,4}\))${TAIL})`,
    'giu',
  ),
  priority: 0,
  validate(match, text): Hit | null {
    const number = match[1] ?? ''
    const start = match.index + match[0].length - number.length
    if (insideGroupedCode(text, start)) return null
    return trimmedHit(number, start, true)
  },
}
