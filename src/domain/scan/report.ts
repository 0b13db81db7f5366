/**
 * What `pl scan` reports and records: plain data shared by the scan service that builds it, the
 * renderers that print it (table, summary, SARIF) and the ledger entries that keep it. Never a raw
 * value: findings are masked and fingerprinted.
 */
import type {Channel} from '../replay/channel.js'
import {EXAMPLE_BODY, STAND_IN, TEST_CARD_REASON} from './checks.js'
import type {UnmatchablePrompt} from './prompts.js'
import type {Category, PairedHalf} from './types.js'

/** `store`: fingerprints comparable across scans of this store; `ephemeral`: only within this run. */
export type FingerprintScope = 'store' | 'ephemeral'

/** What a token's provider said when asked (`pl scan --verify`). */
export type Verification = 'live' | 'revoked/invalid' | 'unknown'

/** A finding as pl reports and records it: located, masked, fingerprinted; never the value. */
export interface ReportedFinding {
  rule: string
  category: Category
  /** The input as given, a file found under a given directory, or `-` for standard input. */
  path: string
  /** 1-based line in the decompressed input. */
  line: number
  /** 1-based column in UTF-16 code units. */
  column: number
  endLine: number
  /** Column just after the finding (exclusive), on `endLine`. */
  endColumn: number
  jsonPath?: string
  /** The tenant the record it was found in names, when it names one. */
  tenant?: string
  masked: string
  /** HMAC-SHA-256 of the value (hex) under the fingerprint key; see `stats.fingerprintScope`. */
  fingerprint: string
  /** Length of the matched value in characters. */
  length: number
  promptName?: string
  /** For known prompts: the fraction of the registered prompt found. */
  coverage?: number
  /** For known prompts: where in an exchange the copy sits; `system` is its own place (a note, not a leak). */
  channel?: Channel
  /** `low` for a value in its provider's exact format that fails its checksum; `reason` says so. */
  confidence?: 'low'
  reason?: string
  /** For the secret half of a paired credential (an AWS secret and its key id): the other half, found nearby. */
  pair?: PairedHalf
  /** With --verify, for tokens whose provider has a read-only check: what the provider said. */
  verification?: Verification
  /** With --verify, when the answer is `unknown` because the provider did not answer: where it was asked and why. */
  verificationError?: string
}

/** With --verify: a provider that gave no answer, once, with why (a timeout, a refused connection, an HTTP status). */
export interface VerificationFailure {
  /** The variable of the provider's address, and the host asked. */
  variable: string
  host: string
  reason: string
  rules: string[]
  /** Distinct values left unknown by it. */
  tokens: number
}

export interface ScanError {
  path: string
  message: string
  /**
   * Set for a problem in the text of an input that was read to its end (invalid UTF-8, lines of a
   * JSON Lines file that are not JSON): the line where it first shows. Absent when the input
   * could not be read, or not all of it.
   */
  line?: number
}

export interface ScanStats {
  /** Inputs scanned as text (stdin counts as one). */
  files: number
  /** Bytes of text scanned, after decompression. */
  bytes: number
  lines: number
  /** Files found in a directory that look binary (an image beside the logs): not read. */
  skippedBinary: number
  /** Their paths, in the order found. */
  skippedBinaryPaths?: string[]
  /** Pipes, sockets and devices found in a directory: not read (one named on the command line is). */
  skippedSpecial?: number
  /** Directories reached again through a symbolic link (a loop, or one already scanned): walked once. */
  skippedRepeated?: number
  /** Files reached again by another path (a link to one already taken, or named twice): scanned once. */
  skippedRepeatedFiles?: number
  errors: ScanError[]
  durationMs: number
}

