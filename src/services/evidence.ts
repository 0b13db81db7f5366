/**
 * Evidence use cases: add (streamed, encrypted, one data key per exhibit), list, reveal (itself
 * recorded), prove (inclusion proof for one exhibit), shred (crypto-shredding), checkpoint and
 * verify. Only metadata is ever returned to callers; content goes to the sink the caller gives.
 *
 * Raw values captured by `pl scan --incident` (`secret.captured` entries) and password answers
 * typed into runbook steps (`runbook.secret` entries) are listed, shown and shredded alongside the
 * exhibits, by the EV-<seq> of their entry; they are never revealed or proven here, and their
 * bodies (the raw values, the typed answers) are never decrypted by this module.
 */
import {readFileSync} from 'node:fs'
import type {CapturedHeader, CapturedValue, ScanSecretRecord, ShredRecord} from '../domain/captured.js'
import {capturedLabel, foldCaptured} from '../domain/captured.js'
import type {AnswerHeader, AnswerPointer, RunbookAnswer} from '../domain/runbook-answers.js'
import {foldRunbookAnswers, runbookAnswerLabel} from '../domain/runbook-answers.js'
import type {EvidenceAddedBody} from '../domain/entries/evidence-added.js'
import type {EvidenceKind} from '../domain/entry.js'
import {evidenceId, guessEvidenceKind, parseEvidenceId} from '../domain/evidence.js'
import {exchangeFromJson} from '../domain/replay/exchange.js'
import type {EvidenceItem} from '../domain/incident.js'
import {inclusionProof, leafHash, verifyInclusion} from '../domain/merkle.js'
import {loadCrypto} from '../crypto/sodium.js'
import {verifyEd25519} from '../crypto/ed25519.js'
import {IntegrityError, UserError} from '../errors.js'
import {checkpointMessage, encodeHeader, entryHash, toHex} from '../store/codec.js'
import type {EntryHeader} from '../store/codec.js'
import type {EntryRow, UnlockedLedger} from '../store/ledger.js'
import type {CheckpointFile, Problem, VerifyReport} from '../store/verify.js'
import {checkpointToFile, verifyLedger, withProblems} from '../store/verify.js'
import {incidentKey, loadIncident} from './incidents.js'
import type {SessionOptions} from './session.js'
import {openLocked, openUnlocked, withLedger} from './store-access.js'

export interface EvidenceSource {
  /** The name recorded (a file's base name, or "stdin"). */
  name: string
  open(): AsyncIterable<Uint8Array>
  size?: number
}

export interface AddedEvidence {
  id: string
  incident: string
  name: string
  kind: EvidenceKind
  size: number
  sha256: string
  seq: number
}

export async function addEvidence(
  session: SessionOptions,
  options: {incident: string; sources: readonly EvidenceSource[]; kind?: EvidenceKind; onProgress?: (name: string, bytes: number, total?: number) => void},
): Promise<AddedEvidence[]> {
  return withLedger(session, async (ledger) => {
    const incident = options.incident.toUpperCase()
    incidentKey(ledger, incident)
    const added: AddedEvidence[] = []
    for (const source of options.sources) {
      const keyId = ledger.createKey()
      const head: Uint8Array[] = []
      let headBytes = 0
      // The first bytes are kept (in memory only) to recognise a captured exchange by content.
      const tee = async function* () {
        for await (const chunk of source.open()) {
          if (headBytes < HEAD_BYTES) {
            head.push(chunk.subarray(0, HEAD_BYTES - headBytes))
            headBytes += Math.min(chunk.length, HEAD_BYTES - headBytes)
          }
          yield chunk
        }
      }
      const blob = await ledger.writeBlob(keyId, tee(), (bytes) => options.onProgress?.(source.name, bytes, source.size))
      const kind = options.kind ?? (looksLikeExchange(Buffer.concat(head), blob.size <= HEAD_BYTES) ? 'exchange' : guessEvidenceKind(source.name))
      const [row] = ledger.append([
        {
          incident,
          kind: 'evidence.added',
          keyId,
          blob: blob.id,
          body: (seq: number): EvidenceAddedBody => ({evidence: evidenceId(seq), name: source.name, kind, size: blob.size, sha256: blob.sha256, blob: blob.id}),
        },
      ])
      added.push({id: evidenceId(row!.seq), incident, name: source.name, kind, size: blob.size, sha256: blob.sha256, seq: row!.seq})
    }
    return added
  })
}

