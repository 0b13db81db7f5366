/** An incident's timeline: one event per entry, each with its one-line summary (./entries/). */
import {isKind, summarize} from './entries/index.js'
import type {KeyShreddedBody} from './entries/key-shredded.js'
import type {SummaryContext} from './entries/spec.js'
import type {LedgerEntry, Phase} from './entry.js'
import type {EvidenceNumbering} from './evidence.js'
import {numberedFromStart} from './evidence.js'
import {collectMarks} from './marks.js'
import {SHREDDED} from './entries/text.js'

/** What a responder without a grant on the incident sees instead of an entry's content (ADR 0014). */
export const NO_ACCESS = '[no access to the content]'

export interface TimelineEvent {
  /** Event time: a mark's `at`, otherwise the record time. */
  at: number
  recordedAt: number
  seq: number
  kind: string
  actor: string
  phase?: Phase
  /** One line; never evidence content. */
  summary: string
  /** A later mark of the same phase corrected this one. */
  superseded: boolean
  supersededBy?: number
  corrects?: number
}

/**
 * One event per entry, by event time then seq; backdated marks land where they happened. Evidence
 * ids follow the store's numbering (by default that of the entries given).
 */
export function buildTimeline(entries: readonly LedgerEntry[], numbering: EvidenceNumbering = numberedFromStart(entries)): TimelineEvent[] {
  const marks = new Map(collectMarks(entries).map((mark) => [mark.seq, mark]))
  const shreds: KeyShreddedBody[] = []
  for (const entry of entries) if (isKind(entry, 'key.shredded') && entry.body !== null) shreds.push(entry.body)
  const context: SummaryContext = {
    shredOfKey: (keyId) => shreds.find((shred) => shred.keyId === keyId),
    placedMark: (seq) => marks.get(seq),
    evidenceIdOf: (seq) => numbering.idOf(seq),
    shownId: (recorded, recordSeq) => numbering.shownId(recorded, recordSeq),
  }
  // Plain literals, one shape per branch: a timeline of an incident can have tens of thousands of rows.
  const events = entries.map((entry): TimelineEvent => {
    const summary = entry.noAccess ? summarize(entry, context).replace(SHREDDED, NO_ACCESS) : summarize(entry, context)
    const mark = marks.get(entry.seq)
    if (mark === undefined) {
      return {at: entry.ts, recordedAt: entry.ts, seq: entry.seq, kind: entry.kind, actor: entry.actor, summary, superseded: false}
    }
    const event: TimelineEvent = {
      at: mark.at,
      recordedAt: entry.ts,
      seq: entry.seq,
      kind: entry.kind,
      actor: entry.actor,
      phase: mark.phase,
      summary,
      superseded: mark.supersededBy !== undefined,
    }
    if (mark.supersededBy !== undefined) event.supersededBy = mark.supersededBy
    if (mark.corrects !== undefined) event.corrects = mark.corrects
    return event
  })
  return events.sort((a, b) => a.at - b.at || a.seq - b.seq)
}
