/**
 * The text pass of `pl redact`: decoded text split into lines, each line holding a finding
 * rewritten with its placeholders, and the lines joined again with the breaks they had. Each
 * rewritten line is checked against the original (redactionProblem), and a pretty-printed JSON
 * document as a whole (shapeDifference): a copy that would differ anywhere outside the redacted
 * spans fails the stream with an error naming the first record, so nothing is written.
 */
import {Transform} from 'node:stream'
import type {TransformCallback} from 'node:stream'
import {redactLine, redactionProblem, shapeDifference} from '../../domain/scan/redact.js'
import {startsJsonDocument} from '../../domain/scan/session.js'
import {UserError} from '../../errors.js'
import type {LocatedFinding} from './reader.js'

/** A pretty-printed document up to this many characters is parsed whole, before and after, to check its shape. */
const MAX_DOCUMENT = 16 << 20

/** The refusal: the copy would not be the original with only its findings replaced. */
export function refusal(input: string, line: number, reason: string): UserError {
  return new UserError('invalid-input', `Refused to write the redacted copy of ${input}: the record at line ${line} would not keep its content outside the redacted spans (${reason}). Nothing was written.`, {
    hints: ['This is a fault in pl, not in the file: please report it with the line number (never the content). `pl scan FILE --json` lists the findings by position.'],
    details: {line, reason},
  })
}

/** Splits decoded text into lines (the `\n` kept out), redacts each, and re-joins them. */
export class LineRedactor extends Transform {
  private readonly decoder = new TextDecoder('utf-8')
  private pending = ''
  private lineNo = 1
  private first = true

  /** A pretty-printed JSON document's lines, before and after, while it is small enough to check whole. */
  private document: {original: string[]; copy: string[]; chars: number} | undefined

  constructor(
    private readonly byLine: ReadonlyMap<number, readonly LocatedFinding[]>,
    private readonly input: string,
  ) {
    super()
  }

  private keepForDocument(original: string, copy: string): void {
    const document = this.document
    if (document === undefined) return
    document.chars += original.length + copy.length
    if (document.chars > MAX_DOCUMENT) this.document = undefined
    else {
      document.original.push(original)
      document.copy.push(copy)
    }
  }

  /** A pretty-printed JSON document parses after redaction and keeps its shape; line by line it was checked already. */
  private checkDocument(): void {
    const document = this.document
    if (document === undefined) return
    const parse = (lines: string[]): unknown => JSON.parse(lines.join('\n').replace(/^\uFEFF/, ''))
    let original: unknown
    try {
      original = parse(document.original)
    } catch {
      return
    }
    let copy: unknown
    try {
      copy = parse(document.copy)
    } catch {
      throw refusal(this.input, 1, 'the copy of the JSON document would not be valid JSON')
    }
    const difference = shapeDifference(original, copy)
    if (difference !== undefined) throw refusal(this.input, 1, `the JSON document would change at ${difference}`)
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.first) {
      this.first = false
      // The decoder drops a byte order mark, as the scanner's did; put it back in the copy.
      if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) this.push('\ufeff')
    }
    try {
      this.pushLines(this.decoder.decode(chunk, {stream: true}), false)
    } catch (error) {
      done(error as Error)
      return
    }
    done()
  }

  override _flush(done: TransformCallback): void {
    try {
      this.pushLines(this.decoder.decode(), true)
    } catch (error) {
      done(error as Error)
      return
    }
    done()
  }

  private pushLines(text: string, last: boolean): void {
    const nl = text.lastIndexOf('\n')
    if (nl < 0 && !last) {
      // Only the new text is searched for line breaks, so a huge line costs one pass, not one per chunk.
      this.pending += text
      return
    }
    const complete = last ? this.pending + text : this.pending + text.slice(0, nl)
    this.pending = last ? '' : text.slice(nl + 1)
    const parts = complete.split('\n')
    const out: string[] = []
    for (let i = 0; i < parts.length; i++) {
      const line = parts[i] ?? ''
      const list = this.byLine.get(this.lineNo)
      if (this.lineNo === 1 && startsJsonDocument(line.replace(/^\uFEFF/, '').replace(/\r$/, ''))) this.document = {original: [], copy: [], chars: 0}
      let copy = line
      if (list !== undefined) {
        const cr = line.endsWith('\r')
        const original = cr ? line.slice(0, -1) : line
        const redacted = redactLine(original, this.lineNo, list)
        const problem = redactionProblem(original, redacted, this.lineNo, list)
        if (problem !== undefined) throw refusal(this.input, this.lineNo, problem)
        copy = cr ? `${redacted}\r` : redacted
      }
      this.keepForDocument(line, copy)
      out.push(copy)
      this.lineNo++
    }
    if (last) this.checkDocument()
    // Every line but the input's last one ended with a line break.
    const joined = last ? out.join('\n') : out.join('\n') + '\n'
    if (joined.length > 0) this.push(joined)
  }
}
