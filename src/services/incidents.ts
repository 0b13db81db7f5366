/**
 * Incident use cases: open, list, show, mark phases, add notes, build the timeline. An incident
 * is the fold of its ledger entries; nothing is kept anywhere else.
 */
import type {AlertLink} from '../domain/alerts.js'
import type {IncidentOpenedBody} from '../domain/entries/incident-opened.js'
import type {NoteBody} from '../domain/entries/note.js'
import type {TimelineMarkBody} from '../domain/entries/timeline-mark.js'
import type {Mask, MaskedValue} from '../domain/free-text.js'
import {maskBody, maskEntries} from '../domain/free-text.js'
import type {IncidentClass, Phase, Severity} from '../domain/entry.js'
import type {EvidenceNumbering} from '../domain/evidence.js'
import {evidenceNumbering} from '../domain/evidence.js'
import type {IncidentState} from '../domain/incident.js'
import {foldIncident} from '../domain/incident.js'
import {isIncidentId, nextIncidentId} from '../domain/incident-id.js'
import type {TimelineEvent} from '../domain/timeline.js'
import {buildTimeline} from '../domain/timeline.js'
import {assertNotFuture} from '../domain/time.js'
import {UserError} from '../errors.js'
import type {UnlockedLedger} from '../store/ledger.js'
import type {Ledger} from '../store/reader.js'
import {textMasker} from './free-text.js'
import type {SessionOptions} from './session.js'
import {withLedger} from './store-access.js'

export interface OpenIncidentInput {
  title: string
  severity: Severity
  classes: IncidentClass[]
  owner?: string
  summary?: string
  startedAt?: number
  detectedAt: number
  /** From the alert: where it came from, and when it was first acknowledged. */
  source?: AlertLink
  acknowledgedAt?: number
}

export function incidentIds(ledger: Ledger): string[] {
  return ledger.rowsOfKind('incident.opened').map((r) => r.incident)
}

/** Looks up the incident's opening entry; its key encrypts the incident's own entries. */
export function incidentKey(ledger: Ledger, id: string): string {
  const normalised = id.toUpperCase()
  const opened = ledger.db.prepare("SELECT key_id FROM entries WHERE incident = ? AND kind = 'incident.opened'").get(normalised) as
    | {key_id: string}
    | undefined
  if (!opened) {
    throw new UserError('not-found', `No incident ${id} in this store.`, {
      hints: [isIncidentId(normalised) ? 'List incidents with `pl incident list`.' : 'Incident ids look like INC-2026-0001; list them with `pl incident list`.'],
    })
  }
  return opened.key_id
}

const numberings = new WeakMap<Ledger, {lastSeq: number; numbering: EvidenceNumbering}>()

/**
 * The store's evidence numbering (ADR 0016), from clear headers; read once per ledger and again
 * only after something was appended.
 */
export function numberingOf(ledger: Ledger): EvidenceNumbering {
  const lastSeq = (ledger.db.prepare('SELECT coalesce(max(seq), 0) AS s FROM entries').get() as {s: number}).s
  const known = numberings.get(ledger)
  if (known !== undefined && known.lastSeq === lastSeq) return known.numbering
  const numbering = evidenceNumbering(ledger.numberingHeaders())
  numberings.set(ledger, {lastSeq, numbering})
  return numbering
}

/** With `mask`, free text written before ADR 0038 is masked as it is shown. */
export function loadIncident(ledger: UnlockedLedger, id: string, mask?: Mask): IncidentState {
  incidentKey(ledger, id)
  const entries = ledger.rowsOfIncident(id.toUpperCase()).map((r) => ledger.decrypt(r))
  return foldIncident(mask === undefined ? entries : maskEntries(entries, mask), numberingOf(ledger))
}

