/**
 * `pl rules explain`: one rule described (what it finds, the shape of its values with a fake
 * example, how a match is validated, the live check, where to revoke), or a text explained (which
 * rules fire on it, which nearly fired and why not). Values are never echoed: a hit is shown
 * masked, a near miss by its position and length only.
 */
import {entropy, isPlaceholder} from '../../domain/scan/checks.js'
import {Detector, escapeView} from '../../domain/scan/detect.js'
import {providerOf, providerSource, revokeUri} from '../../domain/scan/providers/index.js'
import type {ProviderRule} from '../../domain/scan/providers/index.js'
import {KNOWN_PROMPT_RULE, defaultRules} from '../../domain/scan/rules/index.js'
import type {Category, Rule} from '../../domain/scan/types.js'

import {verifierFor} from './verify-tokens.js'

export interface RuleExplanation {
  id: string
  category: Category
  /** Each way the rule finds its values (a rule id can have several detectors). */
  finds: string[]
  /** The prefilter's words: the rule runs only where one occurs (none: everywhere). */
  keywords: string[]
  /** `bare`: found alone in a sentence; `context`: only next to the provider's name. */
  reach?: 'bare' | 'context'
  /** The regex sources a candidate must match. */
  patterns: string[]
  /** A fake value in the rule's format, made here (provider rules only): never a real credential. */
  example?: string
  /** How a match is accepted: the guard, the entropy floor, the checksum. */
  validation: string[]
  /** How `pl scan --verify` checks a found value live, or null. */
  verify: {env: string; base: string; request: string} | null
  /** Where and how to revoke a leaked value, and the page, when the provider names one. */
  revoke?: string
  references: string[]
}

/** Every built-in rule id (the known-prompt detector included). */
export function ruleIds(rules: readonly Rule[] = defaultRules): string[] {
  return [...new Set([...rules.map((r) => r.id), KNOWN_PROMPT_RULE.id])]
}

/** Seeded characters for the example: the same fake on every run. */
function exampleRandom(): {chars(alphabet: string, n: number): string} {
  let state = 18
  return {
    chars(alphabet, n) {
      let out = ''
      for (let i = 0; i < n; i++) {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0
        out += alphabet[(state >>> 8) % alphabet.length] ?? ''
      }
      return out
    },
  }
}

export function explainRule(id: string, rules: readonly Rule[] = defaultRules): RuleExplanation | undefined {
  if (id === KNOWN_PROMPT_RULE.id) {
    return {
      id,
      category: 'prompt',
      finds: [KNOWN_PROMPT_RULE.description],
      keywords: [],
      patterns: [],
      validation: ['shingles of the registered prompt (pl scan --prompts DIR), whole, partial above the documented minimum, reformatted or quoted'],
      verify: null,
      references: ['docs/scanning.md, "Known prompts"'],
    }
  }
  const detectors = rules.filter((r) => r.id === id)
  const first = detectors[0]
  if (first === undefined) return undefined
  const provider = providerOf(id)
  const catalogued = detectors.find((r): r is ProviderRule => 'reach' in r)
  const verifier = verifierFor(id)
  const validation: string[] = []
  if (catalogued !== undefined) {
    validation.push(`guard: ${catalogued.guard}`)
    if (catalogued.minEntropy > 0 && !catalogued.guard.includes('entropy')) validation.push(`entropy of the random part ≥ ${catalogued.minEntropy} bits per character; no placeholder words or runs`)
  } else validation.push('validated by its rule in src/domain/scan/rules/ (issuer ranges, numbering plans, dates, placeholders)')
  if (detectors.some((r) => r.checksum === true)) validation.push('checksum: a value in the exact format that fails it is reported with confidence low, and why')
  const out: RuleExplanation = {
    id,
    category: first.category,
    finds: [...new Set(detectors.map((r) => r.description))],
    keywords: [...new Set(detectors.flatMap((r) => r.keywords))],
    patterns: detectors.map((r) => r.pattern.source),
    validation,
    verify: verifier === undefined ? null : {env: verifier.env, base: verifier.base, request: requestLine(id)},
    references: [],
  }
  if (catalogued !== undefined) {
    out.reach = catalogued.reach
    const value = catalogued.sample(exampleRandom())
    // Context rules put the value after their name; bare ones as it is (high-entropy-token in a sentence).
    out.example = catalogued.sampleInContext(value)
  }
  if (provider !== undefined) {
    out.revoke = `${provider.title}: ${provider.revoke}`
    const page = revokeUri(provider.revoke)
    if (page !== undefined) out.references.push(page)
    out.references.push(providerSource(provider))
  }
  out.references.push('docs/scanning.md')
  return out
}

