/**
 * Ledger entry kinds and their decrypted bodies. The store keeps the header in clear and the body
 * encrypted; these are the shapes after decryption. Pure types: no I/O.
 */

export const PHASES = ['started', 'detected', 'acknowledged', 'contained', 'resolved'] as const
export type Phase = (typeof PHASES)[number]

export const SEVERITIES = ['P1', 'P2', 'P3', 'P4'] as const
export type Severity = (typeof SEVERITIES)[number]

export const INCIDENT_CLASSES = [
  'secret',
  'pii',
  'system-prompt',
  'cross-tenant',
  'training-data',
  'retrieved-context',
  'vendor',
  'other',
] as const
export type IncidentClass = (typeof INCIDENT_CLASSES)[number]

export const EVIDENCE_KINDS = ['log', 'prompt', 'exchange', 'trace', 'artifact'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

export interface IncidentOpenedBody {
  title: string
  severity: Severity
  classes: IncidentClass[]
  owner?: string
  summary?: string
}

export interface TimelineMarkBody {
  phase: Phase
  /** Event time, UTC epoch milliseconds (may be in the past). */
  at: number
  note?: string
}

export interface NoteBody {
  text: string
}

export interface EvidenceAddedBody {
  evidence: string
  name: string
  kind: EvidenceKind
  size: number
  /** SHA-256 of the original bytes, hex. */
  sha256: string
  /** Content address of the encrypted blob (hex SHA-256 of its ciphertext stream). */
  blob: string
  mediaType?: string
}

export interface EvidenceRevealedBody {
  evidence: string
  /** Where the plaintext went: standard output or a file name (never its content). */
  to: string
}

export interface KeyShreddedBody {
  keyId: string
  evidence?: string
  name?: string
  reason?: string
}

export interface EntryBodies {
  'incident.opened': IncidentOpenedBody
  'timeline.mark': TimelineMarkBody
  note: NoteBody
  'evidence.added': EvidenceAddedBody
  'evidence.revealed': EvidenceRevealedBody
  'key.shredded': KeyShreddedBody
}

export type KnownKind = keyof EntryBodies

/** An entry as the domain sees it: header fields plus the decrypted body (null once shredded). */
export interface LedgerEntry<K extends string = string> {
  seq: number
  /** Append (record) time, UTC epoch milliseconds. */
  ts: number
  incident: string
  kind: K
  actor: string
  keyId: string
  body: K extends KnownKind ? EntryBodies[K] | null : unknown
}
