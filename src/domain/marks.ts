/**
 * Phase marks: the `timeline.mark` entries an incident's fold and timeline can place, each linked
 * to the earlier mark of its phase it corrects and the later one that corrects it.
 */
import {isKind} from './entries/index.js'
import {placeable} from './entries/timeline-mark.js'
import type {LedgerEntry, Phase} from './entry.js'

export interface PhaseMark {
  phase: Phase
  /** When it happened, UTC epoch ms; may be long before it was recorded. */
  at: number
  /** When the mark was appended (the entry's ts). */
  recordedAt: number
  seq: number
  actor: string
  note?: string
  /** Seq of the earlier mark of the same phase that this one corrects. */
  corrects?: number
  /** Seq of the later mark of the same phase that corrected this one. */
  supersededBy?: number
}

/** Placeable marks in seq order, each linked to the mark of its phase it corrects and the one that corrects it. */
export function collectMarks(entries: readonly LedgerEntry[]): PhaseMark[] {
  const marks: PhaseMark[] = []
  const latest = new Map<Phase, PhaseMark>()
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    if (!isKind(entry, 'timeline.mark')) continue
    const body = placeable(entry.body)
    if (body === undefined) continue
    const previous = latest.get(body.phase)
    const mark: PhaseMark = {
      phase: body.phase,
      at: body.at,
      recordedAt: entry.ts,
      seq: entry.seq,
      actor: entry.actor,
      ...(body.note === undefined ? {} : {note: body.note}),
      ...(previous === undefined ? {} : {corrects: previous.seq}),
    }
    if (previous !== undefined) previous.supersededBy = mark.seq
    latest.set(body.phase, mark)
    marks.push(mark)
  }
  return marks
}
