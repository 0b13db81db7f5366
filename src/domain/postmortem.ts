/**
 * The postmortem of an incident as data (DESIGN §7): everything the Markdown, HTML and JSON forms
 * print, built from the record alone. Pure: the service hands in the decrypted entries, their
 * hashes, the signed checkpoint, the inclusion proofs and the verification result.
 *
 * This is the `--format json` shape: times are ISO-8601 UTC strings, durations are seconds. It is
 * described by docs/postmortem.schema.json.
 *
 * Nothing here reads a raw secret: `secret.captured` bodies hold one, so only their rule and
 * fingerprint are looked at; credentials are described by the masked form the scan recorded.
 * Bodies of kinds added by other features (runbook.step, action.result, replay.result) are shown
 * through a small generic reader that skips any field whose name suggests a secret or content.
 */
import {CHANNELS, isLeakChannel} from './replay/channel.js'
import type {Channel} from './replay/channel.js'
import {foldCaptured, ruleOfProvider} from './captured.js'
import type {ShredRecord} from './captured.js'
import type {CheckpointFile} from './checkpoint.js'
import {checkedBody, isKind} from './entries/index.js'
import type {LedgerEntry} from './entry.js'
import type {EvidenceNumbering} from './evidence.js'
import {numberedFromStart} from './evidence.js'
import type {IncidentState} from './incident.js'
import {missingMarkWarning} from './incident.js'
import {METRICS} from './incident-metrics.js'
import type {MetricName, SloTargets, SloVerdict} from './metrics.js'
import {METRIC_NAMES, verdict} from './metrics.js'
import {maskUrlPasswords} from './url-password.js'
import {formatIso} from './time.js'
import type {TimelineEvent} from './timeline.js'

export const POSTMORTEM_FORMAT = 'pl-postmortem/1'

/** The kind of the entry that records root cause and action items. */
export const POSTMORTEM_INPUT_KIND = 'postmortem.input'

/** Entries whose inclusion in the signed tree the appendix proves. */
export const EXHIBIT_KINDS: readonly string[] = [
  'incident.opened',
  'timeline.mark',
  'evidence.added',
  'scan.findings',
  'secret.captured',
  'runbook.step',
  'action.result',
  'replay.result',
  POSTMORTEM_INPUT_KIND,
  'key.shredded',
]

export const CONTAINMENT_KINDS: readonly string[] = ['runbook.step', 'action.result']
export const REPLAY_KINDS: readonly string[] = ['replay.result']

export interface RecordedItem {
  seq: number
  kind: string
  recordedAt: string
  actor: string
  /** `field: value` pairs read from the body; never a secret-looking field. */
  details: string[]
  shredded: boolean
}

/**
 * A tenant named by the record: the tenant field of scanned records that held exposing findings (see
 * `exposes`: not a prompt copy in its own place), and the
 * tenants of replays that leaked across tenants (whose context leaked, whose request received it).
 */
export interface TenantImpact {
  tenant: string
  /** Findings in records of this tenant. */
  findings: number
  /** replay.result entries in which this tenant's context leaked to another tenant. */
  contextLeakedIn: number[]
  /** replay.result entries in which this tenant's request received another tenant's context. */
  receivedIn: number[]
}

export interface MetricLine {
  label: string
  from: string
  to: string
  seconds: number | null
  targetSeconds: number | null
  verdict: SloVerdict | null
}


/** A runbook step skipped by the responder, or done by hand, as the postmortem lists it. */
export interface ContainmentStep {
  runbook: string
  step: string
  action: string | null
  provider: string | null
  /** The reason of a skip, or the note of a completion by hand. */
  text: string
  seq: number
  recordedAt: string
  actor: string
}

/** How a containment step ended, in one word: the table's outcome column. */
export type StepOutcome = 'done' | 'done-by-hand' | 'failed' | 'skipped' | 'not-applicable' | 'in-progress'

/**
 * One row of the containment table: a runbook step (or an action outside a walk) with every
 * record of it folded into its outcome in words, when it started and ended, and who did it.
 */
export interface ContainmentRow {
  runbook: string | null
  step: string
  action: string | null
  provider: string | null
  outcome: StepOutcome
  /** The outcome in words: what pl or the responder did, or why not. Never a secret. */
  text: string
  /** The step's first and last record. */
  startedAt: string
  endedAt: string
  seconds: number
  actor: string
  /** The entries folded into the row. */
  entries: number[]
}

/** Something the incident still leaves open, in words, most urgent kinds first. */
export interface OpenItem {
  kind: 'verification' | 'risk' | 'failed' | 'in-progress' | 'phase' | 'warning' | 'action-item'
  text: string
}

export interface VerificationJson {
  ok: boolean
  entries: number
  checkpoints: number
  firstBadEntry: number | null
  problems: {code: string; message: string}[]
  warnings: string[]
}

