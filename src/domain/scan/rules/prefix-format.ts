/**
 * A guard of the generic `name = value` rule: a value that starts with a provider's own prefix
 * (`glptt-`, `xai-`, `bkua_`) is that provider's token or a malformed copy of one, and the
 * provider's rule, which knows the format GitLab, xAI or Buildkite issue (length, alphabet,
 * checksum), decides. Where that rule refuses the value, the generic rule refuses it too instead
 * of reporting a wrong-length copy under a `token=` name as a secret.
 */
import {COUNTING, charClasses, entropy, isPlaceholder, letterRun} from '../checks.js'
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

/** Whether `rule` reports a hit that starts where `value` starts, reading `value` alone. */
function acceptsAtStart(rule: Rule, value: string): boolean {
  const pattern = new RegExp(rule.pattern.source, rule.pattern.flags)
  for (let match = pattern.exec(value); match !== null && match.index === 0; match = pattern.exec(value)) {
    if (rule.validate(match, value) !== null) return true
    if (match[0].length === 0) pattern.lastIndex++
  }
  return false
}

/**
 * A part a person typed rather than one drawn at random (a placeholder word, counting, an alphabet
 * run, low entropy): the provider's rule refuses it for that, not for its format, and the generic
 * rule's own stand-in checks judge it.
 */
function typed(body: string): boolean {
  return isPlaceholder(body) || COUNTING.test(body) || letterRun(body) >= 5 || entropy(body) < 3.5 || charClasses(body) < 2
}

/**
 * Why a value assigned to a secret-looking name is not reported because it carries a provider's
 * prefix but not that provider's format, or null (no such prefix, or the provider's rule takes it).
 */
export function prefixFormatRejection(value: string, owners: ReadonlyMap<string, readonly Rule[]>): string | null {
  let prefix = ''
  for (const candidate of owners.keys()) if (candidate.length > prefix.length && value.startsWith(candidate)) prefix = candidate
  const rules = owners.get(prefix)
  if (rules === undefined || typed(value.slice(prefix.length)) || rules.some((rule) => acceptsAtStart(rule, value))) return null
  return `it starts with ${prefix}, the prefix of ${rules[0]?.id ?? 'a provider'} tokens, but is not in that format (length, alphabet, checksum or a typed pattern): a malformed copy, not a credential`
}
