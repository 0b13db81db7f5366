/**
 * Cosigning (issue 17 item 4, ADR 0014): after a verify that passed, the person verifying, when
 * they are an enrolled responder whose identity unlocks without asking where nobody can answer,
 * adds their C2SP tlog-cosignature (Ed25519, type 0x04) of the latest checkpoint's note, and keeps
 * in their own config directory the (store id, size, root) they cosigned. That local record is
 * what catches a store rolled back under everyone's feet: the tree at the size they cosigned has
 * another root, or the store is smaller — a fork, named as one. `--require-cosigners K` demands K
 * distinct enrolled, non-revoked responders' valid cosignatures of a verified checkpoint.
 */
import {existsSync} from 'node:fs'
import {verifyEd25519} from '../../crypto/ed25519.js'
import {loadCrypto} from '../../crypto/sodium.js'
import {fromHex, toHex} from '../../domain/bytes.js'
import {cosignatureMessage} from '../../domain/cosignature.js'
import {rootFromLeafHashes} from '../../domain/merkle.js'
import {checkpointNoteText, checkpointOrigin} from '../../domain/note.js'
import type {Roster} from '../../domain/responders/roster.js'
import type {CosigningReport, Problem, VerifyReport} from '../../domain/verify/report.js'
import {withProblems} from '../../domain/verify/report.js'
import {IntegrityError, UserError} from '../../errors.js'
import type {AuthorKeys} from '../../store/author.js'
import {localAuthor} from '../../store/author.js'
import {insertCosignature, readCosignatures} from '../../store/cosignatures.js'
import type {Ledger} from '../../store/reader.js'
import {readRoster} from '../../store/roster.js'
import {agentDir, socketPath} from '../agent/protocol.js'
import {readIdentityFile, unlockIdentity} from '../responders/identity.js'
import {readCosignedRecord, writeCosignedRecord} from './cosigned-record.js'
import type {SessionOptions} from '../session.js'
import {onStore, openLocked} from '../store-access.js'

export interface CosignOptions {
  /** false with --no-cosign. */
  cosign: boolean
  requireCosigners?: number
  /** --accept-restore: a store behind the person's record was restored on purpose; move the record to its latest checkpoint. */
  acceptRestore?: boolean
}

const RESTORED = 'If your team restored it on purpose, accept the restore with `pl evidence verify --accept-restore` (docs/team-store.md, "Restores and cosigners").'

/** The tree's root over its first `size` entries, or null when the store has fewer. */
function rootAt(ledger: Ledger, size: number): Uint8Array | null {
  if (ledger.count().n < size) return null
  const leaves: Uint8Array[] = []
  for (const leaf of ledger.leafHashes()) {
    if (leaves.length === size) break
    leaves.push(leaf)
  }
  return rootFromLeafHashes(leaves)
}

/** The valid cosignatures of verified checkpoints (size ≤ maxSize, root as stored), and the forged ones as problems. */
function cosigners(ledger: Ledger, roster: Roster, maxSize: number): {cosigners: CosigningReport['cosigners']; problems: Problem[]; warnings: string[]} {
  const roots = new Map(ledger.checkpoints().map((c) => [c.size, c.root]))
  const origin = checkpointOrigin(ledger.meta.storeId)
  const best = new Map<string, {name: string; size: number; ts: number}>()
  const problems: Problem[] = []
  const warnings: string[] = []
  for (const c of readCosignatures(ledger.db)) {
    const root = roots.get(c.size)
    if (root === undefined || c.size > maxSize) continue
    const key = toHex(c.signer)
    const who = roster.members.findLast((m) => m.signKey === key)
    const ok = c.sig.length === 64 && c.signer.length === 32 && verifyEd25519(c.signer, cosignatureMessage(checkpointNoteText(origin, c.size, root), c.ts), c.sig)
    if (!ok) {
      problems.push({code: 'cosignature', checkpointSize: c.size, message: `The cosignature of checkpoint ${c.size} by ${who ? who.name : `key ${key}`} does not verify: it was forged or altered.`})
      continue
    }
    const member = roster.current(key)
    if (!member) {
      if (!who) warnings.push(`Checkpoint ${c.size} carries a cosignature by key ${key}, never enrolled in this store: not counted.`)
      continue
    }
    const seen = best.get(member.name)
    if (!seen || seen.size < c.size) best.set(member.name, {name: member.name, size: c.size, ts: c.ts})
  }
  return {cosigners: [...best.values()].sort((a, b) => a.name.localeCompare(b.name)), problems, warnings}
}

