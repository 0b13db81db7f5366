/** `responder.revoked`: an admin revoked a responder; from this seq on their signatures are refused. */
import type {RevokedBody} from '../responders/roster.js'
import {aString, object} from './check.js'
import type {KindSpec} from './spec.js'
import {oneLine, SHREDDED} from './text.js'

export type ResponderRevokedBody = RevokedBody

export const responderRevoked: KindSpec<'responder.revoked'> = {
  guard: object({name: aString, signKey: aString}, {reason: aString}),
  summary: ({body}) => (body === null ? `Responder revoked: ${SHREDDED}` : `Responder ${oneLine(body.name)} revoked${body.reason === undefined ? '' : `: ${oneLine(body.reason)}`}`),
}
