/**
 * `pl evidence show --reveal`: an exhibit's plaintext, streamed to the caller's sink. Captured
 * values and runbook answers are never revealed.
 */
import {capturedLabel} from '../../domain/captured.js'
import {runbookAnswerLabel} from '../../domain/runbook-answers.js'
import {UserError} from '../../errors.js'
import {incidentKey} from '../incidents.js'
import type {SessionOptions} from '../session.js'
import {withLedger} from '../store-access.js'
import type {EvidenceDetails} from './lookup.js'
import {answerDetails, capturedDetails, evidenceDetails, findRow, idOfRow} from './lookup.js'

/**
 * Streams an exhibit's plaintext to `sink`. The reveal is recorded (who, when, where to) before a
 * single byte is written, so an interrupted reveal is still on the record. `refuse` sees the
 * first decrypted bytes first: an error it returns is thrown and nothing is recorded or written
 * (binary content for a terminal).
 */
export async function revealEvidence(
  session: SessionOptions,
  id: string,
  to: string,
  sink: (chunks: AsyncIterable<Uint8Array>) => Promise<void>,
  refuse?: (head: Uint8Array, details: EvidenceDetails) => UserError | undefined,
): Promise<EvidenceDetails> {
  return withLedger(session, async (ledger) => {
    const row = findRow(ledger, id)
    // Without access to its incident: exit 13, naming who can grant it (ADR 0014).
    ledger.requireIncidentAccess(row.incident)
    ledger.requireAccess(row.keyId)
    if (row.kind === 'secret.captured') {
      const value = capturedDetails(ledger, row)
      throw new UserError('usage', `${idOfRow(ledger, row)} is a raw value captured by a scan (${capturedLabel(value)}); pl never reveals captured values.`, {
        hints: [
          `A runbook step hands it to the provider that revokes it (\`{{ secrets.${value.rule ?? 'RULE'} }}\`), without printing it.`,
          `\`pl evidence show ${idOfRow(ledger, row)}\` shows what is recorded about it (masked).`,
        ],
      })
    }
    if (row.kind === 'runbook.secret') {
      const answer = answerDetails(ledger, row)
      throw new UserError('usage', `${idOfRow(ledger, row)} is an answer typed into a runbook step and kept apart (${runbookAnswerLabel(answer)}: a password, or text that held a secret); pl never reveals runbook answers.`, {
        hints: [
          'The walk hands it to the step that asked for it, without printing it.',
          `\`pl evidence show ${idOfRow(ledger, row)}\` shows what is recorded about it (never the value).`,
        ],
      })
    }
    const details = evidenceDetails(ledger, row)
    if (details.shredded || !ledger.hasKey(row.keyId)) {
      throw new UserError('key-shredded', `Evidence ${id} was crypto-shredded; its content cannot be recovered.`)
    }
    if (refuse !== undefined) {
      // The first chunk only, its reader closed again before anything is appended (the store
      // cannot write while a read is open).
      const head = ledger.readBlob(row.keyId, row.blob!)[Symbol.asyncIterator]()
      const first = await head.next()
      await head.return?.(undefined)
      const refusal = first.done === true ? undefined : refuse(first.value, details)
      if (refusal !== undefined) throw refusal
    }
    ledger.append([{incident: row.incident, kind: 'evidence.revealed', keyId: incidentKey(ledger, row.incident), body: {evidence: idOfRow(ledger, row), to}}])
    ledger.checkpoint()
    await sink(ledger.readBlob(row.keyId, row.blob!))
    return details
  })
}
