/**
 * An incident is the fold of its ledger entries (DESIGN §3). Pure: entries in, state out.
 *
 * Bodies may be null because their data key was crypto-shredded; the header (seq, ts, kind,
 * actor, key id) survives, so the fold still places the entry and says what is gone. Kinds this
 * module does not know (added by later features) are counted, never fatal, so an older reader
 * can still show an incident written by a newer one.
 */
import type {AlertLink} from './alerts.js'
import {BugError} from '../errors.js'
import {isKind} from './entries/index.js'
import {placeable} from './entries/timeline-mark.js'
import {PHASES} from './entry.js'
import type {EvidenceNumbering} from './evidence.js'
import {displayName, numberedFromStart, NUMBERING_KIND} from './evidence.js'
import type {EvidenceKind, IncidentClass, LedgerEntry, Phase, Severity} from './entry.js'
import type {IncidentMetrics} from './incident-metrics.js'
import {METRICS, measureMetrics} from './incident-metrics.js'
import type {PhaseMark} from './marks.js'
import {collectMarks} from './marks.js'
import {formatDuration, formatTime} from './time.js'

export type IncidentStatus = 'open' | 'acknowledged' | 'contained' | 'resolved'

export interface IncidentNote {
  /** null once shredded. */
  text: string | null
  ts: number
  actor: string
  seq: number
}

export interface EvidenceItem {
  /** EV-<n>: the n-th evidence item of the store (ADR 0016); null only for an entry that is not numbered. */
  id: string | null
  /** Its id before evidence was numbered (EV-<entry>), still accepted: items recorded before numbering only. */
  formerId?: string
  /** The file name (the last part of the recorded path); null when the body is shredded and no shred entry names it. */
  name: string | null
  /** The path it was preserved from, when one was recorded (a runbook's purge). */
  path?: string
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
  /** Its key is gone: the content is destroyed for everybody. Never set for missing access. */
  shredded: boolean
  shreddedAt?: number
  shreddedBy?: string
  shredReason?: string
  /** false when the reader holds no grant on its incident (ADR 0014): the content exists, they cannot read it. */
  access?: false
}

export interface EvidenceReveal {
  /** null once shredded. */
  evidence: string | null
  to: string | null
  ts: number
  actor: string
  seq: number
}

export interface IncidentState {
  id: string
  /** false when the reader holds no grant on the incident (ADR 0014): title, severity, marks and notes are unknown to them, not shredded. */
  access?: false
  /** null when the opening entry's body is shredded or unreadable without access; so is severity, and classes is empty. */
  title: string | null
  severity: Severity | null
  classes: readonly IncidentClass[]
  owner?: string
  summary?: string
  /** The alert it was opened from. */
  source?: AlertLink
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
  /** Seqs of entries whose body is shredded (not those unreadable for want of access). */
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

/** Folds one incident's entries, given in seq order, the first being `incident.opened`. */
export function foldIncident(entries: readonly LedgerEntry[], numbering: EvidenceNumbering = numberedFromStart(entries)): IncidentState {
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
    if (entry.body === null && entry.noAccess !== true) shreddedEntries.push(entry.seq)
    if (isKind(entry, 'incident.opened')) {
      if (entry !== first) warnings.push(`Entry #${entry.seq} opens the incident a second time; it is ignored.`)
    } else if (isKind(entry, 'timeline.mark')) {
      if (placeable(entry.body) === undefined) {
        const why = entry.noAccess === true ? 'unreadable without access to the incident' : entry.body === null ? 'shredded' : 'unreadable'
        warnings.push(`Mark #${entry.seq} is ${why}; its phase and time are unknown.`)
      }
    } else if (isKind(entry, 'note')) {
      notes.push({text: entry.body?.text ?? null, ts: entry.ts, actor: entry.actor, seq: entry.seq})
    } else if (isKind(entry, 'evidence.added')) {
      items.push(evidenceItem(entry, numbering))
    } else if (isKind(entry, 'evidence.revealed')) {
      const {body} = entry
      reveals.push({evidence: body === null ? null : numbering.shownId(body.evidence, entry.seq), to: body?.to ?? null, ts: entry.ts, actor: entry.actor, seq: entry.seq})
    } else if (isKind(entry, 'key.shredded')) {
      shreds.push(entry)
    } else if (entry.kind !== NUMBERING_KIND) {
      // The store's evidence.numbering entry is bookkeeping (ADR 0016), on the timeline but not counted here.
      otherEntries.set(entry.kind, (otherEntries.get(entry.kind) ?? 0) + 1)
    }
  }