/** The person's identity for signing: the store's unlock agent when it holds it, else unlocked here (never prompting without a terminal). */
async function signer(session: SessionOptions, storeId: string, signKey: string): Promise<AuthorKeys | string> {
  if (existsSync(socketPath(agentDir(session.env), storeId))) {
    const {AgentClient, agentAuthor} = await import('../agent/client.js')
    const agent = AgentClient.connect(session.env, storeId)
    const identity = agent?.status.identity
    if (agent && identity && identity.signPublicKey === signKey) return agentAuthor(agent.client, identity)
    agent?.client.close()
  }
  const env = session.env
  if (env.PL_IDENTITY_PASSPHRASE === undefined && env.PL_IDENTITY_PASSPHRASE_FILE === undefined && !session.prompter.interactive) {
    return 'your identity needs its passphrase and there is no terminal to ask on (set PL_IDENTITY_PASSPHRASE_FILE, or run `pl unlock`)'
  }
  const file = readIdentityFile(env)!
  const crypto = await loadCrypto()
  return localAuthor(crypto, await unlockIdentity(env, session.prompter, crypto, file))
}

/**
 * The cosigning step of `pl evidence verify`, after the store's own checks: the fork check
 * against the person's record, their cosignature when the store verified, and the quorum.
 */
export async function cosignStep(session: SessionOptions, report: VerifyReport, options: CosignOptions): Promise<VerifyReport> {
  const path = session.storePath
  const required = options.requireCosigners ?? null
  let roster: Roster
  let identity: ReturnType<typeof readIdentityFile>
  let fork: CosigningReport['fork'] = null
  const problems: Problem[] = []
  const ledger = openLocked(path, {readonly: true})
  try {
    const read = onStore(path, () => {
      try {
        return readRoster(ledger)
      } catch (error) {
        // A forged roster entry: verify has named it already.
        if (error instanceof IntegrityError) return undefined
        throw error
      }
    })
    if (!read) return report
    roster = read
    // A store without responders has no cosigners: verify is as it was.
    if (roster.genesis === undefined && required === null) return report
    identity = readIdentityFile(session.env)
    const mine = identity ? readCosignedRecord(session.env).stores[ledger.meta.storeId] : undefined
    if (mine) {
      const root = onStore(path, () => rootAt(ledger, mine.size))
      if (root === null || toHex(root) !== mine.root) {
        fork = {size: mine.size, cosignedRoot: mine.root, storeRoot: root && toHex(root)}
        if (!options.acceptRestore) problems.push({
          code: 'fork',
          checkpointSize: mine.size,
          message:
            root === null
              ? `Fork: you cosigned size ${mine.size} with root ${mine.root}, and the store now has only ${ledger.count().n} entries: it was rolled back. ${RESTORED}`
              : `Fork: you cosigned size ${mine.size} with root ${mine.root}, and the store's tree at size ${mine.size} has root ${toHex(root)}: it was rolled back and rewritten. ${RESTORED}`,
        })
      }
    }
  } finally {
    ledger.close()
  }
  let result = withProblems(report, problems)

  // Cosign: only a store that verified, by an enrolled, non-revoked responder.
  let cosigned: CosigningReport['cosigned'] = null
  let notCosigned: string | undefined
  const latest = result.latestCheckpoint
  const member = identity ? roster.current(identity.signPublicKey) : undefined
  if (!options.cosign) notCosigned = '--no-cosign'
  else if (!result.ok) notCosigned = 'the store did not verify'
  else if (!latest) notCosigned = 'the store has no checkpoint'
  else if (!identity) notCosigned = 'you have no responder identity'
  else if (!member) notCosigned = 'your responder identity is not enrolled in this store (or was revoked)'
  else {
    const storeId = result.storeId
    const signerKey = fromHex(identity.signPublicKey)
    const already = hasCosigned(path, latest.size, identity.signPublicKey)
    let failed: string | undefined
    if (!already) {
      const author = await signer(session, storeId, identity.signPublicKey)
      if (typeof author === 'string') failed = author
      else {
        try {
          const ts = Math.floor(Date.now() / 1000)
          const sig = author.sign(cosignatureMessage(checkpointNoteText(checkpointOrigin(storeId), latest.size, fromHex(latest.root)), ts))
          const writable = openLocked(path)
          try {
            onStore(path, () => insertCosignature(writable.db, {size: latest.size, signer: signerKey, ts, sig}))
          } finally {
            writable.close()
          }
        } catch (error) {
          if (!(error instanceof UserError)) throw error
          failed = error.message
        } finally {
          author.dispose()
        }
      }
    }
    if (failed === undefined) {
      cosigned = {responder: member.name, size: latest.size, root: latest.root}
      const record = readCosignedRecord(session.env)
      record.stores[storeId] = {size: latest.size, root: latest.root}
      writeCosignedRecord(session.env, record)
    } else notCosigned = failed
  }

  // An accepted restore: the record follows the store (cosigned above when it could be), once the store verified.
  if (options.acceptRestore && fork) {
    if (!result.ok) {
      result = {...result, warnings: [...result.warnings, `The restore was not accepted: the store does not verify; your record still says size ${fork.size}.`]}
      result = withProblems(result, [{code: 'fork', checkpointSize: fork.size, message: `Fork: you cosigned size ${fork.size} with root ${fork.cosignedRoot}, and the store no longer has that tree.`}])
    } else {
      if (cosigned === null) {
        const record = readCosignedRecord(session.env)
        if (latest) record.stores[result.storeId] = {size: latest.size, root: latest.root}
        else delete record.stores[result.storeId]
        writeCosignedRecord(session.env, record)
      }
      result = {
        ...result,
        warnings: [...result.warnings, `Restore accepted: you had cosigned size ${fork.size} (root ${fork.cosignedRoot}); your record now follows this store${latest ? ` at size ${latest.size}` : ''}.`],
      }
    }
  }

  // The quorum, over the checkpoints verified.
  const counted = openLocked(path, {readonly: true})
  let found: ReturnType<typeof cosigners>
  try {
    found = onStore(path, () => cosigners(counted, roster, latest?.size ?? 0))
  } finally {
    counted.close()
  }
  result = withProblems({...result, warnings: [...result.warnings, ...found.warnings]}, found.problems)
  if (required !== null && found.cosigners.length < required) {
    result = withProblems(result, [
      {
        code: 'cosigners',
        message: `${required} distinct responders must have cosigned a verified checkpoint; ${found.cosigners.length === 0 ? 'none has' : `only ${found.cosigners.map((c) => `${c.name} (size ${c.size})`).join(', ')}`}.`,
      },
    ])
  }
  const cosigning: CosigningReport = {cosigned, ...(notCosigned === undefined ? {} : {notCosigned}), cosigners: found.cosigners, required, fork}
  return {...result, cosigning}
}

/** Whether this signer already cosigned the checkpoint of `size`. */
function hasCosigned(path: string, size: number, signKey: string): boolean {
  const ledger = openLocked(path, {readonly: true})
  try {
    return onStore(path, () => readCosignatures(ledger.db, size).some((c) => toHex(c.signer) === signKey))
  } finally {
    ledger.close()
  }
}
