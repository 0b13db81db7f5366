/**
 * The key findings are fingerprinted under: the store's fingerprint key when the store can be
 * unlocked from the environment (fingerprints then compare across scans), otherwise a random one.
 */
import {randomBytes} from 'node:crypto'
import {isPostgresLocation} from '../../store/engine.js'
import {existsSync} from 'node:fs'
import {hmacSha256Hex} from '../../crypto/sodium.js'
import type {FingerprintScope} from '../../domain/scan/report.js'
import {UserError} from '../../errors.js'
import {noPrompter} from '../../prompts/types.js'
import type {SessionOptions} from '../session.js'
import {storeAccess} from './lazy-store.js'

export interface FingerprintKey {
  key: Uint8Array
  scope: FingerprintScope
  note?: string
}

export const newKey = (): Uint8Array => new Uint8Array(randomBytes(32))

/**
 * The store's fingerprint key if the store exists and its key is in the environment; never asks
 * for a passphrase (a scan without --incident must not block on a prompt). Otherwise a random key.
 */
export async function optionalStoreKey(session: SessionOptions, randomKey: () => Uint8Array): Promise<FingerprintKey> {
  if (!isPostgresLocation(session.storePath) && !existsSync(session.storePath)) return {key: randomKey(), scope: 'ephemeral'}
  try {
    const {withLedger} = await storeAccess()
    return {key: await withLedger({...session, prompter: noPrompter}, (ledger) => ledger.fingerprintKey(), {reader: true}), scope: 'store'}
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    const reasons: Partial<Record<string, string>> = {
      'store-missing': `${session.storePath} is not an initialised evidence store`,
      'no-passphrase': `the evidence store's key is not in the environment (PL_PASSPHRASE_FILE, PL_PASSPHRASE or PL_KEY_FILE)`,
      'wrong-passphrase': `the passphrase or key file in the environment does not unlock the evidence store`,
    }
    const reason = reasons[error.code]
    if (reason === undefined) throw error
    return {key: randomKey(), scope: 'ephemeral', note: `Fingerprints are ephemeral: ${reason}.`}
  }
}

export const fingerprintWith =
  (key: Uint8Array) =>
  (raw: string): string =>
    hmacSha256Hex(key, raw)