export interface Postmortem {
  format: typeof POSTMORTEM_FORMAT
  generatedAt: string
  incident: {
    id: string
    title: string | null
    severity: string | null
    classes: string[]
    owner: string | null
    status: string
    openedAt: string
    openedBy: string
    description: string | null
  }
  summary: string
  impact: {
    classes: string[]
    findings: number
    byCategory: Record<string, number>
    inputs: string[]
    prompts: string[]
    locations: {path: string; line: number; rule: string; category: string; masked: string}[]
    /** Locations beyond those listed. */
    moreLocations: number
    credentials: {rule: string; category: string; masked: string; fingerprint: string; occurrences: number; entry: number; shredded: boolean}[]
    evidence: {id: string | null; formerId?: string; name: string | null; path?: string; kind: string | null; size: number | null; sha256: string | null; seq: number; shredded: boolean}[]
    scans: number
    /** Tenants the record names: {@link TenantImpact}. */
    tenants: TenantImpact[]
    /**
     * Copies of registered prompts outside their own place, by channel and tenant (null: the
     * record names none), leaks (model output, user message) first.
     */
    promptLeaks: {channel: string; tenant: string | null; copies: number}[]
    /**
     * Copies of registered prompts in their own place (a system message, `instructions`): expected,
     * not leaks, so left out of `findings`, `byCategory`, `locations` and `tenants` (absent from
     * older reports, which counted them there).
     */
    expectedCopies?: number
  }
  timeline: {at: string; recordedAt: string; seq: number; kind: string; actor: string; phase: string | null; summary: string; superseded: boolean}[]
  metrics: Record<MetricName, MetricLine>
  warnings: string[]
  containment: {
    contained: string | null
    actions: RecordedItem[]
    /** Runbook steps the responder skipped (or that were skipped with a skipped input), still skipped. */
    skipped: ContainmentStep[]
    /** Runbook steps recorded as done by hand. */
    byHand: ContainmentStep[]
    /** Action items: a skipped revocation, pause or purge is an open risk. */
    openRisks: string[]
    /** The containment table: one row per step, its outcome in words (added in pl-postmortem/1; absent from older reports). */
    steps?: ContainmentRow[]
  }
  /** What is still open: the executive summary's last line (added in pl-postmortem/1; absent from older reports). */
  open?: OpenItem[]
  replay: {results: RecordedItem[]}
  /** `source`: where the root cause text came from — the postmortem's own input, or a runbook walk's `root-cause` answer. */
  rootCause: {recorded: boolean; text: string | null; actionItems: string[]; seq: number | null; recordedAt: string | null; actor: string | null; source: 'postmortem' | 'runbook' | null}
  appendix: {
    storeId: string
    entries: {seq: number; kind: string; recordedAt: string; hash: string}[]
    checkpoint: CheckpointFile
    proofs: {seq: number; kind: string; hash: string; leafIndex: number; treeSize: number; path: string[]}[]
    verification: VerificationJson
  }
}

export interface PostmortemSources {
  incident: IncidentState
  timeline: readonly TimelineEvent[]
  /** The incident's entries, decrypted, in seq order. */
  entries: readonly LedgerEntry[]
  /** Entry hash (hex) by seq. */
  hashes: ReadonlyMap<number, string>
  checkpoint: CheckpointFile
  proofs: Postmortem['appendix']['proofs']
  verification: VerificationJson
  slo: SloTargets
  generatedAt: number
  /** The store's evidence numbering (ADR 0016); by default that of the incident's entries. */
  numbering?: EvidenceNumbering
}

/** Locations listed in full; the rest are counted. */
export const MAX_LOCATIONS = 50

const iso = (ms: number) => formatIso(ms)
const sec = (ms: number | undefined) => (ms === undefined ? null : ms / 1000)
const str = (v: unknown): v is string => typeof v === 'string'
const oneLine = (s: string, max = 200) => {
  const t = s.replace(/\s+/g, ' ').trim()
  return t.length > max ? `${t.slice(0, max - 1)}…` : t
}

/** Field names whose values may be a secret or leaked content: never shown. */
const SENSITIVE_FIELD = /raw|secret|token|password|passphrase|credential|api.?key|private|content|prompt|header|cookie|body|value|payload/i

/** Short `field: value` lines of a body of a kind this module does not define. */
export function describeBody(body: unknown): string[] {
  if (body === null || typeof body !== 'object') return []
  const out: string[] = []
  const fields: [string, unknown][] = Object.entries(body)
  for (const [field, value] of fields) {
    if (SENSITIVE_FIELD.test(field)) continue
    if (str(value)) out.push(`${field}: ${oneLine(value)}`)
    else if (typeof value === 'number' || typeof value === 'boolean') out.push(`${field}: ${String(value)}`)
    else if (Array.isArray(value) && value.every((v) => str(v) || typeof v === 'number')) out.push(`${field}: ${oneLine(value.join(', '))}`)
    else if (Array.isArray(value) && value.length > 0 && value.every((v) => nameOf(v) !== undefined)) {
      // A list of records (a replay's minimal leaking context): each by its label or name.
      out.push(`${field}: ${oneLine(value.map((v) => nameOf(v)!).join(', '))}`)
    }
    if (out.length >= 12) break
  }
  return out
}