  for (const item of items) applyShred(item, shreds, numbering)

  const marks = collectMarks(entries)
  const phases: Partial<Record<Phase, PhaseMark>> = {}
  for (const mark of marks) phases[mark.phase] = mark
  const metrics = measureMetrics(phases)
  warnings.push(...orderWarnings(phases), ...missingMarkWarnings(phases))

  const opened = first.body
  return {
    id: first.incident,
    ...(first.noAccess === true ? {access: false as const} : {}),
    title: opened?.title ?? null,
    severity: opened?.severity ?? null,
    classes: opened?.classes ?? [],
    ...(opened?.owner === undefined ? {} : {owner: opened.owner}),
    ...(opened?.summary === undefined ? {} : {summary: opened.summary}),
    ...(opened?.source === undefined ? {} : {source: opened.source}),
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

function evidenceItem(entry: LedgerEntry<'evidence.added'>, numbering: EvidenceNumbering): EvidenceItem {
  const {body} = entry
  const formerId = numbering.formerIdOf(entry.seq)
  const shown = body === null ? undefined : displayName(body.name)
  const path = body?.path ?? shown?.path
  return {
    id: numbering.idOf(entry.seq) ?? body?.evidence ?? null,
    ...(formerId === undefined ? {} : {formerId}),
    name: shown?.name ?? null,
    ...(path === undefined ? {} : {path}),
    kind: body?.kind ?? null,
    size: body?.size ?? null,
    sha256: body?.sha256 ?? null,
    blob: body?.blob ?? null,
    ...(body?.mediaType === undefined ? {} : {mediaType: body.mediaType}),
    keyId: entry.keyId,
    addedAt: entry.ts,
    addedBy: entry.actor,
    seq: entry.seq,
    // A missing body means its key is gone, even if the shred entry itself is unreadable; unless
    // the key is there and the reader has no grant on the incident.
    shredded: body === null && entry.noAccess !== true,
    ...(entry.noAccess === true ? {access: false as const} : {}),
  }
}

function shredOf(
  keyId: string,
  evidenceId: string | null,
  shreds: readonly LedgerEntry<'key.shredded'>[],
  numbering: EvidenceNumbering,
): LedgerEntry<'key.shredded'> | undefined {
  return shreds.find(
    ({body, seq}) => body !== null && (body.keyId === keyId || (evidenceId !== null && body.evidence !== undefined && numbering.shownId(body.evidence, seq) === evidenceId)),
  )
}

function applyShred(item: EvidenceItem, shreds: readonly LedgerEntry<'key.shredded'>[], numbering: EvidenceNumbering): void {
  const shred = shredOf(item.keyId, item.id, shreds, numbering)
  if (shred === undefined || shred.body === null) return
  item.shredded = true
  item.shreddedAt = shred.ts
  item.shreddedBy = shred.actor
  if (shred.body.reason !== undefined) item.shredReason = shred.body.reason
  item.id ??= shred.body.evidence === undefined ? null : numbering.shownId(shred.body.evidence, shred.seq)
  if (item.name === null && shred.body.name !== undefined) {
    const shown = displayName(shred.body.name)
    item.name = shown.name
    if (shown.path !== undefined) item.path ??= shown.path
  }
}

function statusOf(phases: Partial<Record<Phase, PhaseMark>>): IncidentStatus {
  if (phases.resolved !== undefined) return 'resolved'
  if (phases.contained !== undefined) return 'contained'
  if (phases.acknowledged !== undefined) return 'acknowledged'
  return 'open'
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
  return PHASES.filter((phase) => phases[phase] === undefined).flatMap((phase) => missingMarkWarning(phase) ?? [])
}

/** The warning an incident without a `phase` mark carries (the metrics it leaves unknown), if any. */
export function missingMarkWarning(phase: Phase): string | undefined {
  const labels = Object.values(METRICS)
    .filter(({from, to}) => phase === from || phase === to)
    .map(({label}) => label)
  if (labels.length === 0) return undefined
  const list = labels.length === 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`
  return `No ${phase} mark: ${list} ${labels.length === 1 ? 'is' : 'are'} unknown.`
}
