/**
 * An incident is the fold of its ledger entries (DESIGN §3). Pure: entries in, state out.
 *
 * Bodies may be null because their data key was crypto-shredded; the header (seq, ts, kind,
 * actor, key id) survives, so the fold still places the entry and says what is gone. Kinds this
 * module does not know (added by later features) are counted, never fatal, so an older reader
 * can still show an incident written by a newer one.
 */
import {BugError} from '../errors.js'
import {PHASES} from './entry.js'
import type {EntryBodies, EvidenceKind, IncidentClass, KnownKind, LedgerEntry, Phase, Severity} from './entry.js'
import {formatDuration, formatTime} from './time.js'

export type IncidentStatus = 'open' | 'acknowledged' | 'contained' | 'resolved'

export interface PhaseMark {
  phase: Phase
  /** When it happened, UTC epoch ms; may be long before it was recorded. */
  at: number
  /** When the mark was appended (the entry's ts). */
  recordedAt: number
  seq: number
  actor: string
  note?: string
  /** Seq of the earlier mark of the same phase that this one corrects. */
  corrects?: number
  /** Seq of the later mark of the same phase that corrected this one. */
  supersededBy?: number
}

export interface IncidentNote {
  /** null once shredded. */
  text: string | null
  ts: number
  actor: string
  seq: number
}

export interface EvidenceItem {
  /** null only when the entry is shredded and no key.shredded entry names the item. */
  id: string | null
  /** The fields below are null when the entry's body is shredded (name may survive in the shred entry). */
  name: string | null
  kind: EvidenceKind | null
  size: number | null
  sha256: string | null
  blob: string | null
  mediaType?: string
  /** The data key of the entry and its blob: shredding it shreds the item. */
  keyId: string
  addedAt: number
  addedBy: string
  seq: number
  shredded: boolean
  shreddedAt?: number
  shreddedBy?: string
  shredReason?: string
}

export interface EvidenceReveal {
  /** null once shredded. */
  evidence: string | null
  to: string | null
  ts: number
  actor: string
  seq: number
}

/** Durations in ms; undefined when a mark is missing, never 0. Negative when marks are out of order. */
export interface IncidentMetrics {
  detectionLatency: number | undefined
  timeToContain: number | undefined
  exposureWindow: number | undefined
  timeToResolve: number | undefined
}

export interface MetricDefinition {
  label: string
  /** The metric is `to.at − from.at` over the effective marks. */
  from: Phase
  to: Phase
}

/** How each metric is measured, as the postmortem prints it. */
export const METRICS: Readonly<Record<keyof IncidentMetrics, MetricDefinition>> = {
  detectionLatency: {label: 'detection latency', from: 'started', to: 'detected'},
  timeToContain: {label: 'time to contain', from: 'detected', to: 'contained'},
  exposureWindow: {label: 'exposure window', from: 'started', to: 'contained'},
  timeToResolve: {label: 'time to resolve', from: 'detected', to: 'resolved'},
}

export interface IncidentState {
  id: string
  /** null when the opening entry's body is shredded; so is severity, and classes is empty. */
  title: string | null
  severity: Severity | null
  classes: readonly IncidentClass[]
  owner?: string
  summary?: string
  openedAt: number
  openedBy: string
  status: IncidentStatus
  /** The effective mark of each phase: the one recorded last. */
  phases: Partial<Record<Phase, PhaseMark>>
  /** Every readable mark in seq order, corrected ones included. */
  marks: readonly PhaseMark[]
  notes: readonly IncidentNote[]
  evidence: readonly EvidenceItem[]
  reveals: readonly EvidenceReveal[]
  /** Seqs of entries whose body is shredded. */
  shreddedEntries: readonly number[]
  /** Count per kind of entries this fold does not interpret (scan.findings, runbook.step, …). */
  otherEntries: Readonly<Record<string, number>>
  entryCount: number
  /** Latest record time of any entry. */
  lastActivity: number
  metrics: IncidentMetrics
  /** Sentences for a human: marks out of order, marks the metrics miss, unreadable entries. */
  warnings: readonly string[]
}

