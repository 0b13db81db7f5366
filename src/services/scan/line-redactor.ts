/**
 * The text pass of `pl redact`: decoded text split into lines, each line holding a finding
 * rewritten with its placeholders, and the lines joined again with the breaks they had.
 */
import {Transform} from 'node:stream'
import type {TransformCallback} from 'node:stream'
import {redactLine} from '../../domain/scan/redact.js'
import type {LocatedFinding} from './reader.js'

/** Splits decoded text into lines (the `\n` kept out), redacts each, and re-joins them. */
export class LineRedactor extends Transform {
  private readonly decoder = new TextDecoder('utf-8')
  private pending = ''
  private lineNo = 1
  private first = true

  constructor(private readonly byLine: ReadonlyMap<number, readonly LocatedFinding[]>) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.first) {
      this.first = false
      // The decoder drops a byte order mark, as the scanner's did; put it back in the copy.
      if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) this.push('\ufeff')
    }
    this.pushLines(this.decoder.decode(chunk, {stream: true}), false)
    done()
  }

  override _flush(done: TransformCallback): void {
    this.pushLines(this.decoder.decode(), true)
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
      if (list === undefined) out.push(line)
      else {
        const cr = line.endsWith('\r')
        const redacted = redactLine(cr ? line.slice(0, -1) : line, this.lineNo, list)
        out.push(cr ? `${redacted}\r` : redacted)
      }
      this.lineNo++
    }
    // Every line but the input's last one ended with a line break.
    const joined = last ? out.join('\n') : out.join('\n') + '\n'
    if (joined.length > 0) this.push(joined)
  }
}
