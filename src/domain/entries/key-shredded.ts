/** `key.shredded`: a data key was destroyed, and with it every entry and blob under it. */
import {aString, object} from './check.js'
import {displayName} from '../evidence.js'
import type {KindSpec} from './spec.js'
import {oneLine, SHREDDED} from './text.js'

export interface KeyShreddedBody {
  keyId: string
  evidence?: string
  name?: string
  reason?: string
}

export const keyShredded: KindSpec<'key.shredded'> = {
  guard: object({keyId: aString}, {evidence: aString, name: aString, reason: aString}),
  summary({body, seq}, context) {
    if (body === null) return `Key shredded: ${SHREDDED}`
    const {keyId, evidence, name, reason} = body
    const what = evidence === undefined ? `Key ${oneLine(keyId)}` : `Evidence ${oneLine(context.shownId(evidence, seq))}`
    const named = name === undefined ? '' : ` "${oneLine(displayName(name).name)}"`
    return `${what}${named} shredded${reason === undefined ? '' : `: ${oneLine(reason)}`}`
  },
}
