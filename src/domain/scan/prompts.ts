/**
 * Known-prompt detection: finds copies of registered prompts in scanned text even when partial,
 * re-wrapped, re-cased, with collapsed whitespace or quoted inside other text.
 *
 * Text is normalised to lower-case words (letters and digits; punctuation, whitespace and JSON
 * escapes are separators), words are grouped into overlapping k-word shingles, and each prompt is
 * indexed by a winnowed subset of its shingle hashes (Schleimer, Wilkerson & Aiken, 2003): in
 * every window of `w` consecutive shingles the minimum is kept, so any copied run of at least
 * w + k - 1 words shares a fingerprint with the prompt. Scanned text is checked shingle by shingle
 * against that index; hits for one prompt that are close together form a region, and a region is
 * reported when it covers enough of the prompt's fingerprints.
 */
import type {KnownPrompt} from './types.js'
import {VOCABULARY_MASK, VOCABULARY_WORDS, WordList, forEachWord, vocabularyWords} from './words.js'

export interface PromptIndexOptions {
  /** Words per shingle. */
  k?: number
  /** Winnowing window, in shingles. */
  window?: number
  /** Prompts with at most this many shingles are indexed in full, not winnowed. */
  fullUpTo?: number
  /** Fraction of a prompt's fingerprints a region must contain. */
  minCoverage?: number
  /** A region never needs more than this many fingerprints (long prompts, short excerpts). */
  enoughFingerprints?: number
  /** Nor fewer than this many. */
  minFingerprints?: number
  /** A shingle shared by this many registered prompts is boilerplate and not indexed. */
  commonIn?: number
  /** Words between two hits after which a region is closed. */
  gap?: number
}

const DEFAULTS: Required<PromptIndexOptions> = {
  k: 4,
  window: 4,
  fullUpTo: 100,
  minCoverage: 0.2,
  enoughFingerprints: 24,
  minFingerprints: 3,
  commonIn: 3,
  gap: 60,
}

function shingleHash(words: ArrayLike<number>, from: number, k: number, size: number): number {
  let h = 0x9e3779b9
  let at = from % size
  for (let j = 0; j < k; j++) {
    h = Math.imul(h ^ (words[at] ?? 0), 0x85ebca6b) ^ (h >>> 13)
    if (++at === size) at = 0
  }
  return h >>> 0
}

/** The shingle hashes of a text, in order. */
export function shingles(text: string, k: number): number[] {
  const words: number[] = []
  forEachWord(text, (hash) => words.push(hash))
  const out: number[] = []
  for (let i = 0; i + k <= words.length; i++) out.push(shingleHash(words, i, k, words.length))
  return out
}

/** Winnowing: the minimum of every window of `w` hashes (the rightmost on ties), each position once. */
export function winnow(hashes: readonly number[], w: number): number[] {
  if (hashes.length <= w) return hashes.length === 0 ? [] : [Math.min(...hashes)]
  const picked: number[] = []
  let last = -1
  for (let start = 0; start + w <= hashes.length; start++) {
    let min = start
    for (let i = start + 1; i < start + w; i++) if ((hashes[i] ?? 0) <= (hashes[min] ?? 0)) min = i
    if (min !== last) {
      picked.push(hashes[min] ?? 0)
      last = min
    }
  }
  return picked
}

/**
 * A registered prompt whose copies can never be reported: it has fewer distinct fingerprints of
 * its own than a copy must contain. `too-short`: fewer words than the fingerprints need;
 * `not-distinctive`: enough words, but they repeat themselves or are shared with other prompts;
 * `duplicate`: the same text (case and spacing aside) as a prompt before it, under whose name its
 * copies are reported.
 */
export interface UnmatchablePrompt {
  name: string
  reason: 'too-short' | 'not-distinctive' | 'duplicate'
  /** Words of the prompt (runs of letters and digits). */
  words: number
  /** The fewest words a prompt needs to be fingerprinted (k + minFingerprints - 1). */
  minWords: number
  /** Its distinct fingerprints, and how many a copy must contain. */
  fingerprints: number
  needed: number
  /** Why, in a sentence that names the prompt (never quotes it). */
  message: string
}

