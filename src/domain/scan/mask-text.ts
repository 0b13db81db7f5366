/**
 * A text about to leave pl (a notify message) or be recorded (a note, a title, a free-text answer;
 * ADR 0038): every secret or personal value pl's own scanner finds in it is replaced by its masked
 * form (`ghp_…a1b2`), so a raw value is never sent, stored or shown. Pure.
 */
import {createScanner} from './engine.js'
import type {Finding} from './types.js'

export interface MaskedText {
  text: string
  /** What was masked: the rule and the masked form, never the value. */
  masked: {rule: string; masked: string}[]
}

/** Offsets of the start of each line (1-based line n starts at starts[n - 1]). */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

export function maskSecrets(text: string): MaskedText {
  return createTextMasker()(text)
}

/** Masks texts with one scanner: its detectors are built once, for many texts (a timeline's notes). */
export function createTextMasker(): (text: string) => MaskedText {
  let found: Finding[] = []
  const scanner = createScanner({fingerprint: () => '', onSecret: (finding) => void found.push(finding)})
  return (text) => {
    found = []
    scanner.scanText(text)
    return masked(text, found)
  }
}

function masked(text: string, found: readonly Finding[]): MaskedText {
  if (found.length === 0) return {text, masked: []}
  const starts = lineStarts(text)
  const at = (line: number, offset: number) => (starts[line - 1] ?? text.length) + offset
  const spans = found
    .map((f) => ({from: at(f.line, f.start), to: at(f.endLine ?? f.line, f.end), f}))
    .sort((a, b) => a.from - b.from || b.to - a.to)
  let out = ''
  let pos = 0
  const masked: MaskedText['masked'] = []
  for (const {from, to, f} of spans) {
    // A span inside one already masked is covered by it.
    if (from < pos) continue
    out += text.slice(pos, from) + f.masked
    pos = Math.max(to, from)
    masked.push({rule: f.rule, masked: f.masked})
  }
  return {text: out + text.slice(pos), masked}
}
