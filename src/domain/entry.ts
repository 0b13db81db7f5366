/**
 * Ledger entries as the domain sees them. The store keeps the header in clear and the body
 * encrypted; each kind's body shape after decryption, its guard and its timeline summary live in
 * ./entries/ (one module per kind). Pure types: no I/O.
 */
import type {AccessChangedBody} from './entries/access-changed.js'
import type {StoredActionResult} from './entries/action-result.js'
import type {EvidenceAddedBody} from './entries/evidence-added.js'
import type {EvidenceNumberingBody} from './entries/evidence-numbering.js'
import type {EvidenceRevealedBody} from './entries/evidence-revealed.js'
import type {IncidentOpenedBody} from './entries/incident-opened.js'
import type {KeyShreddedBody} from './entries/key-shredded.js'
import type {NoteBody} from './entries/note.js'
import type {StoredPostmortemInput} from './entries/postmortem-input.js'
import type {StoredReplayCanaries} from './entries/replay-canaries.js'
import type {StoredReplayResult} from './entries/replay-result.js'
import type {StoredRunbookLease} from './entries/runbook-lease.js'
import type {StoredRunbookSecret} from './entries/runbook-secret.js'
import type {StoredRunbookStep} from './entries/runbook-step.js'
import type {StoredScanFindings} from './entries/scan-findings.js'
import type {StoredSecretCaptured} from './entries/secret-captured.js'
import type {ResponderAddedBody} from './entries/responder-added.js'
import type {ResponderRevokedBody} from './entries/responder-revoked.js'
import type {TimelineMarkBody} from './entries/timeline-mark.js'

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

/**
 * The body of each kind as a reader may find it in a store (older versions' shapes included):
 * what the kind's guard proves. Writers use the stricter written types where they differ
 * (ScanFindingsBody, SecretCapturedBody, …).
 */
export interface EntryBodies {
  'incident.opened': IncidentOpenedBody
  'timeline.mark': TimelineMarkBody
  note: NoteBody
  'evidence.added': EvidenceAddedBody
  'evidence.revealed': EvidenceRevealedBody
  'evidence.numbering': EvidenceNumberingBody
  'key.shredded': KeyShreddedBody
  'scan.findings': StoredScanFindings
  'secret.captured': StoredSecretCaptured
  'runbook.step': StoredRunbookStep
  'runbook.secret': StoredRunbookSecret
  'runbook.lease': StoredRunbookLease
  'action.result': StoredActionResult
  'replay.result': StoredReplayResult
  'replay.canaries': StoredReplayCanaries
  'postmortem.input': StoredPostmortemInput
  'responder.added': ResponderAddedBody
  'responder.revoked': ResponderRevokedBody
  'access.granted': AccessChangedBody
  'access.revoked': AccessChangedBody
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
  /** Set when the body is null because the reader has no grant on the incident (ADR 0014), not because its key was shredded. */
  noAccess?: true
}