function countWords(text: string): number {
  let n = 0
  forEachWord(text, () => n++)
  return n
}

export class PromptIndex {
  readonly options: Required<PromptIndexOptions>
  readonly names: readonly string[]
  /** Distinct indexed fingerprints per prompt. */
  readonly totals: readonly number[]
  /** Prompts that can never be matched (too short, or not distinctive), to be reported when they are loaded. */
  readonly unmatchable: readonly UnmatchablePrompt[]
  /**
   * The indexed fingerprints: an open-addressing table (linear probing, at most half full) of
   * pairs of entries, a hash and the number of its list of prompts (`lists`), -1 for an empty slot.
   * A probe reads one cache line: most scanned shingles are rejected by it, at an empty slot. (A
   * Map keyed by numbers hashed each unsigned 32-bit key, a heap number above 2^31, on every probe;
   * a bit filter in front of it cost a second cache miss per shingle.)
   */
  private readonly table: Int32Array
  /** The prompts of each indexed fingerprint (by list number, see `lookup`). */
  readonly lists: number[][] = []
  /**
   * A number for each (fingerprint, prompt) pair: `pairBase[list] + i` for the i-th prompt of list
   * `list`, below `pairs`. A copy's fingerprints are kept as marks on these (PromptStream).
   */
  readonly pairBase: Int32Array
  readonly pairs: number
  private readonly mask: number
  /** 32 − log2 of the table's size: a slot is the top bits of the hash times a Fibonacci constant. */
  private readonly shift: number
  /** Shingles that occur more than once in one prompt: seeing one again does not mean a new copy began. */
  private readonly repeated = new Set<number>()
  /**
   * One bit per low 18 bits of the hash of every word of every registered prompt (32 KB). A
   * shingle can only be indexed when its k words all are prompt words: the stream computes no
   * shingle, and keeps no position, for a run broken by a word outside it (most words of a log:
   * ids, digests, timestamps, field names).
   */
  readonly vocabulary = new Uint32Array(VOCABULARY_WORDS)

  constructor(prompts: readonly KnownPrompt[], options: PromptIndexOptions = {}) {
    this.options = {...DEFAULTS, ...options}
    const {k, window, fullUpTo, commonIn} = this.options
    // A prompt with the same text (case and spacing aside) as one before it is indexed once, under
    // the first name: as a separate prompt its fingerprints would count as shared by several, and
    // three copies would make the text impossible to find.
    const firstWithText = new Map<string, number>()
    const duplicateOf = prompts.map((p, id) => {
      const text = p.text.toLowerCase().replace(/\s+/g, ' ').trim()
      const first = firstWithText.get(text)
      if (first === undefined) firstWithText.set(text, id)
      return first
    })
    for (const p of prompts) {
      forEachWord(p.text, (hash) => {
        const slot = (hash >>> 5) & VOCABULARY_MASK
        this.vocabulary[slot] = (this.vocabulary[slot] ?? 0) | (1 << (hash & 31))
      })
    }
    const perPrompt = prompts.map((p, id) => {
      if (duplicateOf[id] !== undefined) return new Set<number>()
      const all = shingles(p.text, k)
      const seen = new Set<number>()
      for (const h of all) {
        if (seen.has(h)) this.repeated.add(h)
        seen.add(h)
      }
      return new Set(all.length <= fullUpTo ? all : winnow(all, window))
    })
    const seenIn = new Map<number, number>()
    for (const set of perPrompt) for (const h of set) seenIn.set(h, (seenIn.get(h) ?? 0) + 1)
    // At most half full: a miss ends at an empty slot in a probe or two.
    let bits = 4
    while (1 << bits < seenIn.size * 2) bits++
    const size = 1 << bits
    this.shift = 32 - bits
    this.table = new Int32Array(size * 2)
    for (let slot = 1; slot < size * 2; slot += 2) this.table[slot] = -1
    this.mask = size - 1
    const totals: number[] = []
    perPrompt.forEach((set, id) => {
      let total = 0
      for (const h of set) {
        if ((seenIn.get(h) ?? 0) >= commonIn) continue
        total++
        const list = this.lookup(h)
        if (list < 0) this.insert(h, [id])
        else this.lists[list]?.push(id)
      }
      totals.push(total)
    })
    this.pairBase = new Int32Array(this.lists.length)
    let pairs = 0
    this.lists.forEach((ids, list) => {
      this.pairBase[list] = pairs
      pairs += ids.length
    })
    this.pairs = pairs
    this.names = prompts.map((p) => p.name)
    this.totals = totals
    this.unmatchable = prompts.flatMap((p, id) => {
      const needed = this.needed(id)
      const fingerprints = totals[id] ?? 0
      const first = duplicateOf[id]
      if (first === undefined) return fingerprints < needed ? [this.unmatchableOf(p, fingerprints, needed)] : []
      const same = prompts[first]?.name ?? ''
      const message = `prompt ${p.name} has the same text as prompt ${same}: its copies are reported as ${same}`
      return [{name: p.name, reason: 'duplicate' as const, words: countWords(p.text), minWords: k + this.options.minFingerprints - 1, fingerprints, needed, message}]
    })
  }

