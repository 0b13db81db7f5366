/**
 * Phone numbers written the way a country writes them at home (`0532 123 45 67`, `09171234567`,
 * `090-1234-5678`, `(02) 1234 5678`), without the `+CC` that the `phone` rule in pii.ts reads.
 * Hand-written per country from its national numbering plan (ADR 0018: libphonenumber-js was
 * measured and not adopted): the trunk prefix, the leading digits of its mobile and fixed ranges
 * and the number's length.
 *
 * A national number has no prefix to tell it from an order number, so each country says when a
 * candidate counts alone (`bare`) and when only with a phone word within 40 characters before it
 * (`keyword`: `tel`, `phone`, `mobile`, `Handy`, `téléphone`, `celular`, `telefon`, `cep`, `手机`…):
 * - compact (no separators): bare only for eleven-digit mobile forms with a trunk prefix (or
 *   China's `1[3-9]`), which random ids rarely have; ten digits and fewer need the keyword;
 * - grouped (single spaces, dashes or dots between groups of 2 to 8 digits, an area code in
 *   parentheses): bare where the country's grouped forms do not collide with other numbers
 *   (North American, SSN, national ids); otherwise the keyword.
 * Its priority is below every other PII rule: a number that is also a checked national id, an SSN
 * or a card is reported as that.
 */
import type {Hit, Rule} from '../types.js'

type Reach = 'bare' | 'keyword'

interface NationalPlan {
  /** ISO 3166 country code. */
  readonly country: string
  /** The number's digits as dialled at home (trunk prefix included), anchored. */
  readonly digits: RegExp
  readonly compact: Reach
  readonly grouped: Reach
}

const plan = (country: string, digits: RegExp, compact: Reach, grouped: Reach): NationalPlan => ({country, digits, compact, grouped})

/**
 * Mobile ranges first (their compact forms are the ones that count alone), then fixed lines.
 * Sources: each country's national numbering plan as published to the ITU (E.164 annex).
 */
export const NATIONAL_PLANS: readonly NationalPlan[] = [
  plan('PH', /^09\d{9}$/, 'bare', 'bare'),
  plan('TR', /^05\d{9}$/, 'bare', 'bare'),
  plan('GB', /^07[1-57-9]\d{8}$/, 'bare', 'bare'),
  plan('JP', /^0[789]0\d{8}$/, 'bare', 'bare'),
  plan('KR', /^01[016789]\d{7,8}$/, 'bare', 'bare'),
  plan('CN', /^1[3-9]\d{9}$/, 'bare', 'bare'),
  plan('IN', /^0[6-9]\d{9}$/, 'bare', 'bare'),
  plan('PK', /^03\d{9}$/, 'bare', 'bare'),
  plan('BD', /^01[3-9]\d{8}$/, 'bare', 'bare'),
  plan('EG', /^01[0125]\d{8}$/, 'bare', 'bare'),
  plan('NG', /^0[789][01]\d{8}$/, 'bare', 'bare'),
  plan('DE', /^01(?:5\d|6[023]|7\d)\d{7,8}$/, 'bare', 'bare'),
  plan('TR', /^0[2-4][1-8][02468]\d{7}$/, 'keyword', 'bare'),
  plan('TR', /^5\d{9}$|^[2-4][1-8][02468]\d{7}$/, 'keyword', 'bare'),
  // Ten digits with a trunk 0: FR, NL, BE, CH, SE, IE, IL, SA, AE, ZA, KE, UA, TH, VN, AU, JP and
  // CN fixed lines, MY; nine with a trunk 0: BE, IL, SE fixed lines.
  plan('FR', /^0[1-9]\d{8}$/, 'keyword', 'bare'),
  plan('IL', /^0[2-489]\d{7}$/, 'keyword', 'bare'),
  plan('MY', /^01\d{8,9}$/, 'keyword', 'bare'),
  plan('ID', /^08[1-9]\d{7,10}$/, 'keyword', 'bare'),
  plan('CN', /^0[1-9]\d{9,10}$/, 'keyword', 'bare'),
  plan('GB', /^0[12]\d{8,9}$/, 'keyword', 'bare'),
  plan('RU', /^8[3489]\d{9}$/, 'keyword', 'bare'),
  plan('DE', /^0[2-9]\d{6,10}$/, 'keyword', 'keyword'),
  plan('IT', /^3\d{8,9}$|^0\d{5,10}$/, 'keyword', 'keyword'),
  plan('IN', /^[6-9]\d{9}$/, 'keyword', 'keyword'),
  plan('ES', /^[6-9]\d{8}$/, 'keyword', 'keyword'),
  plan('PL', /^[4-8]\d{8}$/, 'keyword', 'keyword'),
  plan('PT', /^9[1236]\d{7}$|^2\d{8}$/, 'keyword', 'keyword'),
  plan('BR', /^[1-9][1-9]9?[2-9]\d{7}$/, 'keyword', 'keyword'),
  plan('MX', /^[2-9]\d{9}$/, 'keyword', 'keyword'),
  plan('SG', /^[689]\d{7}$/, 'keyword', 'keyword'),
  plan('NO', /^[49]\d{7}$/, 'keyword', 'keyword'),
  plan('DK', /^[2-9]\d{7}$/, 'keyword', 'keyword'),
]

