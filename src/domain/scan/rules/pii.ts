/**
 * Personal data with validation: a candidate only counts when its checksum or numbering plan
 * says it can be real (Luhn and issuer ranges, IBAN mod-97 and length, SSA rules, NANP).
 * Patterns here have no literal to start from, so they are kept cheap: each starts at one
 * character class and is bounded.
 */
import {TEST_CARD_REASON, cardBrand, ibanValid, luhnValid, ssnValid} from '../checks.js'
import type {Rule} from '../types.js'

const PII = 1

// Internationalized addresses too (RFC 6531 local parts, IDN domains in Unicode or punycode).
const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u
const EMAIL_DOMAIN = /(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(\p{L}{2,24}|xn--[a-z0-9-]{2,59})(?![\p{L}\p{N}-])/uy
/** Top-level "domains" that are really file extensions (image@2x.png) or code. */
const NOT_TLD = /^(?:png|jpe?g|gif|svg|webp|ico|js|mjs|cjs|ts|tsx|jsx|css|scss|json|ya?ml|md|html?|xml|txt|log|py|rb|go|rs|java|kt|swift|lock|map|min|tar|gz|zip|exe|dll|so)$/i

const email: Rule = {
  id: 'email',
  category: 'pii',
  description: 'E-mail address',
  keywords: ['@'],
  pattern: /@(?=[\p{L}\p{N}])/gu,
  priority: PII,
  validate(match, text) {
    let start = match.index
    while (start > 0 && start > match.index - 64 && EMAIL_LOCAL.test(text[start - 1] ?? '')) start--
    const local = text.slice(start, match.index)
    if (local.length === 0 || /^[.]|[.]$|\.\./.test(local) || !/[\p{L}\p{N}]/u.test(local)) return null
    EMAIL_DOMAIN.lastIndex = match.index + 1
    const domain = EMAIL_DOMAIN.exec(text)
    if (domain === null || NOT_TLD.test(domain[1] ?? '')) return null
    const end = match.index + 1 + domain[0].length
    const value = text.slice(start, end)
    return {start, end, secret: value.toLowerCase(), masked: `${local[0] ?? ''}…${value.slice(match.index - start)}`}
  },
}

/** NANP: area code and exchange cannot start with 0 or 1, and N11 codes are services. */
function nanpValid(area: string, exchange: string): boolean {
  return /^[2-9]\d\d$/.test(area) && /^[2-9]\d\d$/.test(exchange) && !/^\d11$/.test(area) && !/^\d11$/.test(exchange)
}

const phone: Rule = {
  id: 'phone',
  category: 'pii',
  description: 'Phone number in E.164 (+CC…) or formatted North American form',
  keywords: [],
  searchGroup: 'digits',
  pattern: /(?:\+[1-9][\d ().-]{6,20}\d|\(?[2-9]\d{2}\)?[ .-]?[2-9]\d{2}[ .-]\d{4})(?![\w-]|\.\d)/g,
  priority: PII,
  validate(match, text) {
    const value = match[0]
    if (/[\w+.-]/.test(text[match.index - 1] ?? '')) return null
    const digits = value.replace(/\D/g, '')
    if (value.startsWith('+')) {
      // Separators only singly between digit groups; parentheses only around one group.
      if (digits.length < 8 || digits.length > 15 || /[ .-]{2}|[()].*[()].*[()]/.test(value.replace(/\) /g, ')'))) return null
      if ((value.match(/\(/g) ?? []).length !== (value.match(/\)/g) ?? []).length) return null
      if (/^\+\d{8,15}$/.test(value) && /^(\d)\1+$/.test(digits)) return null
    } else {
      const groups = /^\(?(\d{3})\)?[ .-]?(\d{3})[ .-](\d{4})$/.exec(value)
      if (groups === null || !nanpValid(groups[1] ?? '', groups[2] ?? '')) return null
      if (value.startsWith('(') !== value.includes(')')) return null
    }
    return {start: match.index, end: match.index + value.length, secret: digits, masked: `…${digits.slice(-2)}`}
  },
}

/**
 * Test card numbers the card networks and payment processors publish for integration tests
 * (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, UATP): a leak of one is test data, not a
 * customer's card, so it is reported with low confidence and says so.
 */