  private unmatchableOf(prompt: KnownPrompt, fingerprints: number, needed: number): UnmatchablePrompt {
    const {k, minFingerprints} = this.options
    const words = countWords(prompt.text)
    const minWords = k + minFingerprints - 1
    const reason = words < minWords ? 'too-short' : 'not-distinctive'
    const message =
      reason === 'too-short'
        ? `prompt ${prompt.name} has ${words} word${words === 1 ? '' : 's'}, fewer than the ${minWords} a prompt needs to be fingerprinted: copies of it can never be found`
        : `prompt ${prompt.name} has ${fingerprints} distinct fingerprint${fingerprints === 1 ? '' : 's'} of its own, fewer than the ${needed} a copy must contain (its words repeat or are shared with other prompts): copies of it can never be found`
    return {name: prompt.name, reason, words, minWords, fingerprints, needed, message}
  }

  get size(): number {
    return this.names.length
  }

  /** The list (in `lists`) of the prompts whose fingerprints include `hash` (unsigned), or -1. */
  lookup(hash: number): number {
    const table = this.table
    const key = hash | 0
    for (let slot = Math.imul(hash, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & this.mask) {
      const list = table[slot * 2 + 1] as number
      if (list < 0 || table[slot * 2] === key) return list
    }
  }

  private insert(hash: number, ids: number[]): void {
    let slot = Math.imul(hash, 0x9e3779b1) >>> this.shift
    while ((this.table[slot * 2 + 1] as number) >= 0) slot = (slot + 1) & this.mask
    this.table[slot * 2] = hash
    this.table[slot * 2 + 1] = this.lists.length
    this.lists.push(ids)
  }

  /** Whether a shingle occurs more than once in some registered prompt. */
  repeats(hash: number): boolean {
    return this.repeated.has(hash)
  }

  /** How many distinct fingerprints a region must contain to count as a copy of prompt `id`. */
  needed(id: number): number {
    const total = this.totals[id] ?? 0
    const {minCoverage, enoughFingerprints, minFingerprints} = this.options
    return Math.max(minFingerprints, Math.min(Math.ceil(total * minCoverage), enoughFingerprints))
  }
}


/** What a piece without copies returns: shared, never written to. */
const NO_HITS: readonly PromptHit[] = Object.freeze([])

export interface PromptHit {
  prompt: number
  name: string
  line: number
  start: number
  endLine: number
  end: number
  /** Characters from the first to the last matched word. */
  length: number
  coverage: number
  jsonPath?: string
}

/**
 * The JSON path of a column of a line (the one a piece belongs to), when the line is JSON. A copy never
 * spans two JSON values: shingles are kept to the value their first word is in.
 */
export type Locate = (column: number, line: number) => string | undefined

interface Region {
  startLine: number
  start: number
  startAbs: number
  endLine: number
  end: number
  endAbs: number
  lastWord: number
  /** Its mark on the (fingerprint, prompt) pairs it holds (PromptStream.marks), and how many it holds. */
  serial: number
  matched: number
  /** In a long line read in windows: the JSON value the copy sits in, located when it began. */
  path: string | undefined
  /** Otherwise: where its first word is, located once the copy is reported. */
  locate: Locate | undefined
  /** The raw text of the JSON line the copy is in (undefined outside JSON). */
  json: string | undefined
}

/**
 * How a piece is JSON: `undefined`, plain text; a string, the raw text of the JSON line (or the
 * line of a pretty-printed document) the piece is, whose unescaped quotes separate its values;
 * `windows`, a part of a long JSON line whose values `locate` tells, asked in increasing order only.
 */
export type JsonContext = string | 'windows' | undefined

/**
 * Whether `raw` has a quote that is not escaped in [from, to): a JSON string's end. A loop over
 * the range only (a shingle's few words): indexOf would run on to the end of the value.
 */
function quoteBetween(raw: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (raw.charCodeAt(i) !== 34) continue
    let backslashes = 0
    while (raw.charCodeAt(i - 1 - backslashes) === 92) backslashes++
    if (backslashes % 2 === 0) return true
  }
  return false
}

