/**
 * What the reader notices about an input's text while it is scanned, for the scan to report:
 * sequences the decoder could not read (they were scanned as U+FFFD), and, in a JSON Lines file,
 * lines that cannot be JSON (they were scanned as text). Both are counted in passes the scan
 * makes anyway or on a few characters per line, never by parsing.
 */
import {plural} from '../../domain/plural.js'
import type {InvalidAt, TextPieces} from './decode.js'

/** Problems in the text of one input (or of one segment of it, lines counted from its start). */
export interface TextProblems {
  /** `UTF-8` or `UTF-16`. */
  encoding: string
  /** Invalid sequences, read as U+FFFD. */
  invalid: number
  /** The line of the first one. */
  invalidLine?: number
  /** Non-blank lines of a JSON Lines input that do not start with `{` or `[` and end with the matching bracket. */
  badJson: number
  badJsonLine?: number
}

/** A problem for `stats.errors`: the input was scanned to its end; `line` is where the problem first shows. */
export interface TextProblem {
  message: string
  line: number
}

/** JSON Lines by name: `.jsonl` or `.ndjson`, also gzipped (`x.jsonl.gz`). */
export function isJsonLinesName(path: string): boolean {
  return /\.(?:jsonl|ndjson)(?:\.gz)?$/i.test(path)
}

const SPACE = 0x20
const TAB = 0x09
const CR = 0x0d

function blank(code: number): boolean {
  return code === SPACE || code === TAB || code === CR
}

/**
 * A structural check of JSON Lines, line by line across pieces: a record is an object or an
 * array, so a non-blank line must start with `{` or `[` and end with `}` or `]`. A truncated write
 * or a line of plain text fails it; a parse would catch more and halve the scan's speed.
 */
export class JsonLinesCheck {
  bad = 0
  firstBad: number | undefined
  private line = 1
  /** The first non-blank character of the line being read; 0 while it is blank. */
  private open = 0
  /** Its last non-blank character so far. */
  private close = 0

  push(text: string): void {
    let from = 0
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      if (nl > from) this.take(text, from, nl)
      this.endLine()
      from = nl + 1
    }
    if (from < text.length) this.take(text, from, text.length)
  }

  /** The input ended: its last line may lack a line break. */
  end(): void {
    if (this.open !== 0) this.endLine()
  }

  private take(text: string, from: number, to: number): void {
    let at = from
    if (this.open === 0) {
      while (at < to && blank(text.charCodeAt(at))) at++
      if (at === to) return
      this.open = text.charCodeAt(at)
    }
    let last = to - 1
    while (last >= at && blank(text.charCodeAt(last))) last--
    if (last >= at) this.close = text.charCodeAt(last)
  }

  private endLine(): void {
    const open = this.open
    if (open !== 0 && !((open === 0x7b && this.close === 0x7d) || (open === 0x5b && this.close === 0x5d))) {
      this.bad++
      this.firstBad ??= this.line
    }
    this.line++
    this.open = 0
    this.close = 0
  }
}

function breaks(text: string, end = text.length): number {
  let n = 0
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) n++
  return n
}

/** The line of a position in `pieces`, which follow `linesBefore` line breaks. */
export function lineAt(pieces: readonly string[], at: InvalidAt, linesBefore: number): number {
  let line = linesBefore + 1
  for (let i = 0; i < at.piece; i++) line += breaks(pieces[i] ?? '')
  return line + breaks(pieces[at.piece] ?? '', at.offset)
}

/** Collects the problems of one input (or segment) as its decoded pieces go by. */
export class TextChecks {
  private invalid = 0
  private invalidLine: number | undefined
  /** The decoder's count when last seen: only what it found since is new. */
  private seen = 0
  private readonly json: JsonLinesCheck | undefined

  constructor(jsonLines: boolean) {
    this.json = jsonLines ? new JsonLinesCheck() : undefined
  }

  /**
   * Call after each decode or end, before the pieces are scanned; `linesBefore` line breaks came
   * before them. With `counted` false (a segment's context) the pieces are not checked.
   */
  decoded(decoder: TextPieces, pieces: readonly string[], linesBefore: number, counted = true): void {
    const found = decoder.invalid - this.seen
    this.seen = decoder.invalid
    if (!counted) return
    if (found > 0) {
      this.invalid += found
      if (this.invalidLine === undefined && decoder.firstInvalid !== undefined) this.invalidLine = lineAt(pieces, decoder.firstInvalid, linesBefore)
    }
    if (this.json !== undefined) for (const piece of pieces) this.json.push(piece)
  }

  /** The problems, once the input's (or segment's) last line is known to be complete. */
  result(encoding: string, ended = true): TextProblems {
    if (ended) this.json?.end()
    const out: TextProblems = {encoding, invalid: this.invalid, badJson: this.json?.bad ?? 0}
    if (this.invalidLine !== undefined) out.invalidLine = this.invalidLine
    if (this.json?.firstBad !== undefined) out.badJsonLine = this.json.firstBad
    return out
  }
}

/** The problems of an input scanned in segments, lines counted from each segment's start: as one. */
export function joinProblems(parts: ReadonlyArray<{problems: TextProblems; ownBreaks: number}>): TextProblems {
  const out: TextProblems = {encoding: parts[0]?.problems.encoding ?? 'UTF-8', invalid: 0, badJson: 0}
  let before = 0
  for (const {problems, ownBreaks} of parts) {
    out.invalid += problems.invalid
    out.badJson += problems.badJson
    if (out.invalidLine === undefined && problems.invalidLine !== undefined) out.invalidLine = before + problems.invalidLine
    if (out.badJsonLine === undefined && problems.badJsonLine !== undefined) out.badJsonLine = before + problems.badJsonLine
    before += ownBreaks
  }
  return out
}


/** What to report of an input's problems, one message per kind. */
export function describeProblems(problems: TextProblems): TextProblem[] {
  const out: TextProblem[] = []
  if (problems.invalid > 0) {
    const line = problems.invalidLine ?? 1
    const kind = problems.encoding === 'UTF-16' ? 'code unit' : 'sequence'
    const where = problems.invalid === 1 ? `on line ${line}` : `first on line ${line}`
    out.push({message: `${plural(problems.invalid, `invalid ${problems.encoding} ${kind}`)} (${where}), read as U+FFFD`, line})
  }
  if (problems.badJson > 0) {
    const line = problems.badJsonLine ?? 1
    const what = problems.badJson === 1 ? `1 line is not valid JSON (line ${line})` : `${problems.badJson} lines are not valid JSON (first: line ${line})`
    out.push({message: `${what}; scanned as text`, line})
  }
  return out
}
