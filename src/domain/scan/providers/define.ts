/**
 * The shape of a provider folder (`providers/<provider>/index.ts`): its rules, each saying whether
 * it is found bare or only next to a name and what keeps it from firing on what is not a
 * credential, its optional live verifier, and a generator of fakes in the real format that the
 * tests use (test/domain/scan/providers.test.ts). Building a rule compiles nothing but its regex:
 * the scanner's keyword prefilter makes a rule cost only where its keywords occur.
 */
import {COUNTING, EXAMPLE_BODY, STAND_IN, charClasses, entropy, exampleBody, isPlaceholder, typedStandIn} from '../checks.js'
import {maskToken} from '../mask.js'
import type {Hit, Rule} from '../types.js'
import type {VerifierSpec} from '../verifier.js'

/** Provider rules outrank the generic `key = value` and bearer rules where they overlap. */
export const PROVIDER_PRIORITY = 3

/** What a fake generator is given: random characters from an alphabet, seeded by the test. */
export interface SampleRandom {
  chars(alphabet: string, n: number): string
}

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
export const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'
export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
export const HEX = '0123456789abcdef'
export const B64URL = `${ALNUM}-_`

/**
 * `bare`: the format is distinctive (a prefix, a checksum, a fixed structure) and is found alone
 * in a sentence. `context`: the value is not distinctive (32 hex characters, 40 base62) and is
 * found only within reach of one of the rule's keywords (the provider's name).
 */
export type Reach = 'bare' | 'context'

export interface ProviderRule<Id extends string = string> extends Rule {
  readonly id: Id
  readonly category: 'secret'
  readonly reach: Reach
  /** What keeps the rule from firing on what is not a credential, in words (listed by `pl rules list`). */
  readonly guard: string
  /** Minimum Shannon entropy (bits per character) of the random part; 0 when a checksum or structure decides. */
  readonly minEntropy: number
  /** A fake in the real format (never a real credential), for the tests. */
  readonly sample: (random: SampleRandom) => string
  /** For a `context` rule: the sample as a person would leave it (`COHERE_API_KEY=…`). */
  readonly sampleInContext: (value: string) => string
}

export interface Provider<Id extends string = string> {
  /** Folder name: `providers/<name>/`. */
  readonly name: string
  /** Display name, as docs and `--verify` help list it. */
  readonly title: string
  readonly rules: readonly ProviderRule<Id>[]
  /** Live checks, keyed by the provider's own rule ids: a verifier for a rule it lacks does not compile. */
  readonly verifiers: {readonly [K in Id]?: VerifierSpec}
  /** Where and how to revoke a leaked value (SARIF help, docs). */
  readonly revoke: string
}

export function provider<const Id extends string>(spec: {
  name: string
  title: string
  rules: readonly ProviderRule<Id>[]
  verifiers?: {readonly [K in NoInfer<Id>]?: VerifierSpec}
  revoke: string
}): Provider<Id> {
  return {name: spec.name, title: spec.title, rules: spec.rules, verifiers: spec.verifiers ?? {}, revoke: spec.revoke}
}

/** A literal that matches in any letter case: `okta` → `[oO][kK][tT][aA]`. */
function anyCase(literal: string): string {
  return Array.from(literal, (c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))).join('')
}

/** A random part a person did not type: no placeholder words or runs, enough entropy, two kinds of character. */
export function randomPart(body: string, minEntropy: number): boolean {
  return !isPlaceholder(body) && !COUNTING.test(body) && entropy(body) >= minEntropy && charClasses(body) >= 2
}

const TOKEN_END = '[A-Za-z0-9_-]'