function nameOf(v: unknown): string | undefined {
  if (v === null || typeof v !== 'object') return undefined
  const field = (name: string): unknown => Reflect.get(v, name)
  const id = field('id')
  const name = [field('label'), field('name'), field('title'), id].find(str)
  return name === undefined ? undefined : str(id) && name !== id ? `${id} ${name}` : name
}

function recorded(entry: LedgerEntry): RecordedItem {
  return {seq: entry.seq, kind: entry.kind, recordedAt: iso(entry.ts), actor: entry.actor, details: describeBody(checkedBody(entry)), shredded: entry.body === null}
}

const entryList = (seqs: readonly number[]) => seqs.map((seq) => `#${seq}`).join(', ')

/** A tenant in words, for the reports: `acme (3 findings in its records; its context leaked in replay #15)`. */
export function describeTenant(t: TenantImpact): string {
  const parts = [
    ...(t.findings > 0 ? [`${t.findings} finding${t.findings === 1 ? '' : 's'} in its records`] : []),
    ...(t.contextLeakedIn.length > 0 ? [`its context leaked to another tenant in replay ${entryList(t.contextLeakedIn)}`] : []),
    ...(t.receivedIn.length > 0 ? [`received another tenant's context in replay ${entryList(t.receivedIn)}`] : []),
  ]
  return `${t.tenant} (${parts.join('; ')})`
}

/** What the reports say when the record names no tenant. */
export const NO_TENANTS = 'none named by the record (no finding was in a record with a tenant field, and no replay leaked across tenants)'

/** A prompt's copy in its own place (channel `system`): where it belongs, not a leak. */
const isExpected = (f: {category?: string; channel?: string}): boolean => f.category === 'prompt' && f.channel === 'system'

/**
 * Whether a finding exposes the tenant whose record holds it: a secret or PII, or a prompt's copy
 * in a leak channel (model output, a user message; isLeakChannel). A copy in its own place, a tool
 * result or outside any exchange exposes no tenant. A copy recorded before channels counts, as before.
 */
const exposes = (f: {category?: string; channel?: string}): boolean =>
  f.category !== 'prompt' || f.channel === undefined || !(CHANNELS as readonly string[]).includes(f.channel) || isLeakChannel(f.channel as Channel)

function tenantsOf(entries: readonly LedgerEntry[]): TenantImpact[] {
  const tenants = new Map<string, TenantImpact>()
  const of = (tenant: string): TenantImpact => {
    let t = tenants.get(tenant)
    if (t === undefined) {
      t = {tenant, findings: 0, contextLeakedIn: [], receivedIn: []}
      tenants.set(tenant, t)
    }
    return t
  }
  for (const entry of entries) {
    if (isKind(entry, 'scan.findings')) {
      for (const f of entry.body?.findings ?? []) if (f.tenant !== undefined && exposes(f)) of(f.tenant).findings += 1
    } else if (isKind(entry, 'replay.result')) {
      const {body} = entry
      if (body?.leaked !== true) continue
      const others = [...new Set((body.evidenceFound ?? []).flatMap((e) => (e.channel === 'cross-tenant' && e.tenant !== undefined ? [e.tenant] : [])))]
      for (const other of others) of(other).contextLeakedIn.push(entry.seq)
      if (others.length > 0 && body.tenant !== undefined) of(body.tenant).receivedIn.push(entry.seq)
    }
  }
  return [...tenants.values()].sort((a, b) => b.findings - a.findings || a.tenant.localeCompare(b.tenant))
}

