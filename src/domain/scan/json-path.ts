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

/** A key that looks like a random token is not repeated in a path: paths are printed. */
function keySegment(key: string): string {
  if (key.length >= 20 && /^[A-Za-z0-9_\-+/=.]+$/.test(key) && new Set(key).size >= 12) return '["…"]'
  return IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`
}

class Tokens {
  readonly spans: ValueSpan[] = []
  constructor(private readonly text: string) {}

  /** The first offset at or after `i` that is not JSON whitespace (a loop: compact JSON has none, and a regex call costs more). */
  skip(i: number): number {
    const text = this.text
    let at = i
    for (let code = text.charCodeAt(at); code === 32 || code === 10 || code === 13 || code === 9; code = text.charCodeAt(at)) at++
    return at
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

const enum Expect {
  /** A value: at the start, after a colon, after `[` or a comma in an array. */
  Value,
  /** A value or `]`: right after `[`. */
  ValueOrClose,
  /** A key: after a comma in an object. */
  Key,
  /** A key or `}`: right after `{`. */
  KeyOrClose,
  Colon,
  /** A comma or the closing bracket of the container. */
  Next,
  /** Only whitespace: the top-level value is complete. */
  End,
}

interface Frame {
  array: boolean
  /** An object's segment for its current key (`.name`), or an array's current index. */
  segment: string
  index: number
  /** With facts kept: an object's short string fields that tell a channel (`role`, `type`, …), and `value` if it has one. */
  fields?: Record<string, unknown>
}

/**
 * The keys whose string values a JsonPathCursor keeps (with facts on): what tells the channel of
 * a value in an exchange (a message's role, an item's type, an OTel event's or attribute's name),
 * and flattened attributes' roles (`gen_ai.prompt.0.role`).
 */
const FACT_KEYS = new Set(['role', 'type', 'name', 'key'])
const isFactKey = (key: string): boolean => FACT_KEYS.has(key) || key.endsWith('.role')
/** Fact values longer than this are not kept (roles and types are short words). */
const MAX_FACT = 256

/**
 * Where a value of a long JSON line sits, for its channel once the line is read: the objects on
 * its path (whose fields, a role read after the value included, are filled in as reading goes on)
 * and the path itself.
 */
export interface JsonPlace {
  path: string
  frames: ReadonlyArray<{array: boolean; fields?: Record<string, unknown>}>
}

/**
 * A sparse copy of the record along a place's path: each object holds its kept fields and the
 * next node, each array the next node at its index. What channelOfNodes reads of a record.
 */
export function placeSkeleton(place: JsonPlace, segments: ReadonlyArray<string | number>): unknown {
  let root: unknown
  let parent: unknown
  for (let i = 0; i < place.frames.length; i++) {
    const frame = place.frames[i] as JsonPlace['frames'][number]
    const node: unknown = frame.array ? [] : {...frame.fields}
    if (i === 0) root = node
    else attach(parent, segments[i - 1], node)
    parent = node
  }
  return root
}

function attach(parent: unknown, segment: string | number | undefined, node: unknown): void {
  if (segment === undefined) return
  if (Array.isArray(parent) && typeof segment === 'number') parent[segment] = node
  else if (parent !== null && typeof parent === 'object' && typeof segment === 'string') (parent as Record<string, unknown>)[segment] = node
}

const enum Token {
  None,
  Key,
  Value,
  Number,
  Literal,
}

/** Keys longer than this are not kept whole (a path names them `["…"]`). */
const MAX_KEY = 1024

const isDigit = (code: number): boolean => code >= 48 && code <= 57
const isNumberPart = (code: number): boolean => isDigit(code) || code === 45 || code === 43 || code === 46 || code === 69 || code === 101
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13

/**
 * The JSON path at offsets of one JSON text read in consecutive parts, for a line too long to be
 * tokenised whole (it is scanned in windows): `pathAt` gives what `pathAt(jsonValueSpans(text))`
 * gives for a valid text, with offsets asked in increasing order. Memory is the nesting depth,
 * not the text: string contents are skipped by searching for the next quote or backslash. Once
 * the text proves not to be JSON, no more paths are given.
 */
export class JsonPathCursor {
  private readonly stack: Frame[] = []
  private expect = Expect.Value
  private token = Token.None
  /** Inside a string: the previous character was a backslash. */
  private escaped = false
  private key = ''
  private failed = false
  /** Offset in the whole text up to which characters have been read. */
  private consumed = 0
  /** The part `found` was searched in, and the next quote and backslash found there (-1: none left, -2: not searched). */
  private searched: string | undefined
  private readonly found = [-2, -2]
  /** With facts: the string value being read is kept (its key is a fact key), and what was kept of it. */
  private keepValue = false
  private value = ''

  /** `facts`: keep the fields that tell channels, for `placeAt`. */
  constructor(private readonly facts = false) {}

  /**
   * `pathAt`, with the objects on the path (facts kept): their fields read later (a `role` after
   * `content`) show once the text is read further.
   */
  placeAt(part: string, partStart: number, at: number): JsonPlace | undefined {
    const path = this.pathAt(part, partStart, at)
    if (path === undefined) return undefined
    return {path, frames: this.stack.slice()}
  }

  /**
   * The path of the value containing offset `at` of the whole text, where `part` holds the text
   * from offset `partStart` on (reading through `at` must stay inside `part`).
   */
  pathAt(part: string, partStart: number, at: number): string | undefined {
    if (at < this.consumed) return undefined
    this.advance(part, partStart, at)
    if (this.failed) return undefined
    const code = part.charCodeAt(at - partStart)
    if (this.token === Token.Value) return code !== 34 || this.escaped ? this.path() : undefined
    if (this.token === Token.Number) return isNumberPart(code) ? this.path() : undefined
    if (this.token === Token.None && (this.expect === Expect.Value || this.expect === Expect.ValueOrClose) && (code === 45 || isDigit(code))) return this.path()
    return undefined
  }

  /** Reads the whole text up to offset `to` (exclusive). */
  advance(part: string, partStart: number, to: number): void {
    let i = this.consumed - partStart
    const end = to - partStart
    while (i < end && !this.failed) {
      if (this.token === Token.Key || this.token === Token.Value) {
        i = this.inString(part, i, end)
        continue
      }
      const code = part.charCodeAt(i)
      if (this.token === Token.Number) {
        if (isNumberPart(code)) {
          i++
          continue
        }
        this.token = Token.None
        this.valueDone()
        continue
      }
      if (this.token === Token.Literal) {
        if (code >= 97 && code <= 122) {
          i++
          continue
        }
        this.token = Token.None
        this.valueDone()
        continue
      }
      i++
      if (isSpace(code)) continue
      this.structural(code)
    }
    this.consumed = partStart + Math.min(i, end)
  }

  /** Reads string content from `i`, jumping to the next quote or backslash; returns where it stopped. */
  private inString(part: string, i: number, end: number): number {
    if (this.escaped) {
      if (this.token === Token.Key) this.keep(part, i, i + 1)
      else if (this.keepValue) this.keepFact(part, i, i + 1)
      this.escaped = false
      return i + 1
    }
    const quote = this.next(part, i, 34)
    const backslash = this.next(part, i, 92)
    let stop = quote
    if (backslash >= 0 && (stop < 0 || backslash < stop)) stop = backslash
    if (stop < 0 || stop >= end) {
      if (this.token === Token.Key) this.keep(part, i, end)
      else if (this.keepValue) this.keepFact(part, i, end)
      return end
    }
    if (this.token === Token.Key) this.keep(part, i, stop)
    else if (this.keepValue) this.keepFact(part, i, stop)
    if (part.charCodeAt(stop) === 92) {
      if (this.token === Token.Key) this.keep(part, stop, stop + 1)
      else if (this.keepValue) this.keepFact(part, stop, stop + 1)
      this.escaped = true
      return stop + 1
    }
    // The closing quote.
    if (this.token === Token.Key) {
      this.token = Token.None
      const top = this.stack[this.stack.length - 1]
      if (top !== undefined) top.segment = this.keySegmentOf(this.key)
      this.expect = Expect.Colon
    } else {
      this.token = Token.None
      if (this.keepValue) this.storeFact()
      this.valueDone()
    }
    return stop + 1
  }

  private keepFact(part: string, from: number, to: number): void {
    if (this.value.length <= MAX_FACT) this.value += part.slice(from, Math.min(to, from + MAX_FACT + 1))
  }

  /** A fact key's string value is read: kept in its object's fields (unescaped), if short. */
  private storeFact(): void {
    this.keepValue = false
    const top = this.stack[this.stack.length - 1]
    if (top?.fields === undefined || this.value.length > MAX_FACT) return
    let value = this.value
    if (value.includes('\\')) {
      try {
        value = JSON.parse(`"${value}"`) as string
      } catch {
        return
      }
    }
    top.fields[this.rawKey()] = value
  }

  /** The current key of the object on top, unescaped ('' when it cannot be). */
  private rawKey(): string {
    if (!this.key.includes('\\')) return this.key
    try {
      return JSON.parse(`"${this.key}"`) as string
    } catch {
      return ''
    }
  }

  /**
   * The next `"` (34) or `\\` (92) at or after `i` in `part`, or -1. Each is searched for again only
   * once `i` has passed the one found, so reading a part costs one pass per character, not one
   * search to the part's end per string (a minified line has thousands of strings and no backslash).
   */
  private next(part: string, i: number, code: 34 | 92): number {
    if (part !== this.searched) {
      this.searched = part
      this.found[0] = this.found[1] = -2
    }
    const slot = code === 34 ? 0 : 1
    const at = this.found[slot] ?? -2
    if (at === -1 || at >= i) return at
    const found = part.indexOf(code === 34 ? '"' : '\\', i)
    this.found[slot] = found
    return found
  }

  private keep(part: string, from: number, to: number): void {
    if (this.key.length <= MAX_KEY) this.key += part.slice(from, Math.min(to, from + MAX_KEY + 1))
  }

  private keySegmentOf(raw: string): string {
    if (raw.length > MAX_KEY) return '["…"]'
    if (!raw.includes('\\')) return keySegment(raw)
    try {
      return keySegment(JSON.parse(`"${raw}"`) as string)
    } catch {
      this.failed = true
      return ''
    }
  }

  private structural(code: number): void {
    const top = this.stack[this.stack.length - 1]
    switch (this.expect) {
      case Expect.Value:
      case Expect.ValueOrClose:
        if (code === 93 && this.expect === Expect.ValueOrClose && top?.array === true) return this.close()
        return this.startValue(code)
      case Expect.Key:
      case Expect.KeyOrClose:
        if (code === 125 && this.expect === Expect.KeyOrClose) return this.close()
        if (code !== 34) return this.fail()
        this.token = Token.Key
        this.key = ''
        return
      case Expect.Colon:
        if (code !== 58) return this.fail()
        this.expect = Expect.Value
        return
      case Expect.Next:
        if (top === undefined) return this.fail()
        if (code === 44) {
          if (top.array) {
            top.index++
            top.segment = `[${top.index}]`
            this.expect = Expect.Value
          } else this.expect = Expect.Key
          return
        }
        if ((code === 93 && top.array) || (code === 125 && !top.array)) return this.close()
        return this.fail()
      case Expect.End:
        return this.fail()
    }
  }

  private startValue(code: number): void {
    if (this.facts) this.noteValue(code)
    if (code === 34) {
      this.token = Token.Value
    } else if (code === 123) {
      this.stack.push(this.facts ? {array: false, segment: '', index: 0, fields: {}} : {array: false, segment: '', index: 0})
      this.expect = Expect.KeyOrClose
    } else if (code === 91) {
      this.stack.push({array: true, segment: '[0]', index: 0})
      this.expect = Expect.ValueOrClose
    } else if (code === 45 || isDigit(code)) {
      this.token = Token.Number
    } else if (code === 116 || code === 102 || code === 110) {
      this.token = Token.Literal
    } else this.fail()
  }

  /** With facts: a value starts in an object; `value` is marked present, a fact key's string is kept. */
  private noteValue(code: number): void {
    const top = this.stack[this.stack.length - 1]
    if (top === undefined || top.array || top.fields === undefined || this.key.length > MAX_FACT) return
    const key = this.rawKey()
    if (key === 'value') top.fields.value = true
    if (code === 34 && isFactKey(key)) {
      this.keepValue = true
      this.value = ''
    }
  }

  private close(): void {
    this.stack.pop()
    this.valueDone()
  }

  private valueDone(): void {
    this.expect = this.stack.length === 0 ? Expect.End : Expect.Next
  }

  private fail(): void {
    this.failed = true
  }

  private path(): string {
    let path = '$'
    for (const frame of this.stack) path += frame.segment
    return path
  }
}