/** Countries with a national format here (E.164 `+CC` numbers of every country are the `phone` rule's). */
export const NATIONAL_PHONE_COUNTRIES: readonly string[] = [
  ...new Set([...NATIONAL_PLANS.map((p) => p.country), 'NL', 'BE', 'CH', 'SE', 'IE', 'SA', 'AE', 'ZA', 'KE', 'UA', 'TH', 'VN', 'AU']),
].sort()

/** Words for "phone" in the languages of those countries, lower case (matched on lowered text). */
const PHONE_WORD =
  /(?:\b(?:tel|tél|phone|telephone|téléphone|telefon\w*|telefoon|teléfono|telepono|telepon|mobile?|mobiel|móvil|movil|cell\w*|celular|handy|rufnummer|festnetz|portable|whatsapp|call\w*|fax|sms|gsm|cep|ponsel|kontakt)\b|电话|電話|手机|携帯|전화|휴대폰|핸드폰|телефон|тел\.|моб|هاتف|جوال|טלפון|נייד|โทร|điện thoại|sđt)/

function phoneWordBefore(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  return PHONE_WORD.test(text.slice(Math.max(lineStart, start - 40), start).toLowerCase())
}

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

/** Whether the groups are a plausible printed grouping: a leading trunk digit or a 2-5 digit code, then groups of 2-8. */
function plausibleGrouping(groups: readonly string[], value: string): boolean {
  const [first = '', ...rest] = groups
  if (first.length > 5 || (first.length === 1 && !/^[08]$/.test(first))) return false
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

function nationalHit(value: string, text: string, start: number): Hit | null {
  const groups = groupsOf(value)
  if (groups === null || looksLikeDate(groups)) return null
  const digits = groups.join('')
  if (digits.length < 8 || digits.length > 13 || /^(\d)\1+$/.test(digits)) return null
  const grouped = groups.length > 1
  const shape = groups.map((g) => g.length).join('-')
  if (grouped && !plausibleGrouping(groups, value)) return null
  for (const p of NATIONAL_PLANS) {
    if (!p.digits.test(digits)) continue
    // An area code in parentheses is a phone number's notation; compact, only eleven digits count alone.
    // Three groups of three are a SIN's, a TFN's or an order number's shape as much as a phone's.
    const reach = grouped ? (value.includes('(') ? 'bare' : shape === '3-3-3' ? 'keyword' : p.grouped) : digits.length === 11 ? p.compact : 'keyword'
    if (reach === 'keyword' && !phoneWordBefore(text, start)) continue
    return {start, end: start + value.length, secret: digits, masked: `…${digits.slice(-2)}`}
  }
  return null
}

export const nationalPhone: Rule = {
  id: 'phone',
  category: 'pii',
  description: 'Phone number in a national format (trunk prefix, mobile and fixed ranges, length per country; some forms only next to a phone word)',
  keywords: [],
  searchGroup: 'digits',
  // A digit not inside a number or word (or an area code in parentheses), at least eight more
  // phone characters ahead; then a compact run or single-separator groups. Separators are
  // required between groups so that a long digit run cannot be split many ways.
  pattern:
    /(?:\d(?<![\w.,+/-]\d)(?=[\d ().-]{8})\d{0,12}(?:[ .-]?\(\d{2,4}\))?|\((?<![\w(]\()\d{1,4}\))(?:[ .-]\d{1,8}){0,4}(?![\w]|[.,-]\d)/g,
  // Below every other PII rule (1): a national id, SSN or card of the same digits wins.
  priority: 0,
  validate(match, text): Hit | null {
    const value = match[0]
    // One group of a longer grouped code (an IBAN, a card, a serial in blocks) is not a number of its own.
    const before = text.slice(Math.max(0, match.index - 12), match.index)
    if (/\d[A-Za-z0-9]* $/.test(before) || /\b[A-Z0-9]{2,4} [A-Z0-9]{4} $/.test(before)) return null
    // The whole candidate, else without its trailing groups (`0917 123 4567 2` is a number and a count).
    let candidate = value
    for (;;) {
      const hit = nationalHit(candidate, text, match.index)
      if (hit !== null) return hit
      const cut = Math.max(candidate.lastIndexOf(' '), candidate.lastIndexOf('-'), candidate.lastIndexOf('.'))
      if (cut <= 0) return null
      candidate = candidate.slice(0, cut).replace(/[ .-]+$/, '')
      if (candidate.endsWith('(') || candidate.length === 0) return null
    }
  },
}
