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
 * A prefix that names one provider: letters first, ending in `-`, `_` or `.`, four characters or
 * more. Shorter ones (`sk-`, `hf_`) are shared by many vendors.
 */
const PROVIDER_PREFIX = /^[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*[-_.]$/
/** First words many vendors prefix their keys with (`api-`, `test_`, `key-`, `pat.`, `v1.0-`): they name no one provider. */
const COMMON_WORDS = new Set(['api', 'sdk', 'key', 'keys', 'live', 'test', 'secret', 'token', 'ext', 'pri', 'pub', 'sub', 'access', 'auth', 'user', 'app', 'v1', 'v2'])

/** The prefixes of `rules` that name one provider, each with the rules that claim it. */
export function providerPrefixes(rules: readonly Rule[]): ReadonlyMap<string, readonly Rule[]> {
  const owners = new Map<string, Rule[]>()
  for (const rule of rules) {
    if (rule.category !== 'secret' || rule.caseInsensitive === true || rule.id === 'generic-secret') continue
    for (const keyword of rule.keywords) {
      if (keyword.length < 4 || !PROVIDER_PREFIX.test(keyword)) continue
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

/** A provider rule's own copy of its pattern (its lastIndex is this module's) and the lengths it matches, made once per rule. */
const shapes = new WeakMap<Rule, {pattern: RegExp; lengths: {min: number; max: number} | null}>()
function shape(rule: Rule): {pattern: RegExp; lengths: {min: number; max: number} | null} {
  let known = shapes.get(rule)
  if (known === undefined) {
    known = {pattern: new RegExp(rule.pattern.source, rule.pattern.flags), lengths: matchLengths(rule.pattern.source)}
    shapes.set(rule, known)
  }
  return known
}

/** What a provider's rule says of a value that carries its prefix, read alone. */
function verdict(rule: Rule, value: string): 'accepts' | 'fails its check' | 'wrong length' | 'undecided' {
  const {pattern, lengths} = shape(rule)
  pattern.lastIndex = 0
  const match = pattern.exec(value)
  if (match !== null && match.index === 0) return rule.validate(match, value) === null ? 'fails its check' : 'accepts'
  if (lengths === null || lengths.max === Infinity) return 'undecided'
  return value.length < lengths.min || value.length > lengths.max ? 'wrong length' : 'undecided'
}

/**
 * A part a person typed rather than one drawn at random (a placeholder word, counting, an alphabet
 * run, low entropy): the provider's rule refuses it for that, not for its format, and the generic
 * rule's own stand-in checks judge it.
 */
function typed(body: string): boolean {
  return typedBody(body) || entropy(body) < 3.5 || charClasses(body) < 2
}

/**
 * Why a value assigned to a secret-looking name is not reported because it carries a provider's
 * prefix but is not that provider's token, or null (no such prefix, a typed pattern after it, or
 * a value the provider's rule takes or cannot judge).
 */
export function prefixFormatRejection(value: string, owners: ReadonlyMap<string, readonly Rule[]>): string | null {
  let prefix = ''
  for (const candidate of owners.keys()) if (candidate.length > prefix.length && value.startsWith(candidate)) prefix = candidate
  const rules = owners.get(prefix)
  if (rules === undefined || typed(value.slice(prefix.length))) return null
  const verdicts = rules.map((rule) => verdict(rule, value))
  if (verdicts.some((v) => v === 'accepts' || v === 'undecided')) return null
  const id = rules[0]?.id ?? 'a provider'
  const lengths = rules[0] === undefined ? null : shape(rules[0]).lengths
  if (verdicts[0] === 'wrong length' && lengths !== null) {
    const issued = lengths.min === lengths.max ? `${lengths.min}` : `${lengths.min} to ${lengths.max}`
    return `it starts with ${prefix}, the prefix of ${id} tokens, which are ${issued} characters long, not ${value.length}: a truncated or padded copy, not a credential`
  }
  return `it starts with ${prefix}, the prefix of ${id} tokens, but fails their check (length, checksum or structure): a malformed copy, not a credential`
}
