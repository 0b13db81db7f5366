/**
 * IP addresses, personal data under the GDPR when they name a person's connection: public
 * (globally routable) unicast addresses. Private, shared (CGNAT), loopback, link-local,
 * multicast, reserved and documentation ranges name no one's connection and are left out, as
 * are IPv6 unique-local, link-local and documentation prefixes. Both patterns are cheap to
 * search (a digit after a non-word character; a colon pair or three colons) and the validator
 * parses the rest.
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

/** Whether an IPv4 address is public unicast (RFC 6890 special-purpose ranges excluded). */
export function ipv4Public([a = 0, b = 0, c = 0]: readonly number[]): boolean {
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false
  if (a === 100 && b >= 64 && b <= 127) return false
  if (a === 169 && b === 254) return false
  if (a === 172 && b >= 16 && b <= 31) return false
  if (a === 192 && b === 168) return false
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return false
  if (a === 198 && (b === 18 || b === 19)) return false
  if ((a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return false
  return true
}

const ipv4: Rule = {
  id: 'ip-address',
  category: 'pii',
  description: 'Public IPv4 address (octets checked; private, loopback, link-local, documentation and other special ranges left out)',
  keywords: [],
  searchGroup: 'digits',
  // Private 10/8 and loopback are refused before the validator runs: logs are full of them.
  pattern: /\d(?<![\w.]\d)(?!(?<=1)(?:0|27)\.)\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.]\d|\d|[A-Za-z_])/g,
  priority: PII,
  validate(match, text) {
    const value = match[0]
    const octets = ipv4Octets(value)
    if (octets === null || !ipv4Public(octets)) return null
    // A version ("v1.2.3.4", "version 10.0.1.2") is not an address.
    if (/(?:\bv|version\s?)$/i.test(text.slice(Math.max(0, match.index - 8), match.index))) return null
    return {start: match.index, end: match.index + value.length, secret: value, masked: `${value.slice(0, value.indexOf('.'))}.…`}
  },
}

const IPV6_HEAD = /[0-9A-Fa-f:]/
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

/** Global unicast (2000::/3) or an IPv4-mapped or -translated public IPv4 address. */
export function ipv6Public(value: string): boolean {
  const lower = value.toLowerCase()
  const v4 = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower)
  if (v4 !== null && /^(?:::(?:ffff:(?:0{1,4}:)?)?|64:ff9b::)[\d.]+$/.test(lower)) {
    const octets = ipv4Octets(v4[1] ?? '')
    return octets !== null && ipv4Public(octets)
  }
  const first = lower.startsWith('::') ? 0 : parseInt(lower.split(':')[0] ?? '0', 16)
  if (first < 0x2000 || first > 0x3fff) return false
  return !/^2001:0?db8:/.test(lower)
}

const ipv6: Rule = {
  id: 'ip-address',
  category: 'pii',
  description: 'Public IPv6 address (full, compressed, with an IPv4 tail, zone or prefix; loopback, link-local, unique-local, multicast and documentation left out)',
  keywords: [],
  // Found at a "::" or at five colons with groups between (a full address has seven, a time two
  // or three); the validator reaches back for the address's start.
  pattern: /:(?::|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:)/g,
  priority: PII,
  validate(match, text) {
    let start = match.index
    while (start > 0 && IPV6_HEAD.test(text[start - 1] ?? '') && match.index - start < 40) start--
    if (/[\w.%]/.test(text[start - 1] ?? '') || (text[start] === ':' && text[start + 1] !== ':')) return null
    let end = match.index
    while (end < text.length && IPV6_CHAR.test(text[end] ?? '')) end++
    // A trailing dot ends a sentence, not an address.
    while (text[end - 1] === '.' || (text[end - 1] === ':' && text[end - 2] !== ':')) end--
    const value = text.slice(start, end)
    if (/[G-Zg-z_]/.test(text[end] ?? '') || !ipv6Valid(value)) return null
    // Code (`abc::def`) and times have no digit or too few groups to be read as an address.
    if (!/\d/.test(value) || !ipv6Public(value)) return null
    let last = end
    const zone = /^%[A-Za-z0-9]{1,15}/.exec(text.slice(end))
    if (zone !== null) last += zone[0].length
    const prefix = /^\/\d{1,3}(?!\d)/.exec(text.slice(last))
    if (prefix !== null) last += prefix[0].length
    return {start, end: last, secret: value.toLowerCase(), masked: `${value.slice(0, value.indexOf(':'))}:…`}
  },
}

export const networkRules: readonly Rule[] = [ipv4, ipv6]
