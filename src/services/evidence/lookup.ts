/**
 * Finding evidence for the use cases of this folder: an exhibit, a raw value captured by
 * `pl scan --incident` (`secret.captured`) or a password answer typed into a runbook step
 * (`runbook.secret`), each by the EV-<seq> of its entry. Captured values and runbook answers are
 * read from clear headers and from their incident's other entries; their own bodies (the raw
 * values, the typed answers) are never decrypted here.
 */
import type {CapturedHeader, CapturedValue, ScanSecretRecord, ShredRecord} from '../../domain/captured.js'
import {foldCaptured} from '../../domain/captured.js'
import type {EntryRow} from '../../domain/codec.js'
import {isKind} from '../../domain/entries/index.js'
import {evidenceId, parseEvidenceId} from '../../domain/evidence.js'
import type {EvidenceItem} from '../../domain/incident.js'
import type {AnswerHeader, AnswerPointer, RunbookAnswer} from '../../domain/runbook-answers.js'
import {foldRunbookAnswers} from '../../domain/runbook-answers.js'
import {IntegrityError, UserError} from '../../errors.js'
import type {UnlockedLedger} from '../../store/ledger.js'
import {incidentKey, loadIncident} from '../incidents.js'

/** A captured value as pl shows it: the fingerprint cut to a prefix, as in the postmortem. */
export function capturedItem(value: CapturedValue): CapturedValue {
  return {...value, fingerprint: value.fingerprint === null ? null : value.fingerprint.slice(0, 16)}
}

/**
 * The incident's captured values and runbook answers, read from the clear headers of its
 * `secret.captured` and `runbook.secret` entries and from its `scan.findings`, `runbook.step` and
 * `key.shredded` entries (incident key). A `secret.captured` body (the raw value) and a
 * `runbook.secret` body (the typed answer) are not decrypted.
 */
export function keptSecrets(ledger: UnlockedLedger, incident: string): {captured: CapturedValue[]; runbookAnswers: RunbookAnswer[]} {
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
      const entry = ledger.decrypt(row)
      if (isKind(entry, 'key.shredded')) {
        if (entry.body !== null) shreds.push({ts: row.ts, actor: row.actor, body: entry.body})
      } else if (isKind(entry, 'runbook.step')) {
        const {secretEntry, runbook, step} = entry.body ?? {}
        if (secretEntry !== undefined && runbook !== undefined && step !== undefined) pointers.push({secretEntry, runbook, step})
      } else if (isKind(entry, 'scan.findings') && entry.body?.secrets !== undefined) scans.push(entry.body.secrets)
    }
  }
  const hasKey = (keyId: string) => ledger.hasKey(keyId)
  return {captured: foldCaptured({captures, scans, shreds, hasKey}), runbookAnswers: foldRunbookAnswers({secrets: answers, pointers, shreds, hasKey})}
}

export function capturedValues(ledger: UnlockedLedger, incident: string): CapturedValue[] {
  return keptSecrets(ledger, incident).captured
}

/** An exhibit's row, for proving; a captured value is refused with where its proof is. */
export function exhibitRow(ledger: UnlockedLedger, id: string): EntryRow {
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
export function findRow(ledger: UnlockedLedger, id: string): EntryRow {
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

export function answerDetails(ledger: UnlockedLedger, row: EntryRow): RunbookAnswer {
  const answer = keptSecrets(ledger, row.incident).runbookAnswers.find((a) => a.seq === row.seq)
  if (!answer) throw new IntegrityError(`Runbook answer ${evidenceId(row.seq)} is missing from its incident's record.`)
  return answer
}

export function capturedDetails(ledger: UnlockedLedger, row: EntryRow): CapturedValue {
  const value = capturedValues(ledger, row.incident).find((v) => v.seq === row.seq)
  if (!value) throw new IntegrityError(`Captured value ${evidenceId(row.seq)} is missing from its incident's record.`)
  return value
}

export function evidenceDetails(ledger: UnlockedLedger, row: EntryRow): EvidenceDetails {
  const item = loadIncident(ledger, row.incident).evidence.find((e) => e.seq === row.seq)
  if (!item) throw new IntegrityError(`Evidence ${evidenceId(row.seq)} is missing from its incident's record.`)
  return {...item, incident: row.incident}
}