const HEAD_BYTES = 1024 * 1024

/**
 * A captured model exchange (an OpenAI or Anthropic request/response, an OpenTelemetry GenAI span,
 * pl's native format) as one whole JSON document. A JSON-lines log of many exchanges stays a log.
 */
function looksLikeExchange(head: Uint8Array, complete: boolean): boolean {
  if (!complete) return false
  const text = new TextDecoder().decode(head).trim()
  if (!text.startsWith('{')) return false
  try {
    return exchangeFromJson(JSON.parse(text)) !== undefined
  } catch {
    return false
  }
}

export interface EvidenceListing {
  /** Exhibits (`pl evidence add`, items a runbook preserved). */
  evidence: EvidenceItem[]
  /** Raw values the incident's scans captured, described masked. */
  captured: CapturedValue[]
  /** Password answers typed into the incident's runbook walks, described by runbook and step. */
  runbookAnswers: RunbookAnswer[]
}

export async function listEvidence(session: SessionOptions, incident: string): Promise<EvidenceListing> {
  return withLedger(session, (ledger) => {
    const {captured, runbookAnswers} = keptSecrets(ledger, incident)
    return {evidence: [...loadIncident(ledger, incident).evidence], captured: captured.map(capturedItem), runbookAnswers}
  })
}

/** A captured value as pl shows it: the fingerprint cut to a prefix, as in the postmortem. */
function capturedItem(value: CapturedValue): CapturedValue {
  return {...value, fingerprint: value.fingerprint === null ? null : value.fingerprint.slice(0, 16)}
}

/**
 * The incident's captured values and runbook answers, read from the clear headers of its
 * `secret.captured` and `runbook.secret` entries and from its `scan.findings`, `runbook.step` and
 * `key.shredded` entries (incident key). A `secret.captured` body (the raw value) and a
 * `runbook.secret` body (the typed answer) are not decrypted.
 */
function keptSecrets(ledger: UnlockedLedger, incident: string): {captured: CapturedValue[]; runbookAnswers: RunbookAnswer[]} {
  const id = incident.toUpperCase()
  incidentKey(ledger, id)
  const captures: CapturedHeader[] = []
  const scans: ScanSecretRecord[][] = []
  const answers: AnswerHeader[] = []
  const pointers: AnswerPointer[] = []
  const shreds: ShredRecord[] = []
  for (const row of ledger.rowsOfIncident(id)) {
    if (row.kind === 'secret.captured') captures.push({seq: row.seq, keyId: row.keyId, ts: row.ts, actor: row.actor})
    else if (row.kind === 'runbook.secret') answers.push({seq: row.seq, keyId: row.keyId, ts: row.ts, actor: row.actor})
    else if (row.kind === 'scan.findings' || row.kind === 'key.shredded' || row.kind === 'runbook.step') {
      const body = ledger.decrypt(row).body as {secrets?: unknown; secretEntry?: unknown; runbook?: unknown; step?: unknown} | null
      if (body === null) continue
      if (row.kind === 'key.shredded') shreds.push({ts: row.ts, actor: row.actor, body: body as ShredRecord['body']})
      else if (row.kind === 'runbook.step') {
        const {secretEntry, runbook, step} = body
        if (typeof secretEntry === 'number' && typeof runbook === 'string' && typeof step === 'string') pointers.push({secretEntry, runbook, step})
      } else if (Array.isArray(body.secrets)) scans.push(body.secrets as ScanSecretRecord[])
    }
  }
  const hasKey = (keyId: string) => ledger.hasKey(keyId)
  return {captured: foldCaptured({captures, scans, shreds, hasKey}), runbookAnswers: foldRunbookAnswers({secrets: answers, pointers, shreds, hasKey})}
}