export interface TimelineEvent {
  /** Event time: a mark's `at`, otherwise the record time. */
  at: number
  recordedAt: number
  seq: number
  kind: string
  actor: string
  phase?: Phase
  /** One line; never evidence content. */
  summary: string
  /** A later mark of the same phase corrected this one. */
  superseded: boolean
  supersededBy?: number
  corrects?: number
}

const INCIDENT_ID = /^INC-(\d{4})-((?!0000)\d{4}|[1-9]\d{4,})$/

export function isIncidentId(s: string): boolean {
  return INCIDENT_ID.test(s)
}

/** `INC-<yyyy>-<nnnn>`: one more than the highest id of that year; other years and shapes are ignored. */
export function nextIncidentId(year: number, existingIds: readonly string[]): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new BugError(`nextIncidentId got a year that is not four digits: ${year}`)
  }
  let highest = 0
  for (const id of existingIds) {
    const match = INCIDENT_ID.exec(id)
    if (match?.[1] === String(year)) highest = Math.max(highest, Number(match[2]))
  }
  return `INC-${year}-${String(highest + 1).padStart(4, '0')}`
}

/** Folds one incident's entries, given in seq order, the first being `incident.opened`. */
export function foldIncident(entries: readonly LedgerEntry[]): IncidentState {
  const [first] = entries
  if (first === undefined || !isKind(first, 'incident.opened')) {
    throw new BugError(`An incident's first entry must be incident.opened, got ${first?.kind ?? 'no entries'}.`)
  }
  assertOneIncidentInOrder(first, entries)

  const warnings: string[] = []
  const notes: IncidentNote[] = []
  const items: EvidenceItem[] = []
  const reveals: EvidenceReveal[] = []
  const shreds: LedgerEntry<'key.shredded'>[] = []
  const shreddedEntries: number[] = []
  // A Map, not an object literal: a kind is data, and `__proto__` must not reach a prototype.
  const otherEntries = new Map<string, number>()
  let lastActivity = first.ts

  for (const entry of entries) {
    lastActivity = Math.max(lastActivity, entry.ts)
    if (entry.body === null) shreddedEntries.push(entry.seq)
    if (isKind(entry, 'incident.opened')) {
      if (entry !== first) warnings.push(`Entry #${entry.seq} opens the incident a second time; it is ignored.`)
    } else if (isKind(entry, 'timeline.mark')) {
      if (readableMark(entry) === undefined) {
        warnings.push(`Mark #${entry.seq} is ${entry.body === null ? 'shredded' : 'unreadable'}; its phase and time are unknown.`)
      }
    } else if (isKind(entry, 'note')) {
      notes.push({text: entry.body?.text ?? null, ts: entry.ts, actor: entry.actor, seq: entry.seq})
    } else if (isKind(entry, 'evidence.added')) {
      items.push(evidenceItem(entry))
    } else if (isKind(entry, 'evidence.revealed')) {
      const {body} = entry
      reveals.push({evidence: body?.evidence ?? null, to: body?.to ?? null, ts: entry.ts, actor: entry.actor, seq: entry.seq})
    } else if (isKind(entry, 'key.shredded')) {
      shreds.push(entry)
    } else {
      otherEntries.set(entry.kind, (otherEntries.get(entry.kind) ?? 0) + 1)
    }
  }

  for (const item of items) applyShred(item, shreds)

  const marks = collectMarks(entries)
  const phases: Partial<Record<Phase, PhaseMark>> = {}
  for (const mark of marks) phases[mark.phase] = mark
  const metrics = computeMetrics(phases)
  warnings.push(...orderWarnings(phases), ...missingMarkWarnings(phases))

  const opened = first.body
  return {
    id: first.incident,
    title: opened?.title ?? null,
    severity: opened?.severity ?? null,
    classes: opened?.classes ?? [],
    ...(opened?.owner === undefined ? {} : {owner: opened.owner}),
    ...(opened?.summary === undefined ? {} : {summary: opened.summary}),
    openedAt: first.ts,
    openedBy: first.actor,
    status: statusOf(phases),
    phases,
    marks,
    notes,
    evidence: items,
    reveals,
    shreddedEntries,
    otherEntries: Object.fromEntries(otherEntries),
    entryCount: entries.length,
    lastActivity,
    metrics,
    warnings,
  }
}

