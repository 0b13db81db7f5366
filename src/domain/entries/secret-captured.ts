/**
 * `secret.captured`: one raw value a scan found, under a data key of its own so that it can be
 * crypto-shredded. The body holds the value: only its rule and fingerprint prefix are ever shown.
 */
import type {Category} from '../scan/types.js'
import {aString, object} from './check.js'
import type {KindSpec} from './spec.js'
import {oneLine, SHREDDED} from './text.js'

/** Body of a `secret.captured` entry as a scan writes it. */
export interface SecretCapturedBody {
  fingerprint: string
  rule: string
  category: Category
  raw: string
}

/** A `secret.captured` body as a store may hold it: readers name a value without its rule or fingerprint too. */
export interface StoredSecretCaptured {
  fingerprint?: string
  rule?: string
  category?: string
  raw?: string
}

export const secretCaptured: KindSpec<'secret.captured'> = {
  guard: object({}, {fingerprint: aString, rule: aString, category: aString, raw: aString}),
  summary({body}) {
    if (body === null) return `Captured secret: ${SHREDDED}`
    const rule = body.rule === undefined ? 'value' : oneLine(body.rule)
    const fp = body.fingerprint === undefined ? '' : ` ${oneLine(body.fingerprint.slice(0, 12))}…`
    return `Captured ${rule}${fp} under its own key (for revocation, shreddable)`
  },
}
