/**
 * `pl responder init|add|revoke|list` (issue 17, ADR 0014): a person's identity, and the store's
 * roster as admin-signed ledger entries. Enrolling seals the store's KEK to the new responder's
 * X25519 key, so they open the store with their own identity and never the store passphrase.
 */
import {loadCrypto} from '../../crypto/sodium.js'
import type {KdfPreset} from '../../crypto/sodium.js'
import {fromHex, toHex} from '../../domain/bytes.js'
import type {Member, Roster} from '../../domain/responders/roster.js'
import {formatResponderKey, parseResponderKey, RESPONDER_NAME, ROSTER_INCIDENT, ROSTER_KEY_ID} from '../../domain/responders/roster.js'
import {UserError} from '../../errors.js'
import {deleteGrant, grantees, grantsOf} from '../../store/access.js'
import type {AuthorKeys} from '../../store/author.js'
import {localAuthor} from '../../store/author.js'
import type {UnlockedLedger} from '../../store/ledger.js'
import {readRoster} from '../../store/roster.js'
import type {SessionOptions} from '../session.js'
import {onStore, openLocked, withLedger} from '../store-access.js'
import {createIdentity, identityPath, publicKeyOf, readIdentityFile, unlockIdentity} from './identity.js'

export interface IdentityResult {
  path: string
  /** `plr1-…`: what an admin passes to `pl responder add NAME --key`. */
  publicKey: string
  signPublicKey: string
  boxPublicKey: string
}

export async function initIdentity(session: SessionOptions, options: {kdfPreset: KdfPreset}): Promise<IdentityResult> {
  const file = await createIdentity(session.env, session.prompter, await loadCrypto(), options.kdfPreset)
  return {path: identityPath(session.env), publicKey: publicKeyOf(file), signPublicKey: file.signPublicKey, boxPublicKey: file.boxPublicKey}
}

export interface ResponderView {
  name: string
  key: string
  admin: boolean
  status: 'active' | 'revoked'
  addedAt: number
  revokedAt?: number
  reason?: string
  founder: boolean
}

function view(m: Member, founder: Member | undefined): ResponderView {
  return {
    name: m.name,
    key: formatResponderKey({signKey: fromHex(m.signKey), boxKey: fromHex(m.boxKey)}),
    admin: m.admin,
    status: m.revokedAt === undefined ? 'active' : 'revoked',
    addedAt: m.addedAt,
    ...(m.revokedAt === undefined ? {} : {revokedAt: m.revokedAt}),
    ...(m.revokeReason === undefined ? {} : {reason: m.revokeReason}),
    founder: m === founder,
  }
}

export function listResponders(storePath: string): ResponderView[] {
  const ledger = openLocked(storePath, {readonly: true})
  try {
    const roster = onStore(storePath, () => readRoster(ledger))
    return roster.members.map((m) => view(m, roster.founder))
  } finally {
    ledger.close()
  }
}

/** The admin whose identity opened the ledger, or a no-access error naming the admins. */
function requireAdmin(ledger: UnlockedLedger, roster: Roster, what: string): Member {
  const me = ledger.author && roster.current(toHex(ledger.author.signPublicKey))
  if (!me?.admin) {
    throw new UserError('no-access', `Only an admin of this store can ${what}; you are ${me ? `${me.name}, not an admin` : 'not enrolled'}.`, {
      hints: [`Ask an admin (${roster.admins().map((m) => m.name).join(', ') || 'none left'}) to do it.`],
    })
  }
  return me
}

function checkName(name: string): void {
  if (!RESPONDER_NAME.test(name)) {
    throw new UserError('invalid-input', `"${name}" is not a responder name: use up to 64 letters, digits, and . _ @ - (it becomes the actor of their entries).`)
  }
}

export interface AddOptions {
  name: string
  key: string
  admin: boolean
  /** Enroll a key that was revoked: a deliberate act, never a copy-paste accident. */
  reenroll?: boolean
}

/** Appends the enrollment, its body carrying the store's KEK sealed to the responder's X25519 key. */
async function enroll(ledger: UnlockedLedger, options: AddOptions, keys: NonNullable<ReturnType<typeof parseResponderKey>>): Promise<ResponderView> {
  const sealed = await ledger.sealKekTo(keys.boxKey)
  const [row] = ledger.append([
    {
      incident: ROSTER_INCIDENT,
      kind: 'responder.added',
      keyId: ROSTER_KEY_ID,
      body: {name: options.name, signKey: toHex(keys.signKey), boxKey: toHex(keys.boxKey), admin: options.admin, sealedKek: Buffer.from(sealed).toString('base64')},
    },
  ])
  const roster = readRoster(ledger)
  return view(roster.members.find((m) => m.addedAt === row!.seq)!, roster.founder)
}

/**
 * Enrolls a responder (an admin signs it). In a store without responders, the first one enrolled
 * is its founder: the person enrolling themselves with their own key, opened with the store
 * passphrase this once, and an admin.
 */