function capturedValues(ledger: UnlockedLedger, incident: string): CapturedValue[] {
  return keptSecrets(ledger, incident).captured
}

/** An exhibit's row, for proving; a captured value is refused with where its proof is. */
function exhibitRow(ledger: UnlockedLedger, id: string): EntryRow {
  const row = findRow(ledger, id)
  if (row.kind === 'runbook.secret') {
    throw new UserError('usage', `${evidenceId(row.seq)} is a password answer typed into a runbook step, not an exhibit: \`pl evidence prove\` proves exhibits.`)
  }
  if (row.kind === 'secret.captured') {
    throw new UserError('usage', `${evidenceId(row.seq)} is a raw value captured by a scan, not an exhibit: \`pl evidence prove\` proves exhibits.`, {
      hints: [`The postmortem's appendix (\`pl report postmortem ${row.incident}\`) has the inclusion proof of every captured value's entry.`],
    })
  }
  return row
}

/**
 * The row of an exhibit (`evidence.added`), of a captured value (`secret.captured`) or of a
 * runbook answer (`runbook.secret`).
 */
function findRow(ledger: UnlockedLedger, id: string): EntryRow {
  const seq = parseEvidenceId(id)
  const row = seq === undefined ? undefined : ledger.row(seq)
  if (!row || (row.kind !== 'evidence.added' && row.kind !== 'secret.captured' && row.kind !== 'runbook.secret')) {
    throw new UserError('not-found', `No evidence ${id} in this store.`, {hints: ['Evidence ids look like EV-12; list them with `pl evidence list INC`.']})
  }
  return row
}

export interface EvidenceDetails extends EvidenceItem {
  incident: string
  shreddedBy?: string
}

export interface CapturedDetails extends CapturedValue {
  incident: string
}

export interface RunbookAnswerDetails extends RunbookAnswer {
  incident: string
}

export async function showEvidence(session: SessionOptions, id: string): Promise<EvidenceDetails | CapturedDetails | RunbookAnswerDetails> {
  return withLedger(session, (ledger) => {
    const row = findRow(ledger, id)
    if (row.kind === 'secret.captured') return {...capturedItem(capturedDetails(ledger, row)), incident: row.incident}
    if (row.kind === 'runbook.secret') return {...answerDetails(ledger, row), incident: row.incident}
    return evidenceDetails(ledger, row)
  })
}

function answerDetails(ledger: UnlockedLedger, row: EntryRow): RunbookAnswer {
  const answer = keptSecrets(ledger, row.incident).runbookAnswers.find((a) => a.seq === row.seq)
  if (!answer) throw new IntegrityError(`Runbook answer ${evidenceId(row.seq)} is missing from its incident's record.`)
  return answer
}

function capturedDetails(ledger: UnlockedLedger, row: EntryRow): CapturedValue {
  const value = capturedValues(ledger, row.incident).find((v) => v.seq === row.seq)
  if (!value) throw new IntegrityError(`Captured value ${evidenceId(row.seq)} is missing from its incident's record.`)
  return value
}

function evidenceDetails(ledger: UnlockedLedger, row: EntryRow): EvidenceDetails {
  const item = loadIncident(ledger, row.incident).evidence.find((e) => e.seq === row.seq)
  if (!item) throw new IntegrityError(`Evidence ${evidenceId(row.seq)} is missing from its incident's record.`)
  return {...item, incident: row.incident}
}

/**
 * Streams an exhibit's plaintext to `sink`. The reveal is recorded (who, when, where to) before a
 * single byte is written, so an interrupted reveal is still on the record.
 */
