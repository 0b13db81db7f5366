/**
 * What a verification finds: the report `pl evidence verify` prints (and returns under --json)
 * and the postmortem's appendix summarises. Problem codes and messages are part of the CLI's
 * output: changing one changes what users and scripts see.
 */
import type {AttributionReport} from './attribution.js'

export type ProblemCode =
  | 'sequence'
  | 'entry-altered'
  | 'chain-broken'
  | 'checkpoint-signature'
  | 'checkpoint-root'
  | 'truncated'
  | 'unsealed'
  | 'blob'
  | 'external-checkpoint'
  | 'schema'
  | 'not-authentic'
  | 'key-missing'
  | 'grant-missing'
  | 'malformed-body'
  | 'public-key'
  | 'unsigned'
  | 'author-signature'
  | 'author-unknown'
  | 'author-revoked'
  | 'author-mismatch'
  | 'roster'
  | 'meta'
  | 'fork'
  | 'cosignature'
  | 'cosigners'

export interface Problem {
  code: ProblemCode
  message: string
  seq?: number
  checkpointSize?: number
}

export interface VerifyReport {
  ok: boolean
  storeId: string
  publicKey: string
  entries: number
  checkpoints: number
  latestCheckpoint: {size: number; root: string; ts: number} | null
  /** Entries after the latest signed checkpoint (a crash before sealing, or rows added behind pl's back). */
  unsealed: {from: number; to: number} | null
  blobs: {checked: number; orphanStreams: number}
  external: {size: number; consistent: boolean} | null
  problems: Problem[]
  /** The first entry found bad, if any. */
  firstBadEntry: number | null
  warnings: string[]
  /** Who wrote what (issue 17): the founder, each responder's entry count, entries from before responders; null when not checked. */
  attribution: AttributionReport | null
  /**
   * With the key (`--deep`): every entry and blob authenticated, every missing key shredded on the
   * record; entries of incidents the verifier holds no grant for are counted apart, not authenticated.
   */
  deep?: {entriesAuthenticated: number; blobsAuthenticated: number; shreddedKeys: number; entriesWithoutAccess: number}
  /** Responders' cosignatures of the checkpoints (issue 17 item 4, ADR 0014); absent without responders. */
  cosigning?: CosigningReport
}

export interface CosigningReport {
  /** The cosignature this verify added (or found already there) for the person verifying, else null. */
  cosigned: {responder: string; size: number; root: string} | null
  /** Why this verify did not cosign, when it did not. */
  notCosigned?: string
  /** Enrolled, non-revoked responders with a valid cosignature at or below the latest verified size: each once, at the largest size they cosigned. */
  cosigners: {name: string; size: number; ts: number}[]
  /** --require-cosigners, when given. */
  required: number | null
  /** The person's own record disagrees with the store: the size they cosigned, its root then, and the store's root at that size now (null: the store is now smaller). */
  fork: {size: number; cosignedRoot: string; storeRoot: string | null} | null
}

/** Adds problems found by a deeper check and recomputes the verdict. */
export function withProblems(report: VerifyReport, extra: readonly Problem[]): VerifyReport {
  const problems = [...report.problems, ...extra]
  // A fold, not Math.min(...seqs): a problem on each of a million entries must not overflow the stack.
  const firstBadEntry = extra.reduce<number | null>((min, p) => (p.seq === undefined || (min !== null && min <= p.seq) ? min : p.seq), report.firstBadEntry)
  return {...report, problems, ok: problems.length === 0, firstBadEntry}
}
