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

export class KeywordAutomaton {
  /**
   * `table[state << SHIFT | code]`: the next state, shifted left by SHIFT, and complemented when
   * that state has outputs (the scan loop tests a sign and never shifts).
   */
  private readonly table: Int32Array
  /** The class (column) of each one-byte code. */
  private readonly classes: Uint8Array
  /** log2 of the row width. */
  private readonly shift: number
  /** For each state, the keywords ending there (own and through failure links). */
  private readonly outputs: (readonly number[] | undefined)[]
  private readonly lengths: Int32Array

  constructor(
    readonly keywords: readonly string[],
    private readonly caseSensitive: readonly boolean[],
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
    this.classes = new Uint8Array(COLUMNS)
    for (let code = 0; code < COLUMNS; code++) this.classes[code] = columnOf[code < ALPHABET ? foldColumn(code) : 0] ?? 0
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

  /** Finds every occurrence of every keyword in `text[from, to)`; returns how many (see foundKeywords). */
  find(text: string, from = 0, to = text.length): number {
    const table = this.table
    const classes = this.classes
    const shift = this.shift
    let row = 0
    let found = 0
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i)
      // The class read does not depend on the state: only the table read waits for the last one.
      row = table[row | (classes[code < COLUMNS ? code : 0] as number)] as number
      if (row >= 0) continue
      // A negative entry leads to a state with outputs: the bitwise complement of its row.
      row = ~row
      found = this.collect(row >> shift, text, i + 1, found)
    }
    return found
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
    const found = this.findWithWordsLoop(text, vocabulary, minRun, words)
    words.endText(text, vocabulary, minRun)
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
    const classes = this.classes
    const shift = this.shift
    let row = 0
    let found = 0
    let hash = FNV_OFFSET
    let start = -1
    const to = text.length
    for (let i = 0; i < to; i++) {
      const code = text.charCodeAt(i)
      row = table[row | (classes[code < COLUMNS ? code : 0] as number)] as number
      const letter = code < 128 ? (ASCII_WORD[code] as number) : nonAsciiWord(code)
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
