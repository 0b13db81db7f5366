import type {Hit, Rule} from './types.js'

/** A validated hit and the rule that made it. Offsets are in the text given to `detect`. */
export interface RuleHit extends Hit {
  rule: Rule
}

const ESCAPE = /\\(?:u[0-9a-fA-F]{4}|["\\/bfnrt])/g

/**
 * The text the detectors see: JSON string escapes (`\n`, `\"`, `\u00e9`…) replaced by characters
 * of the same length, so that `...\nghp_…` has a word boundary before the token, a PEM body with
 * escaped newlines reads as whitespace, and an escaped quote still delimits a value — while every
 * offset stays an offset in the original line.
 */
export function escapeView(text: string): string {
  if (!text.includes('\\')) return text
  return text.replace(ESCAPE, (escape) => (escape === '\\"' ? '""' : escape === '\\/' ? ' /' : ' '.repeat(escape.length)))
}

interface CompiledRule {
  rule: Rule
  pattern: RegExp
}

/**
 * Runs rules over text. A rule's regex runs only when one of its keywords occurs in the text, so
 * text without any keyword costs one `includes` per distinct keyword; where rules overlap, the
 * higher-priority hit wins (a GitHub token is not also reported as a generic secret).
 */
export class Detector {
  readonly rules: readonly Rule[]
  private readonly compiled: CompiledRule[]
  private readonly sensitive: string[]
  private readonly insensitive: string[]

  constructor(rules: readonly Rule[]) {
    this.rules = rules
    // Each detector owns its RegExp objects: their lastIndex is per-instance state.
    this.compiled = rules.map((rule) => ({rule, pattern: new RegExp(rule.pattern.source, rule.pattern.flags)}))
    this.sensitive = [...new Set(rules.filter((r) => r.caseInsensitive !== true).flatMap((r) => r.keywords))]
    this.insensitive = [...new Set(rules.filter((r) => r.caseInsensitive === true).flatMap((r) => r.keywords))]
  }

  /** All distinct prefilter keywords (lower case for case-insensitive rules). */
  get keywords(): readonly string[] {
    return [...this.sensitive, ...this.insensitive]
  }

  detect(text: string): RuleHit[] {
    const present = new Set<string>()
    for (const keyword of this.sensitive) if (text.includes(keyword)) present.add(keyword)
    if (this.insensitive.length > 0) {
      const lower = text.toLowerCase()
      for (const keyword of this.insensitive) if (lower.includes(keyword)) present.add(keyword)
    }
    const hits: RuleHit[] = []
    for (const {rule, pattern} of this.compiled) {
      if (rule.keywords.length > 0 && !rule.keywords.some((k) => present.has(k))) continue
      pattern.lastIndex = 0
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        const hit = rule.validate(match, text)
        if (hit !== null) {
          hits.push({...hit, rule})
          if (hit.end > pattern.lastIndex) pattern.lastIndex = hit.end
        }
        if (match[0].length === 0) pattern.lastIndex++
      }
    }
    return resolveOverlaps(hits)
  }
}

/** Keeps, among overlapping hits, the one of highest priority (then the earliest, then the longest). */
export function resolveOverlaps(hits: RuleHit[]): RuleHit[] {
  if (hits.length < 2) return hits
  hits.sort((a, b) => b.rule.priority - a.rule.priority || a.start - b.start || b.end - a.end)
  const kept: RuleHit[] = []
  for (const hit of hits) {
    // kept is sorted by start; find the first kept hit that ends after this one starts.
    let lo = 0
    let hi = kept.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((kept[mid]?.start ?? 0) < hit.end) lo = mid + 1
      else hi = mid
    }
    const before = kept[lo - 1]
    if (before !== undefined && before.end > hit.start) continue
    kept.splice(lo, 0, hit)
  }
  return kept
}
