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
    // The trie, over folded codes: `goto[state * ALPHABET + code]`, 0 for none (the root is no
    // state's child), and each state's child codes. Built with typed arrays and no per-state map:
    // this runs at every start-up, with hundreds of keywords, before the JIT has warmed up.
    let capacity = 1
    for (const keyword of keywords) capacity += keyword.length
    const goto = new Int32Array(capacity * ALPHABET)
    const children: number[][] = [[]]
    const own: number[][] = [[]]
    keywords.forEach((keyword, index) => {
      let state = 0
      for (let i = 0; i < keyword.length; i++) {
        const code = foldColumn(keyword.charCodeAt(i))
        // A character beyond ASCII never matches (the scan reads those as NUL): nor does the keyword.
        if (code < 0) return
        const next = goto[state * ALPHABET + code] ?? 0
        if (next === 0) {
          const created = children.length
          children.push([])
          own.push([])
          goto[state * ALPHABET + code] = created
          children[state]?.push(code)
          state = created
        } else state = next
      }
      own[state]?.push(index)
    })
    const states = children.length
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
      for (const code of children[state] ?? []) {
        const next = goto[state * ALPHABET + code] ?? 0
        const nextFail = state === 0 ? 0 : targetOf(table[(fail << SHIFT) | code] ?? 0)
        failure[next] = nextFail
        const out = [...(own[next] ?? []), ...(this.outputs[nextFail] ?? [])]
        if (out.length > 0) this.outputs[next] = out
        // A letter's column and its upper-case column lead to the same state (case folded).
        table[(state << SHIFT) | code] = entry(next)
        if (code >= 97 && code <= 122) table[(state << SHIFT) | (code - 32)] = entry(next)
        queue.push(next)
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

/** The trie's code of a keyword character: ASCII upper case folded to lower; -1 beyond ASCII. */
function foldColumn(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code < ALPHABET ? code : -1
}
