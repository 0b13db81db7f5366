/** `postmortem.input`: the root cause and action items a responder recorded for the postmortem. */
import {aString, listOf, object} from './check.js'
import type {KindSpec} from './spec.js'
import {SHREDDED} from './text.js'

export interface PostmortemInputBody {
  rootCause?: string
  actionItems: string[]
}

/** A `postmortem.input` body as a store may hold it: readers count missing action items as none. */
export interface StoredPostmortemInput {
  rootCause?: string
  actionItems?: string[]
}

export const postmortemInput: KindSpec<'postmortem.input'> = {
  guard: object({}, {rootCause: aString, actionItems: listOf(aString)}),
  summary({kind, body}) {
    if (body === null) return `${kind}: ${SHREDDED}`
    const items = body.actionItems?.length ?? 0
    return `Postmortem input: ${body.rootCause === undefined ? 'no root cause' : 'root cause recorded'}; ${items} action item${items === 1 ? '' : 's'}`
  },
}
