/**
 * `pl incident grant` / `pl incident revoke-access` (issue 17, ADR 0014): who may read an
 * incident's evidence. Granting seals the incident's access key to the responder's X25519 key
 * (only someone who holds it can); revoking deletes their sealed copy. Both are recorded as
 * entries of the incident anyone can read.
 */
import {fromHex, toHex} from '../../domain/bytes.js'
import type {Member} from '../../domain/responders/roster.js'
import {ROSTER_KEY_ID} from '../../domain/responders/roster.js'
import {UserError} from '../../errors.js'
import {deleteGrant, grantees, insertGrant} from '../../store/access.js'
import type {UnlockedLedger} from '../../store/ledger.js'
import {readRoster} from '../../store/roster.js'
import type {SessionOptions} from '../session.js'
import {withLedger} from '../store-access.js'

export interface AccessResult {
  incident: string
  responder: string
  /** Everyone granted on the incident afterwards. */
  granted: string[]
  seq: number
}

function context(ledger: UnlockedLedger, incident: string, name: string): {target: Member; names: () => string[]} {
  const roster = readRoster(ledger)
  if (roster.genesis === undefined || !ledger.author) throw new UserError('invalid-input', 'This store has no enrolled responders: everyone who holds its passphrase reads every incident.', {hints: ['Enroll responders first (`pl responder add`).']})
  const opened = ledger.rowsOfIncidentKind(incident, 'incident.opened')[0]
  if (!opened) throw new UserError('not-found', `No incident ${incident} in this store.`, {hints: ['`pl incident list` shows them.']})
  if (grantees(ledger.db, incident).length === 0) {
    throw new UserError('invalid-input', `${incident} was opened before this store had responders: its keys are under the store key, which every responder holds.`)
  }
  const target = roster.activeByName(name)
  if (!target) throw new UserError('not-found', `No active responder named ${name}.`, {hints: ['`pl responder list` shows who is enrolled.']})
  const names = () => grantees(ledger.db, incident).map((k) => roster.members.findLast((m) => m.signKey === k)?.name ?? k.slice(0, 12))
  return {target, names}
}

export function grantAccess(session: SessionOptions, incident: string, name: string): Promise<AccessResult> {
  return withLedger(session, (ledger) => {
    const {target, names} = context(ledger, incident, name)
    // Only a responder who holds the incident's access key can seal it to another (exit 13 otherwise).
    const sealed = ledger.sealAccessTo(incident, fromHex(target.boxKey))
    if (grantees(ledger.db, incident).includes(target.signKey)) throw new UserError('invalid-input', `${name} already has access to ${incident}.`)
    const [row] = ledger.transaction(() => {
      insertGrant(ledger.db, {incident, responder: target.signKey, sealed, created: ledger.now()})
      return ledger.append([{incident, kind: 'access.granted', keyId: ROSTER_KEY_ID, body: {name: target.name, signKey: target.signKey}}])
    })
    return {incident, responder: target.name, granted: names(), seq: row!.seq}
  })
}

export function revokeAccess(session: SessionOptions, incident: string, name: string): Promise<AccessResult> {
  return withLedger(session, (ledger) => {
    const {target, names} = context(ledger, incident, name)
    const me = toHex(ledger.author!.signPublicKey)
    const roster = readRoster(ledger)
    const holders = grantees(ledger.db, incident)
    if (!holders.includes(me) && !roster.current(me)?.admin) throw ledger.noAccess(incident)
    if (!holders.includes(target.signKey)) throw new UserError('not-found', `${name} has no access to ${incident}.`)
    if (holders.length === 1) throw new UserError('invalid-input', `${name} is the last responder with access to ${incident}: grant someone else first, or its evidence becomes unreadable.`)
    const [row] = ledger.transaction(() => {
      deleteGrant(ledger.db, incident, target.signKey)
      return ledger.append([{incident, kind: 'access.revoked', keyId: ROSTER_KEY_ID, body: {name: target.name, signKey: target.signKey}}])
    })
    return {incident, responder: target.name, granted: names(), seq: row!.seq}
  })
}
