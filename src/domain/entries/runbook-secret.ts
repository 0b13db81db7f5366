/** `runbook.secret`: a password answer to a runbook step, under a data key of its own; never shown. */
import {aString, object} from './check.js'
import type {KindSpec} from './spec.js'
import {lineOf, SHREDDED} from './text.js'

/** Body of a `runbook.secret` entry as the walk writes it. */
export interface RunbookSecretBody {
  runbook: string
  step: string
  value: string
}

/** A `runbook.secret` body as a store may hold it: its runbook and step are only ever named, with a fallback. */
export interface StoredRunbookSecret {
  runbook?: string
  step?: string
  value?: string
}

export const runbookSecret: KindSpec<'runbook.secret'> = {
  guard: object({}, {runbook: aString, step: aString, value: aString}),
  summary({kind, body}) {
    if (body === null) return `${kind}: ${SHREDDED}`
    return `Runbook ${lineOf(body.runbook) ?? '?'}: password answer to step ${lineOf(body.step) ?? '?'} kept under its own key`
  },
}