export async function revealEvidence(
  session: SessionOptions,
  id: string,
  to: string,
  sink: (chunks: AsyncIterable<Uint8Array>) => Promise<void>,
): Promise<EvidenceDetails> {
  return withLedger(session, async (ledger) => {
    const row = findRow(ledger, id)
    if (row.kind === 'secret.captured') {
      const value = capturedDetails(ledger, row)
      throw new UserError('usage', `${evidenceId(row.seq)} is a raw value captured by a scan (${capturedLabel(value)}); pl never reveals captured values.`, {
        hints: [
          `A runbook step hands it to the provider that revokes it (\`{{ secrets.${value.rule ?? 'RULE'} }}\`), without printing it.`,
          `\`pl evidence show ${evidenceId(row.seq)}\` shows what is recorded about it (masked).`,
        ],
      })
    }
    if (row.kind === 'runbook.secret') {
      const answer = answerDetails(ledger, row)
      throw new UserError('usage', `${evidenceId(row.seq)} is a password answer typed into a runbook step (${runbookAnswerLabel(answer)}); pl never reveals runbook answers.`, {
        hints: [
          'The walk hands it to the step that asked for it, without printing it.',
          `\`pl evidence show ${evidenceId(row.seq)}\` shows what is recorded about it (never the value).`,
        ],
      })
    }
    const details = evidenceDetails(ledger, row)
    if (details.shredded || !ledger.hasKey(row.keyId)) {
      throw new UserError('key-shredded', `Evidence ${id} was crypto-shredded; its content cannot be recovered.`)
    }
    ledger.append([{incident: row.incident, kind: 'evidence.revealed', keyId: incidentKey(ledger, row.incident), body: {evidence: evidenceId(row.seq), to}}])
    ledger.checkpoint()
    await sink(ledger.readBlob(row.keyId, row.blob!))
    return details
  })
}

/** What a shred destroys (or destroyed): an exhibit, a raw value a scan captured, or a runbook answer. */
export type ShredItem =
  | {type: 'exhibit'; id: string; seq: number; incident: string; name: string | null; keyId: string}
  | {type: 'captured'; id: string; seq: number; incident: string; name: null; rule: string | null; category: string | null; masked: string | null; keyId: string}
  | {type: 'runbook-answer'; id: string; seq: number; incident: string; name: null; runbook: string | null; step: string | null; keyId: string}

/** A shred item as reported (the incident was named by the caller; key ids are not shown). */
export type ShreddedItem = Reported<ShredItem>
type Reported<T> = T extends ShredItem ? Omit<T, 'incident' | 'keyId'> : never

export interface ShredResult {
  shredded: ShreddedItem[]
  alreadyShredded: string[]
  /**
   * Whether the old wrapped-key bytes are already overwritten on disk. `pending` while another
   * process holds a read open on the store: the key is unusable, its bytes go when that reader
   * is done and the last connection closes.
   */
  wipe: 'complete' | 'pending' | 'none'
}

/** A candidate for shredding, and whether it is shredded already. */
type Candidate = {item: ShredItem; shredded: boolean}

function exhibitCandidate(e: EvidenceItem, incident: string): Candidate {
  return {item: {type: 'exhibit', id: evidenceId(e.seq), seq: e.seq, incident, name: e.name, keyId: e.keyId}, shredded: e.shredded}
}

function capturedCandidate(v: CapturedValue, incident: string): Candidate {
  const {id, seq, rule, category, masked, keyId} = v
  return {item: {type: 'captured', id, seq, incident, name: null, rule, category, masked, keyId}, shredded: v.shredded}
}

function answerCandidate(a: RunbookAnswer, incident: string): Candidate {
  const {id, seq, runbook, step, keyId} = a
  return {item: {type: 'runbook-answer', id, seq, incident, name: null, runbook, step, keyId}, shredded: a.shredded}
}

