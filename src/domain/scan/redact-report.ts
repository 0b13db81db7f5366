/**
 * What `pl redact` reports: the result the command prints and the provenance sidecar written next
 * to the redacted copy. Positions, rules and keyed fingerprints only, never a removed value.
 */
import type {FingerprintScope, UnmatchableNote} from './report.js'
import type {Category} from './types.js'

/** One redaction as listed in the provenance sidecar: where, what kind, which value (keyed). */
export interface Redaction {
  rule: string
  category: Category
  line: number
  column: number
  endLine: number
  endColumn: number
  /** Characters removed (the matched value's length). */
  length: number
  fingerprint: string
  placeholder: string
  jsonPath?: string
  promptName?: string
}

export interface ProvenanceFile {
  format: 'pl-redaction-provenance/1'
  createdAt: string
  source: {path: string; size: number; sha256: string}
  output: {path: string; size: number; sha256: string}
  gzip: boolean
  fingerprintScope: FingerprintScope
  prompts: string[]
  /** Findings still present when the redacted copy was scanned again (0 expected). */
  remaining: number
  /** Problems in the source's text, redacted as read (invalid UTF-8 is written as U+FFFD). */
  problems?: string[]
  redactions: Redaction[]
}

export interface RedactResult {
  input: string
  output: string
  provenance: string
  redactions: number
  byRule: Record<string, number>
  fingerprintScope: FingerprintScope
  fingerprintNote?: string
  remaining: number
  gzip: boolean
  /** Problems in the source's text, redacted as read (invalid UTF-8 is written as U+FFFD). */
  problems?: string[]
  /** Registered prompts whose copies can never be found, so never redacted. */
  unmatchablePrompts?: UnmatchableNote[]
}
