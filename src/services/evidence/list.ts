/** `pl evidence list`: an incident's exhibits, captured values and runbook answers. */
import type {CapturedValue} from '../../domain/captured.js'
import type {EvidenceItem} from '../../domain/incident.js'
import type {RunbookAnswer} from '../../domain/runbook-answers.js'
import {loadIncident} from '../incidents.js'
import type {SessionOptions} from '../session.js'
import {withLedger} from '../store-access.js'
import {capturedItem, keptSecrets} from './lookup.js'

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