/** Whether a shingle starting at column `start` of `line` is in the JSON value of `region`. */
function sameValue(region: Region, path: string | undefined, json: JsonContext, line: number, start: number): boolean {
  if (json === 'windows') return region.path === path
  if (json === undefined || region.json === undefined) return json === region.json
  return region.json === json && region.endLine === line && !quoteBetween(json, region.end, start)
}

/**
 * Matches one input against a PromptIndex. Feed it the input in order, piece by piece (a piece
 * never splits a word); shingles run across line breaks so that a re-wrapped prompt still matches.
 */
export class PromptStream {
  private readonly k: number
  private readonly ring: Uint32Array
  /** Where each word of the ring is (line, column, input offset) and the JSON it is in. */
  private readonly posLine: Float64Array
  private readonly posStart: Float64Array
  private readonly posAbs: Float64Array
  private readonly posLocate: Array<Locate | undefined>
  private readonly posJson: JsonContext[]
  private words = 0
  /** The words of a piece given as text (feed), read again for each. */
  private readonly scratch = new WordList()
  /** Consecutive prompt words (see PromptIndex.vocabulary) up to the last word fed. */
  private run = 0
  /** Characters fed so far, counting each line break as one. */
  private abs = 0
  private readonly open = new Map<number, Region>()
  /** Regions that qualified, held back while an overlapping region of another prompt is open. */
  private ready: PromptHit[] = []
  /** In a long line located in increasing order only: the value of the last located shingle. */
  private lastPath: string | undefined
  private readyAbs: Array<[number, number]> = []
  /**
   * Per (fingerprint, prompt) pair, the serial number of the last region that holds it: a region
   * holds the pairs marked with its own (a set of its fingerprints without a Set per region).
   * Made at the first fingerprint found.
   */
  private marks: Int32Array | undefined
  private serials = 0

  constructor(private readonly index: PromptIndex) {
    this.k = index.options.k
    this.ring = new Uint32Array(this.k)
    this.posLine = new Float64Array(this.k)
    this.posStart = new Float64Array(this.k)
    this.posAbs = new Float64Array(this.k)
    this.posLocate = Array.from({length: this.k}, () => undefined)
    this.posJson = Array.from({length: this.k}, () => undefined)
  }

  /**
   * A piece of line `line` that starts at column offset `offset` of that line. In JSON (`json`),
   * a shingle whose words sit in different values is not counted, and a copy ends where the
   * value it is in ends; `locate` gives the JSON path of a copy, asked once it is reported (or,
   * in windows of a long line, when it begins).
   */
  feed(text: string, line: number, offset: number, locate?: Locate, json?: JsonContext, from = 0, to = text.length): readonly PromptHit[] {
    const words = this.scratch
    vocabularyWords(text, from, to, this.index.vocabulary, this.k, words)
    return this.feedWords(words, 0, words.count, 0, words.total, line, offset, locate, json, from, to)
  }

