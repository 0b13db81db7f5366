/**
 * Finding evidence for the use cases of this folder: an exhibit, a raw value captured by
 * `pl scan --incident` (`secret.captured`) or a password answer typed into a runbook step
 * (`runbook.secret`), each by its evidence id (EV-<n>, ADR 0016). Captured values and runbook answers are
 * read from clear headers and from their incident's other entries; their own bodies (the raw
 * values, the typed answers) are never decrypted here.
 */
import type {CapturedHeader, CapturedValue, ScanSecretRecord, ShredRecord} from '../../domain/captured.js'
import {foldCaptured} from '../../domain/captured.js'
import type {EntryRow} from '../../domain/codec.js'
import {isKind} from '../../domain/entries/index.js'
import {evidenceId, isEvidenceEntryKind} from '../../domain/evidence.js'
import type {EvidenceItem} from '../../domain/incident.js'
import type {AnswerHeader, AnswerPointer, RunbookAnswer} from '../../domain/runbook-answers.js'
import {foldRunbookAnswers} from '../../domain/runbook-answers.js'
import {IntegrityError, UserError} from '../../errors.js'
import type {UnlockedLedger} from '../../store/ledger.js'
import {incidentKey, loadIncident, numberingOf} from '../incidents.js'

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
        if (entry.body !== null) shreds.push({seq: row.seq, ts: row.ts, actor: row.actor, body: entry.body})
      } else if (isKind(entry, 'runbook.step')) {
        const {secretEntry, runbook, step} = entry.body ?? {}
        if (secretEntry !== undefined && runbook !== undefined && step !== undefined) pointers.push({secretEntry, runbook, step})
      } else if (isKind(entry, 'scan.findings') && entry.body?.secrets !== undefined) scans.push(entry.body.secrets)
    }
  }
  const hasKey = (keyId: string) => ledger.hasKey(keyId)
  const numbering = numberingOf(ledger)
  // Without a grant on the incident its scans and step records read as nothing: a value whose key
  // is held is then unreadable to this responder, not shredded (ADR 0014).
  const access = ledger.canRead(id)
  return {
    captured: foldCaptured({captures, scans, shreds, hasKey, access, numbering}),
    runbookAnswers: foldRunbookAnswers({secrets: answers, pointers, shreds, hasKey, access, numbering}),
  }
}

export function capturedValues(ledger: UnlockedLedger, incident: string): CapturedValue[] {
  return keptSecrets(ledger, incident).captured
}

/** An exhibit's row, for proving; a captured value is refused with where its proof is. */
export function exhibitRow(ledger: UnlockedLedger, id: string): EntryRow {
  const row = findRow(ledger, id)
  if (row.kind === 'runbook.secret') {
    throw new UserError('usage', `${idOfRow(ledger, row)} is an answer typed into a runbook step and kept apart (a password, or text that held a secret), not an exhibit: \`pl evidence prove\` proves exhibits.`)
  }
  if (row.kind === 'secret.captured') {
    throw new UserError('usage', `${idOfRow(ledger, row)} is a raw value captured by a scan, not an exhibit: \`pl evidence prove\` proves exhibits.`, {
      hints: [`The postmortem's appendix (\`pl report postmortem ${row.incident}\`) has the inclusion proof of every captured value's entry.`],
    })
  }
  return row
}

/** The evidence id (EV-<n>) of an item's row, as shown everywhere (ADR 0016). */
export function idOfRow(ledger: UnlockedLedger, row: EntryRow): string {
  return numberingOf(ledger).idOf(row.seq) ?? evidenceId(row.seq)
}

const ID_HINT = 'Evidence ids look like EV-12 (or entry:40 for entry number 40); list them with `pl evidence list INC`.'

/**
 * The row of an exhibit (`evidence.added`), of a captured value (`secret.captured`) or of a
 * runbook answer (`runbook.secret`), by its id EV-<n>, its former id (EV-<entry>, for items
 * recorded before evidence was numbered) or entry:<seq> (ADR 0016). An id that names two items
 * (the n-th item, and another whose former id it was) is refused, naming both.
 */
export function findRow(ledger: UnlockedLedger, id: string): EntryRow {
  const numbering = numberingOf(ledger)
  const ref = numbering.resolve(id)
  if (ref.found) {
    const row = ledger.row(ref.seq)
    if (row && isEvidenceEntryKind(row.kind)) return row
  } else if (ref.reason === 'ambiguous') {
    const describe = (seq: number) => {
      const row = ledger.row(seq)
      return `${numbering.idOf(seq) ?? '?'} (entry ${seq}${row ? `, ${kindLabel(row.kind)} of ${row.incident}` : ''}): say entry:${seq}`
    }
    throw new UserError('usage', `${id.trim()} names two evidence items in this store: the item numbered ${id.trim().toUpperCase()}, and one recorded before evidence was numbered whose id it was.`, {
      hints: [`For ${describe(ref.numbered)}.`, `For ${describe(ref.former)} (formerly ${id.trim().toUpperCase()}).`],
      details: {id, candidates: [ref.numbered, ref.former].map((seq) => ({id: numbering.idOf(seq), entry: seq}))},
    })
  }
  throw new UserError('not-found', `No evidence ${id} in this store.`, {hints: [ID_HINT]})
}

function kindLabel(kind: string): string {
  return kind === 'secret.captured' ? 'a captured value' : kind === 'runbook.secret' ? 'a runbook answer' : 'an exhibit'
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
  if (!answer) throw new IntegrityError(`Runbook answer ${idOfRow(ledger, row)} (entry ${row.seq}) is missing from its incident's record.`)
  return answer
}

export function capturedDetails(ledger: UnlockedLedger, row: EntryRow): CapturedValue {
  const value = capturedValues(ledger, row.incident).find((v) => v.seq === row.seq)
  if (!value) throw new IntegrityError(`Captured value ${idOfRow(ledger, row)} (entry ${row.seq}) is missing from its incident's record.`)
  return value
}

export function evidenceDetails(ledger: UnlockedLedger, row: EntryRow): EvidenceDetails {
  const item = loadIncident(ledger, row.incident).evidence.find((e) => e.seq === row.seq)
  if (!item) throw new IntegrityError(`Evidence ${idOfRow(ledger, row)} (entry ${row.seq}) is missing from its incident's record.`)
  return {...item, incident: row.incident}
}
