/** `pl evidence shred`: crypto-shredding exhibits, captured values and runbook answers. */
import type {CapturedValue} from '../../domain/captured.js'
import {capturedLabel} from '../../domain/captured.js'
import type {EvidenceItem} from '../../domain/incident.js'
import type {RunbookAnswer} from '../../domain/runbook-answers.js'
import {runbookAnswerLabel} from '../../domain/runbook-answers.js'
import {UserError} from '../../errors.js'
import type {UnlockedLedger} from '../../store/ledger.js'
import {incidentIds, incidentKey, loadIncident} from '../incidents.js'
import type {SessionOptions} from '../session.js'
import {withLedger} from '../store-access.js'
import {answerDetails, capturedDetails, evidenceDetails, findRow, keptSecrets} from './lookup.js'

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
  /** --dry-run: what a run would shred; nothing was. */
  dryRun?: boolean
  wouldShred?: ShreddedItem[]
  /** Runbook answers left alone by --runbook-answers, and why. */
  kept?: {id: string; incident: string; reason: string}[]
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
  return {item: {type: 'exhibit', id: e.id ?? `entry:${e.seq}`, seq: e.seq, incident, name: e.name, keyId: e.keyId}, shredded: e.shredded}
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
  target: {evidence?: string; incident?: string; reason?: string; runbookAnswers?: {olderThanMs?: number}; dryRun?: boolean},
  confirm: (items: readonly ShredItem[]) => Promise<boolean>,
): Promise<ShredResult> {
  return withLedger(session, async (ledger) => {
    let candidates: Candidate[]
    let kept: ShredResult['kept']
    if (target.runbookAnswers) {
      ;({candidates, kept} = oldAnswers(ledger, target.incident, target.runbookAnswers.olderThanMs === undefined ? undefined : session.now() - target.runbookAnswers.olderThanMs))
    } else if (target.evidence) {
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
    const result: ShredResult = {shredded: [], alreadyShredded: candidates.filter((c) => !pending.includes(c.item)).map((c) => c.item.id), wipe: 'none', ...(kept ? {kept} : {})}
    if (target.dryRun) return {...result, dryRun: true, wouldShred: pending.map(reported)}
    if (pending.length === 0) return result
    if (!(await confirm(pending))) return result
    for (const item of pending) {
      // The record must not hold the value: a captured value is named by its rule and masked form,
      // a runbook answer by its runbook and step.
      const name = shredName(item)
      const row = ledger.shredKey(
        {
          incident: item.incident,
          kind: 'key.shredded',
          keyId: incidentKey(ledger, item.incident),
          body: {keyId: item.keyId, evidence: item.id, ...(name ? {name} : {}), ...(target.reason ? {reason: target.reason} : {})},
        },
        item.keyId,
      )
      // Another shred of the same item got there first (two responders at once): said as already shredded, not recorded twice.
      if (row === undefined) result.alreadyShredded.push(item.id)
      else result.shredded.push(reported(item))
    }
    ledger.checkpoint()
    result.wipe = ledger.compactWal().complete ? 'complete' : 'pending'
    return result
  })
}

/**
 * Password answers recorded by runbook walks that are done with them (issue 14, item 7): those of
 * INC when it is named, otherwise those of every resolved incident, answered before
 * `answeredBefore` when given. Exhibits and captured values are never candidates; answers of an
 * incident still open are kept (a walk may still need them), and said so.
 */
function oldAnswers(ledger: UnlockedLedger, incident: string | undefined, answeredBefore: number | undefined): {candidates: Candidate[]; kept: NonNullable<ShredResult['kept']>} {
  const candidates: Candidate[] = []
  const kept: NonNullable<ShredResult['kept']> = []
  let ids: string[]
  if (incident === undefined) ids = incidentIds(ledger)
  else {
    incidentKey(ledger, incident)
    ids = [incident.toUpperCase()]
  }
  for (const id of ids) {
    const answers = keptSecrets(ledger, id).runbookAnswers.filter((a) => !a.shredded)
    if (answers.length === 0) continue
    const status = loadIncident(ledger, id).status
    for (const a of answers) {
      if (incident === undefined && status !== 'resolved') kept.push({id: a.id, incident: id, reason: `${id} is ${status}, not resolved: a walk may still need it (name the incident with --incident to include it)`})
      else if (answeredBefore !== undefined && a.answeredAt >= answeredBefore) kept.push({id: a.id, incident: id, reason: 'answered more recently than --older-than'})
      else candidates.push(answerCandidate(a, id))
    }
  }
  return {candidates: candidates.sort((a, b) => a.item.seq - b.item.seq), kept}
}
