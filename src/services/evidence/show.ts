/** `pl evidence show`: what is recorded about one exhibit, captured value or runbook answer. */
import type {SessionOptions} from '../session.js'
import {withLedger} from '../store-access.js'
import type {CapturedDetails, EvidenceDetails, RunbookAnswerDetails} from './lookup.js'
import {answerDetails, capturedDetails, capturedItem, evidenceDetails, findRow} from './lookup.js'

export async function showEvidence(session: SessionOptions, id: string): Promise<EvidenceDetails | CapturedDetails | RunbookAnswerDetails> {
  return withLedger(session, (ledger) => {
    const row = findRow(ledger, id)
    // Without a grant on its incident nothing about it can be read: exit 13 naming who can grant
    // it, never "shredded" (ADR 0014).
    ledger.requireIncidentAccess(row.incident)
    if (row.kind === 'secret.captured') return {...capturedItem(capturedDetails(ledger, row)), incident: row.incident}
    if (row.kind === 'runbook.secret') return {...answerDetails(ledger, row), incident: row.incident}
    return evidenceDetails(ledger, row)
  }, {reader: true})
}
