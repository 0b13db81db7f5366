/**
 * `pl evidence verify`: the store checked without a key (the chain, the tree, every checkpoint and
 * blob, and an older checkpoint file), and with the key (`--deep`) every entry and blob authenticated.
 */
import {readFileSync, statSync} from 'node:fs'
import {fromHex} from '../../domain/bytes.js'
import type {CheckpointFile} from '../../domain/checkpoint.js'
import {MAX_NOTE_BYTES, parseCheckpointNote, parseVerifierKey} from '../../domain/note.js'
import type {GivenCheckpoint} from '../../domain/verify/checkpoint.js'
import {checkedBody, isKind} from '../../domain/entries/index.js'
import type {Problem, VerifyReport} from '../../domain/verify/report.js'
import {withProblems} from '../../domain/verify/report.js'
import {IntegrityError, UserError} from '../../errors.js'
import {verifyLedger} from '../../store/verify.js'
import type {SessionOptions} from '../session.js'
import {onStore, openLocked, openUnlocked} from '../store-access.js'

/** How long verify waits for a running command to seal the entries it has just appended. */
const IN_FLIGHT_WAIT_MS = 3000

/** Whether the store is a PostgreSQL database (its failure advice differs from a file's). */
export {isPostgresLocation} from '../../store/engine.js'

export interface VerifyStoreOptions {
  checkpointFile?: string
  /** The store's public key as `pl init` printed it: 64 hex characters, or the verifier key `name+hash+base64`. */
  publicKey?: string
  onProgress?: (done: number, total: number) => void
}

export function verifyStore(storePath: string, options: VerifyStoreOptions = {}): VerifyReport {
  const external = options.checkpointFile === undefined ? undefined : readCheckpointFile(options.checkpointFile)
  // A key given outside the store pins it; without one, a JSON checkpoint file pins the key it
  // carries (the verifier decides, once it has checked the file's signature).
  const pin = options.publicKey === undefined ? undefined : parsePublicKey(options.publicKey)
  // Read-only: the store under audit is itself evidence.
  const ledger = openLocked(storePath, {readonly: true})
  try {
    const once = () =>
      onStore(storePath, () => verifyLedger(ledger.db, {...(external ? {external} : {}), ...(pin ? {publicKey: pin} : {}), ...(options.onProgress ? {onProgress: options.onProgress} : {})}))
    const first = once()
    // A command appends, then signs its checkpoint in a second transaction: a snapshot taken in
    // between sees its entries unsealed. They are in flight, not interrupted, when a checkpoint
    // covers them a moment later; the store is then verified again, whole.
    const onlyUnsealed = (r: VerifyReport) => r.unsealed !== null && r.problems.every((p) => p.code === 'unsealed')
    const deadline = Date.now() + IN_FLIGHT_WAIT_MS
    let report = first
    while (onlyUnsealed(report) && Date.now() < deadline) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100)
      report = once()
    }
    if (first.unsealed && report.ok) {
      return {...report, warnings: [...report.warnings, `Entries ${first.unsealed.from}..${first.unsealed.to} were being sealed by a running pl command (in flight); verified once sealed.`]}
    }
    return report
  } finally {
    ledger.close()
  }
}


function parsePublicKey(given: string): Uint8Array {
  const text = given.trim()
  if (text.includes('+')) {
    const vkey = parseVerifierKey(text)
    if ('error' in vkey) throw new UserError('invalid-input', `--public-key is not a verifier key: ${vkey.error}.`, {hints: ['Give the verifier key exactly as `pl init` or `pl store info` printed it.']})
    return vkey.publicKey
  }
  if (!/^[0-9a-f]{64}$/i.test(text)) {
    throw new UserError('invalid-input', '--public-key must be 64 hex characters or a verifier key (name+hash+base64): the key printed when the store was created (`pl store info` shows both).')
  }
  return fromHex(text.toLowerCase())
}

/**
 * Verification with the key, on top of the keyless checks: every entry must decrypt under its
 * data key (authentic, not merely well chained), every blob must decrypt to its final chunk, and
 * every key that is gone must have been shredded on the record, after the entries that used it,
 * and every body must be of its kind's shape.
 */
