/**
 * `pl rules list`: the detectors `pl scan` runs, one entry per rule id, with the words its
 * prefilter looks for and, where `--verify` can ask the provider, the variable that moves the
 * provider's base URL.
 */
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
      byId.set(rule.id, {
        id: rule.id,
        category: rule.category,
        description: rule.description,
        keywords: [...new Set(rule.keywords)],
        verify: verifier === undefined ? null : {env: verifier.env, base: verifier.base},
      })
      continue
    }
    if (!seen.description.includes(rule.description)) seen.description += `; ${rule.description}`
    seen.keywords = [...new Set([...seen.keywords, ...rule.keywords])]
  }
  const all = [...byId.values(), {...KNOWN_PROMPT_RULE, keywords: [], verify: null}]
  return options.category === undefined ? all : all.filter((r) => r.category === options.category)
}