function impactOf(incident: IncidentState, entries: readonly LedgerEntry[], numbering: EvidenceNumbering): Postmortem['impact'] {
  const byCategory: Record<string, number> = {}
  const inputs = new Set<string>()
  const prompts = new Set<string>()
  const locations: Postmortem['impact']['locations'] = []
  const seenLocations = new Set<string>()
  let findings = 0
  let expectedCopies = 0
  let scans = 0
  const promptLeaks = new Map<string, {channel: string; tenant: string | null; copies: number}>()
  // Each finding once, however many scans of the incident saw it (a file scanned again).
  const seenFindings = new Set<string>()
  for (const entry of entries) {
    if (!isKind(entry, 'scan.findings') || entry.body === null) continue
    scans += 1
    const {body} = entry
    for (const i of body.inputs ?? []) inputs.add(i)
    for (const p of body.prompts ?? []) prompts.add(p)
    for (const f of body.findings ?? []) {
      const identity = `${f.path ?? '?'}\0${String(f.line)}\0${String(f.column)}\0${f.rule ?? '?'}\0${f.fingerprint ?? ''}`
      if (seenFindings.has(identity)) continue
      seenFindings.add(identity)
      if (f.promptName !== undefined) prompts.add(f.promptName)
      if (isExpected(f)) {
        expectedCopies += 1
        continue
      }
      findings += 1
      const category = f.category ?? 'other'
      byCategory[category] = (byCategory[category] ?? 0) + 1
      if (f.channel !== undefined) {
        const tenant = f.tenant ?? null
        const key = `${f.channel}\0${tenant ?? ''}`
        const leak = promptLeaks.get(key) ?? {channel: f.channel, tenant, copies: 0}
        leak.copies += 1
        promptLeaks.set(key, leak)
      }
      const location = {path: f.path ?? '?', line: f.line ?? 0, rule: f.rule ?? '?', category, masked: f.masked ?? '[masked]'}
      const key = `${location.path}:${location.line}:${location.rule}`
      if (!seenLocations.has(key)) {
        seenLocations.add(key)
        locations.push(location)
      }
    }
  }
  return {
    classes: [...incident.classes],
    findings,
    byCategory,
    inputs: [...inputs],
    prompts: [...prompts],
    locations: locations.slice(0, MAX_LOCATIONS),
    moreLocations: Math.max(0, locations.length - MAX_LOCATIONS),
    credentials: capturedValues(entries, numbering),
    evidence: incident.evidence.map((e) => ({
      id: e.id,
      ...(e.formerId === undefined ? {} : {formerId: e.formerId}),
      name: e.name,
      ...(e.path === undefined ? {} : {path: e.path}),
      kind: e.kind,
      size: e.size,
      sha256: e.sha256,
      seq: e.seq,
      shredded: e.shredded,
    })),
    scans,
    tenants: tenantsOf(entries),
    promptLeaks: [...promptLeaks.values()].sort(
      (a, b) => LEAK_ORDER.indexOf(a.channel) - LEAK_ORDER.indexOf(b.channel) || b.copies - a.copies || (a.tenant ?? '').localeCompare(b.tenant ?? ''),
    ),
    expectedCopies,
  }
}

/** The prompt copies in their own place, apart from what leaked: `40 copies of a prompt in its own place (system/instructions; expected, not leaks)`, or null. */
export function describeExpectedCopies(impact: Postmortem['impact']): string | null {
  const n = impact.expectedCopies ?? 0
  return n === 0 ? null : `${n} ${n === 1 ? 'copy' : 'copies'} of a prompt in its own place (system/instructions; expected, not ${n === 1 ? 'a leak' : 'leaks'})`
}

/** Channels of prompt copies, the leaks first (as in `pl scan`'s table). */
const LEAK_ORDER: readonly string[] = CHANNELS

/** Prompt copies outside their own place in words: `model-output: fabrikam 2, contoso 1; user-message: (no tenant) 1`. */
export function describePromptLeaks(leaks: Postmortem['impact']['promptLeaks']): string {
  const byChannel = new Map<string, string[]>()
  for (const l of leaks) byChannel.set(l.channel, [...(byChannel.get(l.channel) ?? []), `${l.tenant ?? '(no tenant)'} ${l.copies}`])
  return [...byChannel].map(([channel, tenants]) => `${channel}: ${tenants.join(', ')}`).join('; ')
}

/**
 * Every value the incident's scans captured, one per `secret.captured` entry (a value shredded and
 * captured again by a later scan is listed twice, shredded and kept), as `pl evidence list` shows
 * them: described by the scans that found it, occurrences summed over them.
 */
function capturedValues(entries: readonly LedgerEntry[], numbering: EvidenceNumbering): Postmortem['impact']['credentials'] {
  // An entry that could not be decrypted had its key shredded.
  // Only the header and whether the body decrypted: a captured value's body is the raw value.
  const held = new Set(entries.filter((e) => e.kind === 'secret.captured' && e.body !== null).map((e) => e.keyId))
  const values = foldCaptured({
    captures: entries.filter((e) => e.kind === 'secret.captured').map((e) => ({seq: e.seq, keyId: e.keyId, ts: e.ts, actor: e.actor})),
    scans: entries.flatMap((e) => (isKind(e, 'scan.findings') && e.body !== null ? [e.body.secrets ?? []] : [])),
    shreds: entries.flatMap((e): ShredRecord[] => (isKind(e, 'key.shredded') && e.body !== null ? [{seq: e.seq, ts: e.ts, actor: e.actor, body: e.body}] : [])),
    hasKey: (keyId) => held.has(keyId),
    numbering,
  })
  return values.map((v) => ({
    rule: v.rule ?? '?',
    category: v.category ?? 'other',
    masked: v.masked ?? '[masked]',
    // A prefix identifies the value across reports without being usable to test guesses at scale.
    fingerprint: (v.fingerprint ?? '').slice(0, 16),
    occurrences: v.occurrences,
    entry: v.seq,
    shredded: v.shredded,
  }))
}