export async function addResponder(session: SessionOptions, options: AddOptions): Promise<ResponderView> {
  checkName(options.name)
  const keys = parseResponderKey(options.key)
  if (!keys) throw new UserError('invalid-input', `--key must be a responder key (plr1- and 128 hex digits), as \`pl responder init\` prints it.`)
  const locked = openLocked(session.storePath)
  let roster: Roster
  try {
    roster = onStore(session.storePath, () => readRoster(locked))
  } finally {
    locked.close()
  }
  if (roster.genesis !== undefined) {
    return withLedger(session, async (ledger) => {
      const current = readRoster(ledger)
      requireAdmin(ledger, current, 'enroll responders')
      if (current.activeByName(options.name)) throw new UserError('invalid-input', `A responder named ${options.name} is already enrolled.`, {hints: ['Pick another name, or revoke theirs first.']})
      const already = current.current(toHex(keys.signKey))
      if (already) throw new UserError('invalid-input', `This key is already enrolled, as ${already.name}.`)
      // Its last enrolment (not active: checked above), so a key enrolled and revoked twice is quoted by its latest revocation.
      const revoked = current.members.findLast((m) => m.signKey === toHex(keys.signKey))
      if (revoked && options.reenroll !== true) {
        const why = revoked.revokeReason === undefined ? '' : ` (${revoked.revokeReason})`
        throw new UserError('invalid-input', `This key is ${revoked.name}'s, revoked at entry ${revoked.revokedAt}${why}: enrolling it again would let their old identity file open the store.`, {
          hints: [`If ${revoked.name} is back and keeps that key, pass --reenroll (the enrolment is on the record); otherwise ask them for a new identity and its key.`],
        })
      }
      return enroll(ledger, options, keys)
    })
  }
  // The founder: only the holder of the store passphrase, enrolling their own identity.
  const file = readIdentityFile(session.env)
  if (!file || file.signPublicKey !== toHex(keys.signKey) || file.boxPublicKey !== toHex(keys.boxKey)) {
    throw new UserError('invalid-input', 'This store has no responders yet: its first is its founder, who enrolls their own identity.', {
      hints: ['Run `pl responder init` (if you have not), then `pl responder add YOURNAME --key <your key>` with the store passphrase; then enroll the others.'],
    })
  }
  const crypto = await loadCrypto()
  const author = localAuthor(crypto, await unlockIdentity(session.env, session.prompter, crypto, file))
  return withLedger(session, (ledger) => enroll(ledger, {...options, admin: true}, keys), {founder: {author, actor: options.name}})
}

export async function revokeResponder(session: SessionOptions, options: {name: string; reason?: string}): Promise<ResponderView> {
  return withLedger(session, (ledger) => {
    const roster = readRoster(ledger)
    if (roster.genesis === undefined) throw new UserError('invalid-input', 'This store has no enrolled responders to revoke.')
    requireAdmin(ledger, roster, 'revoke responders')
    const target = roster.activeByName(options.name)
    if (!target) throw new UserError('not-found', `No active responder named ${options.name}.`, {hints: ['`pl responder list` shows who is enrolled.']})
    if (target.admin && roster.admins().length === 1) throw new UserError('invalid-input', `${options.name} is the last admin of this store: enroll another admin first.`)
    // Their sealed copies of incident access keys go too; an incident they alone can read stays theirs until someone else is granted.
    const incidents = grantsOf(ledger.db, target.signKey)
    const alone = incidents.filter((i) => grantees(ledger.db, i).length === 1)
    if (alone.length > 0) {
      throw new UserError('invalid-input', `${options.name} is the only responder with access to ${alone.join(', ')}: its evidence would become unreadable.`, {
        hints: [`Have ${options.name} (or run it yourself if you can) \`pl incident grant ${alone[0]} NAME\` first.`],
      })
    }
    const [row] = ledger.transaction(() => {
      for (const incident of incidents) deleteGrant(ledger.db, incident, target.signKey)
      return ledger.append([
        {incident: ROSTER_INCIDENT, kind: 'responder.revoked', keyId: ROSTER_KEY_ID, body: {name: target.name, signKey: target.signKey, ...(options.reason === undefined ? {} : {reason: options.reason})}},
      ])
    })
    const after = readRoster(ledger)
    const m = after.members.find((x) => x.revokedAt === row!.seq)!
    return view(m, after.founder)
  })
}

/** For `pl init`: the founder's identity, unlocked, when the person has one. */
export async function founderAuthor(session: SessionOptions): Promise<{author: AuthorKeys; publicKey: string} | undefined> {
  const file = readIdentityFile(session.env)
  if (!file) return undefined
  const crypto = await loadCrypto()
  return {author: localAuthor(crypto, await unlockIdentity(session.env, session.prompter, crypto, file)), publicKey: publicKeyOf(file)}
}
