/**
 * Evidence identifiers and kinds. An exhibit's id is derived from the sequence number of the
 * ledger entry that recorded it, so it is unique without coordination: EV-<seq>.
 */
import type {EvidenceKind} from './entry.js'

export function evidenceId(seq: number): string {
  return `EV-${seq}`
}

/** The entry sequence number of an evidence id, or undefined when it is not one. */
export function parseEvidenceId(input: string): number | undefined {
  const m = /^EV-([1-9][0-9]*)$/i.exec(input.trim())
  if (!m) return undefined
  const seq = Number(m[1])
  return Number.isSafeInteger(seq) ? seq : undefined
}

const KIND_BY_EXTENSION: Readonly<Record<string, EvidenceKind>> = {
  log: 'log',
  jsonl: 'log',
  ndjson: 'log',
  gz: 'log',
  txt: 'log',
  har: 'exchange',
  prompt: 'prompt',
}

/** A best guess from the file name; a captured exchange is recognised by content later. */
export function guessEvidenceKind(name: string): EvidenceKind {
  const lower = name.toLowerCase()
  if (/(^|[^a-z])(trace|traces|spans?|otel)([^a-z]|$)/.test(lower)) return 'trace'
  if (/(^|[^a-z])(exchange|conversation|chat)([^a-z]|$)/.test(lower)) return 'exchange'
  if (/(^|[^a-z])(system[-_]?prompt|prompt)([^a-z]|$)/.test(lower)) return 'prompt'
  const ext = lower.includes('.') ? lower.slice(lower.lastIndexOf('.') + 1) : ''
  return KIND_BY_EXTENSION[ext] ?? 'artifact'
}
