/**
 * A guard of the generic `name = value` and bearer rules: a value that starts with a provider's
 * own prefix (`glptt-`, `xai-`, `bkua_`) is that provider's token or a malformed copy of one, and
 * the provider's rule, which knows the format GitLab, xAI or Buildkite issue, decides. The generic
 * rule refuses such a value when it is not as long as that provider's tokens are (a format of
 * bounded length: `bkua_` and 40 characters), or has their shape but fails their check (a
 * length, a checksum, a structure). A format of open length (`xoxb-` and 20 or more) says nothing
 * of a value it does not match, and the generic rule judges that value as any other.
 */
import {charClasses, entropy, typedBody} from '../checks.js'
import type {Rule} from '../types.js'

/**
 * A prefix that names one provider: letters first, four characters or more, ending in `-`, `_` or
 * `.` (`glptt-`, `xai-`) or holding one before a fixed start of the body (`HRKU-AA`, `pypi-AgE`).
 * Shorter ones (`sk-`, `hf_`) are shared by many vendors.
 */
const PROVIDER_PREFIX = /^[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*[-_.]$|^[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)+$/
/** A keyword that ends a provider's tokens (`-NRMA`): a separator, then four letters or digits or more. */
const SUFFIX = /^[-_.][A-Za-z0-9]{4,}$/
/** First words many vendors prefix their keys with (`api-`, `test_`, `key-`, `pat.`, `v1.0-`): they name no one provider. */
const COMMON_WORDS = new Set(['api', 'sdk', 'key', 'keys', 'live', 'test', 'secret', 'token', 'ext', 'pri', 'pub', 'sub', 'access', 'auth', 'user', 'app', 'v1', 'v2'])

/** The prefixes of `rules` that name one provider, each with the rules that claim it. */
export function providerPrefixes(rules: readonly Rule[]): ReadonlyMap<string, readonly Rule[]> {
  const owners = new Map<string, Rule[]>()
  for (const rule of rules) {
    if (rule.category !== 'secret' || rule.caseInsensitive === true || rule.id === 'generic-secret') continue
    for (const keyword of rule.keywords) {
      if (keyword.length < 4 || !(PROVIDER_PREFIX.test(keyword) || SUFFIX.test(keyword))) continue
      if (COMMON_WORDS.has(keyword.split(/[-_.]/)[0]?.toLowerCase() ?? '')) continue
      owners.set(keyword, [...(owners.get(keyword) ?? []), rule])
    }
  }
  return owners
}

/**
 * The shortest and longest text a regex source matches, or null where it cannot tell (a
 * backreference). Covers what provider patterns use: literals, escapes, classes, groups,
 * alternation, lookarounds (no length) and quantifiers; `max` is Infinity for `*`, `+`, `{n,}`.
 */
export function matchLengths(source: string): {min: number; max: number} | null {
  let at = 0
  const alternation = (): {min: number; max: number} | null => {
    let best = sequence()
    while (best !== null && source[at] === '|') {
      at++
      const next = sequence()
      if (next === null) return null
      best = {min: Math.min(best.min, next.min), max: Math.max(best.max, next.max)}
    }
    return best
  }
  const sequence = (): {min: number; max: number} | null => {
    let min = 0
    let max = 0
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const one = atom()
      if (one === null) return null
      const [low, high] = quantifier()
      min += one.min * low
      max += one.max === 0 ? 0 : one.max * high
    }
    return {min, max}
  }
  const atom = (): {min: number; max: number} | null => {
    const c = source[at]
    if (c === '(') {
      const look = /^\(\?<?[=!]/.test(source.slice(at))
      at += look ? (source[at + 2] === '<' ? 4 : 3) : source.startsWith('(?:', at) ? 3 : source.startsWith('(?<', at) ? source.indexOf('>', at) + 1 : 1
      const inner = alternation()
      at++ // ")"
      return inner === null ? null : look ? {min: 0, max: 0} : inner
    }
    if (c === '[') {
      at++
      while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1
      at++
      return {min: 1, max: 1}
    }
    if (c === '\\') {
      const e = source[at + 1] ?? ''
      if (/[1-9k]/.test(e)) return null
      at += e === 'u' ? 6 : e === 'x' ? 4 : 2
      return e === 'b' || e === 'B' ? {min: 0, max: 0} : {min: 1, max: 1}
    }
    at++
    return c === '^' || c === '$' ? {min: 0, max: 0} : {min: 1, max: 1}
  }
  const quantifier = (): [number, number] => {
    const c = source[at]
    let range: [number, number] = [1, 1]
    if (c === '?') range = [0, 1]
    else if (c === '*') range = [0, Infinity]
    else if (c === '+') range = [1, Infinity]
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at))
      if (m === null) return range
      const low = Number(m[1])
      range = [low, m[2] === undefined ? low : m[3] === '' ? Infinity : Number(m[3])]
      at += m[0].length - 1
    } else return range
    at++
    if (source[at] === '?') at++
    return range
  }
  const whole = alternation()
  return at < source.length ? null : whole
}

