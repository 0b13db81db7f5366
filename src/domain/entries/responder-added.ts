/**
 * `responder.added`: an admin enrolled a responder (or the founder enrolled themselves, the first
 * one). Encrypted under the store's public roster key, so an auditor reads it without a key
 * (src/domain/responders/roster.ts, ADR 0014).
 */
import type {AddedBody} from '../responders/roster.js'
import {aBoolean, aString, object} from './check.js'
import type {KindSpec} from './spec.js'
import {oneLine, SHREDDED} from './text.js'

export type ResponderAddedBody = AddedBody

export const responderAdded: KindSpec<'responder.added'> = {
  guard: object({name: aString, signKey: aString, boxKey: aString, admin: aBoolean}, {sealedKek: aString}),
  summary: ({body}) => (body === null ? `Responder added: ${SHREDDED}` : `Responder ${oneLine(body.name)} enrolled${body.admin ? ' as an admin' : ''}`),
}
