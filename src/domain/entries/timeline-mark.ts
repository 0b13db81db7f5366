/** `timeline.mark`: when a phase of the incident happened, possibly long before it was recorded. */
import type {Phase} from '../entry.js'
import {PHASES} from '../entry.js'
import type {PhaseMark} from '../marks.js'
import {aNumber, aString, object} from './check.js'
import type {KindSpec} from './spec.js'
import {oneLine, SHREDDED} from './text.js'

export interface TimelineMarkBody {
  /** One of PHASES when this version wrote it; a later version's phase is kept and left unplaced. */
  phase: string
  /** Event time, UTC epoch milliseconds (may be in the past). */
  at: number
  note?: string
}

/** A mark this version can place: of a phase it knows, at a finite time. */
export interface PlaceableMark {
  phase: Phase
  at: number
  note?: string
}

export function placeable(body: TimelineMarkBody | null): PlaceableMark | undefined {
  if (body === null || !Number.isFinite(body.at)) return undefined
  const phase = PHASES.find((known) => known === body.phase)
  if (phase === undefined) return undefined
  return body.note === undefined ? {phase, at: body.at} : {phase, at: body.at, note: body.note}
}

function markSummary(mark: PhaseMark): string {
  const corrects = mark.corrects === undefined ? '' : ` (corrects #${mark.corrects})`
  const superseded = mark.supersededBy === undefined ? '' : ` (superseded by #${mark.supersededBy})`
  const note = mark.note === undefined ? '' : `: ${oneLine(mark.note)}`
  return `Marked ${mark.phase}${corrects}${superseded}${note}`
}

export const timelineMark: KindSpec<'timeline.mark'> = {
  guard: object({phase: aString, at: aNumber}, {note: aString}),
  summary(entry, context) {
    const mark = context.placedMark(entry.seq)
    if (mark !== undefined) return markSummary(mark)
    return entry.body === null ? `Mark: ${SHREDDED}` : 'Mark with a phase or time this version cannot read'
  },
}
