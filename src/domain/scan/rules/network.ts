/**
 * IP addresses, personal data under the GDPR when they name a person's connection. Loopback,
 * unspecified and broadcast addresses name no one and are left out. Both patterns are cheap to
 * search (a digit after a non-word character; a colon pair) and the validator parses the rest.
 */
import type {Rule} from '../types.js'

const PII = 1

function octet(part: string): number | null {
  if (!/^\d{1,3}$/.test(part) || (part.length > 1 && part.startsWith('0'))) return null
  const value = Number(part)
  return value <= 255 ? value : null
}

/** The four octets of a dotted quad, or null. */
export function ipv4Octets(text: string): number[] | null {
  const parts = text.split('.')
  if (parts.length !== 4) return null
  const octets = parts.map(octet)
  return octets.every((o): o is number => o !== null) ? octets : null
}

/** Addresses that name no person: loopback, unspecified, broadcast. */
function ipv4Anonymous([a, b, c, d]: number[]): boolean {
  return a === 127 || (a === 0 && b === 0 && c === 0 && d === 0) || (a === 255 && b === 255 && c === 255 && d === 255)
}

const ipv4: Rule = {
  id: 'ip-address',
  category: 'pii',
  description: 'IPv4 address (octets checked; loopback, unspecified and broadcast left out)',
  keywords: [],
  pattern: /\d(?<![\w.]\d)\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.]\d|\d|[A-Za-z_])/g,
  priority: PII,
  validate(match, text) {
    const value = match[0]
    const octets = ipv4Octets(value)
    if (octets === null || ipv4Anonymous(octets)) return null
    // A version ("v1.2.3.4", "version 10.0.1.2") is not an address.
    if (/(?:\bv|version\s?)$/i.test(text.slice(Math.max(0, match.index - 8), match.index))) return null
    return {start: match.index, end: match.index + value.length, secret: value, masked: `${value.slice(0, value.indexOf('.'))}.…`}
  },
}

const HEXCHAR = /[0-9A-Fa-f]/
const IPV6_CHAR = /[0-9A-Fa-f:.]/

/** Whether `text` is an IPv6 address (RFC 4291 text forms, an IPv4 tail allowed). */
export function ipv6Valid(text: string): boolean {
  const halves = text.split('::')
  if (halves.length > 2) return false
  const groups = (part: string): string[] | null => (part === '' ? [] : part.split(':'))
  const head = groups(halves[0] ?? '')
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : []
  if (head === null || tail === null) return false
  const all = [...head, ...tail]
  let count = 0
  for (let i = 0; i < all.length; i++) {
    const group = all[i] ?? ''
    if (i === all.length - 1 && group.includes('.')) {
      if (ipv4Octets(group) === null) return false
      count += 2
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(group)) count++
    else return false
  }
  return halves.length === 2 ? count < 8 : count === 8
}

const ipv6: Rule = {
  id: 'ip-address',
  category: 'pii',
  description: 'IPv6 address (full, compressed, with an IPv4 tail, zone or prefix; loopback and unspecified left out)',
  keywords: [],
  // Found at its first pair of colons; the validator reaches back for the first group.
  pattern: /:[0-9A-Fa-f]{0,4}:/g,
  priority: PII,
  validate(match, text) {
    let start = match.index
    while (start > 0 && HEXCHAR.test(text[start - 1] ?? '') && match.index - start < 5) start--
    if (/[\w:.%]/.test(text[start - 1] ?? '')) return null
    let end = match.index
    while (end < text.length && IPV6_CHAR.test(text[end] ?? '')) end++
    // A trailing dot ends a sentence, not an address.
    while (text[end - 1] === '.' || (text[end - 1] === ':' && text[end - 2] !== ':')) end--
    const value = text.slice(start, end)
    if (/[G-Zg-z_]/.test(text[end] ?? '') || !ipv6Valid(value)) return null
    // Code (`abc::def`) and times have no digit or too few groups to be read as an address.
    if (!/\d/.test(value) || /^::1?$/.test(value) || /^(?:0{1,4}:){7}0{0,3}1?$/.test(value)) return null
    let last = end
    const zone = /^%[A-Za-z0-9]{1,15}/.exec(text.slice(end))
    if (zone !== null) last += zone[0].length
    const prefix = /^\/\d{1,3}(?!\d)/.exec(text.slice(last))
    if (prefix !== null) last += prefix[0].length
    return {start, end: last, secret: value.toLowerCase(), masked: `${value.slice(0, value.indexOf(':'))}:…`}
  },
}

export const networkRules: readonly Rule[] = [ipv4, ipv6]
