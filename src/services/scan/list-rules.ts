/**
 * `pl rules list`: the detectors `pl scan` runs, one entry per rule id, with the words its
 * prefilter looks for and, where `--verify` can ask the provider, the variable that moves the
 * provider's base URL.
 */
import {providerOf} from '../../domain/scan/providers/index.js'
import type {ProviderRule} from '../../domain/scan/providers/index.js'
import {KNOWN_PROMPT_RULE, defaultRules} from '../../domain/scan/rules/index.js'
import type {Category, Rule} from '../../domain/scan/types.js'
import {verifierFor} from './verify-tokens.js'

export interface RuleInfo {
  id: string
  category: Category
  description: string
  /** The prefilter's words: the rule runs only on lines holding one (none: every line). */
  keywords: string[]
  /** How `pl scan --verify` checks a found value live; null when it cannot. */
  verify: {env: string; base: string} | null
  /** For a rule of the provider catalogue (domain/scan/providers/<provider>/): its folder. */
  provider?: string
  /** `bare`: found alone; `context`: only next to the provider's name. */
  reach?: 'bare' | 'context'
  /** What keeps the rule from firing on what is not a credential. */
  guard?: string
}

export interface ListRulesOptions {
  category?: Category
  /** The rules to list [default: the built-in ones]. */
  rules?: readonly Rule[]
}

/** Rules sharing an id (the AWS secret key is found two ways) are one entry: descriptions and keywords joined. */
export function listRules(options: ListRulesOptions = {}): RuleInfo[] {
  const byId = new Map<string, RuleInfo>()
  for (const rule of options.rules ?? defaultRules) {
    const seen = byId.get(rule.id)
    if (seen === undefined) {
      const verifier = verifierFor(rule.id)
      const info: RuleInfo = {
        id: rule.id,
        category: rule.category,
        description: rule.description,
        keywords: [...new Set(rule.keywords)],
        verify: verifier === undefined ? null : {env: verifier.env, base: verifier.base},
      }
      const provider = providerOf(rule.id)
      if ('reach' in rule) {
        // A provider's rule, or one described like one (high-entropy-token).
        const catalogued = rule as ProviderRule
        if (provider !== undefined) info.provider = provider.name
        info.reach = catalogued.reach
        info.guard = catalogued.guard
      }
      byId.set(rule.id, info)
      continue
    }
    if (!seen.description.includes(rule.description)) seen.description += `; ${rule.description}`
    seen.keywords = [...new Set([...seen.keywords, ...rule.keywords])]
  }
  const all = [...byId.values(), {...KNOWN_PROMPT_RULE, keywords: [], verify: null}]
  return options.category === undefined ? all : all.filter((r) => r.category === options.category)
}