function reported(item: ShredItem): ShreddedItem {
  switch (item.type) {
    case 'exhibit':
      return {type: item.type, id: item.id, seq: item.seq, name: item.name}
    case 'captured':
      return {type: item.type, id: item.id, seq: item.seq, name: null, rule: item.rule, category: item.category, masked: item.masked}
    case 'runbook-answer':
      return {type: item.type, id: item.id, seq: item.seq, name: null, runbook: item.runbook, step: item.step}
  }
}

/** The name a shred record gives an item: never a captured value or a typed answer itself. */
function shredName(item: ShredItem): string | null {
  switch (item.type) {
    case 'exhibit':
      return item.name
    case 'captured':
      return capturedLabel(item)
    case 'runbook-answer':
      return runbookAnswerLabel(item)
  }
}

/**
 * Crypto-shreds one exhibit, captured value or runbook answer, or all of them for an incident:
 * for each, a `key.shredded` entry (incident key) and the deletion of its data key in one
 * transaction. `confirm` sees what is about to be destroyed (captured values masked, runbook
 * answers by runbook and step).
 */
export async function shredEvidence(
  session: SessionOptions,
  target: {evidence?: string; incident?: string; reason?: string},
  confirm: (items: readonly ShredItem[]) => Promise<boolean>,
): Promise<ShredResult> {
  return withLedger(session, async (ledger) => {
    let candidates: Candidate[]
    if (target.evidence) {
      const row = findRow(ledger, target.evidence)
      candidates = [
        row.kind === 'secret.captured'
          ? capturedCandidate(capturedDetails(ledger, row), row.incident)
          : row.kind === 'runbook.secret'
            ? answerCandidate(answerDetails(ledger, row), row.incident)
            : exhibitCandidate(evidenceDetails(ledger, row), row.incident),
      ]
    } else if (target.incident) {
      const incident = target.incident.toUpperCase()
      const {captured, runbookAnswers} = keptSecrets(ledger, incident)
      candidates = [
        ...loadIncident(ledger, incident).evidence.map((e) => exhibitCandidate(e, incident)),
        ...captured.map((v) => capturedCandidate(v, incident)),
        ...runbookAnswers.map((a) => answerCandidate(a, incident)),
      ].sort((a, b) => a.item.seq - b.item.seq)
    } else throw new UserError('usage', 'Name the evidence to shred, or --incident INC for all of an incident.')
    const pending = candidates.filter((c) => !c.shredded && ledger.hasKey(c.item.keyId)).map((c) => c.item)
    const result: ShredResult = {shredded: [], alreadyShredded: candidates.filter((c) => !pending.includes(c.item)).map((c) => c.item.id), wipe: 'none'}
    if (pending.length === 0) return result
    if (!(await confirm(pending))) return result
    for (const item of pending) {
      // The record must not hold the value: a captured value is named by its rule and masked form,
      // a runbook answer by its runbook and step.
      const name = shredName(item)
      ledger.shredKey(
        {
          incident: item.incident,
          kind: 'key.shredded',
          keyId: incidentKey(ledger, item.incident),
          body: {keyId: item.keyId, evidence: item.id, ...(name ? {name} : {}), ...(target.reason ? {reason: target.reason} : {})},
        },
        item.keyId,
      )
      result.shredded.push(reported(item))
    }
    ledger.checkpoint()
    result.wipe = ledger.compactWal().complete ? 'complete' : 'pending'
    return result
  })
}

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

export function verifyStore(storePath: string, options: {checkpointFile?: string; onProgress?: (done: number, total: number) => void} = {}): VerifyReport {
  const external = options.checkpointFile === undefined ? undefined : readCheckpointFile(options.checkpointFile)
  // Read-only: the store under audit is itself evidence.
  const ledger = openLocked(storePath, {readonly: true})
  try {
    return verifyLedger(ledger.db, {...(external ? {external} : {}), ...(options.onProgress ? {onProgress: options.onProgress} : {})})
  } finally {
    ledger.close()
  }
}