export interface ScanReportStats extends ScanStats {
  /** With --verify: distinct values checked, by answer. */
  verification?: Record<Verification, number>
  /** With --verify: each provider that did not answer, and why. */
  verificationFailures?: VerificationFailure[]
  findings: number
  byCategory: Record<Category, number>
  /** Distinct fingerprints among the findings. */
  distinctValues: number
  /** Registered prompts (`--prompts`). */
  prompts: number
  /** With --prompts: copies of registered prompts by channel (those in `system`, their own place, are notes). */
  byChannel?: Record<Channel, number>
  /** Copies of registered prompts in their own place: counted, listed as notes (unless hidden). */
  expectedCopies?: number
  /** Set when --hide-expected left the copies in their own place out of `findings`. */
  expectedHidden?: boolean
  /** Findings of confidence `low` (a failed checksum), counted apart: they fail the scan only with --fail-on low. */
  lowConfidence?: number
  /** `store`: fingerprints comparable across scans of this store; `ephemeral`: only within this run. */
  fingerprintScope: FingerprintScope
  /** Why a store exists but its key was not used (only then). */
  fingerprintNote?: string
  /** Registered prompts whose copies can never be found (too short, or nothing but common phrases). */
  unmatchablePrompts?: UnmatchableNote[]
}

/** A registered prompt pl cannot look for: its name, why, and a sentence saying so (never quoting it). */
export interface UnmatchableNote {
  name: string
  reason: UnmatchablePrompt['reason']
  message: string
}

/** One distinct raw value of an incident scan, recorded under its own data key. */
export interface CapturedSecret {
  fingerprint: string
  rule: string
  category: Category
  masked: string
  /** The data key of its `secret.captured` entry: shredding it destroys the raw value. */
  keyId: string
  /** Sequence number of its `secret.captured` entry. */
  entry: number
  occurrences: number
  /** True when an earlier scan of the incident had captured it already (its entry is reused). */
  earlier?: boolean
}

export interface RecordedScan {
  incident: string
  /** Sequence number of the `scan.findings` entry. */
  entry: number
  secretsCaptured: number
  secretsAlreadyCaptured: number
}

export interface ScanReport {
  findings: ReportedFinding[]
  stats: ScanReportStats
  incident?: RecordedScan
  /** With --incident, when nothing was recorded: no input could be read at all (a mistyped path). */
  notRecorded?: {incident: string; reason: string}
}

/**
 * Whether an incident scan has nothing to record: no input was read as text and some could not be
 * read (a mistyped or missing path). An input set read in part is recorded: what was read, and,
 * in the entry's stats.errors, each input that was not.
 */
export function nothingRead(stats: Pick<ScanStats, 'files' | 'errors'>): boolean {
  return stats.files === 0 && stats.errors.some((e) => e.line === undefined)
}

/** A copy of a registered prompt in its own place (a system message, the request's instructions): a note, not a leak. */
export const isExpectedCopy = (f: Pick<ReportedFinding, 'category' | 'channel'>): boolean => f.category === 'prompt' && f.channel === 'system'

/** A copy of a registered prompt in a model output or a user message: the leak itself. */
export const isPromptLeak = (f: Pick<ReportedFinding, 'category' | 'channel'>): boolean =>
  f.category === 'prompt' && (f.channel === 'model-output' || f.channel === 'user-message')

/**
 * A low-confidence finding on a value that is neither someone's data nor a credential: an address
 * in a reserved range, a published test card, a typed stand-in or example body. An incident scan lists it but does
 * not capture its raw value into the store (a log of private addresses would add a data key per
 * address); a checksum-failing token or id is captured, since it may be a real one mistyped.
 */
export const isNotSensitive = (f: Pick<ReportedFinding, 'rule' | 'confidence' | 'reason'>): boolean =>
  f.confidence === 'low' && (f.rule === 'ip-address' || NOT_SENSITIVE_REASONS.has(f.reason ?? ''))

/**
 * Reasons of low-confidence findings on typed values: stand-ins, examples in a provider's format,
 * test cards. Not an unnamed token labelled a stand-in (HIGH_ENTROPY_STAND_IN): a random key holds
 * `fake` or `abcde` by chance (about 1 in 7,000 of 32 characters), and it is captured like any
 * unnamed token rather than lost as evidence.
 */
const NOT_SENSITIVE_REASONS = new Set([STAND_IN, TEST_CARD_REASON, EXAMPLE_BODY])

/**
 * The findings that make `pl scan` exit non-zero: all but notes (copies of prompts in their own
 * place) and, unless `failOnLow`, low-confidence ones.
 */
export const countsForExit = (f: Pick<ReportedFinding, 'category' | 'channel' | 'confidence'>, failOnLow = false): boolean =>
  !isExpectedCopy(f) && (failOnLow || f.confidence !== 'low')