/** One event per entry, by event time then seq; backdated marks land where they happened. */
export function buildTimeline(entries: readonly LedgerEntry[]): TimelineEvent[] {
  const marks = new Map(collectMarks(entries).map((mark) => [mark.seq, mark]))
  const shredEntries = entries.filter((entry) => isKind(entry, 'key.shredded'))
  // Plain literals, one shape per branch: a timeline of an incident can have tens of thousands of rows.
  const events = entries.map((entry): TimelineEvent => {
    const mark = marks.get(entry.seq)
    if (mark === undefined) {
      return {at: entry.ts, recordedAt: entry.ts, seq: entry.seq, kind: entry.kind, actor: entry.actor, summary: summarize(entry, shredEntries), superseded: false}
    }
    const event: TimelineEvent = {
      at: mark.at,
      recordedAt: entry.ts,
      seq: entry.seq,
      kind: entry.kind,
      actor: entry.actor,
      phase: mark.phase,
      summary: markSummary(mark),
      superseded: mark.supersededBy !== undefined,
    }
    if (mark.supersededBy !== undefined) event.supersededBy = mark.supersededBy
    if (mark.corrects !== undefined) event.corrects = mark.corrects
    return event
  })
  return events.sort((a, b) => a.at - b.at || a.seq - b.seq)
}

function isKind<K extends KnownKind>(entry: LedgerEntry, kind: K): entry is LedgerEntry<K> {
  return entry.kind === kind
}

function assertOneIncidentInOrder(first: LedgerEntry, entries: readonly LedgerEntry[]): void {
  let previous = first
  for (const entry of entries.slice(1)) {
    if (entry.incident !== previous.incident) {
      throw new BugError(`foldIncident got entries of two incidents: ${previous.incident} and ${entry.incident}.`)
    }
    if (entry.seq <= previous.seq) {
      throw new BugError(`foldIncident got entries out of seq order: #${entry.seq} after #${previous.seq}.`)
    }
    previous = entry
  }
}

/** A mark's body, if it can be placed: present, and of a phase and time this version understands. */
function readableMark(entry: LedgerEntry<'timeline.mark'>): EntryBodies['timeline.mark'] | undefined {
  const {body} = entry
  if (body === null || !PHASES.includes(body.phase) || !Number.isFinite(body.at)) return undefined
  return body
}

/** Readable marks in seq order, each linked to the mark of its phase it corrects and the one that corrects it. */
function collectMarks(entries: readonly LedgerEntry[]): PhaseMark[] {
  const marks: PhaseMark[] = []
  const latest = new Map<Phase, PhaseMark>()
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    if (!isKind(entry, 'timeline.mark')) continue
    const body = readableMark(entry)
    if (body === undefined) continue
    const previous = latest.get(body.phase)
    const mark: PhaseMark = {
      phase: body.phase,
      at: body.at,
      recordedAt: entry.ts,
      seq: entry.seq,
      actor: entry.actor,
      ...(body.note === undefined ? {} : {note: body.note}),
      ...(previous === undefined ? {} : {corrects: previous.seq}),
    }
    if (previous !== undefined) previous.supersededBy = mark.seq
    latest.set(body.phase, mark)
    marks.push(mark)
  }
  return marks
}

