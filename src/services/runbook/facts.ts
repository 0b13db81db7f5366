/**
 * What a walk needs to know of its incident: its title and classes, the rules that found
 * something, the captured values a step may hand to a provider, and the walk's own earlier records
 * (answers, completed actions). Read in full when the walk begins; `refresh()` then reads only the
 * entries recorded since (one indexed statement), so findings and captured values recorded while
 * the walk runs — by another responder's `pl scan --incident`, say — are seen before each step.
 */
import type {SecretValue} from '../../actions/types.js'
import {isKind} from '../../domain/entries/index.js'
import {stepRecord} from '../../domain/entries/runbook-step.js'
import type {CapturedHeader, CapturedValue, ScanSecretRecord, ShredRecord} from '../../domain/captured.js'
import {capturedLabel, capturesFor, foldCaptured} from '../../domain/captured.js'
import type {StepRecordBody} from '../../domain/runbook/walk.js'
import {UserError} from '../../errors.js'
import type {EntryRow} from '../../domain/codec.js'
import type {UnlockedLedger} from '../../store/ledger.js'
import {loadIncident, numberingOf} from '../incidents.js'

export interface IncidentFacts {
  id: string
  title: string
  severity: string
  /** open, acknowledged, contained or resolved, when the walk began. */
  status: string
  /** The alert the incident was opened from, or ''. */
  link: string
  classes: string[]
  /** Rule ids and categories of the incident's scan findings; grows in place on `refresh()`. */
  findings: string[]
  /** The raw values captured for a rule id or category, and those of them that were shredded. */
  secrets: (rule: string) => {values: SecretValue[]; lost: CapturedValue[]}
  records: StepRecordBody[]
  /** Password answers still readable, by the sequence number of their `runbook.secret` entry. */
  secretAnswers: Map<number, string>
  completedActions: Set<string>
  /** The evidence id (EV-<n>, ADR 0016) of an item's entry. */
  evidenceIdOf: (seq: number) => string
  /**
   * Reads the incident's findings, captured values and shreds recorded since the last read; returns
   * the rule ids and categories found for the first time. The walk's own records (answers, actions)
   * are not read again: the walk keeps them itself, and its lease keeps other walkers out.
   */
  refresh: () => string[]
}

