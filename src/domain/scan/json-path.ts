/**
 * Where a character of a JSON text sits, as a JSONPath (`$.messages[0].content`). The text is
 * tokenised only when a hit needs a path, and only the spans of values are kept.
 */

export interface ValueSpan {
  /** Offsets of a string's content (inside the quotes) or of a number literal. */
  start: number
  end: number
  path: string
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const LITERAL = /true|false|null/y
const WHITESPACE = /[ \t\n\r]*/y

/** A key that looks like a random token is not repeated in a path: paths are printed. */
function keySegment(key: string): string {
  if (key.length >= 20 && /^[A-Za-z0-9_\-+/=.]+$/.test(key) && new Set(key).size >= 12) return '["…"]'
  return IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`
}

class Tokens {
  readonly spans: ValueSpan[] = []
  constructor(private readonly text: string) {}

  skip(i: number): number {
    WHITESPACE.lastIndex = i
    WHITESPACE.exec(this.text)
    return WHITESPACE.lastIndex
  }

  /** Index of the closing quote of the string whose opening quote is at `open`. */
  stringEnd(open: number): number {
    let i = open + 1
    for (;;) {
      const quote = this.text.indexOf('"', i)
      if (quote < 0) throw new SyntaxError('unterminated string')
      let backslashes = 0
      while (this.text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++
      if (backslashes % 2 === 0) return quote
      i = quote + 1
    }
  }

  value(at: number, path: string): number {
    const i = this.skip(at)
    const c = this.text[i]
    if (c === '"') {
      const end = this.stringEnd(i)
      this.spans.push({start: i + 1, end, path})
      return end + 1
    }
    if (c === '{') return this.object(i, path)
    if (c === '[') return this.array(i, path)
    NUMBER.lastIndex = i
    if (NUMBER.exec(this.text) !== null) {
      this.spans.push({start: i, end: NUMBER.lastIndex, path})
      return NUMBER.lastIndex
    }
    LITERAL.lastIndex = i
    if (LITERAL.exec(this.text) !== null) return LITERAL.lastIndex
    throw new SyntaxError(`unexpected character at ${i}`)
  }

  object(open: number, path: string): number {
    let i = this.skip(open + 1)
    if (this.text[i] === '}') return i + 1
    for (;;) {
      if (this.text[i] !== '"') throw new SyntaxError('expected a key')
      const end = this.stringEnd(i)
      const raw = this.text.slice(i + 1, end)
      const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw
      i = this.skip(end + 1)
      if (this.text[i] !== ':') throw new SyntaxError('expected a colon')
      i = this.skip(this.value(i + 1, path + keySegment(key)))
      if (this.text[i] === '}') return i + 1
      if (this.text[i] !== ',') throw new SyntaxError('expected a comma')
      i = this.skip(i + 1)
    }
  }

  array(open: number, path: string): number {
    let i = this.skip(open + 1)
    if (this.text[i] === ']') return i + 1
    for (let index = 0; ; index++) {
      i = this.skip(this.value(i, `${path}[${index}]`))
      if (this.text[i] === ']') return i + 1
      if (this.text[i] !== ',') throw new SyntaxError('expected a comma')
      i += 1
    }
  }
}

/** The value spans of a JSON text in document order, or null when it is not valid JSON. */
export function jsonValueSpans(text: string): ValueSpan[] | null {
  const tokens = new Tokens(text)
  try {
    const end = tokens.skip(tokens.value(0, '$'))
    return end === text.length ? tokens.spans : null
  } catch {
    // Invalid JSON, or nesting deep enough to exhaust the stack: the text is scanned without paths.
    return null
  }
}

/** The path of the value containing offset `at`, if any. */
export function pathAt(spans: readonly ValueSpan[], at: number): string | undefined {
  let lo = 0
  let hi = spans.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const span = spans[mid]
    if (span === undefined) break
    if (at < span.start) hi = mid - 1
    else if (at >= span.end) lo = mid + 1
    else return span.path
  }
  return undefined
}

/** Whether a line could be a JSON document (cheap test before tokenising it). */
export function looksLikeJson(line: string): boolean {
  const first = line.trimStart()[0]
  return first === '{' || first === '['
}
