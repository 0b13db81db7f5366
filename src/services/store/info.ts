/**
 * `pl store info`: what an auditor or a teammate needs to know about a store without its key —
 * its engine, id, size, latest checkpoint, and the keys to pin (the public key and the C2SP
 * verifier key). Read-only: the store is opened as verify opens it.
 */
import {statSync} from 'node:fs'
import {fromHex, toHex} from '../../domain/bytes.js'
import {formatResponderKey} from '../../domain/responders/roster.js'
import {checkpointOrigin, verifierKey} from '../../domain/note.js'
import type {Database} from '../../store/engine.js'
import {dialectOf, schemaVersion} from '../../store/engine.js'
import {readRoster} from '../../store/roster.js'
import {onStore, openLocked} from '../store-access.js'

export interface StoreInfo {
  engine: 'sqlite' | 'postgres'
  /** A path, or a URL without its password. */
  store: string
  storeId: string
  /** ms since the epoch */
  created: number
  /** The schema version (migrations applied). */
  schema: number
  entries: number
  /** On disk, in bytes: the store file and its -wal file, or the PostgreSQL database. */
  bytes: number
  latestCheckpoint: {size: number; root: string; ts: number; note: boolean} | null
  /** The origin line (and key name) of the store's checkpoint notes. */
  origin: string
  /** hex Ed25519 public key, as `--public-key` takes it */
  publicKey: string
  /** The verifier key in the C2SP `name+hash+base64` form. */
  verifierKey: string
  /** Whether the store's meta values are covered by a signed meta statement (ADR 0009). */
  metaStatement: boolean
  /** The store's first admin, whose key is an auditor's trust root (ADR 0014); null before responders. */
  founder: {name: string; key: string} | null
}

function storeBytes(db: Database, path: string): number {
  if (dialectOf(db).name === 'postgres') return (db.prepare('SELECT pg_database_size(current_database()) AS b').get() as {b: number}).b
  return fileBytes(path)
}

function fileBytes(path: string): number {
  const size = (p: string) => {
    try {
      return statSync(p).size
    } catch {
      return 0
    }
  }
  return size(path) + size(`${path}-wal`)
}

function founderOf(ledger: Parameters<typeof readRoster>[0]): StoreInfo['founder'] {
  const founder = readRoster(ledger).founder
  return founder ? {name: founder.name, key: formatResponderKey({signKey: fromHex(founder.signKey), boxKey: fromHex(founder.boxKey)})} : null
}

export function storeInfo(storePath: string): StoreInfo {
  const ledger = openLocked(storePath, {readonly: true})
  try {
    return onStore(storePath, () => {
      const {storeId, signPublicKey, created} = ledger.meta
      const latest = ledger.latestCheckpoint()
      const origin = checkpointOrigin(storeId)
      return {
        engine: dialectOf(ledger.db).name,
        store: ledger.db.location ?? storePath,
        storeId,
        created,
        schema: schemaVersion(ledger.db),
        entries: ledger.count().n,
        bytes: storeBytes(ledger.db, storePath),
        latestCheckpoint: latest ? {size: latest.size, root: toHex(latest.root), ts: latest.ts, note: ledger.noteSignature(latest.size) !== undefined} : null,
        origin,
        publicKey: toHex(signPublicKey),
        verifierKey: verifierKey(origin, signPublicKey),
        metaStatement: ledger.metaRecord().statement !== undefined,
        founder: founderOf(ledger),
      }
    })
  } finally {
    ledger.close()
  }
}
