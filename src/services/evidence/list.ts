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
  /** false when the reader holds no grant on the incident (ADR 0014): items are listed by header, none readable. */
  access?: false
  /** Without access: who can grant it, and how (the exit-13 message of commands that need the content). */
  grant?: {message: string; hints: readonly string[]}
}

export async function listEvidence(session: SessionOptions, incident: string): Promise<EvidenceListing> {
  return withLedger(session, (ledger) => {
    const {captured, runbookAnswers} = keptSecrets(ledger, incident)
    const listing: EvidenceListing = {evidence: [...loadIncident(ledger, incident).evidence], captured: captured.map(capturedItem), runbookAnswers}
    if (ledger.canRead(incident.toUpperCase())) return listing
    const refusal = ledger.noAccess(incident.toUpperCase())
    return {...listing, access: false, grant: {message: refusal.message, hints: refusal.hints}}
  }, {reader: true})
}