interface TokenSpec<Id extends string> {
  id: Id
  description: string
  /** Literal prefixes (case-sensitive): the prefilter's words, and the pattern starts with one. */
  keywords: readonly string[]
  /** The token's regex source, starting at its prefix; the rule adds the boundaries. */
  pattern: string
  /** Characters that may not follow the token (its alphabet) [default: letters, digits, `_`, `-`]. */
  end?: string
  /** Characters that may not precede the token [default: letters and digits]. */
  start?: string
  /** Minimum entropy of the part after the prefix [default 3]; 0 skips the entropy and placeholder tests. */
  minEntropy?: number
  /** A structural check the regex cannot make (a checksum, a decodable part). */
  check?: (value: string) => boolean
  /**
   * Why a match that passes `check` is still reported at low confidence (a copy cut shorter than
   * the tokens issued, or without their checksum: the pattern accepts such copies when the
   * prefix alone names the provider), or undefined for a token as issued.
   */
  lowConfidence?: (value: string) => string | undefined
  /** For `lowConfidence`: which copies are reported so, in words (listed with the guard). */
  lowConfidenceWhen?: string
  /**
   * Where the provider's docs and tests print typed bodies in its exact format (`sk_test_AAAA…`):
   * such a value is reported at low confidence (EXAMPLE_BODY) instead of dropped. `true` for any
   * match of the pattern, or a test of the exact shape as issued (`text` and `start` for what
   * precedes the value).
   */
  examples?: true | ((value: string, text: string, start: number) => boolean)
  /** For an `examples` test: where a typed body is shown, in words (`pl rules explain` gives it as the reason it was not). */
  examplesWhere?: string
  guard?: string
  /** Values the generic rule leaves to this rule (see Rule.claims). */
  claims?: (value: string, name: string) => boolean
  sample: (random: SampleRandom) => string
}

/** A token with a literal prefix, found bare. */
export function token<const Id extends string>(spec: TokenSpec<Id>): ProviderRule<Id> {
  const minEntropy = spec.minEntropy ?? 3
  const before = spec.start ?? '[A-Za-z0-9]'
  const pattern = new RegExp(`(?<!${before})(?:${spec.pattern})(?!${spec.end ?? TOKEN_END})`, 'g')
  const prefixOf = (value: string): string => spec.keywords.filter((k) => value.startsWith(k)).sort((a, b) => b.length - a.length)[0] ?? ''
  return {
    id: spec.id,
    category: 'secret',
    description: spec.description,
    keywords: spec.keywords,
    pattern,
    priority: PROVIDER_PRIORITY,
    reach: 'bare',
    guard:
      (spec.guard ?? `prefix ${spec.keywords.join(', ')}, fixed alphabet and length${minEntropy > 0 ? `, entropy ≥ ${minEntropy}, no placeholder` : ''}`) +
      (spec.lowConfidenceWhen === undefined ? '' : `; at low confidence ${spec.lowConfidenceWhen}`) +
      (spec.examples === undefined ? '' : `; a typed example body at low confidence${spec.examplesWhere === undefined ? '' : `, only ${spec.examplesWhere}`}`),
    minEntropy,
    ...(spec.claims === undefined ? {} : {claims: spec.claims}),
    sample: spec.sample,
    sampleInContext: (value) => value,
    validate(match, text): Hit | null {
      const value = match[0]
      const prefix = prefixOf(value)
      if (spec.check !== undefined && !spec.check(value)) return null
      const hit: Hit = {start: match.index, end: match.index + value.length, secret: value, masked: maskToken(value, prefix)}
      if (minEntropy === 0 || randomPart(value.slice(prefix.length), minEntropy)) {
        const reason = spec.lowConfidence?.(value)
        return reason === undefined ? hit : {...hit, confidence: 'low', reason}
      }
      // The exact format with a body typed for the docs or a test: shown at low confidence, not dropped.
      const examples = spec.examples
      if (examples === undefined || (examples !== true && !examples(value, text, match.index))) return null
      return exampleBody(value.slice(prefix.length)) ? {...hit, confidence: 'low', reason: EXAMPLE_BODY} : null
    },
    whyNot(match, text) {
      const value = match[0]
      const examples = spec.examples
      if (typeof examples !== 'function' || spec.examplesWhere === undefined || !exampleBody(value.slice(prefixOf(value).length))) return undefined
      return examples(value, text, match.index) ? undefined : `an example body (a documentation or test value), shown only ${spec.examplesWhere}`
    },
  }
}

interface NamedSpec<Id extends string> {
  id: Id
  description: string
  /** Lower-case words naming the provider; the value is looked for after one of them. */
  names: readonly string[]
  /** The value's regex source (one alternative, no capture groups). */
  value: string
  /** Characters that may not touch the value on either side [default: letters and digits]. */
  alphabet?: string
  /** How far after the name the value may start, in characters [default 60]. */
  reach?: number
  minEntropy?: number
  check?: (value: string) => boolean
  guard?: string
  /** Values the generic rule leaves to this rule (see Rule.claims), told by the name they are assigned to. */
  claims?: (value: string, name: string) => boolean
  sample: (random: SampleRandom) => string
  /** [default: `<NAME>_API_KEY=<value>`] */
  sampleInContext?: (value: string) => string
}

