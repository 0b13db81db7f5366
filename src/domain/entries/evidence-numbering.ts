/**
 * `evidence.numbering`: written once per store, just before the first evidence item a numbering
 * pl adds (ADR 0016). Items recorded before it keep their former id (EV-<entry>) as an alias; ids
 * recorded in entries before it are entry numbers.
 */
import {aNumber, object} from './check.js'
import type {KindSpec} from './spec.js'
import {SHREDDED} from './text.js'

export interface EvidenceNumberingBody {
  /** Items (exhibits, captured values, runbook answers) recorded before this entry. */
  earlierItems: number
}

export const evidenceNumbering: KindSpec<'evidence.numbering'> = {
  guard: object({earlierItems: aNumber}),
  summary({body}) {
    if (body === null) return `Evidence numbering: ${SHREDDED}`
    const head = 'Evidence ids count items in the order they are added (EV-1, EV-2, …)'
    return body.earlierItems > 0 ? `${head}; the ${body.earlierItems} earlier item(s) keep their entry-number ids as aliases` : head
  },
}
