/**
 * The keyword prefilter: one pass of an Aho-Corasick automaton over the text finds every
 * occurrence of every rule keyword, ASCII case folded; a case-sensitive keyword is then checked
 * against the original text. A deterministic table whose columns are classes of characters (one
 * per character the keywords use, upper and lower case of a letter in one, and one for every
 * other character), with rows stored premultiplied by the row width, keeps the inner loop to one
 * dependent array read per character (this loop reads every character of the input: it is the
 * scanner's single hottest spot). A row is as wide as the keywords' alphabet, not 256 codes: a
 * catalogue of thousands of keywords keeps its table a few megabytes at most, mostly in cache.
 */

import {ASCII_WORD, FNV_OFFSET, FNV_PRIME, nonAsciiWord} from './words.js'
import type {WordList} from './words.js'

/** Codes the automaton builds its trie over: ASCII, upper case folded to lower. */
const ALPHABET = 128
/** One-byte codes; a higher code reads as NUL, whose class is that of every character no keyword has. */
const COLUMNS = 256

/** One occurrence of a keyword: `at` is its start offset. */
export type KeywordVisitor = (keyword: number, at: number) => void

/**
 * Runs of characters to record in the same pass as the keywords (Rule.runs): maximal runs of
 * `chars` at least `minLength` long that start the text or follow one of `openers` (ASCII only).
 */
export interface RunSpec {
  readonly chars: string
  readonly openers: string
  readonly minLength: number
}

/** An entry of the per-character table: the automaton's column in the low byte, then the run bit, then the word code in the high half. */
const RUN_BIT = 1 << 8
const WORD_SHIFT = 16

export class KeywordAutomaton {
  /**
   * `table[state << SHIFT | code]`: the next state, shifted left by SHIFT, and complemented when
   * that state has outputs (the scan loop tests a sign and never shifts).
   */
  private readonly table: Int32Array
  /** log2 of the row width. */
  private readonly shift: number
  /** For each state, the keywords ending there (own and through failure links). */
  private readonly outputs: (readonly number[] | undefined)[]
  private readonly lengths: Int32Array
  /**
   * Per one-byte code, what the scan loops read of it in one table read: its column, whether it
   * is a run character (RunSpec), and its word code (words.ts: lower case for a letter or digit, else 0).
   */
  private readonly info: Int32Array
  /** Per ASCII code: 1 when a run may start after it (RunSpec.openers). */
  private readonly openers: Uint8Array
  /** The shortest run recorded; beyond any text when no runs are asked for. */
  private readonly minRun: number

