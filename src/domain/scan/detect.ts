import {KeywordAutomaton} from './keywords.js'
import {MARKER_HEAD, markerEndAt} from './marker.js'
import type {Hit, Rule} from './types.js'
import type {WordList} from './words.js'

/** Known-prompt words to read in the keyword pass: the vocabulary to keep, and the list to keep them in (ADR 0031). */
export interface PromptWords {
  vocabulary: Uint32Array
  /** Words in a shingle: shorter runs of vocabulary words are not kept. */
  minRun: number
  list: WordList
}

/** A validated hit and the rule that made it. Offsets are in the text given to `detect`. */
export interface RuleHit extends Hit {
  rule: Rule
}

function isHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102)
}

/**
 * The text the detectors see: JSON string escapes (`\n`, `\"`, `\u00e9`…) replaced by characters
 * of the same length, so that `...\nghp_…` has a word boundary before the token, a PEM body with
 * escaped newlines reads as whitespace, and an escaped quote still delimits a value — while every
 * offset stays an offset in the original line. The escapes (`\\(?:u[0-9a-fA-F]{4}|["\\/bfnrt])`,
 * left to right) are found with indexOf: a regex replace with a function costs a call and a match
 * object per escape, and runs over whole blocks.
 */
export function escapeView(text: string): string {
  return escapeViewOfLines([text])
}

/**
 * The escape view of `pieces` joined by line breaks, in one join: the pieces and the text between
 * escapes are slices, copied once (no escape spans a line break, so the view of each piece joined
 * is the view of the whole). A single piece without a backslash is returned as it is.
 */
export function escapeViewOfLines(pieces: readonly string[]): string {
  // Parts joined once: a string built by += is a rope, which every later character read pays for.
  const parts: string[] = []
  for (let p = 0; p < pieces.length; p++) {
    const text = pieces[p] ?? ''
    if (p > 0) parts.push('\n')
    let at = text.indexOf('\\')
    let done = 0
    while (at >= 0) {
      const code = text.charCodeAt(at + 1)
      let replacement: string | undefined
      // `\"` and `\/` keep their character (a quote still ends a value); the others read as spaces.
      if (code === 34) replacement = '""'
      else if (code === 47) replacement = ' /'
      else if (code === 92 || code === 98 || code === 102 || code === 110 || code === 114 || code === 116) replacement = '  '
      else if (code === 117 && isHex(text.charCodeAt(at + 2)) && isHex(text.charCodeAt(at + 3)) && isHex(text.charCodeAt(at + 4)) && isHex(text.charCodeAt(at + 5))) replacement = '      '
      if (replacement === undefined) {
        at = text.indexOf('\\', at + 1)
        continue
      }
      parts.push(text.slice(done, at), replacement)
      done = at + replacement.length
      at = text.indexOf('\\', done)
    }
    parts.push(done === 0 ? text : text.slice(done))
  }
  return parts.length === 1 ? (parts[0] ?? '') : parts.join('')
}

/**
 * Longer than any credential: a run of base64 characters this long is encoded data (an image, a
 * file), and a provider's name spelled by chance inside it is not a name a person wrote
 * (Rule.proseKeywords). Such a run has no word boundary a person put there: its `+` and `/` are
 * as random as its letters.
 */
export const BASE64_RUN = 512

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isBase64(code: number): boolean {
  return isAlnum(code) || code === 43 || code === 47
}

/** A base64 character at `i`, or the space of an escaped slash (`\/` reads ` /` in the escape view). */
function base64At(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  return isBase64(code) || (code === 32 && text.charCodeAt(i + 1) === 47)
}

/** The base64 run last measured in one detect call: [from, to), and whether a keyword in it is encoded data. */
interface Base64Run {
  from: number
  to: number
  data: boolean
  long: boolean
}

/**
 * Whether the keyword at `text[start, end)` is a chance spelling inside encoded data: inside a
 * `data:…;base64,` payload, or inside a base64 run longer than BASE64_RUN. Measured only at
 * keyword hits, each run once (`run` keeps the last one).
 */