const TEST_CARDS: ReadonlySet<string> = new Set([
  '4111111111111111', '4242424242424242', '4012888888881881', '4222222222222', '4000056655665556', '4000000000000002',
  '4917610000000000', '4444333322221111', '5555555555554444', '5105105105105100', '5200828282828210', '2223003122003222',
  '378282246310005', '371449635398431', '378734493671000', '6011111111111117', '6011000990139424', '6011000400000000',
  '3530111333300000', '3566002020360505', '30569309025904', '38520000023237', '36227206271667', '6200000000000005',
  '122000000000003',
])

const card: Rule = {
  id: 'payment-card',
  category: 'pii',
  description: 'Payment card number (Luhn and issuer range checked)',
  keywords: [],
  searchGroup: 'digits',
  // Every printed shape starts with four digits; the look-behind fails fast inside longer digit runs.
  pattern: /\d(?<![\d.,-]\d)\d{3}(?:[ -]?\d){8,15}(?![\d]|[.,-]\d)/g,
  priority: PII,
  validate(match, text) {
    const value = match[0]
    if (/[\d.,-]/.test(text[match.index - 1] ?? '')) return null
    const separators = value.replace(/\d/g, '')
    if (separators.length > 0) {
      // One kind of separator, between groups of the shapes cards are printed in.
      if (new Set(separators).size !== 1) return null
      const groups = value.split(separators[0] ?? ' ').map((g) => g.length)
      const shape = groups.join('-')
      if (!/^4-4-4-4(?:-[1-3])?$|^4-4-4-1$|^4-6-5$|^4-6-4$|^4-4-4-4-3$|^4-4-4-3$/.test(shape)) return null
    }
    const digits = value.replace(/\D/g, '')
    const found = {start: match.index, end: match.index + value.length, secret: digits, masked: `…${digits.slice(-4)}`}
    if (TEST_CARDS.has(digits)) return {...found, confidence: 'low', reason: TEST_CARD_REASON}
    if (!luhnValid(digits) || cardBrand(digits) === null || /^(\d)\1+$/.test(digits.slice(1))) return null
    return found
  },
}

const IBAN_START = /\b[A-Z]{2}\d{2}[ -]?[A-Z0-9]{4}/g

const iban: Rule = {
  id: 'iban',
  category: 'pii',
  description: 'International bank account number (country length and mod-97 checked)',
  keywords: [],
  searchGroup: 'capitals',
  pattern: IBAN_START,
  priority: PII,
  validate(match, text) {
    // Collect up to 34 characters, allowing the single spaces (or dashes) of the printed form.
    let end = match.index
    let compact = ''
    const separator = /^[A-Z]{2}\d{2}-/.test(match[0]) ? '-' : ' '
    while (end < text.length && compact.length < 34) {
      const c = text[end] ?? ''
      if (/[A-Z0-9]/.test(c)) compact += c
      else if (c !== separator || compact.length % 4 !== 0 || !/[A-Z0-9]/.test(text[end + 1] ?? '')) break
      end++
      if (ibanValid(compact) && !/[A-Za-z0-9]/.test(text[end] ?? '')) {
        return {start: match.index, end, secret: compact, masked: `${compact.slice(0, 2)}…${compact.slice(-4)}`}
      }
    }
    return null
  },
}

const ssn: Rule = {
  id: 'us-ssn',
  category: 'pii',
  description: 'US Social Security number (SSA numbering rules checked)',
  keywords: [],
  searchGroup: 'digits',
  pattern: /(\d{3})-(\d{2})-(\d{4})(?![\d-])/g,
  priority: PII,
  validate(match, text) {
    const [value, area = '', group = '', serial = ''] = match
    if (/[\d-]/.test(text[match.index - 1] ?? '')) return null
    if (!ssnValid(area, group, serial)) return null
    return {start: match.index, end: match.index + value.length, secret: `${area}${group}${serial}`, masked: `…-${serial}`}
  },
}

const ssnLabelled: Rule = {
  id: 'us-ssn',
  category: 'pii',
  description: 'US Social Security number without dashes, next to an SSN label',
  keywords: ['ssn', 'social security'],
  caseInsensitive: true,
  pattern: /\b(?:ssn|social security(?: number| no\.?)?)\W{1,5}(\d{3}) ?(\d{2}) ?(\d{4})(?!\d)/gi,
  priority: PII,
  validate(match) {
    const [value, area = '', group = '', serial = ''] = match
    if (!ssnValid(area, group, serial)) return null
    const length = value.length - value.search(/\d/)
    const start = match.index + value.length - length
    return {start, end: match.index + value.length, secret: `${area}${group}${serial}`, masked: `…-${serial}`}
  },
}

export const piiRules: readonly Rule[] = [email, phone, card, iban, ssn, ssnLabelled]
