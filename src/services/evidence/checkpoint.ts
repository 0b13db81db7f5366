/** `pl evidence checkpoint`: the latest signed checkpoint, as the file kept outside the machine. */
import type {CheckpointFile} from '../../domain/checkpoint.js'
import {checkpointToFile} from '../../domain/checkpoint.js'
import type {SessionOptions} from '../session.js'
import {openLocked, withLedger} from '../store-access.js'

/** The latest checkpoint, sealing (and so signing) first when entries are not covered yet. */
export async function latestCheckpoint(session: SessionOptions): Promise<CheckpointFile> {
  const locked = openLocked(session.storePath)
  try {
    const latest = locked.latestCheckpoint()
    if (latest && latest.size === locked.count().n) return checkpointToFile(latest, locked.meta.signPublicKey)
  } finally {
    locked.close()
  }
  return withLedger(session, (ledger) => checkpointToFile(ledger.checkpoint(), ledger.meta.signPublicKey))
}