/**
 * The alternatives of a rule's pattern at its top: a leading lookbehind and a trailing lookahead
 * (the boundaries `token()` adds) set aside and a group around the whole opened, then split at
 * each `|` outside brackets and groups (`NRAL…|…-NRMA` → two).
 */
export function topAlternatives(source: string): string[] {
  let inner = source
  for (;;) {
    const look = /^\(\?<[=!](?:\\.|\[(?:\\.|[^\]])*\]|[^()])*\)/.exec(inner)
    if (look !== null) inner = inner.slice(look[0].length)
    const ahead = /\(\?[=!](?:\\.|\[(?:\\.|[^\]])*\]|[^()])*\)$/.exec(inner)
    if (ahead !== null) inner = inner.slice(0, ahead.index)
    if (!(inner.startsWith('(?:') && inner.endsWith(')') && closingOf(inner, 0) === inner.length - 1)) break
    inner = inner.slice(3, -1)
  }
  const parts: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]
    if (c === '\\') i++
    else if (c === '[') i = classEnd(inner, i)
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) {
      parts.push(inner.slice(from, i))
      from = i + 1
    }
  }
  parts.push(inner.slice(from))
  return parts
}

/** Where the character class opened at `at` closes. */
function classEnd(source: string, at: number): number {
  let i = at + 1
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1
  return i
}

/** Where the group opened at `at` closes, or -1. */
function closingOf(source: string, at: number): number {
  let depth = 0
  for (let i = at; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (c === '[') i = classEnd(source, i)
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i
  }
  return -1
}

interface Shape {
  /** The rule's own copy of its pattern (its lastIndex is this module's). */
  pattern: RegExp
  /** Each top alternative's literal text (escapes undone) and the lengths it matches. */
  alternatives: ReadonlyArray<{literal: string; lengths: {min: number; max: number} | null}>
}

/** A provider rule's pattern copy and the lengths of its alternatives, made once per rule. */
const shapes = new WeakMap<Rule, Shape>()
function shape(rule: Rule): Shape {
  let known = shapes.get(rule)
  if (known === undefined) {
    const alternatives = topAlternatives(rule.pattern.source).map((source) => ({literal: source.replace(/\\(.)/g, '$1'), lengths: matchLengths(source)}))
    known = {pattern: new RegExp(rule.pattern.source, rule.pattern.flags), alternatives}
    shapes.set(rule, known)
  }
  return known
}

/**
 * The shortest and longest a rule's tokens carrying `marker` are: over the alternatives of its
 * pattern that spell the marker out (New Relic's `-NRMA` tokens, not its `NRAL` ones), or over
 * all when none does (a prefix written as a class, `sq[upa]_`). Null where a length is open or
 * cannot be read.
 */
function markedLengths(rule: Rule, marker: string): {min: number; max: number} | null {
  const {alternatives} = shape(rule)
  const spelled = alternatives.filter((a) => a.literal.includes(marker))
  let min = Infinity
  let max = 0
  for (const {lengths} of spelled.length > 0 ? spelled : alternatives) {
    if (lengths === null || lengths.max === Infinity) return null
    min = Math.min(min, lengths.min)
    max = Math.max(max, lengths.max)
  }
  return min === Infinity ? null : {min, max}
}

