/**
 * Every ledger entry kind pl writes, with its body guard and timeline summary (one module each).
 *
 * A body is read only through `isKind`, which checks it against its kind's guard: a malformed body
 * is an IntegrityError naming the entry, never a silent fallback. A shredded body (null) passes.
 * Kinds this version does not know (written by a newer one) are not checked: they are counted and
 * named, so an older reader can still show an incident written by a newer one.
 */
import type {KnownKind, LedgerEntry} from '../entry.js'
import {accessGranted, accessRevoked} from './access-changed.js'
import {actionResult} from './action-result.js'
import type {Guard} from './check.js'
import {holds} from './check.js'
import {evidenceAdded} from './evidence-added.js'
import {evidenceNumbering} from './evidence-numbering.js'
import {evidenceRevealed} from './evidence-revealed.js'
import {incidentOpened} from './incident-opened.js'
import {keyShredded} from './key-shredded.js'
import {note} from './note.js'
import {postmortemInput} from './postmortem-input.js'
import {replayCanaries} from './replay-canaries.js'
import {replayResult} from './replay-result.js'
import {responderAdded} from './responder-added.js'
import {responderRevoked} from './responder-revoked.js'
import {runbookLease} from './runbook-lease.js'
import {runbookSecret} from './runbook-secret.js'
import {runbookStep} from './runbook-step.js'
import {scanFindings} from './scan-findings.js'
import {secretCaptured} from './secret-captured.js'
import type {KindSpec, SummaryContext} from './spec.js'
import {timelineMark} from './timeline-mark.js'
import {oneLine} from './text.js'

export const ENTRY_KINDS: {readonly [K in KnownKind]: KindSpec<K>} = {
  'incident.opened': incidentOpened,
  'timeline.mark': timelineMark,
  note,
  'evidence.added': evidenceAdded,
  'evidence.revealed': evidenceRevealed,
  'evidence.numbering': evidenceNumbering,
  'key.shredded': keyShredded,
  'scan.findings': scanFindings,
  'secret.captured': secretCaptured,
  'runbook.step': runbookStep,
  'runbook.secret': runbookSecret,
  'runbook.lease': runbookLease,
  'action.result': actionResult,
  'replay.result': replayResult,
  'replay.canaries': replayCanaries,
  'postmortem.input': postmortemInput,
  'responder.added': responderAdded,
  'responder.revoked': responderRevoked,
  'access.granted': accessGranted,
  'access.revoked': accessRevoked,
}

export function isKnownKind(kind: string): kind is KnownKind {
  return Object.hasOwn(ENTRY_KINDS, kind)
}

/**
 * True when the entry is of `kind`, its body checked against the kind's guard (an IntegrityError
 * naming the entry when it is malformed); false for an entry of another kind.
 */
export function isKind<K extends KnownKind>(entry: LedgerEntry, kind: K): entry is LedgerEntry<K> {
  if (entry.kind !== kind) return false
  const spec: KindSpec<K> = ENTRY_KINDS[kind]
  return entry.body === null || holds(spec.guard, entry.body, entry)
}

/**
 * The entry's body, checked against its kind's guard when the kind is known: for readers that
 * show any body generically (the postmortem's field lists).
 */
export function checkedBody(entry: LedgerEntry): unknown {
  const {kind, body} = entry
  if (isKnownKind(kind) && body !== null) {
    const guard: Guard<unknown> = ENTRY_KINDS[kind].guard
    holds(guard, body, entry)
  }
  return body
}

/** The entry's one-line timeline summary; a kind this version does not know is named by its kind. */
export function summarize(entry: LedgerEntry, context: SummaryContext): string {
  return isKnownKind(entry.kind) ? summaryOf(entry, entry.kind, context) : oneLine(entry.kind)
}

function summaryOf<K extends KnownKind>(entry: LedgerEntry, kind: K, context: SummaryContext): string {
  if (!isKind(entry, kind)) return oneLine(entry.kind)
  const spec: KindSpec<K> = ENTRY_KINDS[kind]
  return spec.summary(entry, context)
}