function evidenceItem(entry: LedgerEntry<'evidence.added'>): EvidenceItem {
  const {body} = entry
  return {
    id: body?.evidence ?? null,
    name: body?.name ?? null,
    kind: body?.kind ?? null,
    size: body?.size ?? null,
    sha256: body?.sha256 ?? null,
    blob: body?.blob ?? null,
    ...(body?.mediaType === undefined ? {} : {mediaType: body.mediaType}),
    keyId: entry.keyId,
    addedAt: entry.ts,
    addedBy: entry.actor,
    seq: entry.seq,
    // A missing body means its key is gone, even if the shred entry itself is unreadable.
    shredded: body === null,
  }
}

function shredOf(
  keyId: string,
  evidenceId: string | null,
  shreds: readonly LedgerEntry<'key.shredded'>[],
): LedgerEntry<'key.shredded'> | undefined {
  return shreds.find(({body}) => body !== null && (body.keyId === keyId || (evidenceId !== null && body.evidence === evidenceId)))
}

function applyShred(item: EvidenceItem, shreds: readonly LedgerEntry<'key.shredded'>[]): void {
  const shred = shredOf(item.keyId, item.id, shreds)
  if (shred === undefined || shred.body === null) return
  item.shredded = true
  item.shreddedAt = shred.ts
  item.shreddedBy = shred.actor
  if (shred.body.reason !== undefined) item.shredReason = shred.body.reason
  item.id ??= shred.body.evidence ?? null
  item.name ??= shred.body.name ?? null
}

function statusOf(phases: Partial<Record<Phase, PhaseMark>>): IncidentStatus {
  if (phases.resolved !== undefined) return 'resolved'
  if (phases.contained !== undefined) return 'contained'
  if (phases.acknowledged !== undefined) return 'acknowledged'
  return 'open'
}

function computeMetrics(phases: Partial<Record<Phase, PhaseMark>>): IncidentMetrics {
  const measure = ({from, to}: MetricDefinition): number | undefined => {
    const start = phases[from]
    const end = phases[to]
    return start === undefined || end === undefined ? undefined : end.at - start.at
  }
  return {
    detectionLatency: measure(METRICS.detectionLatency),
    timeToContain: measure(METRICS.timeToContain),
    exposureWindow: measure(METRICS.exposureWindow),
    timeToResolve: measure(METRICS.timeToResolve),
  }
}

/** Comparing neighbours among the phases present finds every inversion without repeating one. */
function orderWarnings(phases: Partial<Record<Phase, PhaseMark>>): string[] {
  const warnings: string[] = []
  let earlier: PhaseMark | undefined
  for (const later of PHASES.flatMap((phase) => phases[phase] ?? [])) {
    if (earlier !== undefined && later.at < earlier.at) {
      warnings.push(
        `The ${later.phase} mark (${formatTime(later.at)}) is ${formatDuration(earlier.at - later.at)} before the ` +
          `${earlier.phase} mark (${formatTime(earlier.at)}); correct whichever is wrong with a new mark.`,
      )
    }
    earlier = later
  }
  return warnings
}