/** What a provider's rule says of a value that carries its prefix or suffix (`marker`), read alone. */
function verdict(rule: Rule, value: string, marker: string): 'accepts' | 'fails its check' | 'wrong length' | 'padded' | 'altered' | 'undecided' {
  const {pattern} = shape(rule)
  const whole = (text: string): RegExpExecArray | null => {
    pattern.lastIndex = 0
    const found = pattern.exec(text)
    return found !== null && found.index === 0 ? found : null
  }
  const match = whole(value)
  if (match !== null) return rule.validate(match, value) === null ? 'fails its check' : 'accepts'
  // The provider's whole token with base64 padding after it (`sqco_…==`), which its tokens never end with.
  const unpadded = value.replace(/=+$/, '')
  if (unpadded !== value) {
    pattern.lastIndex = 0
    const head = pattern.exec(unpadded)
    if (head !== null && head.index === 0 && head[0].length === unpadded.length) return 'padded'
  }
  const lengths = markedLengths(rule, marker)
  if (lengths === null) return 'undecided'
  if (value.length < lengths.min || value.length > lengths.max) return 'wrong length'
  // As long as the provider's tokens but not in their format: a re-cased copy of a single-case
  // token is still the token (ADR 0029); other characters in it (a `q` in a hex body) are an
  // altered copy. Only where a token is one fixed length: a range says less of one value.
  if (lengths.min !== lengths.max || !value.startsWith(marker)) return 'undecided'
  const body = value.slice(marker.length)
  if (whole(marker + body.toLowerCase()) !== null || whole(marker + body.toUpperCase()) !== null) return 'undecided'
  // Its own characters in another order (a separator elsewhere) may be a form the pattern lacks.
  return Array.from(body).every((c) => inAlphabet(rule, c)) ? 'undecided' : 'altered'
}

/** The character classes of each rule's pattern, and the characters it spells outside them. */
const alphabets = new WeakMap<Rule, {classes: readonly RegExp[]; literal: string}>()
const CLASS = /\[(?:\\.|[^\]\\])*\]/g

/** Whether `c` is a character the rule's pattern can match: in one of its classes or spelled out in it. */
function inAlphabet(rule: Rule, c: string): boolean {
  let known = alphabets.get(rule)
  if (known === undefined) {
    // The alternatives, without the boundaries before and after (`(?<![A-Za-z0-9])`), which are not the token's.
    const source = topAlternatives(rule.pattern.source).join('|')
    known = {classes: (source.match(CLASS) ?? []).map((k) => new RegExp(k, rule.pattern.flags.replace(/[gy]/g, ''))), literal: source.replace(CLASS, '')}
    alphabets.set(rule, known)
  }
  return known.literal.includes(c) || known.classes.some((k) => k.test(c))
}

/**
 * A part a person typed rather than one drawn at random (a placeholder word, counting, an alphabet
 * run, low entropy): the provider's rule refuses it for that, not for its format, and the generic
 * rule's own stand-in checks judge it.
 */
function typed(body: string): boolean {
  return typedBody(body) || entropy(body) < 3.5 || charClasses(body) < 2
}

/** The suffix keywords (`-NRMA`) among a map's keys, listed once per map. */
const suffixes = new WeakMap<ReadonlyMap<string, readonly Rule[]>, readonly string[]>()
function suffixesOf(owners: ReadonlyMap<string, readonly Rule[]>): readonly string[] {
  let known = suffixes.get(owners)
  if (known === undefined) {
    known = [...owners.keys()].filter((k) => SUFFIX.test(k))
    suffixes.set(owners, known)
  }
  return known
}

/**
 * Why a value assigned to a secret-looking name is not reported because it carries a provider's
 * prefix (or suffix: New Relic's `-NRMA`) but is not that provider's token, or null (no such
 * prefix, a typed pattern after it of a length the provider issues, or a value the provider's rule
 * takes or cannot judge). A value of a length the provider never issues is refused whatever its
 * body: a truncated copy (`duffel_test_abc123`) is not a credential, typed or not.
 */