function inEncodedData(text: string, start: number, end: number, run: Base64Run): boolean {
  if (start < run.from || end > run.to) {
    for (let i = start; i < end; i++) if (!isBase64(text.charCodeAt(i))) return false
    let from = start
    while (from > 0 && base64At(text, from - 1)) from--
    let to = end
    while (to < text.length && base64At(text, to)) to++
    run.from = from
    run.to = to
    run.data = text.startsWith(';base64,', from - 8)
    run.long = to - from > BASE64_RUN
  }
  return run.data || run.long
}

/** Whether [start, end) lies inside one of `markers` (pairs of [from, to), ascending). */
function inMarkers(markers: readonly number[], start: number, end: number): boolean {
  let lo = 0
  let hi = markers.length / 2
  // The last marker starting at or before `start`.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((markers[mid * 2] ?? 0) <= start) lo = mid + 1
    else hi = mid
  }
  return lo > 0 && end <= (markers[lo * 2 - 1] ?? 0)
}

interface CompiledRule {
  rule: Rule
  pattern: RegExp
  /** For a rule that starts at its keywords or is searched in a group: its pattern, sticky (tried at one offset only). */
  sticky: RegExp | undefined
}

/**
 * Rules without keywords searched together (Rule.searchGroup): `search` is the alternation of
 * their patterns, so it matches at exactly the offsets where one of them does; searched from each
 * such offset plus one, it finds all of them, and each rule is tried (sticky) only there.
 */
interface SearchGroup {
  search: RegExp
  /** Indexes in `unkeyed` of the group's rules. */
  members: number[]
}

export interface DetectorOptions {
  /** Search grouped rules together (the default); false searches each on its own, the reference the groups are tested against. */
  searchGroups?: boolean
}

/**
 * One regex matching where any of `patterns` matches (same flags): their sources as alternatives,
 * numbered back-references shifted past the groups of the alternatives before them. Undefined when
 * the flags differ or the sources cannot be combined (named groups repeated).
 */
