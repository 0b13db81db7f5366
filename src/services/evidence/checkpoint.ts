/** `pl evidence checkpoint`: the latest signed checkpoint, as the file kept outside the machine (JSON or a C2SP note). */
import {toHex} from '../../domain/bytes.js'
import type {CheckpointFile} from '../../domain/checkpoint.js'
import {checkpointToFile} from '../../domain/checkpoint.js'
import type {Checkpoint} from '../../domain/codec.js'
import {cosignatureLine, cosignerName} from '../../domain/cosignature.js'
import {checkpointNoteText, checkpointOrigin, formatNote, noteKeyId, verifierKey} from '../../domain/note.js'
import {readCosignatures} from '../../store/cosignatures.js'
import {readRoster} from '../../store/roster.js'
import {BugError} from '../../errors.js'
import type {Ledger} from '../../store/reader.js'
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

/** The latest checkpoint as a C2SP signed note (c2sp.org/tlog-checkpoint), with what checks it. */
export interface CheckpointNoteResult {
  format: 'note'
  /** The note, as written to the file. */
  note: string
  origin: string
  size: number
  /** hex */
  root: string
  /** The verifier key in the `name+hash+base64` form (Go's note.NewVerifier reads it). */
  verifierKey: string
}

function noteOf(ledger: Ledger, c: Checkpoint): CheckpointNoteResult | undefined {
  const sig = ledger.noteSignature(c.size)
  if (!sig) return undefined
  const {storeId, signPublicKey} = ledger.meta
  const origin = checkpointOrigin(storeId)
  // The responders' cosignatures follow the store's signature (c2sp.org/tlog-cosignature): as
  // stored, named by the enrollment of their key; a verifier ignores the names it does not know.
  const cosignatures = readCosignatures(ledger.db, c.size)
  const members = cosignatures.length > 0 ? readRoster(ledger).members : []
  const lines = cosignatures.flatMap((x) => {
    const who = members.findLast((m) => m.signKey === toHex(x.signer))
    return who ? [cosignatureLine(cosignerName(who.name), x.signer, x.ts, x.sig)] : []
  })
  return {
    format: 'note',
    note: formatNote(checkpointNoteText(origin, c.size, c.root), [{name: origin, keyId: noteKeyId(origin, signPublicKey), signature: sig}, ...lines]),
    origin: checkpointOrigin(storeId),
    size: c.size,
    root: toHex(c.root),
    verifierKey: verifierKey(checkpointOrigin(storeId), signPublicKey),
  }
}

/**
 * The latest checkpoint's note. Without a key when the latest checkpoint covers every entry and
 * has its note signature; otherwise the key holder seals the tail and signs (a checkpoint of an
 * older pl gets its note signature then).
 */
export async function latestCheckpointNote(session: SessionOptions): Promise<CheckpointNoteResult> {
  const locked = openLocked(session.storePath)
  try {
    const latest = locked.latestCheckpoint()
    const note = latest && latest.size === locked.count().n ? noteOf(locked, latest) : undefined
    if (note) return note
  } finally {
    locked.close()
  }
  return withLedger(session, (ledger) => {
    const note = noteOf(ledger, ledger.checkpoint())
    if (!note) throw new BugError('a checkpoint was signed without its note signature')
    return note
  })
}
