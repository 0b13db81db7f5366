/**
 * The keyword prefilter: one pass of an Aho-Corasick automaton over the text finds every
 * occurrence of every rule keyword, ASCII case folded; a case-sensitive keyword is then checked
 * against the original text. A deterministic table over the 256 codes of one-byte characters,
 * with case folding built into its columns and rows stored premultiplied by the row width,
 * keeps the inner loop to one array read per character (this loop reads every character of the
 * input: it is the scanner's single hottest spot).
 */

/** Codes the automaton builds its trie over: ASCII, upper case folded to lower. */
const ALPHABET = 128
/** Columns of the scan table: every one-byte code; higher codes read column 0 (as NUL does: no keyword has it). */
const COLUMNS = 256
const SHIFT = 8

/** One occurrence of a keyword: `at` is its start offset. */
export type KeywordVisitor = (keyword: number, at: number) => void

export class KeywordAutomaton {
  /**
   * `table[state << SHIFT | code]`: the next state, shifted left by SHIFT, and complemented when
   * that state has outputs (the scan loop tests a sign and never shifts).
   */
  private readonly table: Int32Array
  /** For each state, the keywords ending there (own and through failure links). */
  private readonly outputs: (readonly number[] | undefined)[]
  private readonly lengths: Int32Array

  constructor(
    readonly keywords: readonly string[],
    private readonly caseSensitive: readonly boolean[],
  ) {
    const gotos: Map<number, number>[] = [new Map()]
    const own: number[][] = [[]]
    keywords.forEach((keyword, index) => {
      let state = 0
      for (const char of keyword.toLowerCase()) {
        const code = fold(char.charCodeAt(0))
        const next = gotos[state]?.get(code)
        if (next === undefined) {
          gotos.push(new Map())
          own.push([])
          gotos[state]?.set(code, gotos.length - 1)
          state = gotos.length - 1
        } else state = next
      }
      own[state]?.push(index)
    })
    const states = gotos.length
    const delta = new Int32Array(states * ALPHABET)
    this.outputs = new Array<readonly number[] | undefined>(states)
    this.lengths = Int32Array.from(keywords, (k) => k.length)
    const failure = new Int32Array(states)
    // Breadth-first: a state's failure target is shallower, so its row is complete before it is copied.
    const queue: number[] = [0]
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0
      const fail = failure[state] ?? 0
      const out = [...(own[state] ?? []), ...(state === 0 ? [] : (this.outputs[fail] ?? []))]
      if (out.length > 0) this.outputs[state] = out
      for (let code = 0; code < ALPHABET; code++) {
        const next = gotos[state]?.get(code)
        if (next === undefined) {
          delta[state * ALPHABET + code] = state === 0 ? 0 : (delta[fail * ALPHABET + code] ?? 0)
        } else {
          failure[next] = state === 0 ? 0 : (delta[fail * ALPHABET + code] ?? 0)
          delta[state * ALPHABET + code] = next
          queue.push(next)
        }
      }
    }
    this.table = new Int32Array(states << SHIFT)
    for (let state = 0; state < states; state++) {
      for (let code = 0; code < COLUMNS; code++) {
        const target = delta[state * ALPHABET + (code < ALPHABET ? fold(code) : 0)] ?? 0
        this.table[(state << SHIFT) | code] = this.outputs[target] === undefined ? target << SHIFT : ~(target << SHIFT)
      }
    }
  }

  /** Calls `visit` for every occurrence of every keyword in `text[from, to)`, in order of their ends. */
  scan(text: string, visit: KeywordVisitor, from = 0, to = text.length): void {
    const table = this.table
    let row = 0
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i)
      row = table[row | (code < COLUMNS ? code : 0)] as number
      if (row >= 0) continue
      // A negative entry leads to a state with outputs: the bitwise complement of its row.
      row = ~row
      this.report(row >> SHIFT, text, i + 1, visit)
    }
  }

  /** The keywords of `state`, which end at `end` (out of the scan loop, which stays small). */
  private report(state: number, text: string, end: number, visit: KeywordVisitor): void {
    for (const keyword of this.outputs[state] ?? []) {
      const at = end - (this.lengths[keyword] ?? 0)
      if (this.caseSensitive[keyword] === true && !text.startsWith(this.keywords[keyword] ?? '', at)) continue
      visit(keyword, at)
    }
  }
}

/** ASCII upper case to lower case; everything else unchanged. */
function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}