function missingMarkWarnings(phases: Partial<Record<Phase, PhaseMark>>): string[] {
  return PHASES.filter((phase) => phases[phase] === undefined).flatMap((phase) => {
    const labels = Object.values(METRICS)
      .filter(({from, to}) => phase === from || phase === to)
      .map(({label}) => label)
    if (labels.length === 0) return []
    const list = labels.length === 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`
    return [`No ${phase} mark: ${list} ${labels.length === 1 ? 'is' : 'are'} unknown.`]
  })
}

const SHREDDED = '[content shredded]'

function markSummary(mark: PhaseMark): string {
  const corrects = mark.corrects === undefined ? '' : ` (corrects #${mark.corrects})`
  const superseded = mark.supersededBy === undefined ? '' : ` (superseded by #${mark.supersededBy})`
  const note = mark.note === undefined ? '' : `: ${oneLine(mark.note)}`
  return `Marked ${mark.phase}${corrects}${superseded}${note}`
}

function summarize(entry: LedgerEntry, shreds: readonly LedgerEntry<'key.shredded'>[]): string {
  if (isKind(entry, 'incident.opened')) {
    if (entry.body === null) return `Incident opened: ${SHREDDED}`
    const {title, severity, classes, owner} = entry.body
    const details = [severity, classes.join(', '), owner === undefined ? '' : `owner ${oneLine(owner)}`].filter(Boolean)
    return `Incident opened: "${oneLine(title)}" (${details.join('; ')})`
  }
  if (isKind(entry, 'timeline.mark')) {
    return entry.body === null ? `Mark: ${SHREDDED}` : 'Mark with a phase or time this version cannot read'
  }
  if (isKind(entry, 'note')) return `Note: ${entry.body === null ? SHREDDED : oneLine(entry.body.text)}`
  if (isKind(entry, 'evidence.added')) {
    if (entry.body === null) {
      const id = shredOf(entry.keyId, null, shreds)?.body?.evidence
      return `Evidence ${id === undefined ? '' : `${oneLine(id)} `}added: ${SHREDDED}`
    }
    const {evidence, name, kind, size} = entry.body
    return `Evidence ${oneLine(evidence)} added: "${oneLine(name)}" (${kind}, ${formatSize(size)})`
  }
  if (isKind(entry, 'evidence.revealed')) {
    if (entry.body === null) return `Evidence revealed: ${SHREDDED}`
    return `Evidence ${oneLine(entry.body.evidence)} revealed to ${oneLine(entry.body.to)}`
  }
  if (isKind(entry, 'key.shredded')) {
    if (entry.body === null) return `Key shredded: ${SHREDDED}`
    const {keyId, evidence, name, reason} = entry.body
    const what = evidence === undefined ? `Key ${oneLine(keyId)}` : `Evidence ${oneLine(evidence)}`
    const named = name === undefined ? '' : ` "${oneLine(name)}"`
    return `${what}${named} shredded${reason === undefined ? '' : `: ${oneLine(reason)}`}`
  }
  if (entry.kind === 'scan.findings') return scanSummary(entry.body)
  if (entry.kind === 'secret.captured') {
    // The body holds the raw value: only its rule and fingerprint prefix may be shown.
    const body = entry.body as {rule?: unknown; fingerprint?: unknown} | null
    if (body === null) return `Captured secret: ${SHREDDED}`
    const rule = typeof body.rule === 'string' ? oneLine(body.rule) : 'value'
    const fp = typeof body.fingerprint === 'string' ? ` ${oneLine(body.fingerprint.slice(0, 12))}…` : ''
    return `Captured ${rule}${fp} under its own key (for revocation, shreddable)`
  }
  const extra = laterKindSummary(entry.kind, entry.body)
  return extra ?? oneLine(entry.kind)
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? oneLine(v) : undefined)

const LATER_KINDS = new Set(['runbook.step', 'runbook.secret', 'action.result', 'replay.result', 'replay.canaries', 'postmortem.input'])

/**
 * One-line summaries of the kinds written by runbooks, replays and postmortems. Bodies are read
 * defensively (they come from newer or older versions too); a value kept under its own key, such
 * as a password answer, is never shown.
 */
function laterKindSummary(kind: string, body: unknown): string | undefined {
  if (body === null) return LATER_KINDS.has(kind) ? `${kind}: ${SHREDDED}` : undefined
  const b = (body ?? {}) as Record<string, unknown>
  switch (kind) {
    case 'runbook.step': {
      const answer = b.answer === undefined ? '' : typeof b.answer === 'object' ? ` (${oneLine(JSON.stringify(b.answer))})` : ` (${oneLine(String(b.answer))})`
      const mark = str(b.mark) ? `; marked ${str(b.mark)}` : ''
      return `Runbook ${str(b.runbook) ?? '?'}: step ${str(b.step) ?? '?'} ${str(b.status) ?? 'recorded'}${b.secretEntry === undefined ? answer : ' (answer kept under its own key)'}${mark}`
    }
    case 'runbook.secret':
      return `Runbook ${str(b.runbook) ?? '?'}: password answer to step ${str(b.step) ?? '?'} kept under its own key`
    case 'action.result': {
      const what = [...new Set([str(b.action), str(b.provider)].filter(Boolean))].join('/')
      const detail = str(b.summary) ?? str(b.error) ?? ''
      return `Action ${what || '?'} (${str(b.runbook) ?? '?'} › ${str(b.step) ?? '?'}): ${str(b.stage) ?? '?'} ${b.ok === true ? 'ok' : 'FAILED'}${detail ? `: ${detail}` : ''}`
    }
    case 'replay.result': {
      const channels = Array.isArray(b.channels) ? b.channels.filter((c): c is string => typeof c === 'string') : []
      const minimal = Array.isArray(b.minimal) ? (b.minimal as {label?: unknown}[]).map((m) => str(m.label) ?? '?') : []
      const runs = typeof b.completed === 'number' ? b.completed : typeof b.runs === 'number' ? b.runs : '?'
      const verdict = b.leaked === true ? `leaked in ${String(b.leaks ?? '?')}/${runs} runs${channels.length ? ` via ${oneLine(channels.join(', '))}` : ''}` : `no leak in ${runs} runs`
      return `Replay of ${str(b.evidence) ?? '?'} on ${str(b.model) ?? '?'}: ${verdict}${minimal.length ? `; minimal context: ${oneLine(minimal.join(' + '))}` : ''}`
    }
    case 'replay.canaries':
      return `Canary map and model outputs of replay entry ${typeof b.replay === 'number' || typeof b.replay === 'string' ? oneLine(String(b.replay)) : '?'} (under their own key; never shown)`
    case 'postmortem.input': {
      const items = Array.isArray(b.actionItems) ? b.actionItems.length : 0
      return `Postmortem input: ${typeof b.rootCause === 'string' ? 'root cause recorded' : 'no root cause'}; ${items} action item${items === 1 ? '' : 's'}`
    }
    default:
      return undefined
  }
}

/** "Scan of 2 inputs: 5 findings (3 secret, 1 pii, 1 prompt); 3 values captured, 1 already captured earlier". */
function scanSummary(body: unknown): string {
  if (body === null) return `Scan findings: ${SHREDDED}`
  const b = body as {inputs?: unknown; findings?: unknown; secrets?: unknown}
  const findings = Array.isArray(b.findings) ? (b.findings as {category?: unknown}[]) : []
  const byCategory = new Map<string, number>()
  for (const f of findings) {
    const c = typeof f.category === 'string' ? f.category : 'other'
    byCategory.set(c, (byCategory.get(c) ?? 0) + 1)
  }
  const parts = [...byCategory].map(([c, n]) => `${n} ${oneLine(c)}`).join(', ')
  const inputs = Array.isArray(b.inputs) ? b.inputs.length : 0
  const secrets = Array.isArray(b.secrets) ? (b.secrets as {earlier?: unknown}[]) : []
  // A value an earlier scan of the incident captured is referred to, not captured again.
  const earlier = secrets.filter((s) => s.earlier === true).length
  const captured = secrets.length - earlier
  return `Scan of ${inputs} input${inputs === 1 ? '' : 's'}: ${findings.length} finding${findings.length === 1 ? '' : 's'}${parts ? ` (${parts})` : ''}; ${captured} value${captured === 1 ? '' : 's'} captured${earlier > 0 ? `, ${earlier} already captured earlier` : ''}`
}

const MAX_TEXT = 120

/**
 * Free text made safe for one terminal line: control characters (so escape sequences) and
 * invisible format characters (bidi overrides that reorder what a reader sees) become spaces.
 */
// Text that is already one clean line (most notes) skips the replace.
const NOT_ONE_LINE = /[\p{Cc}\p{Cf}\s]{2}|[\p{Cc}\p{Cf}]|[^\S ]|^ | $/u

function oneLine(text: string): string {
  const flat = NOT_ONE_LINE.test(text) ? text.replace(/[\p{Cc}\p{Cf}\s]+/gu, ' ').trim() : text
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT - 1)}…` : flat
}

function formatSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`
}