export function prefixFormatRejection(value: string, owners: ReadonlyMap<string, readonly Rule[]>): string | null {
  let prefix = ''
  let suffix = ''
  for (const candidate of owners.keys()) if (candidate.length > prefix.length && value.startsWith(candidate)) prefix = candidate
  if (prefix === '') for (const candidate of suffixesOf(owners)) if (candidate.length > suffix.length && value.endsWith(candidate)) suffix = candidate
  const marker = prefix !== '' ? prefix : suffix
  const rules = owners.get(marker)
  if (rules === undefined) return null
  const id = rules[0]?.id ?? 'a provider'
  const where = prefix !== '' ? `it starts with ${prefix}, the prefix of` : `it ends with ${suffix}, the suffix of`
  const verdicts = rules.map((rule) => verdict(rule, value, marker))
  if (verdicts.some((v) => v === 'accepts' || v === 'undecided')) return null
  const lengths = rules[0] === undefined ? null : markedLengths(rules[0], marker)
  if (verdicts.every((v) => v === 'wrong length') && lengths !== null) {
    const issued = lengths.min === lengths.max ? `${lengths.min}` : `${lengths.min} to ${lengths.max}`
    return `${where} ${id} tokens, which are ${issued} characters long, not ${value.length}: a truncated or padded copy, not a credential`
  }
  if (typed(prefix !== '' ? value.slice(prefix.length) : value.slice(0, -suffix.length))) return null
  if (verdicts[0] === 'padded') return `it is a ${id} token with base64 padding (=) after it, which those tokens never end with: a malformed copy, not a credential`
  if (verdicts.every((v) => v === 'altered')) return `${where} ${id} tokens and is as long as they are, but holds characters they never hold: an altered copy, not a credential`
  return `${where} ${id} tokens, but fails their check (length, checksum or structure): a malformed copy, not a credential`
}

/**
 * Whether `rule` would take `value` in its format: its pattern matches the whole value (for a rule
 * that reads a name first, the value after its first name) and its check passes, or fails only
 * for a typed body (`a1b2c3…`), which the generic rule's own stand-in checks then judge; a value in
 * one case also in the other (a re-cased copy of a single-case token).
 */
function inFormat(rule: Rule, value: string): boolean {
  // A re-cased copy of a single-case token (`A1B2…` of a lower-case hex key) is still the token.
  if (matchesFormat(rule, value)) return true
  // Only a value in one case is a re-cased copy: `a1F3…` in a lower-case format is altered.
  if (value === value.toUpperCase()) return matchesFormat(rule, value.toLowerCase())
  return value === value.toLowerCase() && matchesFormat(rule, value.toUpperCase())
}

function matchesFormat(rule: Rule, value: string): boolean {
  const {pattern} = shape(rule)
  const named = rule.startsAtKeyword === true
  const text = named ? `${rule.keywords[0] ?? ''} ${value}` : value
  pattern.lastIndex = 0
  const match = pattern.exec(text)
  if (match === null || match.index !== 0 || match[0].length !== text.length || (named && match[1] !== value)) return false
  return rule.validate(match, text) !== null || typed(value)
}

/** The rules that claim values for themselves (Rule.claims), among `rules`. */
export function claimingRules(rules: readonly Rule[]): readonly Rule[] {
  return rules.filter((rule) => rule.category === 'secret' && rule.claims !== undefined)
}

/**
 * Why a value assigned to `name` is not reported because a provider's rule claims it (its shape,
 * or the name, says it is that provider's token) and the value is not in the rule's format, or
 * null. A value in the format that the rule refuses for a typed body (`a1b2c3…`) is left to the
 * generic rule's own stand-in checks, as after a prefix.
 */
export function claimRejection(name: string, value: string, claimers: readonly Rule[]): string | null {
  for (const rule of claimers) {
    if (rule.claims?.(value, name) !== true) continue
    if (inFormat(rule, value)) continue
    return `${rule.id} claims it (${rule.description}) but it is not in that format: a cut, padded or altered copy, not a credential`
  }
  return null
}
