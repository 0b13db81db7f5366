/** `evidence.revealed`: an exhibit's plaintext was written out. */
import {aString, object} from './check.js'
import type {KindSpec} from './spec.js'
import {oneLine, SHREDDED} from './text.js'

export interface EvidenceRevealedBody {
  evidence: string
  /** Where the plaintext went: standard output or a file name (never its content). */
  to: string
}

export const evidenceRevealed: KindSpec<'evidence.revealed'> = {
  guard: object({evidence: aString, to: aString}),
  summary({body, seq}, context) {
    if (body === null) return `Evidence revealed: ${SHREDDED}`
    return `Evidence ${oneLine(context.shownId(body.evidence, seq))} revealed to ${oneLine(body.to)}`
  },
}
