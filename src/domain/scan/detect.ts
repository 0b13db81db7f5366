import {KeywordAutomaton} from './keywords.js'
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
 * Runs rules over text. A rule with keywords runs only over the lines where one of them occurs
 * (found in one Aho-Corasick pass over the text), so its regex never sees the rest; its validator
 * still gets the whole text for context (an AWS secret near an id, the END line of a PEM key).
 * Rules without keywords run over the whole text. Where rules overlap, the higher-priority hit
 * wins (a GitHub token is not also reported as a generic secret).
 */
export class Detector {
  readonly rules: readonly Rule[]
  private readonly keyed: CompiledRule[]
  private readonly unkeyed: CompiledRule[]
  private readonly automaton: KeywordAutomaton
  /** For each keyword of the automaton, the indexes in `keyed` of the rules it triggers. */
  private readonly triggers: number[][]

  constructor(rules: readonly Rule[], shared?: Detector) {
    this.rules = rules
    // Each detector owns its RegExp objects: their lastIndex is per-instance state.
    const compile = (rule: Rule): CompiledRule => ({rule, pattern: new RegExp(rule.pattern.source, rule.pattern.flags)})
    this.keyed = rules.filter((r) => r.keywords.length > 0).map(compile)
    this.unkeyed = rules.filter((r) => r.keywords.length === 0).map(compile)
    if (shared !== undefined && shared.rules === rules) {
      // The automaton and trigger lists are read-only: detectors of the same rules share them.
      this.automaton = shared.automaton
      this.triggers = shared.triggers
      return
    }
    const ids = new Map<string, number>()
    const words: string[] = []
    const sensitive: boolean[] = []
    this.triggers = []
    this.keyed.forEach(({rule}, index) => {
      for (const keyword of rule.keywords) {
        const key = `${rule.caseInsensitive === true ? 'i' : 's'}:${keyword}`
        let id = ids.get(key)
        if (id === undefined) {
          id = words.length
          ids.set(key, id)
          words.push(keyword)
          sensitive.push(rule.caseInsensitive !== true)
          this.triggers.push([])
        }
        const list = this.triggers[id]
        if (list !== undefined && !list.includes(index)) list.push(index)
      }
    })
    this.automaton = new KeywordAutomaton(words, sensitive)
  }

  /** A detector of the same rules with its own regex state, sharing the keyword automaton. */
  fork(): Detector {
    return new Detector(this.rules, this)
  }

  /** All distinct prefilter keywords (lower case for case-insensitive rules). */
  get keywords(): readonly string[] {
    return [...new Set(this.automaton.keywords)]
  }

  detect(text: string): RuleHit[] {
    // Per keyed rule, the windows (whole lines, merged when adjacent) where its keywords occur.
    const windows: number[][] = this.keyed.map(() => [])
    let lineStart = 0
    let lineEnd = -1
    this.automaton.scan(text, (keyword, at) => {
      if (at >= lineEnd) {
        lineStart = text.lastIndexOf('\n', at) + 1
        lineEnd = text.indexOf('\n', at)
        if (lineEnd < 0) lineEnd = text.length
      }
      for (const index of this.triggers[keyword] ?? []) {
        const list = windows[index]
        if (list === undefined) continue
        const last = list.length - 1
        if (last >= 0 && (list[last] ?? 0) >= lineStart - 1) {
          if ((list[last] ?? 0) < lineEnd) list[last] = lineEnd
        } else list.push(lineStart, lineEnd)
      }
    })
    const hits: RuleHit[] = []
    this.keyed.forEach((compiled, index) => {
      const list = windows[index] ?? []
      for (let i = 0; i < list.length; i += 2) {
        const from = list[i] ?? 0
        const to = list[i + 1] ?? 0
        // A window ends at a line break or the text's end, so boundaries and lookarounds read alike.
        runRule(compiled, from === 0 && to === text.length ? text : text.slice(from, to), from, text, hits)
      }
    })
    for (const compiled of this.unkeyed) runRule(compiled, text, 0, text, hits)
    return resolveOverlaps(hits)
  }
}

function runRule({rule, pattern}: CompiledRule, view: string, offset: number, text: string, hits: RuleHit[]): void {
  pattern.lastIndex = 0
  for (let match = pattern.exec(view); match !== null; match = pattern.exec(view)) {
    const local = match.index
    match.index = local + offset
    const hit = rule.validate(match, text)
    if (hit !== null) {
      hits.push({...hit, rule})
      if (hit.end - offset > pattern.lastIndex) pattern.lastIndex = hit.end - offset
    }
    if (match[0].length === 0) pattern.lastIndex++
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