/** The live check's request line (`GET /v1/models`), read from its spec with a stand-in token. */
function requestLine(id: string): string {
  const spec = verifierFor(id)
  if (spec === undefined) return ''
  const request = spec.request('…')
  return `${request.method} ${request.path.split('?')[0] ?? ''}`
}

export interface TextHit {
  rule: string
  category: Category
  /** 1-based column and length in the text; never the value. */
  column: number
  length: number
  masked: string
  confidence?: 'low'
  reason?: string
}

export interface NearMiss {
  rule: string
  column: number
  length: number
  /** Why it was not reported. */
  why: string
}

export interface TextExplanation {
  /** What `pl scan` reports on this text. */
  fired: TextHit[]
  /** Candidates a rule's pattern matched that were not reported, and why. */
  nearlyFired: NearMiss[]
}

/** Runs every rule over `text` on its own, and says what the scanner keeps and what it drops. */
export function explainText(raw: string, rules: readonly Rule[] = defaultRules): TextExplanation {
  // What the scanner sees: JSON string escapes (`\n`, `\"`) read as characters of the same length.
  const text = escapeView(raw)
  const detector = new Detector(rules)
  const kept = detector.detect(text)
  const fired: TextHit[] = kept.map((hit) => ({
    rule: hit.rule.id,
    category: hit.rule.category,
    column: hit.start + 1,
    length: hit.end - hit.start,
    masked: hit.masked,
    ...(hit.confidence === undefined ? {} : {confidence: hit.confidence}),
    ...(hit.reason === undefined ? {} : {reason: hit.reason}),
  }))
  const nearlyFired: NearMiss[] = []
  const seen = new Set<string>()
  for (const rule of rules) {
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags)
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match[0].length === 0) pattern.lastIndex++
      const at = match.index
      const hit = rule.validate(match, text)
      const key = `${rule.id}@${hit?.start ?? at}`
      if (seen.has(key)) continue
      seen.add(key)
      if (hit === null) {
        nearlyFired.push({rule: rule.id, column: at + 1, length: match[0].length, why: rule.whyNot?.(match, text) ?? whyNot(rule, match[0], text, at)})
        continue
      }
      if (kept.some((k) => k.rule.id === rule.id && k.start === hit.start)) continue
      const winner = kept.find((k) => k.start < hit.end && hit.start < k.end)
      const why =
        winner === undefined
          ? 'matched, but a line or window boundary cut it in the scanner'
          : `overlaps a ${winner.rule.id} finding, which wins (${winner.confidence === 'low' ? 'low confidence loses to any other' : `priority ${winner.rule.priority} vs ${rule.priority}, then the earlier and longer`})`
      nearlyFired.push({rule: rule.id, column: hit.start + 1, length: hit.end - hit.start, why})
    }
  }
  nearlyFired.sort((a, b) => a.column - b.column || a.rule.localeCompare(b.rule))
  return {fired, nearlyFired}
}

/** The most specific reason a validator's rejection can be given without reading its code. */
function whyNot(rule: Rule, value: string, text: string, at: number): string {
  if (rule.keywords.length > 0) {
    const lowered = rule.caseInsensitive === true ? text.toLowerCase() : text
    const lineStart = text.lastIndexOf('\n', at) + 1
    const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at)
    if (!rule.keywords.some((k) => lowered.slice(lineStart, lineEnd).includes(k))) return `none of its keywords (${rule.keywords.join(', ')}) on the line: the rule does not run there`
  }
  if (rule.category === 'secret' && isPlaceholder(value)) return 'a placeholder (a stand-in word, a run of one character, few distinct characters)'
  if ('reach' in rule) {
    const catalogued = rule as ProviderRule
    const bits = entropy(value)
    if (catalogued.minEntropy > 0 && bits < catalogued.minEntropy) return `entropy ${bits.toFixed(1)} < ${catalogued.minEntropy}`
    return `rejected by its guard: ${catalogued.guard}`
  }
  if (rule.checksum === true) return 'the format matched but the value was rejected (checksum, length or placeholder)'
  if (rule.category === 'pii') return 'the shape matched but its check failed (checksum, date, issuer range, numbering plan or the characters around it)'
  return 'the pattern matched but the validator rejected it (placeholder, entropy, or the text around it)'
}