/**
 * A value with no distinctive format, found only after the provider's name (`COHERE_API_KEY=…`,
 * `"deepgram": {"key": "…"}`, a log line naming the API): within `reach` characters on the
 * same line, case-insensitive name.
 */
export function named<const Id extends string>(spec: NamedSpec<Id>): ProviderRule<Id> {
  const minEntropy = spec.minEntropy ?? 3
  const alphabet = spec.alphabet ?? 'A-Za-z0-9'
  // The names match in any case, the value only in its own: no `i` flag, each letter of a name a class.
  const names = spec.names.map(anyCase).join('|')
  // Padding (`=`) ends a value but may precede one (`KEY=value`).
  const before = alphabet.replace('=', '')
  const pattern = new RegExp(`(?<![A-Za-z])(?:${names})[^\\n]{0,${spec.reach ?? 60}}?(?<![${before}])(${spec.value})(?![${alphabet}])`, 'g')
  const first = spec.names[0] ?? 'key'
  return {
    id: spec.id,
    category: 'secret',
    description: spec.description,
    keywords: spec.names,
    caseInsensitive: true,
    startsAtKeyword: true,
    proseKeywords: true,
    pattern,
    priority: PROVIDER_PRIORITY,
    reach: 'context',
    guard: spec.guard ?? `only within ${spec.reach ?? 60} characters after ${spec.names.map((n) => `"${n}"`).join(', ')}${minEntropy > 0 ? `; entropy ≥ ${minEntropy}, no placeholder` : ''}`,
    minEntropy,
    sample: spec.sample,
    sampleInContext: spec.sampleInContext ?? ((value) => `${first.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_API_KEY=${value}`),
    ...(spec.claims === undefined ? {} : {claims: spec.claims}),
    validate(match): Hit | null {
      const value = match[1] ?? ''
      if (spec.check !== undefined && !spec.check(value)) return null
      const start = match.index + match[0].length - value.length
      const hit: Hit = {start, end: start + value.length, secret: value, masked: maskToken(value)}
      if (minEntropy === 0 || randomPart(value, minEntropy)) return hit
      // Right name, right shape, but a pattern typed by a person: shown at low confidence, not dropped.
      return typedStandIn(value) ? {...hit, confidence: 'low', reason: STAND_IN} : null
    },
  }
}

/**
 * The line of `text` that holds `at`, at most 400 characters either side: where an `examples`
 * test looks for what a typed body is used with (a prompt log's record is one line).
 */
export function lineAround(text: string, at: number): string {
  // Cut the window first: a line break is looked for only inside it, so a match on a line of a
  // megabyte costs its 800 characters, not the line's length.
  const from = Math.max(0, at - 400)
  const window = text.slice(from, Math.min(text.length, at + 400))
  const head = window.lastIndexOf('\n', at - from)
  const tail = window.indexOf('\n', at - from)
  return window.slice(head + 1, tail < 0 ? window.length : tail)
}

/**
 * Names of a credential other than a provider's one issued API key or token: a password, a client
 * or webhook secret, an OAuth or OTA token, Basic-auth credentials. A claim (Rule.claims) by name
 * leaves values under these to the generic rule: the provider issues them in other formats.
 */
export const OTHER_CREDENTIAL_NAME = /pass|pwd|secret|client|webhook|oauth|refresh|ota|sdk|auth|basic|login/i

/** A random UUID-shaped value (8-4-4-4-12) over `alphabet`, for a rule's fakes. */
export function uuid(r: SampleRandom, alphabet = HEX): string {
  return [8, 4, 4, 4, 12].map((n) => r.chars(alphabet, n)).join('-')
}

/** Decodes base64 or base64url to text, or null. */
export function decodeBase64(text: string): string | null {
  if (!/^[A-Za-z0-9+/_-]+=*$/.test(text)) return null
  try {
    return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8')
  } catch {
    return null
  }
}

/** A JSON object encoded in base64(url), or null. */
export function base64Json(text: string): Record<string, unknown> | null {
  const decoded = decodeBase64(text)
  if (decoded === null || !decoded.startsWith('{')) return null
  try {
    const parsed: unknown = JSON.parse(decoded)
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null
  } catch {
    return null
  }
}
