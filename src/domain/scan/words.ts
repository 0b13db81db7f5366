/**
 * The words known-prompt matching reads (ADR 0031): runs of letters and digits, lower-cased,
 * hashed with FNV-1a. A word no registered prompt has (its hash outside the prompt index's
 * vocabulary bit set) only breaks the run of shingles; the others are kept, with their offsets,
 * in a WordList. In a scan with prompts, the keyword automaton fills that list in the same pass
 * over a block as it finds the rules' keywords (KeywordAutomaton.findWithWords); `vocabularyWords`
 * is the same loop on its own, for text the automaton does not read (the windows of a long line)
 * and for the prompts themselves.
 */

/** For each ASCII code: its lower-case code when it is a letter or digit, else 0. */
export const ASCII_WORD = new Uint8Array(128)
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = c
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = c
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = c + 32

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** A non-ASCII character's lower-case code when it is a letter or digit, else 0. */
export function nonAsciiWord(c: number): number {
  const ch = String.fromCharCode(c)
  return LETTER_OR_DIGIT.test(ch) ? ch.toLowerCase().charCodeAt(0) : 0
}

/** A character's lower-case code when it is a letter or digit, else 0. */
function wordCode(c: number): number {
  return c < 128 ? (ASCII_WORD[c] as number) : nonAsciiWord(c)
}

/** FNV-1a: the hash of no character, and its multiplier. */
export const FNV_OFFSET = 0x811c9dc5
export const FNV_PRIME = 0x01000193

/** Words (32 bits each) of the prompt-vocabulary bit set: 2^18 bits. */
export const VOCABULARY_WORDS = 1 << 13
export const VOCABULARY_MASK = VOCABULARY_WORDS - 1

/** Whether a word hash is in a vocabulary bit set (VOCABULARY_WORDS long). */
export function inVocabulary(vocabulary: Uint32Array, hash: number): boolean {
  return ((((vocabulary[(hash >>> 5) & VOCABULARY_MASK] as number) >>> (hash & 31)) & 1) as number) !== 0
}

/**
 * The vocabulary words of a text, and how many words (of any kind) come before each: arrays the
 * list owns, reused from text to text (read them before the next fill). `ordinals[w]` counts the
 * words before word `w` in the text, so a gap between two kept words' ordinals is a word outside
 * the vocabulary between them. `lineWords[l]` is how many words come before the `l`-th line
 * break (`\n`) of the text: the words of a line are those whose ordinals lie between two of them.
 */
export class WordList {
  hashes = new Int32Array(1024)
  starts = new Int32Array(1024)
  ends = new Int32Array(1024)
  ordinals = new Int32Array(1024)
  /** Vocabulary words kept. */
  count = 0
  lineWords = new Int32Array(1024)
  /** Line breaks seen. */
  breaks = 0
  /** Words in the whole text. */
  total = 0

  /** Whether no word outside the vocabulary has been read yet: the run being read starts the text. */
  private leading = true
  /** Where in the list the run of vocabulary words being read starts. */
  private runStart = 0

  /** Empties the list for a new text. */
  reset(): void {
    this.count = 0
    this.breaks = 0
    this.total = 0
    this.leading = true
    this.runStart = 0
  }

  /**
   * The next word of the text, `text[start, end)` with FNV-1a hash `hash`: kept when it is in
   * `vocabulary`; otherwise it ends a run of vocabulary words, dropped when shorter than `minRun`
   * (a shingle's k) unless the run starts the text. A run that ends the text stays.
   */
  word(hash: number, start: number, end: number, vocabulary: Uint32Array, minRun: number): void {
    const ordinal = this.total
    this.total = ordinal + 1
    if (inVocabulary(vocabulary, hash >>> 0)) {
      const at = this.count
      if (at === this.hashes.length) this.grow()
      this.hashes[at] = hash
      this.starts[at] = start
      this.ends[at] = end
      this.ordinals[at] = ordinal
      this.count = at + 1
      return
    }
    if (!this.leading && this.count - this.runStart < minRun) this.count = this.runStart
    this.leading = false
    this.runStart = this.count
  }

  /**
   * Reads the word that ends `text`, if its last character is a letter or digit: the one word a
   * loop that reads a word at the character after it has not read (KeywordAutomaton.findWithWords).
   */
  endText(text: string, vocabulary: Uint32Array, minRun: number): void {
    let start = text.length
    while (start > 0 && wordCode(text.charCodeAt(start - 1)) !== 0) start--
    if (start === text.length) return
    let hash = FNV_OFFSET
    for (let i = start; i < text.length; i++) hash = Math.imul(hash ^ wordCode(text.charCodeAt(i)), FNV_PRIME)
    this.word(hash, start, text.length, vocabulary, minRun)
  }

  /** Records a line break after the words read so far. */
  lineBreak(): void {
    const at = this.breaks
    if (at === this.lineWords.length) {
      const grown = new Int32Array(at * 2)
      grown.set(this.lineWords)
      this.lineWords = grown
    }
    this.lineWords[at] = this.total
    this.breaks = at + 1
  }

  private grow(): void {
    const size = this.hashes.length * 2
    const copy = (from: Int32Array): Int32Array<ArrayBuffer> => {
      const to = new Int32Array(size)
      to.set(from)
      return to
    }
    this.hashes = copy(this.hashes)
    this.starts = copy(this.starts)
    this.ends = copy(this.ends)
    this.ordinals = copy(this.ordinals)
  }
}

/**
 * Fills `list` with the vocabulary words of `text[from, to)` (offsets in `text`), without line
 * breaks recorded: the loop KeywordAutomaton.findWithWords runs beside its keyword search, on its own.
 * A run of fewer than `minRun` vocabulary words (a shingle's k) between two other words is left
 * out: no shingle can hold one of its words, and the gap in the ordinals still breaks the run
 * around it. A run that starts the text is kept whatever its length (it may continue the text
 * before), and so is one that ends it (it may go on in the text after).
 */
export function vocabularyWords(text: string, from: number, to: number, vocabulary: Uint32Array, minRun: number, list: WordList): void {
  list.reset()
  let i = from
  for (;;) {
    // Up to the next word, then to its end.
    let c = 0
    for (; i < to; i++) {
      c = text.charCodeAt(i)
      c = c < 128 ? (ASCII_WORD[c] as number) : nonAsciiWord(c)
      if (c !== 0) break
    }
    if (i >= to) break
    const start = i
    let hash = Math.imul(FNV_OFFSET ^ c, FNV_PRIME)
    for (i++; i < to; i++) {
      c = text.charCodeAt(i)
      c = c < 128 ? (ASCII_WORD[c] as number) : nonAsciiWord(c)
      if (c === 0) break
      hash = Math.imul(hash ^ c, FNV_PRIME)
    }
    list.word(hash, start, i, vocabulary, minRun)
  }
}

/**
 * Calls `each` with the FNV-1a hash (unsigned) of every word of `text` and its offsets: for the
 * registered prompts, read once when they are indexed.
 */
export function forEachWord(text: string, each: (hash: number, start: number, end: number) => void): void {
  let hash = FNV_OFFSET
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 32
    c = c < 128 ? (ASCII_WORD[c] as number) : nonAsciiWord(c)
    if (c !== 0) {
      if (start < 0) {
        start = i
        hash = FNV_OFFSET
      }
      hash = Math.imul(hash ^ c, FNV_PRIME)
    } else if (start >= 0) {
      each(hash >>> 0, start, i)
      start = -1
    }
  }
}
