/**
 * Verification of a store without any key, from values a row source hands over: the hash chain,
 * the Merkle tree and every signed checkpoint, blob content addresses, and optionally consistency
 * with an older checkpoint kept outside the machine (the only defence against an attacker who
 * rewrites the whole file). One pass over the rows, in O(log n) memory.
 */
import {bytesEqual, fromHex, toHex} from '../bytes.js'
import type {Checkpoint, EntryRow} from '../codec.js'
import {leafHash} from '../merkle.js'
import type {SubtreeRoots} from '../merkle.js'
import {AttributionChecker} from './attribution.js'
import type {OpenRosterBody} from './attribution.js'
import {checkMetaStatement, metaStatementFinding, parseMetaStatement} from '../meta-statement.js'
import {blobProblem} from './blob.js'
import {GrantLedger} from './grants.js'
import {ChainChecker} from './chain.js'
import {checkpointFileSignatureOk, checkpointSignatureOk, externalCheckpointProblems, givenCheckpointAuthentic, noteSignatureOk} from './checkpoint.js'
import type {GivenCheckpoint, VerifySignature} from './checkpoint.js'
import type {Problem, VerifyReport} from './report.js'
import type {LedgerRowSource, StoredNoteSignature} from './source.js'
import {TreeChecker} from './tree.js'

export interface VerifyOptions {
  external?: GivenCheckpoint
  /**
   * The store's public key as known from outside (printed by `pl init`): checkpoints are judged
   * under it, not under the key the store says it has. Without it, a valid checkpoint file of this
   * store pins the key it carries.
   */
  publicKey?: Uint8Array
  onProgress?: (done: number, total: number) => void
  /**
   * Sees every row in seq order, with its Merkle leaf hash (none for a row out of sequence) and
   * its encoded header, so a caller that needs the rows or the leaves reads the store once.
   */
  onRow?: (row: EntryRow, leaf: Uint8Array | undefined, header: Uint8Array | undefined) => void
  /**
   * Opens roster entries under the store's public roster key (XChaCha20-Poly1305, from src/crypto),
   * so who was enrolled when can be judged without a data key. Without it, attribution is not checked.
   */
  openRosterBody?: OpenRosterBody
  /** Receives the perfect subtree roots of the tree, for inclusion proofs without hashing it again. */
  subtrees?: SubtreeRoots
}