export function incidentFacts(ledger: UnlockedLedger, incident: string, runbook: string): IncidentFacts {
  const state = loadIncident(ledger, incident)
  const rows = ledger.rowsOfIncident(incident)
  const findings: string[] = []
  const scans: ScanSecretRecord[][] = []
  const captures: CapturedHeader[] = []
  const shreds: ShredRecord[] = []
  const records: StepRecordBody[] = []
  const secretSeqs = new Set<number>()
  const completedActions = new Set<string>()
  /** Reads a finding, capture or shred entry (true when `row` is one), adding rule ids and categories seen for the first time to `found`. */
  const readCaptured = (row: EntryRow, found: string[]): boolean => {
    if (row.kind === 'secret.captured') {
      captures.push({seq: row.seq, keyId: row.keyId, ts: row.ts, actor: row.actor})
      return true
    }
    if (row.kind !== 'scan.findings' && row.kind !== 'key.shredded') return false
    const entry = ledger.decrypt(row)
    if (isKind(entry, 'scan.findings')) {
      for (const f of entry.body?.findings ?? []) {
        for (const id of [f.rule, f.category]) {
          if (id !== undefined && !findings.includes(id)) {
            findings.push(id)
            found.push(id)
          }
        }
      }
      if (entry.body?.secrets) scans.push(entry.body.secrets)
    } else if (isKind(entry, 'key.shredded') && entry.body) shreds.push({seq: entry.seq, ts: entry.ts, actor: entry.actor, body: entry.body})
    return true
  }
  let lastSeq = 0
  for (const row of rows) {
    lastSeq = Math.max(lastSeq, row.seq)
    if (readCaptured(row, [])) continue
    if (row.kind !== 'runbook.step' && row.kind !== 'action.result') continue
    const entry = ledger.decrypt(row)
    if (isKind(entry, 'runbook.step')) {
      const record = entry.body === null ? undefined : stepRecord(entry.body)
      if (record?.runbook === runbook) {
        records.push(record)
        // A reopened step runs its action again.
        if (record.status === 'reopened') completedActions.delete(record.step)
        if (record.secretEntry !== undefined) secretSeqs.add(record.secretEntry)
      }
    } else if (isKind(entry, 'action.result')) {
      const {body} = entry
      if (body?.runbook === runbook && body.stage === 'done' && body.ok) completedActions.add(body.step ?? '')
    }
  }
  // An answer whose entry was crypto-shredded decrypts to nothing and is left out: the walk asks for it again.
  const secretAnswers = new Map<number, string>()
  for (const seq of secretSeqs) {
    const row = ledger.row(seq)
    const entry = row?.kind === 'runbook.secret' ? ledger.decrypt(row) : undefined
    if (entry !== undefined && isKind(entry, 'runbook.secret') && entry.body?.value !== undefined) secretAnswers.set(seq, entry.body.value)
  }
  let numbering = numberingOf(ledger)
  const fold = () => foldCaptured({captures, scans, shreds, hasKey: (keyId) => ledger.hasKey(keyId), numbering})
  let captured = fold()
  // A value shredded and captured again by a later scan is handed out from its new entry; one
  // whose every capture was shredded is `lost`: it cannot be handed to a provider any more.
  const secrets = (rule: string) => {
    const {live, lost} = capturesFor(captured, rule)
    const values = live.flatMap((c): SecretValue[] => {
      const row = ledger.row(c.seq)
      const entry = row ? ledger.decrypt(row) : undefined
      const raw = entry !== undefined && isKind(entry, 'secret.captured') ? entry.body?.raw : undefined
      return raw === undefined ? [] : [{value: raw, masked: c.masked ?? '[masked]', fingerprint: c.fingerprint ?? ''}]
    })
    return {values, lost}
  }
  const refresh = (): string[] => {
    const found: string[] = []
    let changed = false
    for (const row of ledger.rowsOfIncidentAfter(incident, lastSeq)) {
      lastSeq = Math.max(lastSeq, row.seq)
      if (readCaptured(row, found)) changed = true
    }
    if (changed) {
      numbering = numberingOf(ledger)
      captured = fold()
    }
    return found
  }
  return {
    id: state.id,
    title: state.title ?? '',
    severity: state.severity ?? '',
    status: state.status,
    link: state.source?.url ?? '',
    classes: [...state.classes],
    findings,
    secrets,
    records,
    secretAnswers,
    completedActions,
    evidenceIdOf: (seq) => numbering.idOf(seq) ?? `entry:${seq}`,
    refresh,
  }
}

/** A step that needs a captured value that was crypto-shredded cannot run: revoking it is impossible. */
export function shreddedSecrets(step: string, rule: string, lost: readonly CapturedValue[], incident: string): UserError {
  const one = lost.length === 1
  const named = lost.map((c) => `${c.id} ${capturedLabel(c)}`).join(', ')
  return new UserError(
    'key-shredded',
    `Step ${step} cannot run: {{ secrets.${rule} }} includes ${lost.length} captured value${one ? ' that was' : 's that were'} crypto-shredded (${named}). pl can no longer read ${one ? 'it' : 'them'}, so it cannot hand ${one ? 'it' : 'them'} to the provider (a revoke of a shredded secret cannot run).`,
    {
      details: {step, rule, shredded: lost.map((c) => ({id: c.id, rule: c.rule, masked: c.masked}))},
      hints: [
        `Revoke ${one ? 'it' : 'them'} by hand at the provider (the masked form identifies ${one ? 'it' : 'them'}); the step stays pending.`,
        `If the scanned data still holds ${one ? 'the value' : 'the values'}, \`pl scan PATH --incident ${incident}\` captures ${one ? 'it' : 'them'} again under a new key and the step can run.`,
      ],
    },
  )
}