  constructor(
    readonly keywords: readonly string[],
    private readonly caseSensitive: readonly boolean[],
    runs?: RunSpec,
  ) {
    // The trie, over folded codes: each state's child codes and, at the same index, the child
    // states (the root has at most one per code; deeper states one or two). Lists, not a dense
    // `state × 128` table: that was 13 MB of zeroed memory for 2,500 keywords, built at every
    // start-up before the JIT has warmed up.
    const children: number[][] = [[]]
    const childStates: number[][] = [[]]
    const own: number[][] = [[]]
    keywords.forEach((keyword, index) => {
      let state = 0
      for (let i = 0; i < keyword.length; i++) {
        const code = foldColumn(keyword.charCodeAt(i))
        // A character beyond ASCII never matches (the scan reads those as NUL): nor does the keyword.
        if (code < 0) return
        const codes = children[state] as number[]
        const targets = childStates[state] as number[]
        const at = codes.indexOf(code)
        if (at < 0) {
          const created = children.length
          children.push([])
          childStates.push([])
          own.push([])
          codes.push(code)
          targets.push(created)
          state = created
        } else state = targets[at] as number
      }
      own[state]?.push(index)
    })
    const states = children.length
    // Column 0 for every character no keyword has; then one per folded code that a keyword has.
    const columnOf = new Int32Array(ALPHABET)
    let width = 1
    for (let state = 0; state < states; state++) for (const code of children[state] ?? []) if (columnOf[code] === 0) columnOf[code] = width++
    let shift = 0
    while (1 << shift < width) shift++
    const SHIFT = shift
    this.shift = shift
    // The column of each one-byte code; a higher code reads as NUL.
    const classes = new Uint8Array(COLUMNS)
    for (let code = 0; code < COLUMNS; code++) classes[code] = columnOf[code < ALPHABET ? foldColumn(code) : 0] ?? 0
    const runChars = new Uint8Array(COLUMNS)
    for (const c of runs?.chars ?? '') if (c.charCodeAt(0) < ALPHABET) runChars[c.charCodeAt(0)] = 1
    this.openers = new Uint8Array(ALPHABET)
    for (const c of runs?.openers ?? '') if (c.charCodeAt(0) < ALPHABET) this.openers[c.charCodeAt(0)] = 1
    this.minRun = runs === undefined ? 0x3fffffff : runs.minLength
    this.info = new Int32Array(COLUMNS)
    for (let code = 0; code < COLUMNS; code++) {
      const word = code < ALPHABET ? (ASCII_WORD[code] as number) : nonAsciiWord(code)
      this.info[code] = (classes[code] as number) | (runChars[code] === 1 ? RUN_BIT : 0) | (word << WORD_SHIFT)
    }
    this.outputs = new Array<readonly number[] | undefined>(states)
    this.lengths = Int32Array.from(keywords, (k) => k.length)
    const table = new Int32Array(states << SHIFT)
    this.table = table
    const entry = (target: number): number => (this.outputs[target] === undefined ? target << SHIFT : ~(target << SHIFT))
    const targetOf = (value: number): number => (value < 0 ? ~value : value) >> SHIFT
    const failure = new Int32Array(states)
    // Breadth-first: a state's row is its failure state's row (shallower, so complete) with its
    // own children written over it; a child's outputs are its own and its failure state's.
    const queue: number[] = [0]
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0
      const fail = failure[state] ?? 0
      if (state !== 0) table.copyWithin(state << SHIFT, fail << SHIFT, (fail + 1) << SHIFT)
      const codes = children[state] ?? []
      const targets = childStates[state] ?? []
      for (let c = 0; c < codes.length; c++) {
        const code = codes[c] as number
        const next = targets[c] as number
        const column = columnOf[code] ?? 0
        const nextFail = state === 0 ? 0 : targetOf(table[(fail << SHIFT) | column] ?? 0)
        failure[next] = nextFail
        const out = [...(own[next] ?? []), ...(this.outputs[nextFail] ?? [])]
        if (out.length > 0) this.outputs[next] = out
        table[(state << SHIFT) | column] = entry(next)
        queue.push(next)
      }
    }
  }

  /**
   * Where the last `find` found keywords: the keyword of each occurrence and its start offset,
   * in order of their ends. Plain arrays the automaton owns, reused from call to call (read them
   * before the next `find`): no closure is called per occurrence, so the scan loop stays small,
   * monomorphic and optimized from its first block on.
   */
  foundKeywords = new Int32Array(1024)
  foundStarts = new Int32Array(1024)
  /**
   * The runs (RunSpec) the last `findWithWords` recorded, as [start, end) pairs in order,
   * `runCount` of them: a plain array reused from call to call, as foundKeywords. `find` records
   * none and sets `runCount` to -1: without words to read, the loop has no branch per word to
   * tell runs apart in, and one of their own cost it more than a pass of their own (ADR 0040).
   */
  foundRuns = new Int32Array(1024)
  runCount = -1

  /** Finds every occurrence of every keyword in `text[from, to)`; returns how many (see foundKeywords). */
  find(text: string, from = 0, to = text.length): number {
    const table = this.table
    const info = this.info
    const shift = this.shift
    let row = 0
    let found = 0
    this.runCount = -1
    // A code beyond one byte reads as NUL.
    const high = (info[0] as number) & 0xff
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i)
      // The column read does not depend on the state: only the table read waits for the last one.
      row = table[row | ((code < COLUMNS ? (info[code] as number) : high) & 0xff)] as number
      if (row >= 0) continue
      // A negative entry leads to a state with outputs: the bitwise complement of its row.
      row = ~row
      found = this.collect(row >> shift, text, i + 1, found)
    }
    return found
  }

  /** Records the run `text[start, end)` (as long as RunSpec asks) when it starts the text or follows an opener. */
  private recordRun(text: string, start: number, end: number): void {
    if (start > 0) {
      const before = text.charCodeAt(start - 1)
      if (before >= ALPHABET || this.openers[before] !== 1) return
    }
    const at = this.runCount * 2
    if (at === this.foundRuns.length) {
      const grown = new Int32Array(at * 2)
      grown.set(this.foundRuns)
      this.foundRuns = grown
    }
    this.foundRuns[at] = start
    this.foundRuns[at + 1] = end
    this.runCount++
  }

  /** Records the run that ends `text[from, to)`, which the loops (recording a run at the character after it) have not. */
  private endRun(text: string, from: number, to: number): void {
    let start = to
    while (start > from) {
      const code = text.charCodeAt(start - 1)
      if (code >= COLUMNS || (((this.info[code] as number) >> 8) & 1) === 0) break
      start--
    }
    if (to - start >= this.minRun) this.recordRun(text, start, to)
  }

  /**
   * `find` over the whole text, and in the same pass the words of known prompts (ADR 0031): every
   * run of letters and digits, lower-cased and hashed (FNV-1a, as `vocabularyWords` does), is
   * counted, and kept in `words` when its hash is in `vocabulary` and it is in a run of `minRun`
   * such words or more, or in the text's first run (see vocabularyWords); each line break records
   * how many words came before it. One loop, not two: the table read that waits on the previous state and
   * the hash that waits on the previous character overlap, and each character is read once.
   */
  findWithWords(text: string, vocabulary: Uint32Array, minRun: number, words: WordList): number {
    words.reset()
    this.runCount = 0
    const found = this.findWithWordsLoop(text, vocabulary, minRun, words)
    words.endText(text, vocabulary, minRun)
    this.endRun(text, 0, text.length)
    return found
  }

  /**
   * findWithWords' pass, up to the last character that is not a letter or digit: the word that
   * ends the text is read after it (WordList.endText). The loop ends with nothing but its return:
   * V8 compiles a long loop on its first call (on-stack replacement), before the code after it has
   * ever run, and code after the loop that had no type feedback then deoptimized at every block.
   */
  private findWithWordsLoop(text: string, vocabulary: Uint32Array, minRun: number, words: WordList): number {
    const table = this.table
    const info = this.info
    const shift = this.shift
    const longest = this.minRun - 1
    let row = 0
    let found = 0
    let hash = FNV_OFFSET
    let start = -1
    let runStart = 0
    const high = (info[0] as number) & 0xff
    const to = text.length
    for (let i = 0; i < to; i++) {
      const code = text.charCodeAt(i)
      // One table read for the column, the run bit and the word code; beyond one byte: NUL's
      // column, no run character, and the word code read the slow way.
      const entry = code < COLUMNS ? (info[code] as number) : high | (nonAsciiWord(code) << WORD_SHIFT)
      row = table[row | (entry & 0xff)] as number
      const letter = entry >>> WORD_SHIFT
      // A character outside the runs (RunSpec) ends the one being read: recorded when long enough.
      if ((entry & RUN_BIT) === 0) {
        if (i - runStart > longest) this.recordRun(text, runStart, i)
        runStart = i + 1
      }
      if (letter !== 0) {
        if (start < 0) {
          start = i
          hash = FNV_OFFSET
        }
        hash = Math.imul(hash ^ letter, FNV_PRIME)
      } else {
        if (start >= 0) {
          words.word(hash, start, i, vocabulary, minRun)
          start = -1
        }
        if (code === 10) words.lineBreak()
      }
      if (row >= 0) continue
      row = ~row
      found = this.collect(row >> shift, text, i + 1, found)
    }
    return found
  }

  /**
   * Calls `visit` for every occurrence of every keyword in `text[from, to)`, in order of their ends.
   * The occurrences are copied first: `visit` may search with this automaton again.
   */
  scan(text: string, visit: KeywordVisitor, from = 0, to = text.length): void {
    const found = this.find(text, from, to)
    const keywords = this.foundKeywords.slice(0, found)
    const starts = this.foundStarts.slice(0, found)
    for (let i = 0; i < found; i++) visit(keywords[i] as number, starts[i] as number)
  }

  /** Records the keywords of `state`, which end at `end` (out of the scan loop, which stays small). */
  private collect(state: number, text: string, end: number, found: number): number {
    const outputs = this.outputs[state] ?? []
    for (let o = 0; o < outputs.length; o++) {
      const keyword = outputs[o] as number
      const at = end - (this.lengths[keyword] ?? 0)
      if (this.caseSensitive[keyword] === true && !text.startsWith(this.keywords[keyword] ?? '', at)) continue
      if (found === this.foundKeywords.length) this.grow()
      this.foundKeywords[found] = keyword
      this.foundStarts[found] = at
      found++
    }
    return found
  }

  private grow(): void {
    const keywords = new Int32Array(this.foundKeywords.length * 2)
    const starts = new Int32Array(this.foundStarts.length * 2)
    keywords.set(this.foundKeywords)
    starts.set(this.foundStarts)
    this.foundKeywords = keywords
    this.foundStarts = starts
  }
}

/** The trie's code of a keyword character: ASCII upper case folded to lower; -1 beyond ASCII. */
function foldColumn(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code < ALPHABET ? code : -1
}
