/**
 * `access.granted` and `access.revoked`: a responder was given, or lost, the incident's access
 * key (ADR 0014). Under the store's public roster key, so an auditor reads who could read an
 * incident without any key; the incident's opener holds access from its first entry.
 */
import {aString, object} from './check.js'
import type {KindSpec} from './spec.js'
import {oneLine, SHREDDED} from './text.js'

export interface AccessChangedBody {
  /** The responder's name and Ed25519 key (hex). */
  name: string
  signKey: string
}

export const accessGranted: KindSpec<'access.granted'> = {
  guard: object({name: aString, signKey: aString}),
  summary: ({body}) => (body === null ? `Access granted: ${SHREDDED}` : `Access granted to ${oneLine(body.name)}`),
}

export const accessRevoked: KindSpec<'access.revoked'> = {
  guard: object({name: aString, signKey: aString}),
  summary: ({body}) => (body === null ? `Access revoked: ${SHREDDED}` : `Access revoked from ${oneLine(body.name)}`),
}