/**
 * Verification with the key, on top of the keyless checks: every entry must decrypt under its
 * data key (authentic, not merely well chained), every blob must decrypt to its final chunk, and
 * every key that is gone must have been shredded on the record, after the entries that used it.
 */
export async function verifyStoreDeep(session: SessionOptions, options: {checkpointFile?: string; onProgress?: (done: number, total: number) => void} = {}): Promise<VerifyReport> {
  const report = verifyStore(session.storePath, options)
  const ledger = await openUnlocked(session, {seal: false})
  try {
    const problems: Problem[] = []
    const shreddedAt = new Map<string, number>()
    const keyless = new Map<string, number>()
    let entries = 0
    let blobs = 0
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
      entries += 1
      if (entry.kind === 'key.shredded') {
        const body = entry.body as {keyId?: unknown} | null
        if (body && typeof body.keyId === 'string') shreddedAt.set(body.keyId, row.seq)
      }
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
    return {...withProblems(report, problems), deep: {entriesAuthenticated: entries, blobsAuthenticated: blobs, shreddedKeys: shreddedAt.size}}
  } finally {
    ledger.close()
  }
}

function readJsonFile(path: string, what: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new UserError('not-found', `Cannot read the ${what} ${path}.`, {cause: error})
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new UserError('invalid-input', `The ${what} ${path} is not JSON.`, {cause: error})
  }
}