  /**
   * `feed` from words already read (ADR 0031): `list`'s vocabulary words [first, last) are those of
   * `text[from, to)` (offsets in that text), and the piece holds the words of ordinals
   * [wordsFrom, wordsTo) (see WordList), the others being outside the vocabulary.
   */
  feedWords(
    list: WordList,
    first: number,
    last: number,
    wordsFrom: number,
    wordsTo: number,
    line: number,
    offset: number,
    locate: Locate | undefined,
    json: JsonContext,
    from: number,
    to: number,
  ): readonly PromptHit[] {
    const {k, ring, posLine, posStart, posAbs, posLocate, posJson} = this
    const {hashes, starts, ends, ordinals} = list
    // Columns of the line are `offset + i - from`, input offsets `abs + i - from`.
    const column = offset - from
    const absAt = this.abs - from
    // Words fed since the last cut, before this piece; each word's count is this plus its ordinal's place in the piece.
    const before = this.words - wordsFrom + 1
    // The current run of prompt words: the ring holds its last k words, at `run % k`.
    let run = this.run
    // The ordinal the next kept word has when no word outside the vocabulary comes before it.
    let next = wordsFrom
    for (let w = first; w < last; w++) {
      const ordinal = ordinals[w] as number
      // A word no prompt has came between: no shingle holding it can be indexed.
      if (ordinal !== next) run = 0
      next = ordinal + 1
      const hash = (hashes[w] as number) >>> 0
      const wordStart = starts[w] as number
      const wordEnd = ends[w] as number
      const slot = run % k
      ring[slot] = hash
      posLine[slot] = line
      posStart[slot] = column + wordStart
      posAbs[slot] = absAt + wordStart
      posLocate[slot] = locate
      posJson[slot] = json
      run++
      if (run < k) continue
      const oldest = run % k
      // The shingle's hash (shingleHash over the ring, oldest word first), inlined.
      let shingle = 0x9e3779b9
      for (let j = 0, at = oldest; j < k; j++) {
        shingle = Math.imul(shingle ^ (ring[at] as number), 0x85ebca6b) ^ (shingle >>> 13)
        if (++at === k) at = 0
      }
      shingle >>>= 0
      const list = this.index.lookup(shingle)
      if (list < 0) continue
      // The shingle's first word: ring slot `oldest` (read in place, no object per shingle found).
      const firstLine = posLine[oldest] as number
      const firstStart = posStart[oldest] as number
      let path: string | undefined
      if (json === 'windows') {
        // A first word read in an earlier window cannot be located again: it is in the value
        // the last located shingle was in.
        path = posLocate[oldest]?.(firstStart, firstLine) ?? this.lastPath
        this.lastPath = path
      } else if (json !== undefined) {
        // A JSON string never spans lines, nor an unescaped quote.
        if (firstLine !== line || posJson[oldest] !== json || quoteBetween(json, firstStart, column + wordStart)) continue
      }
      this.words = before + ordinal
      const ids = this.index.lists[list] as number[]
      const pair = this.index.pairBase[list] as number
      for (let i = 0; i < ids.length; i++) this.hit(ids[i] as number, pair + i, shingle, oldest, path, json, line, column + wordEnd, absAt + wordEnd)
    }
    // The piece ends with a word no prompt has.
    if (next !== wordsTo) run = 0
    this.words = before + wordsTo - 1
    this.run = run
    this.abs += to - from
    if (this.open.size > 0) this.closeIdle()
    if (this.ready.length === 0) return NO_HITS
    const out: PromptHit[] = []
    this.release(out, false)
    return out
  }

  /**
   * Lines where a copy that is not reported yet starts (open, or held back): their tenants are
   * still needed. A typed array, always of one shape: an array literal would hold small integers
   * or doubles by turns (a region's line is read from a Float64Array), and the block loop reading
   * it was deoptimized each time the kind changed (22 times per 32 MB scan).
   */
  pendingLines(): Float64Array {
    const lines = new Float64Array(this.open.size + this.ready.length)
    let n = 0
    for (const region of this.open.values()) lines[n++] = region.startLine
    for (let h = 0; h < this.ready.length; h++) lines[n++] = (this.ready[h] as PromptHit).line
    return lines
  }

  /** The end of a line: one separator character. */
  newline(): void {
    this.abs += 1
  }