/** Incidents listed by the ledger itself, loaded a batch of ids per statement. */
export function loadIncidents(ledger: UnlockedLedger, ids: readonly string[]): IncidentState[] {
  const out: IncidentState[] = []
  for (let at = 0; at < ids.length; at += 500) {
    const rows = ledger.rowsOfIncidents(ids.slice(at, at + 500))
    ledger.loadKeys([...rows.values()].flatMap((r) => r.map((row) => row.keyId)))
    for (const id of ids.slice(at, at + 500)) out.push(foldIncident((rows.get(id) ?? []).map((r) => ledger.decrypt(r))))
  }
  return out
}

function validateOpenInput(input: OpenIncidentInput, now: number): void {
  assertNotFuture(input.detectedAt, now, 'The detection time')
  if (input.startedAt !== undefined) {
    assertNotFuture(input.startedAt, now, 'The start time')
    if (input.startedAt > input.detectedAt) {
      throw new UserError('invalid-input', 'The leak cannot have started after it was detected.', {
        hints: ['Check --started-at and --detected-at (both accept ISO-8601 or forms like "15m ago").'],
      })
    }
  }
}

/**
 * Opens an incident. `gather` is called after the store is unlocked, so a wrong passphrase is
 * reported before the responder types anything else.
 */
export async function openIncident(session: SessionOptions, gather: () => Promise<OpenIncidentInput>): Promise<IncidentState & {masked: MaskedValue[]}> {
  const mask = await textMasker()
  return withLedger(session, async (ledger) => {
    const input = await gather()
    const now = session.now()
    validateOpenInput(input, now)
    // The id is chosen inside the write transaction, so two responders opening incidents at the
    // same moment get different ids; the incident's key is made for that id.
    // Free text is masked before the id is chosen: the scanner's first build stays out of the write transaction.
    const {body: opened, masked} = maskBody('incident.opened', {title: input.title, ...(input.summary ? {summary: input.summary} : {})}, mask)
    const id = ledger.transaction(() => {
      const id = nextIncidentId(new Date(now).getUTCFullYear(), incidentIds(ledger))
      const keyId = ledger.createKey(id)
      const body = {
        title: opened.title,
        severity: input.severity,
        classes: input.classes,
        // By default the one opening it: in a store with responders, their enrolled name.
        owner: input.owner ?? ledger.actor,
        ...(opened.summary ? {summary: opened.summary} : {}),
        ...(input.source ? {source: input.source} : {}),
      } satisfies IncidentOpenedBody
      ledger.append([
        {incident: id, kind: 'incident.opened', keyId, body},
        ...(input.startedAt === undefined ? [] : [{incident: id, kind: 'timeline.mark' as const, keyId, body: {phase: 'started', at: input.startedAt} satisfies TimelineMarkBody}]),
        {incident: id, kind: 'timeline.mark', keyId, body: {phase: 'detected', at: input.detectedAt} satisfies TimelineMarkBody},
        ...(input.acknowledgedAt === undefined
          ? []
          : [{incident: id, kind: 'timeline.mark' as const, keyId, body: {phase: 'acknowledged', at: input.acknowledgedAt, note: `from ${input.source?.url ?? 'the alert'}`} satisfies TimelineMarkBody}]),
      ])
      return id
    })
    return {...loadIncident(ledger, id), masked}
  })
}

export interface IncidentFilter {
  status?: 'open' | 'contained' | 'resolved'
}

export async function listIncidents(session: SessionOptions, filter: IncidentFilter = {}): Promise<IncidentState[]> {
  return withLedger(session, (ledger) => {
    const all = loadIncidents(ledger, incidentIds(ledger))
    if (!filter.status) return all
    return all.filter((i) => {
      if (filter.status === 'open') return i.status === 'open' || i.status === 'acknowledged'
      return i.status === filter.status
    })
  }, {reader: true})
}

/**
 * The incident and its timeline. With `content` (`pl incident show`: title, marks, notes), a
 * responder without a grant on it is refused with exit 13 naming who can grant it, never shown an
 * incident that looks shredded (ADR 0014); the timeline alone lists its headers. Free text is
 * masked as shown (ADR 0038).
 */