export function readCheckpointFile(path: string): CheckpointFile {
  const c = readJsonFile(path, 'checkpoint file') as Partial<CheckpointFile>
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

/** A self-contained bundle that lets a reviewer check one exhibit without the store. */
export interface ExhibitProof {
  format: 'pl-exhibit-proof/1'
  evidence: string
  /** The entry's header, with its binary fields in base64 (nonce, body) and hex (prev, hash). */
  entry: EntryHeader & {nonce: string; body: string; prev: string; hash: string}
  leafIndex: number
  treeSize: number
  inclusionProof: string[]
  checkpoint: CheckpointFile
  exhibit: {name: string; kind: string; size: number; sha256: string}
  /** The exhibit's own data key (base64), only when disclosed on request: it decrypts this exhibit. */
  dataKey?: string
}

export async function proveEvidence(session: SessionOptions, id: string, options: {discloseKey?: boolean} = {}): Promise<ExhibitProof> {
  return withLedger(session, (ledger) => {
    const row = exhibitRow(ledger, id)
    const entry = ledger.decrypt<'evidence.added'>(row)
    if (!entry.body) throw new UserError('key-shredded', `Evidence ${id} was crypto-shredded; only its entry hash remains.`)
    const checkpoint = ledger.checkpoint()
    const leaves = [...ledger.leafHashes()].slice(0, checkpoint.size)
    const proof = inclusionProof(leaves, row.seq - 1, checkpoint.size)
    const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64')
    const key = options.discloseKey ? ledger.key(row.keyId) : undefined
    return {
      format: 'pl-exhibit-proof/1',
      evidence: evidenceId(row.seq),
      entry: {
        seq: row.seq,
        ts: row.ts,
        incident: row.incident,
        kind: row.kind,
        actor: row.actor,
        keyId: row.keyId,
        blob: row.blob,
        nonce: b64(row.nonce),
        body: b64(row.body),
        prev: toHex(row.prev),
        hash: toHex(row.hash),
      },
      leafIndex: row.seq - 1,
      treeSize: checkpoint.size,
      inclusionProof: proof.map(toHex),
      checkpoint: checkpointToFile(checkpoint, ledger.meta.signPublicKey),
      exhibit: {name: entry.body.name, kind: entry.body.kind, size: entry.body.size, sha256: entry.body.sha256},
      ...(key ? {dataKey: b64(key)} : {}),
    }
  })
}

export interface ProofCheck {
  ok: boolean
  evidence: string
  /** Whether the bundle's name, size and SHA-256 are proven (only with the disclosed data key). */
  metadataAuthenticated: boolean
  checks: {name: string; ok: boolean; detail: string}[]
}

/** Checks an exhibit proof offline; with the exhibit's bytes, also that they are the recorded ones. */
export async function checkExhibitProof(proofPath: string, exhibit?: {sha256: string; size: number}): Promise<ProofCheck> {
  const p = readJsonFile(proofPath, 'proof file') as ExhibitProof
  if (p?.format !== 'pl-exhibit-proof/1' || !p.entry || !Array.isArray(p.inclusionProof) || !p.checkpoint) {
    throw new UserError('invalid-input', `${proofPath} is not a pl exhibit proof.`, {hints: ['Produce one with `pl evidence prove EV --out FILE`.']})
  }
  if (exhibit && !p.dataKey) {
    // Without the exhibit's key nothing authenticates the bundle's stated SHA-256: anyone could
    // edit it to match another file.
    throw new UserError('usage', `${proofPath} does not disclose the exhibit's data key, so it cannot prove which bytes the exhibit holds.`, {
      hints: ['Export the proof with `pl evidence prove EV --out FILE --disclose-key` to check an exhibit file against it.'],
    })
  }
  const checks: ProofCheck['checks'] = []
  const fromB64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'))
  const fromHexS = (s: string) => new Uint8Array(Buffer.from(s, 'hex'))
  const header = {...p.entry}
  const hash = entryHash(fromHexS(p.entry.prev), encodeHeader(header), fromB64(p.entry.nonce), fromB64(p.entry.body))
  const hashOk = toHex(hash) === p.entry.hash
  checks.push({name: 'entry hash', ok: hashOk, detail: hashOk ? 'the entry hashes to its recorded hash' : 'the entry was altered'})
  const c = p.checkpoint
  const root = fromHexS(c.root)
  const sigOk = verifyEd25519(fromHexS(c.publicKey), checkpointMessage(c.storeId, c.size, root, c.ts), fromB64(c.signature))
  checks.push({name: 'checkpoint signature', ok: sigOk, detail: sigOk ? `signed by ${c.publicKey.slice(0, 16)}…` : 'invalid signature'})
  const incl = verifyInclusion(p.leafIndex, c.size, leafHash(hash), p.inclusionProof.map(fromHexS), root)
  const inclOk = incl.ok && p.leafIndex === p.entry.seq - 1
  checks.push({name: 'inclusion', ok: inclOk, detail: inclOk ? `entry ${p.entry.seq} is in the signed tree of size ${c.size}` : incl.ok ? 'leaf index does not match the entry' : incl.reason})
  if (p.dataKey) {
    const crypto = await loadCrypto()
    let bound = false
    try {
      const plain = JSON.parse(new TextDecoder().decode(crypto.open(fromB64(p.dataKey), fromB64(p.entry.nonce), fromB64(p.entry.body), encodeHeader(header)))) as EvidenceAddedBody
      bound = plain.sha256 === p.exhibit.sha256 && plain.size === p.exhibit.size && plain.name === p.exhibit.name
    } catch {
      bound = false
    }
    checks.push({name: 'metadata', ok: bound, detail: bound ? 'name, size and SHA-256 are the ones recorded' : 'the stated metadata is not the recorded one'})
  }
  if (exhibit) {
    const same = exhibit.sha256 === p.exhibit.sha256 && exhibit.size === p.exhibit.size
    checks.push({name: 'exhibit bytes', ok: same, detail: same ? 'the file is the recorded exhibit' : 'the file differs from the recorded exhibit'})
  }
  if (!p.dataKey) {
    checks.push({name: 'metadata', ok: true, detail: 'not authenticated: the bundle proves the entry only (export with --disclose-key to bind name, size and SHA-256)'})
  }
  return {ok: checks.every((x) => x.ok), evidence: p.evidence, metadataAuthenticated: Boolean(p.dataKey) && checks.every((x) => x.ok), checks}
}