export function verifyLedgerSource(source: LedgerRowSource, verifySignature: VerifySignature, options: VerifyOptions = {}): VerifyReport {
  const {meta: identity} = source
  const problems: Problem[] = [...source.engineProblems()]
  const warnings: string[] = []
  const {n, maxSeq} = source.count()
  const checkpoints = source.checkpoints()
  const external = options.external

  // A checkpoint file of this store whose signature holds under the key it carries pins that key,
  // as --public-key does (a file whose signature fails pins nothing: it is reported as forged).
  let filePin =
    options.publicKey === undefined && external?.format === 'pl-checkpoint/1' && external.storeId === identity.storeId && checkpointFileSignatureOk(external, verifySignature)
      ? fromHex(external.publicKey)
      : undefined
  if (filePin && !bytesEqual(filePin, identity.signPublicKey)) {
    const underFile = checkpoints.filter((c) => checkpointSignatureOk(c, filePin!, verifySignature)).length
    const underStore = checkpoints.filter((c) => checkpointSignatureOk(c, identity.signPublicKey, verifySignature)).length
    if (underFile === 0 && underStore === checkpoints.length) {
      // Every stored checkpoint verifies under the store's key and none under the file's: a store
      // re-signed whole, or a file that is not this store's. Nothing tells which; blame no checkpoint.
      problems.push({
        code: 'public-key',
        message: `The store's public key ${toHex(identity.signPublicKey)} differs from the key ${toHex(filePin)} that signed the given checkpoint file, and every stored checkpoint is signed by the store's key: either the store was re-signed with a new key (meta altered), or the file is not this store's. Compare both with the key printed when the store was created (--public-key).`,
      })
      filePin = undefined
    }
  }
  const pinned = options.publicKey ?? filePin
  const trusted = pinned ?? identity.signPublicKey
  if (pinned && !bytesEqual(pinned, identity.signPublicKey)) {
    problems.push({
      code: 'public-key',
      message: filePin
        ? `The store's public key ${toHex(identity.signPublicKey)} differs from the key ${toHex(filePin)} that signed the given checkpoint file, under which some stored checkpoints verify: meta was altered and the others re-signed. Checkpoints are judged under the file's key.`
        : `The store's public key ${toHex(identity.signPublicKey)} differs from the pinned key ${toHex(pinned)}: meta was altered and its checkpoints re-signed, or this is another store.`,
    })
  }
  const badSignatures = new Set<Checkpoint>()
  for (const c of checkpoints) {
    if (!checkpointSignatureOk(c, trusted, verifySignature)) {
      badSignatures.add(c)
      problems.push({
        code: 'checkpoint-signature',
        checkpointSize: c.size,
        message: pinned ? `Checkpoint at size ${c.size}: not signed by the pinned key (forged or re-signed).` : `Checkpoint at size ${c.size}: the signature does not verify (forged or altered).`,
      })
    }
  }

  // Some checkpoints verify and others do not: from the file alone, a forged checkpoint and a
  // replaced key (with the history re-signed under it) look the same. Say so rather than blame one.
  if (!pinned && !problems.some((p) => p.code === 'public-key') && badSignatures.size > 0 && badSignatures.size < checkpoints.length) {
    warnings.push(
      `${badSignatures.size} of ${checkpoints.length} checkpoints do not verify under the store's public key while the others do: either those were forged, or the key in meta was replaced and the others re-signed. Verify with the key printed when the store was created (--public-key) or a checkpoint file kept elsewhere (--checkpoint) to tell which.`,
    )
  }
  const notes = source.checkpointNotes()
  problems.push(...storedNoteProblems(checkpoints, notes, badSignatures, trusted, maxSeq, verifySignature))
  const meta = metaProblems(source, trusted, pinned !== undefined, verifySignature, notes.length > 0 || external?.format === 'tlog-checkpoint')
  problems.push(...meta.problems)
  warnings.push(...meta.warnings)

  const chain = new ChainChecker(problems)
  // The root of a given checkpoint whose signature fails says nothing about the entries: it is
  // reported as forged, not compared (a forged size or root must not blame the store).
  const externalAuthentic = external && givenCheckpointAuthentic(external, identity.storeId, trusted, verifySignature) ? external : undefined
  const tree = new TreeChecker(problems, checkpoints, badSignatures, externalAuthentic, options.subtrees)
  const authors = options.openRosterBody && new AttributionChecker(problems, identity.storeId, source.authorSignatures(), verifySignature, options.openRosterBody, checkpoints.at(-1)?.size ?? 0)
  // Grants against the record (who the entries say holds each incident): without a key, like attribution.
  const grants = authors && source.grants ? new GrantLedger(identity.storeId, options.openRosterBody!) : undefined
  let blobsChecked = 0
  for (const row of source.rows()) {
    if (!chain.inSequence(row)) {
      options.onRow?.(row, undefined, undefined)
      continue
    }
    const header = chain.link(row)
    if (authors && header) {
      const signer = authors.see(row, header)
      grants?.see(row, header, signer)
    }
    if (row.blob !== null) {
      blobsChecked += 1
      const problem = blobProblem(source, row.blob)
      if (problem) problems.push({code: 'blob', seq: row.seq, message: `Entry ${row.seq}: ${problem}`})
    }
    const leaf = leafHash(row.hash)
    tree.append(leaf)
    options.onRow?.(row, leaf, header)
    tree.checkRoot(row.seq)
    if (options.onProgress && row.seq % 4096 === 0) options.onProgress(row.seq, maxSeq)
  }
  options.onProgress?.(maxSeq, maxSeq)

  // Against the highest seq, not the row count: a row deleted in the middle is not a truncated tail.
  for (const c of checkpoints) {
    if (c.size > maxSeq) {
      problems.push({code: 'truncated', seq: maxSeq + 1, checkpointSize: c.size, message: `Checkpoint at size ${c.size} but the last entry is ${maxSeq}: entries ${maxSeq + 1}..${c.size} were removed.`})
    }
  }

  const attribution = authors ? authors.finish(maxSeq) : null
  if (grants) problems.push(...grants.problems(source.grants!()))

  let externalResult: VerifyReport['external'] = null
  if (external) {
    problems.push(...externalCheckpointProblems(external, identity, trusted, maxSeq, verifySignature))
    externalResult = {size: external.size, consistent: !problems.some((p) => p.code === 'external-checkpoint' || (p.code === 'truncated' && p.checkpointSize === external.size))}
  }

  const latest = checkpoints.at(-1) ?? null
  const sealedTo = latest?.size ?? 0
  const unsealed = maxSeq > sealedTo ? {from: sealedTo + 1, to: maxSeq} : null
  if (unsealed) {
    problems.push({
      code: 'unsealed',
      seq: unsealed.from,
      message: `Entries ${unsealed.from}..${unsealed.to} are not covered by a signed checkpoint (a pl command was interrupted, or rows were added behind pl's back).`,
    })
  }

  const orphanStreams = source.orphanBlobStreams()
  if (orphanStreams > 0) warnings.push(`${orphanStreams} interrupted blob upload(s) left unreferenced chunks (harmless).`)

  const firstProblemSeq = firstBadSeq(problems)
  return {
    ok: problems.length === 0,
    storeId: identity.storeId,
    publicKey: toHex(identity.signPublicKey),
    entries: n,
    checkpoints: checkpoints.length,
    latestCheckpoint: latest && {size: latest.size, root: toHex(latest.root), ts: latest.ts},
    unsealed,
    blobs: {checked: blobsChecked, orphanStreams},
    external: externalResult,
    problems,
    firstBadEntry: firstProblemSeq ?? tree.firstRootFailure,
    warnings,
    attribution,
  }
}