const RISK: Readonly<Record<string, string>> = {
  'revoke-token': 'the credential may still be live: revoke it and check it dead',
  'pause-pipeline': 'the pipeline may still copy the leak onwards: pause it',
  purge: 'copies of the leak may remain: purge them (preserve first)',
  notify: 'the people it was meant to reach may not have been told: tell them',
}

/**
 * The latest skip or completion by hand of each runbook step (a step skipped, then done by hand,
 * is done), and the open risks: each step still skipped whose action revokes, pauses, purges or notifies.
 */
function containmentSteps(entries: readonly LedgerEntry[]): Pick<Postmortem['containment'], 'skipped' | 'byHand' | 'openRisks'> {
  const latest = new Map<string, {entry: LedgerEntry; body: NonNullable<LedgerEntry<'runbook.step'>['body']>}>()
  for (const entry of entries) {
    if (!isKind(entry, 'runbook.step') || entry.body === null) continue
    const {body} = entry
    if (body.status !== 'skipped' && body.status !== 'done') continue
    latest.set(`${body.runbook ?? '?'}\0${body.step ?? '?'}`, {entry, body})
  }
  const skipped: ContainmentStep[] = []
  const byHand: ContainmentStep[] = []
  for (const {entry, body} of latest.values()) {
    const item = (text: string): ContainmentStep => ({
      runbook: body.runbook ?? '?',
      step: body.step ?? '?',
      action: body.action ?? null,
      provider: body.provider ?? null,
      text: oneLine(text),
      seq: entry.seq,
      recordedAt: iso(entry.ts),
      actor: entry.actor,
    })
    if (body.status === 'skipped' && body.reason !== undefined) skipped.push(item(body.reason))
    else if (body.status === 'done' && body.byHand === true) byHand.push(item(body.note ?? ''))
  }
  const openRisks = skipped.flatMap((s) => {
    const risk = s.action === null ? undefined : RISK[s.action]
    return risk === undefined ? [] : [`Open risk: step ${s.step} (${s.action}${s.provider === null ? '' : `/${s.provider}`}) of runbook ${s.runbook} was skipped (${s.text}); ${risk}. Then record it: pl runbook run ${s.runbook} --done ${s.step}=NOTE`]
  })
  return {skipped, byHand, openRisks}
}

/** The step id whose answer a runbook records as the root cause; the postmortem reuses it. */
export const ROOT_CAUSE_STEP = 'root-cause'

/** The latest root cause a runbook walk recorded (a text answer to a `root-cause` step), if any. */
export function runbookRootCause(entries: readonly LedgerEntry[]): {text: string; entry: LedgerEntry} | undefined {
  return entries
    .flatMap((e) => (isKind(e, 'runbook.step') && e.body !== null && e.body.step === ROOT_CAUSE_STEP && e.body.status === 'answered' && typeof e.body.answer === 'string' && e.body.answer.trim() !== '' ? [{text: e.body.answer.trim(), entry: e}] : []))
    .at(-1)
}

function rootCauseOf(entries: readonly LedgerEntry[]): Postmortem['rootCause'] {
  const latest = entries.flatMap((e) => (isKind(e, POSTMORTEM_INPUT_KIND) && e.body !== null ? [{entry: e, body: e.body}] : [])).at(-1)
  const fromRunbook = runbookRootCause(entries)
  if (latest === undefined) {
    // A root cause given in a runbook walk stands for the postmortem until one is written for it.
    if (fromRunbook === undefined) return {recorded: false, text: null, actionItems: [], seq: null, recordedAt: null, actor: null, source: null}
    const {entry} = fromRunbook
    return {recorded: true, text: fromRunbook.text, actionItems: [], seq: entry.seq, recordedAt: iso(entry.ts), actor: entry.actor, source: 'runbook'}
  }
  const {entry, body} = latest
  return {
    recorded: true,
    text: body.rootCause ?? fromRunbook?.text ?? null,
    actionItems: [...(body.actionItems ?? [])],
    seq: entry.seq,
    recordedAt: iso(entry.ts),
    actor: entry.actor,
    source: body.rootCause === undefined && fromRunbook !== undefined ? 'runbook' : 'postmortem',
  }
}

function metricLines(incident: IncidentState, slo: SloTargets): Record<MetricName, MetricLine> {
  const targets = incident.severity === null ? {} : (slo[incident.severity] ?? {})
  const lines = METRIC_NAMES.map((name): [MetricName, MetricLine] => {
    const value = incident.metrics[name]
    const target = targets[name]
    return [name, {label: METRICS[name].label, from: METRICS[name].from, to: METRICS[name].to, seconds: sec(value), targetSeconds: sec(target), verdict: verdict(value, target) ?? null}]
  })
  return Object.fromEntries(lines) as Record<MetricName, MetricLine>
}

