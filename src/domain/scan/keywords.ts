/**
 * The keyword prefilter: one pass of an Aho-Corasick automaton over the text finds every
 * occurrence of every rule keyword, ASCII case folded; a case-sensitive keyword is then checked
 * against the original text. A deterministic table over 128 folded ASCII codes keeps the inner
 * loop to one array read per character.
 */

const ALPHABET = 128

/** One occurrence of a keyword: `at` is its start offset. */
export type KeywordVisitor = (keyword: number, at: number) => void

export class KeywordAutomaton {
  private readonly delta: Int32Array
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
    this.delta = new Int32Array(states * ALPHABET)
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
          this.delta[state * ALPHABET + code] = state === 0 ? 0 : (this.delta[fail * ALPHABET + code] ?? 0)
        } else {
          failure[next] = state === 0 ? 0 : (this.delta[fail * ALPHABET + code] ?? 0)
          this.delta[state * ALPHABET + code] = next
          queue.push(next)
        }
      }
    }
    // Transitions into a state with outputs are stored complemented, so the scan loop tests a sign.
    for (let i = 0; i < this.delta.length; i++) {
      const target = this.delta[i] ?? 0
      if (this.outputs[target] !== undefined) this.delta[i] = ~target
    }
  }

  /** Calls `visit` for every occurrence of every keyword in `text[from, to)`, in order of their ends. */
  scan(text: string, visit: KeywordVisitor, from = 0, to = text.length): void {
    const {delta, outputs, lengths, keywords, caseSensitive} = this
    const classes = CLASSES
    let state = 0
    for (let i = from; i < to; i++) {
      state = delta[(state << 7) | (classes[text.charCodeAt(i)] as number)] as number
      if (state >= 0) continue
      // A negative state has outputs: its number is the bitwise complement of the real one.
      state = ~state
      for (const keyword of outputs[state] ?? []) {
        const at = i + 1 - (lengths[keyword] ?? 0)
        if (caseSensitive[keyword] === true && !text.startsWith(keywords[keyword] ?? '', at)) continue
        visit(keyword, at)
      }
    }
  }
}

/** Every UTF-16 code to its class: ASCII with upper case folded to lower case, anything else 0. */
const CLASSES = new Uint8Array(65536)
for (let code = 1; code < ALPHABET; code++) CLASSES[code] = fold(code)

/** ASCII upper case to lower case; everything else (and every non-ASCII code, mapped to 0) unchanged. */
function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}
