/** `replay.canaries`: a replay's canary map and model outputs, under a data key of their own; never shown. */
import {aNumber, aString, either, object} from './check.js'
import type {KindSpec} from './spec.js'
import {oneLine, SHREDDED} from './text.js'

/** A `replay.canaries` body as a store may hold it; only the replay it belongs to is ever read. */
export interface StoredReplayCanaries {
  /** Sequence number of its `replay.result` entry. */
  replay?: number | string
}

export const replayCanaries: KindSpec<'replay.canaries'> = {
  guard: object({}, {replay: either(aNumber, aString, 'a number or a string')}),
  summary({kind, body}) {
    if (body === null) return `${kind}: ${SHREDDED}`
    return `Canary map and model outputs of replay entry ${body.replay === undefined ? '?' : oneLine(String(body.replay))} (under their own key; never shown)`
  },
}