export async function showIncident(session: SessionOptions, id: string, options: {content?: boolean} = {}): Promise<{incident: IncidentState; timeline: TimelineEvent[]}> {
  const mask = await textMasker()
  return withLedger(session, (ledger) => {
    const upper = id.toUpperCase()
    incidentKey(ledger, id)
    if (options.content === true) ledger.requireIncidentAccess(upper)
    // Read, decrypted and masked once for both (the fold and the timeline leave the entries as they are).
    const entries = maskEntries(
      ledger.rowsOfIncident(upper).map((r) => ledger.decrypt(r)),
      mask,
    )
    const numbering = numberingOf(ledger)
    return {incident: foldIncident(entries, numbering), timeline: buildTimeline(entries, numbering)}
  }, {reader: true})
}

export async function markIncident(
  session: SessionOptions,
  id: string,
  mark: {phase: Phase; at: number; note?: string},
  options: {
    correct?: boolean
    utc?: boolean
    /** The event time read from elsewhere once the incident is loaded (the alert's acknowledgement). */
    fromSource?: (incident: IncidentState) => Promise<{at: number; note: string}>
  } = {},
): Promise<{incident: IncidentState; recorded: boolean; masked: MaskedValue[]}> {
  assertNotFuture(mark.at, session.now(), 'The mark time')
  const [{loadConfig}, {markChange}, {confirmMarkChange, describeMarkChange}] = await Promise.all([
    import('./config.js'),
    import('../domain/mark-change.js'),
    import('../prompts/remark.js'),
  ])
  const {slo} = await loadConfig(session.env)
  const mask = await textMasker()
  return withLedger(session, async (ledger) => {
    const keyId = incidentKey(ledger, id)
    const incident = id.toUpperCase()
    if (options.fromSource) {
      const found = await options.fromSource(loadIncident(ledger, incident))
      assertNotFuture(found.at, session.now(), 'The mark time')
      mark = {...mark, at: found.at, note: mark.note ?? found.note}
    }
    // A phase marked already is corrected only knowingly: asked on a terminal, --correct otherwise.
    const change = markChange(loadIncident(ledger, incident), mark.phase, mark.at, slo)
    if (change !== undefined && options.correct !== true) {
      const lines = describeMarkChange(change, options.utc ?? false)
      if (!session.prompter.interactive) {
        throw new UserError('usage', `${lines[0]!}. Nothing was recorded.`, {
          hints: [...lines.slice(1).map((l) => l.trim()), 'Pass --correct to record the correction.'],
          details: {change},
        })
      }
      // Declining the correction is an answer, not an error (as declining a shred is): nothing is recorded.
      if (!(await confirmMarkChange(session.prompter, change, options.utc ?? false))) return {incident: loadIncident(ledger, incident, mask), recorded: false, masked: []}
    }
    const {body, masked} = maskBody('timeline.mark', {phase: mark.phase, at: mark.at, ...(mark.note ? {note: mark.note} : {})} satisfies TimelineMarkBody, mask)
    ledger.append([{incident, kind: 'timeline.mark', keyId, body}])
    return {incident: loadIncident(ledger, incident, mask), recorded: true, masked}
  })
}

/** Adds a note, a secret or personal value in it masked (ADR 0038): `masked` says what was. */
export async function noteIncident(session: SessionOptions, id: string, text: string): Promise<{seq: number; incident: string; masked: MaskedValue[]}> {
  if (text.trim().length === 0) throw new UserError('invalid-input', 'The note is empty.', {hints: ['pl incident note INC "what happened"']})
  const {body, masked} = maskBody('note', {text} satisfies NoteBody, await textMasker())
  return withLedger(session, (ledger) => {
    const keyId = incidentKey(ledger, id)
    const [row] = ledger.append([{incident: id.toUpperCase(), kind: 'note', keyId, body}])
    return {seq: row!.seq, incident: row!.incident, masked}
  })
}
