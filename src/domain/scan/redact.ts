/**
 * Redaction for `pl redact`: each finding's span is replaced by `[REDACTED:<rule>:<fingerprint
 * prefix>]`. A line that was valid JSON stays valid JSON: spans are clipped to the string values
 * they fall in and never end inside an escape sequence, and a redacted number becomes a string.
 */
import {jsonValueSpans, looksLikeJson} from './json-path.js'
import type {ValueSpan} from './json-path.js'
import type {Finding} from './types.js'

type Located = Pick<Finding, 'rule' | 'fingerprint' | 'line' | 'start' | 'end' | 'endLine'>

export function placeholder(finding: Pick<Finding, 'rule' | 'fingerprint'>): string {
  return `[REDACTED:${finding.rule}:${finding.fingerprint.slice(0, 8)}]`
}

interface Cut {
  start: number
  end: number
  text: string
}

/** The part of `line` (line number `lineNo`) each finding covers; a multi-line finding's placeholder goes on its first line. */
function cutsFor(line: string, lineNo: number, findings: readonly Located[]): Cut[] {
  const cuts: Cut[] = []
  for (const f of findings) {
    const last = f.endLine ?? f.line
    if (lineNo < f.line || lineNo > last) continue
    const start = f.line === lineNo ? f.start : 0
    const end = last === lineNo ? f.end : line.length
    if (end > start || f.line === lineNo) cuts.push({start, end: Math.min(end, line.length), text: f.line === lineNo ? placeholder(f) : ''})
  }
  cuts.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Cut[] = []
  for (const cut of cuts) {
    const previous = merged[merged.length - 1]
    if (previous !== undefined && cut.start < previous.end) {
      previous.end = Math.max(previous.end, cut.end)
      if (previous.text === '') previous.text = cut.text
    } else merged.push({...cut})
  }
  return merged
}

function backslashesBefore(line: string, at: number): number {
  let n = 0
  while (at - 1 - n >= 0 && line.charCodeAt(at - 1 - n) === 92) n++
  return n
}

/** Moves a position inside a string value out of any escape sequence it would split. */
function snapOutOfEscape(line: string, at: number, forward: boolean): number {
  for (let back = 1; back <= 5 && at - back >= 0; back++) {
    const escapeStart = at - back
    if (line.charCodeAt(escapeStart) !== 92 || backslashesBefore(line, escapeStart) % 2 === 1) continue
    const length = line[escapeStart + 1] === 'u' ? 6 : 2
    if (escapeStart + length > at) return forward ? escapeStart + length : escapeStart
  }
  return at
}

function jsonCuts(line: string, spans: readonly ValueSpan[], cuts: readonly Cut[]): Cut[] {
  const out: Cut[] = []
  for (const cut of cuts) {
    let text = cut.text
    for (const value of spans) {
      if (value.end <= cut.start && !(value.start === value.end && value.start === cut.start)) continue
      if (value.start >= cut.end) break
      const isString = line[value.start - 1] === '"'
      if (isString) {
        const start = snapOutOfEscape(line, Math.max(cut.start, value.start), false)
        const end = snapOutOfEscape(line, Math.min(cut.end, value.end), true)
        out.push({start, end, text})
      } else {
        out.push({start: value.start, end: value.end, text: JSON.stringify(text)})
      }
      text = ''
    }
  }
  return out
}

/**
 * `line` (1-based number `lineNo`) with every finding that touches it replaced by its placeholder.
 * Findings of other lines are ignored, so all findings of an input may be passed.
 */
export function redactLine(line: string, lineNo: number, findings: readonly Located[]): string {
  let cuts = cutsFor(line, lineNo, findings)
  if (cuts.length === 0) return line
  if (looksLikeJson(line)) {
    const spans = jsonValueSpans(line)
    if (spans !== null) cuts = jsonCuts(line, spans, cuts)
  }
  let out = ''
  let at = 0
  for (const cut of cuts) {
    if (cut.start < at) continue
    out += line.slice(at, cut.start) + cut.text
    at = cut.end
  }
  return out + line.slice(at)
}

/** A whole text redacted line by line (line breaks kept as they were). */
export function redactText(text: string, findings: readonly Located[]): string {
  const byLine = new Map<number, Located[]>()
  for (const f of findings) {
    for (let l = f.line; l <= (f.endLine ?? f.line); l++) {
      const list = byLine.get(l)
      if (list === undefined) byLine.set(l, [f])
      else list.push(f)
    }
  }
  return text
    .split('\n')
    .map((line, i) => {
      const list = byLine.get(i + 1)
      if (list === undefined) return line
      const cr = line.endsWith('\r')
      const redacted = redactLine(cr ? line.slice(0, -1) : line, i + 1, list)
      return cr ? `${redacted}\r` : redacted
    })
    .join('\n')
}