function summaryOf(incident: IncidentState, impact: Postmortem['impact'], metrics: Record<MetricName, MetricLine>): string {
  const what = incident.title ?? '(title shredded)'
  const head = `${incident.id} (${incident.severity ?? 'severity unknown'}${incident.classes.length > 0 ? `; ${incident.classes.join(', ')}` : ''}): ${what}. Status: ${incident.status}.`
  const found =
    impact.findings === 0
      ? 'No scan findings are recorded.'
      : `${impact.findings} finding${impact.findings === 1 ? '' : 's'} in ${impact.inputs.length} input${impact.inputs.length === 1 ? '' : 's'} (${Object.entries(impact.byCategory)
          .map(([c, n]) => `${n} ${c}`)
          .join(', ')}); ${impact.credentials.length} distinct value${impact.credentials.length === 1 ? '' : 's'} captured.${describeExpectedCopies(impact) === null ? '' : ` Not counted: ${describeExpectedCopies(impact)}.`}`
  const missed = METRIC_NAMES.filter((m) => metrics[m].verdict === 'missed').map((m) => metrics[m].label)
  const slo = missed.length === 0 ? '' : ` SLO missed: ${missed.join(', ')}.`
  return `${head} ${found}${slo}`
}

function answerText(answer: unknown): string {
  if (answer === true) return 'yes'
  if (answer === false) return 'no'
  if (Array.isArray(answer)) return answer.length === 0 ? '(none)' : oneLine(answer.map(String).join(', '), 120)
  if (typeof answer === 'string') return answer.trim() === '' ? '(empty)' : oneLine(answer, 120)
  return '(none)'
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`

/**
 * The containment table: the runbook.step and action.result entries folded per step, in the
 * order the steps were first recorded, each with its outcome in words.
 */
export function containmentRows(entries: readonly LedgerEntry[]): ContainmentRow[] {
  interface Group {
    runbook: string | null
    step: string
    action: string | null
    provider: string | null
    first: LedgerEntry
    last: LedgerEntry
    entries: number[]
    final?: NonNullable<LedgerEntry<'runbook.step'>['body']>
    answer?: string
    done?: string
    lastResult?: NonNullable<LedgerEntry<'action.result'>['body']>
    failures: number
    shredded: boolean
  }
  const groups = new Map<string, Group>()
  const group = (key: string, entry: LedgerEntry, init: Pick<Group, 'runbook' | 'step' | 'action' | 'provider'>): Group => {
    let g = groups.get(key)
    if (g === undefined) {
      g = {...init, first: entry, last: entry, entries: [], failures: 0, shredded: false}
      groups.set(key, g)
    }
    g.last = entry
    g.entries.push(entry.seq)
    g.action ??= init.action
    g.provider ??= init.provider
    return g
  }
  for (const entry of entries) {
    if (isKind(entry, 'runbook.step')) {
      const body = entry.body
      const g = group(`${body?.runbook ?? '?'}\0${body?.step ?? `#${entry.seq}`}`, entry, {runbook: body?.runbook ?? null, step: body?.step ?? `entry #${entry.seq}`, action: body?.action ?? null, provider: body?.provider ?? null})
      if (body === null) g.shredded = true
      else if (body.status === 'answered') g.answer = body.secretEntry === undefined || body.answer !== undefined ? answerText(body.answer) : '(kept under its own key)'
      else if (body.status === 'done' || body.status === 'skipped') g.final = body
    } else if (isKind(entry, 'action.result')) {
      const body = entry.body
      const key = body?.step === undefined ? `action\0#${entry.seq}` : `${body.runbook ?? '?'}\0${body.step}`
      const g = group(key, entry, {runbook: body?.runbook ?? null, step: body?.step ?? body?.action ?? `entry #${entry.seq}`, action: body?.action ?? null, provider: body?.provider ?? null})
      if (body === null) {
        g.shredded = true
        continue
      }
      g.lastResult = body
      // A purge that matched nothing is recorded not ok (it purged nothing), but it is no failed attempt.
      if (body.ok === false && body.stage !== 'match') g.failures += 1
      else if (body.summary !== undefined && (body.stage === 'done' || g.done === undefined)) g.done = oneLine(body.summary)
    }
  }
  return [...groups.values()].map((g): ContainmentRow => {
    const {outcome, text} = outcomeOf(g)
    return {
      runbook: g.runbook,
      step: g.step,
      action: g.action,
      provider: g.provider,
      outcome,
      text,
      startedAt: iso(g.first.ts),
      endedAt: iso(g.last.ts),
      seconds: (g.last.ts - g.first.ts) / 1000,
      actor: g.last.actor,
      entries: g.entries,
    }
  })

  function outcomeOf(g: Group): {outcome: StepOutcome; text: string} {
    const retried = g.failures === 0 ? '' : ` (after ${plural(g.failures, 'failed attempt')})`
    const final = g.final
    const result = g.lastResult
    if (final?.status === 'done' && final.byHand === true) return {outcome: 'done-by-hand', text: `Done by hand: ${oneLine(final.note ?? '(no note)')}${retried}`}
    if (final?.status === 'done') {
      const what = g.done ?? (result?.ok === true && result.summary !== undefined ? oneLine(result.summary) : g.answer === undefined ? 'Done' : `Answered: ${g.answer}`)
      return {outcome: 'done', text: `${what}${final.mark === undefined ? '' : `; marked ${final.mark}`}${retried}`}
    }
    if (final?.status === 'skipped') {
      if (final.reason === undefined) return {outcome: 'not-applicable', text: 'Not needed: its condition did not hold'}
      return {outcome: 'skipped', text: `Skipped: ${oneLine(final.reason)}${retried}`}
    }
    if (result !== undefined && result.ok === false) {
      const stage = result.stage === undefined || result.stage === 'failed' ? '' : ` at ${result.stage}`
      return {outcome: 'failed', text: `Failed${stage}: ${oneLine(result.error === undefined ? (result.summary ?? 'no reason recorded') : maskUrlPasswords(result.error))}${g.failures > 1 ? ` (${plural(g.failures, 'attempt')})` : ''}; still pending`}
    }
    if (result !== undefined && result.ok === true && g.step === result.action) {
      // An action recorded outside a walk: its summary, or what else its body says.
      const details = describeBody(result).filter((line) => !ACTION_FIELDS.test(line))
      return {outcome: 'done', text: g.done ?? `Succeeded${details.length === 0 ? '' : `: ${details.join('; ')}`}`}
    }
    if (g.shredded) return {outcome: 'in-progress', text: '[content shredded]'}
    return {outcome: 'in-progress', text: g.answer === undefined ? 'Started, not finished' : `Started, not finished (answered: ${g.answer})`}
  }
}