export function alternation(patterns: readonly RegExp[]): RegExp | undefined {
  const flags = patterns[0]?.flags ?? 'g'
  if (patterns.some((p) => p.flags !== flags)) return undefined
  let groups = 0
  const sources: string[] = []
  for (const pattern of patterns) {
    if (/\\k<|\(\?</.test(pattern.source.replace(/\(\?<[=!]/g, ''))) return undefined
    const shift = groups
    sources.push(`(?:${pattern.source.replace(/\\(\\|[1-9]\d*)/g, (all: string, ref: string) => (ref === '\\' ? all : `\\${Number(ref) + shift}`))})`)
    groups += (new RegExp(`${pattern.source}|`).exec('')?.length ?? 1) - 1
  }
  try {
    return new RegExp(sources.join('|'), flags)
  } catch {
    return undefined
  }
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
  private readonly groups: SearchGroup[] = []
  private readonly automaton: KeywordAutomaton
  /** The index in `unkeyed` of the rule whose runs the keyword pass records (Rule.runs), or -1. */
  private readonly runRule: number
  /** For each keyword of the automaton, the indexes in `keyed` of the rules it triggers. */
  private readonly triggers: number[][]
  /** The automaton's id of MARKER_HEAD: where pl's own redaction markers start (marker.ts). */
  private readonly markerKeyword: number
  /** Per keyword id: 1 when a rule it triggers has proseKeywords; per keyed rule: 1 when it has. */
  private readonly proseKeyword: Uint8Array
  private readonly proseRule: Uint8Array
  /** detect()'s lists per keyed rule, reused from call to call, and the call that last emptied each. */
  private readonly windows: number[][]
  private readonly starts: number[][]
  private readonly stamp: Int32Array
  private calls = 0
  private busy = false

  constructor(rules: readonly Rule[], options: DetectorOptions = {}) {
    this.rules = rules
    // The detector owns its RegExp objects (their lastIndex is state, never the rules' own). One
    // detector serves every session of a thread: detect() runs to its end without yielding and
    // sets each lastIndex before it searches.
    const compile = (rule: Rule): CompiledRule => ({
      rule,
      pattern: new RegExp(rule.pattern.source, rule.pattern.flags),
      sticky: rule.startsAtKeyword === true && rule.keywords.length > 0 ? new RegExp(rule.pattern.source, `${rule.pattern.flags}y`) : undefined,
    })
    this.keyed = rules.filter((r) => r.keywords.length > 0).map(compile)
    this.unkeyed = rules.filter((r) => r.keywords.length === 0).map(compile)
    if (options.searchGroups !== false) {
      const byName = new Map<string, number[]>()
      this.unkeyed.forEach(({rule}, index) => {
        if (rule.searchGroup !== undefined) byName.set(rule.searchGroup, [...(byName.get(rule.searchGroup) ?? []), index])
      })
      for (const members of byName.values()) {
        const search = members.length < 2 ? undefined : alternation(members.map((index) => this.unkeyed[index]?.pattern ?? /$^/g))
        if (search === undefined) continue
        this.groups.push({search, members})
        for (const index of members) {
          const compiled = this.unkeyed[index]
          if (compiled !== undefined) compiled.sticky = new RegExp(compiled.rule.pattern.source, `${compiled.rule.pattern.flags}y`)
        }
      }
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
    this.markerKeyword = words.length
    words.push(MARKER_HEAD)
    sensitive.push(true)
    this.triggers.push([])
    this.proseRule = Uint8Array.from(this.keyed, ({rule}) => (rule.proseKeywords === true ? 1 : 0))
    this.proseKeyword = Uint8Array.from(this.triggers, (list) => (list.some((index) => this.proseRule[index] === 1) ? 1 : 0))
    this.runRule = this.unkeyed.findIndex(({rule}) => rule.runs !== undefined)
    this.automaton = new KeywordAutomaton(words, sensitive, this.unkeyed[this.runRule]?.rule.runs)
    this.windows = this.keyed.map(() => [])
    this.starts = this.keyed.map(() => [])
    this.stamp = new Int32Array(this.keyed.length)
  }

  /** All distinct prefilter keywords (lower case for case-insensitive rules). */
  get keywords(): readonly string[] {
    return [...new Set(this.automaton.keywords.filter((_, id) => id !== this.markerKeyword))]
  }

  /**
   * The rules' hits in `text`; with `words`, also fills `words.list` with the known-prompt words of
   * `text` in the same pass. `lineStarts`, when the caller has them, are where the text's lines
   * start (ascending, the first 0): the lines keywords occur on are read from them instead of
   * searched for line breaks either side of each.
   */
  detect(text: string, words?: PromptWords, lineStarts?: readonly number[]): RuleHit[] {
    // The scratch lists below are the detector's own: a validator that ran detection again would
    // overwrite them under the outer call. No rule does; this keeps one from doing it silently (a
    // plain Error, which pl reports as its own bug: the scanner imports nothing outside its folder,
    // as the replay sandbox, which reads only that, requires).
    if (this.busy) throw new Error('Detector.detect ran inside itself (a rule detecting from its validator): its scratch lists would be overwritten.')
    this.busy = true
    try {
      return this.detectOnce(text, words, lineStarts)
    } finally {
      this.busy = false
    }
  }

  private detectOnce(text: string, words: PromptWords | undefined, lineStarts: readonly number[] | undefined): RuleHit[] {
    // Per keyed rule whose keywords occur (`touched`, the others cost nothing however many there
    // are), the windows (whole lines, merged when adjacent) where they occur, and for a rule that
    // starts at its keywords, where they start. The lists are the detector's own, emptied when a
    // rule is first touched in this call (detect runs to its end without yielding).
    const windows = this.windows
    const starts = this.starts
    const stamp = this.stamp
    const call = ++this.calls
    const touched: number[] = []
    let lineStart = 0
    let lineEnd = -1
    // The line of the keyword being read, in lineStarts: keywords come in order of their ends, and none holds a line break.
    let line = 0
    const lines = lineStarts?.length ?? 0
    const automaton = this.automaton
    const found = words === undefined ? automaton.find(text) : automaton.findWithWords(text, words.vocabulary, words.minRun, words.list)
    const keywords = automaton.foundKeywords
    const keywordStarts = automaton.foundStarts
    // pl's own redaction markers ([from, to) pairs, ascending): no keyword inside one opens a rule,
    // and no hit inside one is reported, so a redacted copy scans clean.
    let markers: number[] | undefined
    for (let k = 0; k < found; k++) {
      if (keywords[k] !== this.markerKeyword) continue
      const at = keywordStarts[k] as number
      const end = markerEndAt(text, at)
      if (end >= 0) (markers ??= []).push(at, end)
    }
    const run: Base64Run = {from: 0, to: 0, data: false, long: false}
    for (let k = 0; k < found; k++) {
      const at = keywordStarts[k] as number
      const id = keywords[k] as number
      if (markers !== undefined && inMarkers(markers, at, at + 1)) continue
      const encoded = this.proseKeyword[id] === 1 && inEncodedData(text, at, at + (automaton.keywords[id]?.length ?? 0), run)
      if (at >= lineEnd) {
        if (lineStarts === undefined) {
          lineStart = text.lastIndexOf('\n', at) + 1
          lineEnd = text.indexOf('\n', at)
          if (lineEnd < 0) lineEnd = text.length
        } else {
          while (line + 1 < lines && (lineStarts[line + 1] as number) <= at) line++
          lineStart = lineStarts[line] as number
          lineEnd = line + 1 < lines ? (lineStarts[line + 1] as number) - 1 : text.length
        }
      }
      const triggered = this.triggers[id] ?? []
      for (let t = 0; t < triggered.length; t++) {
        const index = triggered[t] as number
        if (encoded && this.proseRule[index] === 1) continue
        const list = windows[index]
        if (list === undefined) continue
        if (stamp[index] !== call) {
          stamp[index] = call
          touched.push(index)
          list.length = 0
          const first = starts[index]
          if (first !== undefined) first.length = 0
        }
        const last = list.length - 1
        if (last >= 0 && (list[last] ?? 0) >= lineStart - 1) {
          if ((list[last] ?? 0) < lineEnd) list[last] = lineEnd
        } else list.push(lineStart, lineEnd)
        if (this.keyed[index]?.sticky !== undefined) starts[index]?.push(at)
      }
    }
    const hits: RuleHit[] = []
    // In the rules' order, as every rule would run (of equal hits the first rule's is kept).
    touched.sort((a, b) => a - b)
    for (const index of touched) {
      const compiled = this.keyed[index]
      if (compiled === undefined) continue
      const list = windows[index] ?? []
      // Keywords are reported by where they end: one inside a longer one can start earlier.
      const offsets = sortedUnique(starts[index] ?? [])
      let next = 0
      for (let i = 0; i < list.length; i += 2) {
        const from = list[i] ?? 0
        const to = list[i + 1] ?? 0
        // A window ends at a line break or the text's end, so boundaries and lookarounds read alike.
        const view = from === 0 && to === text.length ? text : text.slice(from, to)
        if (compiled.sticky === undefined) {
          runRule(compiled, view, from, text, hits)
          continue
        }
        const first = next
        while (next < offsets.length && (offsets[next] ?? 0) < to) next++
        runRuleAt(compiled, compiled.sticky, offsets, first, next, view, from, text, hits)
      }
    }
    // Rules without keywords run in their list's order (of equal hits the first rule's is kept);
    // a grouped rule at the offsets its group's one search found.
    const groupStarts = new Map<number, number[]>()
    for (const {search, members} of this.groups) {
      const offsets: number[] = []
      search.lastIndex = 0
      for (let match = search.exec(text); match !== null; match = search.exec(text)) {
        offsets.push(match.index)
        search.lastIndex = match.index + 1
      }
      for (const index of members) groupStarts.set(index, offsets)
    }
    this.unkeyed.forEach((compiled, index) => {
      if (index === this.runRule && this.automaton.runCount >= 0) {
        this.judgeRuns(compiled.rule, text, hits)
        return
      }
      if (compiled.rule.scan !== undefined) {
        for (const hit of compiled.rule.scan(text)) hits.push({...hit, rule: compiled.rule})
        return
      }
      const offsets = groupStarts.get(index)
      if (offsets === undefined || compiled.sticky === undefined) runRule(compiled, text, 0, text, hits)
      else runRuleAt(compiled, compiled.sticky, offsets, 0, offsets.length, text, 0, text, hits)
    })
    return resolveOverlaps(markers === undefined ? hits : hits.filter((hit) => !inMarkers(markers, hit.start, hit.end)))
  }

  /** The hits of the rule whose candidate runs the keyword pass over `text` recorded (Rule.runs; with known prompts only, see KeywordAutomaton.foundRuns). */
  private judgeRuns(rule: Rule, text: string, hits: RuleHit[]): void {
    const judge = rule.runs?.judge
    if (judge === undefined) return
    const runs = this.automaton.foundRuns
    const count = this.automaton.runCount * 2
    for (let r = 0; r < count; r += 2) {
      const hit = judge(text, runs[r] as number, runs[r + 1] as number)
      if (hit !== null) hits.push({...hit, rule})
    }
  }
}

/**
 * The same matches as `runRule` for a rule that starts at its keywords: a search from any offset
 * finds the first of `starts[startsFrom, startsTo)` (ascending, in the view's text) at or after
 * it where the pattern matches, so the sticky pattern is tried there only.
 */
function runRuleAt(
  {rule}: CompiledRule,
  pattern: RegExp,
  starts: readonly number[],
  startsFrom: number,
  startsTo: number,
  view: string,
  offset: number,
  text: string,
  hits: RuleHit[],
): void {
  let lastIndex = 0
  for (let s = startsFrom; s < startsTo; s++) {
    const start = starts[s] as number
    const local = start - offset
    if (local < lastIndex) continue
    pattern.lastIndex = local
    const match = pattern.exec(view)
    if (match === null) continue
    lastIndex = pattern.lastIndex
    match.index = local + offset
    const hit = rule.validate(match, text)
    if (hit !== null) {
      hits.push({...hit, rule: hit.as ?? rule})
      if (hit.end - offset > lastIndex) lastIndex = hit.end - offset
    }
    if (match[0].length === 0) lastIndex++
  }
}

/** Sorts ascending and drops repeats, in place; keyword starts are almost always in order already. */
function sortedUnique(values: number[]): number[] {
  let ordered = true
  for (let i = 1; i < values.length && ordered; i++) ordered = (values[i] ?? 0) > (values[i - 1] ?? 0)
  if (ordered) return values
  values.sort((a, b) => a - b)
  let kept = 0
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[kept - 1]) values[kept++] = values[i] ?? 0
  values.length = kept
  return values
}

function runRule({rule, pattern}: CompiledRule, view: string, offset: number, text: string, hits: RuleHit[]): void {
  pattern.lastIndex = 0
  for (let match = pattern.exec(view); match !== null; match = pattern.exec(view)) {
    const local = match.index
    match.index = local + offset
    const hit = rule.validate(match, text)
    if (hit !== null) {
      hits.push({...hit, rule: hit.as ?? rule})
      if (hit.end - offset > pattern.lastIndex) pattern.lastIndex = hit.end - offset
    }
    if (match[0].length === 0) pattern.lastIndex++
  }
}

/**
 * Keeps, among overlapping hits, the one of highest priority (then the earliest, then the
 * longest); a low-confidence hit (a failed checksum) loses to any other, so it is only reported
 * where nothing else is.
 */
export function resolveOverlaps(hits: RuleHit[]): RuleHit[] {
  if (hits.length < 2) return hits
  hits.sort((a, b) => Number(a.confidence === 'low') - Number(b.confidence === 'low') || b.rule.priority - a.rule.priority || a.start - b.start || b.end - a.end)
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
