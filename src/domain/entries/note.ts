/** `note`: free text a responder added to the incident. */
import {aString, object} from './check.js'
import type {KindSpec} from './spec.js'
import {oneLine, SHREDDED} from './text.js'

export interface NoteBody {
  text: string
}

export const note: KindSpec<'note'> = {
  guard: object({text: aString}),
  summary: ({body}) => `Note: ${body === null ? SHREDDED : oneLine(body.text)}`,
}