export async function verifyStoreDeep(session: SessionOptions, options: VerifyStoreOptions = {}): Promise<VerifyReport> {
  const report = verifyStore(session.storePath, options)
  const ledger = await openUnlocked(session, {seal: false, reader: true})
  try {
    const problems: Problem[] = []
    const shreddedAt = new Map<string, number>()
    const keyless = new Map<string, number>()
    let entries = 0
    let blobs = 0
    // Entries of incidents this responder holds no grant for: their keys are sealed to others, so
    // they are neither authenticated here nor missing (issue 17).
    let withoutAccess = 0
    for (const row of ledger.rows()) {
      if (!ledger.hasKey(row.keyId)) {
        if (!keyless.has(row.keyId)) keyless.set(row.keyId, row.seq)
        continue
      }
      let entry
      try {
        entry = ledger.decrypt(row)
      } catch (error) {
        if (!(error instanceof IntegrityError)) throw error
        problems.push({code: 'not-authentic', seq: row.seq, message: `Entry ${row.seq} does not decrypt under its key: it was forged or altered.`})
        continue
      }
      if (entry.noAccess) {
        withoutAccess += 1
        continue
      }
      entries += 1
      // An authentic body that its kind's guard refuses was written wrong: named, not thrown.
      try {
        checkedBody(entry)
      } catch (error) {
        if (!(error instanceof IntegrityError)) throw error
        problems.push({code: 'malformed-body', seq: row.seq, message: error.message})
        continue
      }
      if (isKind(entry, 'key.shredded') && entry.body !== null) shreddedAt.set(entry.body.keyId, row.seq)
      if (row.blob !== null && row.kind === 'evidence.added') {
        try {
          for await (const chunk of ledger.readBlob(row.keyId, row.blob)) void chunk
          blobs += 1
        } catch (error) {
          if (!(error instanceof IntegrityError)) throw error
          problems.push({code: 'not-authentic', seq: row.seq, message: `Entry ${row.seq}: ${error.message}`})
        }
      }
    }
    for (const [keyId, firstSeq] of keyless) {
      const shred = shreddedAt.get(keyId)
      if (shred === undefined || shred < firstSeq) {
        problems.push({code: 'key-missing', seq: firstSeq, message: `Entry ${firstSeq}: its data key ${keyId} is gone but was never shredded on the record (deleted behind pl's back, or the entry is forged).`})
      }
    }
    return {...withProblems(report, problems), deep: {entriesAuthenticated: entries, blobsAuthenticated: blobs, shreddedKeys: shreddedAt.size, entriesWithoutAccess: withoutAccess}}
  } finally {
    ledger.close()
  }
}

/** The checkpoint file a reviewer hands over: a C2SP note, or the JSON file (anything starting with `{`). */
export function readCheckpointFile(path: string): GivenCheckpoint {
  let bytes: Buffer
  try {
    // Checkpoint files are a few hundred bytes: a large one is not one, and is not read whole.
    if (statSync(path).size > MAX_NOTE_BYTES) throw new UserError('invalid-input', `${path} is larger than ${MAX_NOTE_BYTES / 1024} KiB: it is not a checkpoint file.`)
    bytes = readFileSync(path)
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError('not-found', `Cannot read the checkpoint file ${path}.`, {cause: error})
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch (error) {
    throw new UserError('invalid-input', `${path} is not a checkpoint file: it is not UTF-8 text.`, {cause: error})
  }
  if (text.trimStart().startsWith('{')) return readJsonCheckpoint(path, text)
  const note = parseCheckpointNote(text)
  if ('error' in note) {
    throw new UserError('invalid-input', `${path} is not a checkpoint note: ${note.error}.`, {
      hints: ['Produce one with `pl evidence checkpoint --format note --out FILE` (or the JSON file with --format json).'],
    })
  }
  return note
}

function readJsonCheckpoint(path: string, text: string): CheckpointFile {
  let c: Partial<CheckpointFile>
  try {
    c = JSON.parse(text) as Partial<CheckpointFile>
  } catch (error) {
    throw new UserError('invalid-input', `The checkpoint file ${path} is not JSON.`, {cause: error})
  }
  const ok =
    c.format === 'pl-checkpoint/1' &&
    typeof c.storeId === 'string' &&
    Number.isSafeInteger(c.size) &&
    typeof c.root === 'string' &&
    /^[0-9a-f]{64}$/.test(c.root) &&
    Number.isSafeInteger(c.ts) &&
    typeof c.publicKey === 'string' &&
    /^[0-9a-f]{64}$/.test(c.publicKey) &&
    typeof c.signature === 'string'
  if (!ok) {
    throw new UserError('invalid-input', `${path} is not a pl checkpoint file.`, {hints: ['Produce one with `pl evidence checkpoint --out FILE`.']})
  }
  return c as CheckpointFile
}