/** Fields of an action result the containment table shows in its own columns, or never (epoch ms). */
const ACTION_FIELDS = /^(runbook|step|action|provider|stage|ok|at|summary|error): /

/**
 * Captured credentials (category secret) with no revocation recorded: no revoke action named their
 * masked form, and no revoke step of their provider was done by hand. One line per value (a value
 * shredded and captured again counts once); those whose provider's revoke step is already listed
 * as skipped, failed or unfinished are left to that line.
 */
function unrevoked(entries: readonly LedgerEntry[], credentials: Postmortem['impact']['credentials'], containment: Pick<Postmortem['containment'], 'skipped' | 'byHand'>, rows: readonly ContainmentRow[]): OpenItem[] {
  const revoked = new Set<string>()
  for (const e of entries) {
    if (!isKind(e, 'action.result') || e.body === null || e.body.action !== 'revoke-token' || e.body.ok !== true || e.body.stage !== 'revoke') continue
    const target = (e.body as Record<string, unknown>).target
    if (typeof target === 'string') revoked.add(target)
  }
  const revokeSteps = (list: readonly {action: string | null; provider: string | null}[]) => list.flatMap((s) => (s.action === 'revoke-token' && s.provider !== null ? [s.provider] : []))
  // Revoked by hand, or already listed (skipped, failed, unfinished): either way not a line here.
  const covered = revokeSteps([...containment.byHand, ...containment.skipped, ...rows.filter((r) => r.outcome === 'done-by-hand' || r.outcome === 'failed' || r.outcome === 'in-progress')])
  const seen = new Set<string>()
  return credentials.flatMap((c): OpenItem[] => {
    const id = c.fingerprint || `${c.rule}\0${c.masked}`
    if (c.category !== 'secret' || seen.has(id)) return []
    seen.add(id)
    if (revoked.has(c.masked) || covered.some((p) => ruleOfProvider(c.rule, p))) return []
    return [{kind: 'risk', text: `Captured ${c.rule} ${c.masked} (entry #${c.entry}): no revocation recorded; it may still be live`}]
  })
}

/**
 * What containment leaves open: each step still skipped whose action revokes, pauses, purges or
 * notifies, each captured credential with no revocation recorded, each step failed or unfinished.
 */
