/**
 * Redaction for `pl redact`: each finding's span is replaced by `[REDACTED:<rule>:<fingerprint
 * prefix>]`. A line that was valid JSON stays valid JSON: spans are clipped to the string values
 * they fall in and never end inside an escape sequence, and a redacted number becomes a string.
 */
import {jsonValueSpans, looksLikeJson} from './json-path.js'
import type {ValueSpan} from './json-path.js'
import {MARKER_SOURCE, redactionMarker} from './marker.js'
import type {Finding} from './types.js'

type Located = Pick<Finding, 'rule' | 'fingerprint' | 'line' | 'start' | 'end' | 'endLine'>

export function placeholder(finding: Pick<Finding, 'rule' | 'fingerprint'>): string {
  return redactionMarker(finding.rule, finding.fingerprint)
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

const PLACEHOLDER = new RegExp(MARKER_SOURCE, 'y')

/** Ranges [start, end) of `text`, sorted and disjoint, after merging the overlapping ones. */
function union(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const out: [number, number][] = []
  for (const [start, end] of sorted) {
    const last = out[out.length - 1]
    if (last !== undefined && start < last[1]) last[1] = Math.max(last[1], end)
    else out.push([start, end])
  }
  return out
}

/**
 * Whether `copy` is `original` with each range replaced by one placeholder or by nothing, and
 * nothing else changed: every character outside the ranges is there, in order.
 */
function onlyRangesChanged(original: string, copy: string, ranges: readonly (readonly [number, number])[]): boolean {
  const merged = union(ranges)
  // The text kept before each range, and after the last one.
  const kept = [...merged.map(([start], i) => original.slice(i === 0 ? 0 : (merged[i - 1]?.[1] ?? 0), start)), original.slice(merged[merged.length - 1]?.[1] ?? 0)]
  let at = 0
  for (let i = 0; i < merged.length; i++) {
    const before = kept[i] ?? ''
    if (!copy.startsWith(before, at)) return false
    at += before.length
    // A placeholder, unless the range was emptied and the kept text itself goes on with one.
    PLACEHOLDER.lastIndex = at
    if (PLACEHOLDER.exec(copy) !== null && copy.startsWith(kept[i + 1] ?? '', PLACEHOLDER.lastIndex)) at = PLACEHOLDER.lastIndex
  }
  return copy.slice(at) === kept[merged.length]
}

/** The part of line `lineNo` a finding covers: [start, end) of that line. */
function rangeOn(f: Located, lineNo: number, length: number): [number, number] {
  return [f.line === lineNo ? f.start : 0, (f.endLine ?? f.line) === lineNo ? f.end : length]
}

/**
 * Why the redacted `copy` of line `lineNo` is not the original with exactly its findings' spans
 * replaced, or undefined when it is. Checked independently of how the copy was made:
 *
 * - any line: every character outside the findings' spans is kept, in order, and what replaces a
 *   span is one placeholder or nothing;
 * - a JSON line (one record): a finding may not reach another line; the copy parses; it has the
 *   same values at the same paths (keys, key order, array lengths) and the same text between
 *   them (keys, literals, punctuation, spacing); a value no finding touches is byte-identical; a
 *   finding may touch only one value, and a number it covers becomes its placeholder as a string.
 */
export function redactionProblem(original: string, copy: string, lineNo: number, findings: readonly Located[]): string | undefined {
  const onLine = findings.filter((f) => f.line <= lineNo && lineNo <= (f.endLine ?? f.line))
  const spans = looksLikeJson(original) ? jsonValueSpans(original) : null
  if (spans === null) {
    return onlyRangesChanged(original, copy, onLine.map((f) => rangeOn(f, lineNo, original.length))) ? undefined : 'it would change outside the redacted spans'
  }
  if (onLine.some((f) => f.line !== lineNo || (f.endLine ?? f.line) !== lineNo)) return 'a finding reaches beyond this JSON record'
  const after = jsonValueSpans(copy)
  if (after === null) return 'the copy would not be valid JSON'
  if (after.length !== spans.length || after.some((span, i) => span.path !== spans[i]?.path)) return 'the copy would not keep its keys, key order and array lengths'
  const touched = new Map<Located, number>()
  let from = 0
  let at = 0
  for (let i = 0; i < spans.length; i++) {
    const value = spans[i] as ValueSpan
    const changed = after[i] as ValueSpan
    const isString = original[value.start - 1] === '"'
    const becameString = copy[changed.start - 1] === '"'
    const token: [number, number] = isString ? [value.start - 1, value.end + 1] : [value.start, value.end]
    const copyToken: [number, number] = becameString ? [changed.start - 1, changed.end + 1] : [changed.start, changed.end]
    if (original.slice(from, token[0]) !== copy.slice(at, copyToken[0])) return `the copy would change outside the values (before ${value.path})`
    from = token[1]
    at = copyToken[1]
    const hits = onLine.filter((f) => f.start < value.end && f.end > value.start)
    for (const f of hits) {
      const other = touched.get(f)
      if (other !== undefined && other !== i) return `a finding at column ${f.start + 1} touches more than one value`
      touched.set(f, i)
    }
    const before = original.slice(value.start, value.end)
    const now = copy.slice(changed.start, changed.end)
    if (hits.length === 0) {
      if (before !== now || isString !== becameString) return `${value.path} holds no finding but would change`
      continue
    }
    if (!isString) {
      PLACEHOLDER.lastIndex = 0
      const whole = PLACEHOLDER.exec(now)
      if (!becameString || whole === null || whole[0].length !== now.length) return `the number at ${value.path} would not become its placeholder`
      continue
    }
    if (!becameString) return `${value.path} would not stay a string`
    const ranges = hits.map((f): [number, number] => [
      snapOutOfEscape(original, Math.max(f.start, value.start), false) - value.start,
      snapOutOfEscape(original, Math.min(f.end, value.end), true) - value.start,
    ])
    if (!onlyRangesChanged(before, now, ranges)) return `${value.path} would change outside its redacted spans`
  }
  return original.slice(from) === copy.slice(at) ? undefined : 'the copy would change after its last value'
}

/** Where two parsed JSON values differ in shape (keys, key order, array lengths, non-string values), or undefined. */
export function shapeDifference(original: unknown, copy: unknown, path = '$'): string | undefined {
  if (typeof original === 'string' || typeof copy === 'string') {
    if (typeof copy !== 'string') return path
    if (typeof original === 'string') return undefined
    // A redacted number becomes its placeholder.
    PLACEHOLDER.lastIndex = 0
    const whole = PLACEHOLDER.exec(copy)
    return typeof original === 'number' && whole !== null && whole[0].length === copy.length ? undefined : path
  }
  if (Array.isArray(original) || Array.isArray(copy)) {
    if (!Array.isArray(original) || !Array.isArray(copy) || original.length !== copy.length) return path
    for (let i = 0; i < original.length; i++) {
      const difference = shapeDifference(original[i], copy[i], `${path}[${i}]`)
      if (difference !== undefined) return difference
    }
    return undefined
  }
  if (typeof original === 'object' && original !== null && typeof copy === 'object' && copy !== null) {
    const keys = Object.keys(original)
    const copyKeys = Object.keys(copy)
    if (keys.length !== copyKeys.length || keys.some((k, i) => k !== copyKeys[i])) return path
    for (const k of keys) {
      const difference = shapeDifference((original as Record<string, unknown>)[k], (copy as Record<string, unknown>)[k], `${path}.${k}`)
      if (difference !== undefined) return difference
    }
    return undefined
  }
  return Object.is(original, copy) ? undefined : path
}