/**
 * The first entry a problem names. An unsealed tail is not itself damage: when another problem
 * names an entry (a truncated tail removes the checkpoint that sealed what is left, so both are
 * reported), that one is the first bad entry; an unsealed tail alone names its first entry.
 * A fold, not Math.min(...seqs): a store with a problem in every one of a million rows must not
 * overflow the stack.
 */
export function firstBadSeq(problems: readonly Problem[]): number | null {
  const first = (list: readonly Problem[]) => list.reduce<number | null>((min, p) => (p.seq === undefined || (min !== null && min <= p.seq) ? min : p.seq), null)
  return first(problems.filter((p) => p.code !== 'unsealed')) ?? first(problems)
}

/**
 * The note signature stored beside each checkpoint (schema 2 on) must verify under the trusted key
 * over that checkpoint's note text. A note whose checkpoint is gone tells of a deleted checkpoint:
 * beyond the last entry, a truncated tail. A checkpoint whose own signature failed is named once,
 * by that failure.
 */
function storedNoteProblems(
  checkpoints: readonly Checkpoint[],
  notes: readonly StoredNoteSignature[],
  badSignatures: ReadonlySet<Checkpoint>,
  trusted: Uint8Array,
  maxSeq: number,
  verifySignature: VerifySignature,
): Problem[] {
  const bySize = new Map(checkpoints.map((c) => [c.size, c]))
  const problems: Problem[] = []
  for (const n of notes) {
    const c = bySize.get(n.size)
    if (!c && n.size > maxSeq) {
      problems.push({code: 'truncated', seq: maxSeq + 1, checkpointSize: n.size, message: `A checkpoint note was signed at size ${n.size} but the last entry is ${maxSeq}: entries ${maxSeq + 1}..${n.size} and their checkpoint were removed.`})
    } else if (!c) {
      problems.push({code: 'checkpoint-signature', checkpointSize: n.size, message: `A checkpoint note was signed at size ${n.size}, but the checkpoint of that size is gone (deleted).`})
    } else if (!badSignatures.has(c) && !noteSignatureOk(c, n, trusted, verifySignature)) {
      problems.push({code: 'checkpoint-signature', checkpointSize: n.size, message: `Checkpoint at size ${n.size}: its note signature does not verify (forged or altered).`})
    }
  }
  return problems
}

/**
 * The signed meta statement, checked under the trusted key: a changed meta value is named. A store
 * without one was made by an older pl (a warning), unless checkpoint notes exist, which pl writes
 * only after the statement: then the statement was removed.
 */
function metaProblems(source: LedgerRowSource, trusted: Uint8Array, pinned: boolean, verifySignature: VerifySignature, notesExist: boolean): {problems: Problem[]; warnings: string[]} {
  const record = source.metaRecord()
  if (record.statement === undefined) {
    if (notesExist) return {problems: [{code: 'meta', message: 'The signed meta statement is gone although checkpoint notes, which pl writes only after it, exist: the meta table was altered.'}], warnings: []}
    return {problems: [], warnings: ["This store has no signed meta statement yet (it was made by an older pl): a changed meta value cannot be named. The key holder's next command writes one."]}
  }
  const statement = parseMetaStatement(record.statement)
  if ('error' in statement) return {problems: [{code: 'meta', message: `The signed meta statement ${statement.error}: the meta table was altered.`}], warnings: []}
  const finding = metaStatementFinding(checkMetaStatement(statement, record.values, trusted, verifySignature), pinned)
  return {problems: finding ? [{code: 'meta', message: finding}] : [], warnings: []}
}
