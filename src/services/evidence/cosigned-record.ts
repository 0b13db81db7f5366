/**
 * A responder's own record of the latest checkpoint they cosigned, per store
 * (`$XDG_CONFIG_HOME/pl/cosigned.json`, ADR 0014): what `pl evidence verify` compares the store
 * with to name a rollback as a fork, and what a writer's command checks before it appends on top
 * of a store that is behind it (a restore to an earlier point, docs/team-store.md).
 */
import {existsSync, mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {toHex} from '../../domain/bytes.js'
import {IntegrityError, UserError} from '../../errors.js'
import type {Ledger} from '../../store/reader.js'
import {configDir, readIdentityFile} from '../responders/identity.js'
import type {Env} from '../session.js'

const RECORD_FORMAT = 'pl-cosigned/1'
export interface CosignedRecord {
  format: typeof RECORD_FORMAT
  /** By store id: the latest checkpoint this person cosigned. */
  stores: Record<string, {size: number; root: string}>
}

export function cosignedRecordPath(env: Env): string {
  return join(configDir(env), 'cosigned.json')
}

export function readCosignedRecord(env: Env): CosignedRecord {
  const path = cosignedRecordPath(env)
  if (!existsSync(path)) return {format: RECORD_FORMAT, stores: {}}
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<CosignedRecord>
    if (parsed.format === RECORD_FORMAT && typeof parsed.stores === 'object' && parsed.stores !== null) return parsed as CosignedRecord
  } catch {
    // refused below
  }
  throw new UserError('invalid-input', `${path} is not your record of cosigned checkpoints (${RECORD_FORMAT}).`, {hints: ['Restore it from your backup; moving it away forgets what you cosigned (a rollback below it would go unseen).']})
}

export function writeCosignedRecord(env: Env, record: CosignedRecord): void {
  const path = cosignedRecordPath(env)
  mkdirSync(configDir(env), {recursive: true, mode: 0o700})
  writeFileSync(`${path}.tmp`, JSON.stringify(record, null, 2) + '\n', {mode: 0o600})
  renameSync(`${path}.tmp`, path)
}

/**
 * Before a responder appends: is the store behind the checkpoint they cosigned? Two cheap reads,
 * no walk of the tree: the store has fewer entries than that size (restored to an earlier point,
 * or rolled back), or it holds a checkpoint of that size with another root (rewritten). A write
 * on top would make the rollback permanent under their own signature, so it is refused until
 * they accept the restore (`pl evidence verify --accept-restore`) or verify names the fork.
 * The full check (the tree's root at that size) is verify's.
 */
export function behindCosigned(env: Env, ledger: Ledger): IntegrityError | undefined {
  if (!readIdentityFile(env)) return undefined
  const mine = readCosignedRecord(env).stores[ledger.meta.storeId]
  if (!mine) return undefined
  const n = ledger.count().n
  const stored = n >= mine.size ? ledger.checkpointAt(mine.size) : undefined
  const rewritten = stored !== undefined && toHex(stored.root) !== mine.root
  if (n >= mine.size && !rewritten) return undefined
  const what = rewritten
    ? `its checkpoint at size ${mine.size} has root ${toHex(stored.root)}, not the root ${mine.root} you cosigned: it was rolled back and rewritten`
    : `it has ${n} entries, fewer than the ${mine.size} you cosigned: it was restored to an earlier point or rolled back`
  return new IntegrityError(`The store is behind what you cosigned: ${what}. Nothing was written: writing on top would fork the record the team signed.`, {
    details: {cosignedSize: mine.size, cosignedRoot: mine.root, entries: n},
    hints: [
      'If your team restored the store on purpose (a backup, PITR) and agrees to lose what came after, accept it: `pl evidence verify --accept-restore` (your record moves to the store\'s latest checkpoint, and you cosign it); then run this command again.',
      'If nobody restored it, do not write: preserve the store as it is and run `pl evidence verify` (docs/team-store.md, "Restores and cosigners").',
    ],
  })
}
