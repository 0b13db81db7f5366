/**
 * IP addresses, personal data under the GDPR when they name a person's connection. Public
 * (globally routable) unicast addresses are reported at normal confidence. Private, shared
 * (CGNAT), loopback, link-local, multicast, reserved, documentation and benchmarking ranges (and
 * IPv6 unique-local, link-local, multicast, documentation and unassigned prefixes) are reported
 * too, at confidence `low` with the range named: they rarely name a person, and they do not fail
 * a scan unless `--fail-on low`. Both patterns are cheap to search (a digit after a non-word
 * character; a colon pair or five colons with groups between) and the validator parses the rest.
 */
import type {Hit, Rule} from '../types.js'

const PII = 1

/** The four octets of a dotted quad (no leading zeros, each at most 255), or null. */
export function ipv4Octets(text: string): number[] | null {
  const octets: number[] = []
  let value = 0
  let digits = 0
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 46
    if (c === 46) {
      if (digits === 0 || value > 255) return null
      octets.push(value)
      value = 0
      digits = 0
    } else if (c >= 48 && c <= 57) {
      // A leading zero is octal to some parsers and not how an address is written.
      if (digits === 1 && value === 0) return null
      value = value * 10 + c - 48
      if (++digits > 3) return null
    } else return null
  }
  return octets.length === 4 ? octets : null
}

/**
 * The special-purpose range (RFC 6890 and its registry) an IPv4 address is in, named for a
 * reader, or null for a public unicast address.
 */
export function ipv4Range([a = 0, b = 0, c = 0, d = 0]: readonly number[]): string | null {
  if (a === 0) return 'unspecified ("this network")'
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private (RFC 1918)'
  if (a === 127) return 'loopback'
  if (a === 100 && b >= 64 && b <= 127) return 'shared carrier-grade NAT (RFC 6598)'
  if (a === 169 && b === 254) return 'link-local'
  if (a === 255 && b === 255 && c === 255 && d === 255) return 'broadcast'
  if (a >= 240) return 'reserved'
  if (a >= 224) return 'multicast'
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return 'documentation (RFC 5737)'
  if (a === 192 && b === 0 && c === 0) return 'IETF protocol assignments'
  if (a === 198 && (b === 18 || b === 19)) return 'benchmarking (RFC 2544)'
  return null
}

/** Whether an IPv4 address is public unicast (RFC 6890 special-purpose ranges excluded). */
export function ipv4Public(octets: readonly number[]): boolean {
  return ipv4Range(octets) === null
}

const REASONS = new Map<string, string>()

/** The reason a finding in a special-purpose range carries (one string per range, made once). */
function rangeReason(range: string): string {
  let reason = REASONS.get(range)
  if (reason === undefined) {
    reason = `${range} address: rarely personal data`
    REASONS.set(range, reason)
  }
  return reason
}

const ipv4: Rule = {
  id: 'ip-address',
  category: 'pii',
  description: 'IPv4 address (octets checked); private, loopback, link-local, documentation and other special ranges at low confidence',
  keywords: [],
  // Its own pass, not the digits group's: private addresses fill some logs (a load balancer's
  // 10.x on every line), and each would make the group try all its rules there.
  pattern: /\d(?<![\w.]\d)\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.]\d|\d|[A-Za-z_])/g,
  priority: PII,
  validate(match, text): Hit | null {
    const value = match[0]
    const octets = ipv4Octets(value)
    if (octets === null) return null
    // A version ("v1.2.3.4", "version 10.0.1.2") is not an address.
    const before = text.charCodeAt(match.index - 1)
    if ((before === 118 || before === 86 || before === 32) && /(?:\bv|version\s?)$/i.test(text.slice(Math.max(0, match.index - 8), match.index))) return null
    const range = ipv4Range(octets)
    const masked = `${value.slice(0, value.indexOf('.'))}.…`
    const end = match.index + value.length
    return range === null
      ? {start: match.index, end, secret: value, masked}
      : {start: match.index, end, secret: value, masked, confidence: 'low', reason: rangeReason(range)}
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

/**
 * The special-purpose range an IPv6 address is in (RFC 6890, RFC 4291), named for a reader, or
 * null for global unicast (2000::/3 outside documentation) or an IPv4-mapped or -translated
 * public IPv4 address.
 */
export function ipv6Range(value: string): string | null {
  const lower = value.toLowerCase()
  const v4 = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower)
  if (v4 !== null && /^(?:::(?:ffff:(?:0{1,4}:)?)?|64:ff9b::)[\d.]+$/.test(lower)) {
    const octets = ipv4Octets(v4[1] ?? '')
    return octets === null ? 'reserved' : ipv4Range(octets)
  }
  if (/^::1?$/.test(lower) || /^(?:0{1,4}:){7}0{0,3}1$/.test(lower)) return lower.endsWith('1') ? 'loopback' : 'unspecified'
  if (/^2001:0?db8:/.test(lower)) return 'documentation (RFC 3849)'
  const first = lower.startsWith('::') ? 0 : parseInt(lower.split(':')[0] ?? '0', 16)
  if (first >= 0x2000 && first <= 0x3fff) return null
  if (first >= 0xfe80 && first <= 0xfebf) return 'link-local'
  if (first >= 0xfc00 && first <= 0xfdff) return 'unique-local (private)'
  if (first >= 0xff00) return 'multicast'
  return 'reserved or unassigned'
}

/** Global unicast (2000::/3) or an IPv4-mapped or -translated public IPv4 address. */
export function ipv6Public(value: string): boolean {
  return ipv6Range(value) === null
}

const ipv6: Rule = {
  id: 'ip-address',
  category: 'pii',
  description: 'IPv6 address (full, compressed, with an IPv4 tail, zone or prefix); loopback, link-local, unique-local, multicast and documentation at low confidence',
  keywords: [],
  // Found at a "::" or at five colons with groups between (a full address has seven, a time two
  // or three); the validator reaches back for the address's start.
  pattern: /:(?::|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:)/g,
  priority: PII,
  validate(match, text): Hit | null {
    let start = match.index
    while (start > 0 && IPV6_HEAD.test(text[start - 1] ?? '') && match.index - start < 40) start--
    if (/[\w.%]/.test(text[start - 1] ?? '') || (text[start] === ':' && text[start + 1] !== ':')) return null
    let end = match.index
    while (end < text.length && IPV6_CHAR.test(text[end] ?? '')) end++
    // A trailing dot ends a sentence, not an address.
    while (text[end - 1] === '.' || (text[end - 1] === ':' && text[end - 2] !== ':')) end--
    const value = text.slice(start, end)
    if (/[G-Zg-z_]/.test(text[end] ?? '') || !ipv6Valid(value)) return null
    // Code (`abc::def`) and times have no digit or too few groups to be read as an address; a
    // slice step (`a[::2]`) is one short group after `::`, and only `::1` is taken in that form.
    if (!/\d/.test(value) || (/^::[0-9a-f]{1,4}$/i.test(value) && value !== '::1')) return null
    let last = end
    const zone = /^%[A-Za-z0-9]{1,15}/.exec(text.slice(end))
    if (zone !== null) last += zone[0].length
    const prefix = /^\/\d{1,3}(?!\d)/.exec(text.slice(last))
    if (prefix !== null) last += prefix[0].length
    const hit: Hit = {start, end: last, secret: value.toLowerCase(), masked: `${value.slice(0, value.indexOf(':'))}:…`}
    const range = ipv6Range(value)
    return range === null ? hit : {...hit, confidence: 'low', reason: rangeReason(range)}
  },
}

export const networkRules: readonly Rule[] = [ipv4, ipv6]