  /**
   * Ends a record, a unit of text that copies cannot span (a JSON line, a JSON document, a log
   * entry, a file): reports what is open, and the next words start new shingles.
   */
  cut(): readonly PromptHit[] {
    this.words = 0
    this.run = 0
    this.lastPath = undefined
    if (this.open.size === 0 && this.ready.length === 0) return NO_HITS
    const out: PromptHit[] = []
    for (const [id, region] of this.open) this.report(id, region)
    this.open.clear()
    this.release(out, true)
    return out
  }

  /** Ends the input (one file): what is open is reported. */
  finish(): readonly PromptHit[] {
    return this.cut()
  }

  /**
   * A shingle of prompt `id` was seen. It extends the open region of that prompt when it is near,
   * in the same JSON value, and not the start of another copy (a shingle the region already holds,
   * once the region qualifies, unless the prompt itself repeats it); otherwise it starts a region.
   * `pair` is the number of (`hash`, `id`) (PromptIndex.pairBase), `first` the ring slot of the
   * shingle's first word.
   */
  private hit(id: number, pair: number, hash: number, first: number, path: string | undefined, json: JsonContext, line: number, end: number, endAbs: number): void {
    const marks = (this.marks ??= new Int32Array(this.index.pairs))
    const region = this.open.get(id)
    const held = region !== undefined && marks[pair] === region.serial
    const again = held && !this.index.repeats(hash) && region.matched >= this.index.needed(id)
    if (region !== undefined && this.words - region.lastWord <= this.index.options.gap && sameValue(region, path, json, line, this.posStart[first] as number) && !again) {
      if (!held) {
        marks[pair] = region.serial
        region.matched++
      }
      region.lastWord = this.words
      region.endLine = line
      region.end = end
      region.endAbs = endAbs
      return
    }
    if (region !== undefined) this.report(id, region)
    const serial = ++this.serials
    marks[pair] = serial
    this.open.set(id, {
      startLine: this.posLine[first] as number,
      start: this.posStart[first] as number,
      startAbs: this.posAbs[first] as number,
      endLine: line,
      end,
      endAbs,
      lastWord: this.words,
      serial,
      matched: 1,
      path,
      locate: json === 'windows' ? undefined : this.posLocate[first],
      json: json === 'windows' ? undefined : json,
    })
  }

  private closeIdle(): void {
    for (const [id, region] of this.open) {
      if (this.words - region.lastWord > this.index.options.gap) {
        this.report(id, region)
        this.open.delete(id)
      }
    }
  }

  /**
   * Emits held regions once no open region overlaps them. Where regions of several prompts
   * overlap (near-duplicate prompts, shared templates), only the best-covered one is reported.
   */
  private release(out: PromptHit[], all: boolean): void {
    if (this.ready.length === 0) return
    const heldUntil = Math.max(...this.readyAbs.map(([, end]) => end))
    if (!all) for (const region of this.open.values()) if (region.startAbs <= heldUntil) return
    const order = this.ready.map((hit, i) => ({hit, range: this.readyAbs[i] ?? [0, 0]})).sort((a, b) => b.hit.coverage - a.hit.coverage)
    const kept: typeof order = []
    for (const candidate of order) {
      const [s, e] = candidate.range
      const clash = kept.some(({range: [ks, ke]}) => Math.min(e, ke) - Math.max(s, ks) > 0.5 * Math.min(e - s, ke - ks))
      if (!clash) kept.push(candidate)
    }
    out.push(...kept.sort((a, b) => a.range[0] - b.range[0]).map(({hit}) => hit))
    this.ready = []
    this.readyAbs = []
  }

  private report(id: number, region: Region): void {
    if (region.matched < this.index.needed(id)) return
    this.readyAbs.push([region.startAbs, region.endAbs])
    const jsonPath = region.path ?? region.locate?.(region.start, region.startLine)
    const hit: PromptHit = {
      prompt: id,
      name: this.index.names[id] ?? '',
      line: region.startLine,
      start: region.start,
      endLine: region.endLine,
      end: region.end,
      length: region.endAbs - region.startAbs,
      coverage: Math.min(1, region.matched / Math.max(1, this.index.totals[id] ?? 0)),
    }
    if (jsonPath !== undefined) hit.jsonPath = jsonPath
    this.ready.push(hit)
  }
}