function containmentOpen(entries: readonly LedgerEntry[], containment: Pick<Postmortem['containment'], 'skipped' | 'byHand'>, rows: readonly ContainmentRow[], credentials: Postmortem['impact']['credentials']): OpenItem[] {
  const open: OpenItem[] = []
  for (const s of containment.skipped) {
    const risk = s.action === null ? undefined : RISK[s.action]
    if (risk !== undefined) open.push({kind: 'risk', text: `Step ${s.step} (${s.action}${s.provider === null ? '' : `/${s.provider}`}) was skipped (${s.text}): ${risk.split(':')[0]!}`})
  }
  open.push(...unrevoked(entries, credentials, containment, rows))
  for (const r of rows) {
    if (r.outcome === 'failed') open.push({kind: 'failed', text: `Step ${r.step}${r.action === null ? '' : ` (${r.action}${r.provider === null ? '' : `/${r.provider}`})`} failed and is still pending`})
    if (r.outcome === 'in-progress') open.push({kind: 'in-progress', text: `Step ${r.step} was started but not finished`})
  }
  return open
}

/**
 * What an incident's entries (decrypted, in seq order) leave open before it is marked contained:
 * the postmortem's open risks, failed and unfinished steps (one list, read by the postmortem and
 * by a runbook walk before its `contained` mark). `except`: a step of a walk under way, left out.
 */
export function openBeforeContained(entries: readonly LedgerEntry[], options: {numbering?: EvidenceNumbering; except?: {runbook: string; step: string}} = {}): OpenItem[] {
  const except = options.except
  const rows = containmentRows(entries).filter((r) => except === undefined || r.runbook !== except.runbook || r.step !== except.step)
  return containmentOpen(entries, containmentSteps(entries), rows, capturedValues(entries, options.numbering ?? numberedFromStart(entries)))
}

/** What the incident still leaves open, for the executive summary. */
function openItems(incident: IncidentState, containment: Postmortem['containment'], rows: readonly ContainmentRow[], rootCause: Postmortem['rootCause'], verification: VerificationJson, entries: readonly LedgerEntry[], credentials: Postmortem['impact']['credentials']): OpenItem[] {
  const open: OpenItem[] = []
  if (!verification.ok) open.push({kind: 'verification', text: `The evidence store does not verify (${plural(verification.problems.length, 'problem')}${verification.firstBadEntry === null ? '' : `, first bad entry #${verification.firstBadEntry}`}): see the appendix`})
  open.push(...containmentOpen(entries, containment, rows, credentials))
  if (incident.phases.contained === undefined) open.push({kind: 'phase', text: 'Not marked contained: time to contain and exposure are unknown'})
  else if (incident.phases.resolved === undefined) open.push({kind: 'phase', text: 'Contained, not yet resolved'})
  // The phase line above already says the contained and resolved marks are missing.
  const said = new Set((['contained', 'resolved'] as const).map(missingMarkWarning))
  for (const w of incident.warnings) if (!said.has(w)) open.push({kind: 'warning', text: oneLine(w)})
  for (const a of rootCause.actionItems) open.push({kind: 'action-item', text: `Action item: ${oneLine(a)}`})
  if (!rootCause.recorded) open.push({kind: 'action-item', text: 'Root cause and action items are not recorded'})
  return open
}

export function buildPostmortem(src: PostmortemSources): Postmortem {
  const {incident} = src
  const impact = impactOf(incident, src.entries, src.numbering ?? numberedFromStart(src.entries))
  const metrics = metricLines(incident, src.slo)
  const contained = incident.phases.contained
  const steps = containmentRows(src.entries)
  const containment: Postmortem['containment'] = {
    contained: contained === undefined ? null : iso(contained.at),
    actions: src.entries.filter((e) => CONTAINMENT_KINDS.includes(e.kind)).map(recorded),
    ...containmentSteps(src.entries),
    steps,
  }
  const rootCause = rootCauseOf(src.entries)
  return {
    format: POSTMORTEM_FORMAT,
    generatedAt: iso(src.generatedAt),
    incident: {
      id: incident.id,
      title: incident.title,
      severity: incident.severity,
      classes: [...incident.classes],
      owner: incident.owner ?? null,
      status: incident.status,
      openedAt: iso(incident.openedAt),
      openedBy: incident.openedBy,
      description: incident.summary ?? null,
    },
    summary: summaryOf(incident, impact, metrics),
    impact,
    timeline: src.timeline.map((e) => ({
      at: iso(e.at),
      recordedAt: iso(e.recordedAt),
      seq: e.seq,
      kind: e.kind,
      actor: e.actor,
      phase: e.phase ?? null,
      summary: e.summary,
      superseded: e.superseded,
    })),
    metrics,
    warnings: [...incident.warnings],
    containment,
    open: openItems(incident, containment, steps, rootCause, src.verification, src.entries, impact.credentials),
    replay: {results: src.entries.filter((e) => REPLAY_KINDS.includes(e.kind)).map(recorded)},
    rootCause,
    appendix: {
      storeId: src.checkpoint.storeId,
      entries: src.entries.map((e) => ({seq: e.seq, kind: e.kind, recordedAt: iso(e.ts), hash: src.hashes.get(e.seq) ?? ''})),
      checkpoint: src.checkpoint,
      proofs: src.proofs,
      verification: src.verification,
    },
  }
}
