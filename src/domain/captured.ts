/**
 * Raw values a scan captured for an incident, as exhibits that can be listed and crypto-shredded.
 * Each `secret.captured` entry is one: its id is EV-<n>, numbered with the exhibits (ADR 0016). Pure.
 *
 * A captured value is described only by what the incident's `scan.findings` entries say about it
 * (rule, category, masked form, occurrences) and by its entry's clear header (key id, time,
 * actor): the `secret.captured` body is the raw value itself and is never read here.
 */
import type {EvidenceNumbering} from './evidence.js'
import {evidenceId} from './evidence.js'

/** The clear header of a `secret.captured` entry. */
/**
 * Whether a finding's rule is a provider's: the provider's id itself or its first part
 * (`github-token` and `github-fine-grained-token` are github's, `openai-api-key` openai's).
 */
export const ruleOfProvider = (rule: string, provider: string): boolean => rule === provider || rule.startsWith(`${provider}-`)

export interface CapturedHeader {
  seq: number
  keyId: string
  ts: number
  actor: string
}

/** A `secrets` member of a `scan.findings` body, as read (fields unchecked). */
export interface ScanSecretRecord {
  fingerprint?: unknown
  rule?: unknown
  category?: unknown
  masked?: unknown
  entry?: unknown
  occurrences?: unknown
}

/** A readable `key.shredded` entry of the incident. */
export interface ShredRecord {
  /** Its entry number: an evidence id it records is read with the numbering of its time. */
  seq: number
  ts: number
  actor: string
  body: {keyId?: unknown; evidence?: unknown; reason?: unknown}
}

export interface CapturedValue {
  /** EV-<n>, numbered with the store's other evidence items (ADR 0016). */
  id: string
  /** Its id before numbering (EV-<entry>), for values captured before it. */
  formerId?: string
  /** Its entry number. */
  seq: number
  kind: 'captured'
  /** null when no readable scan of the incident describes the entry. */
  rule: string | null
  category: string | null
  masked: string | null
  /** The keyed fingerprint (HMAC under the store's fingerprint key), hex. */
  fingerprint: string | null
  /** Times found, summed over the scans that referred to it. */
  occurrences: number
  /** Scans of the incident that found it (a later scan refers to the entry already captured). */
  scans: number
  /** The data key of its entry: shredding it destroys the raw value. */
  keyId: string
  capturedAt: number
  capturedBy: string
  /** Its key is gone: the value is destroyed for everybody. Never set for missing access. */
  shredded: boolean
  shreddedAt?: number
  shreddedBy?: string
  shredReason?: string
  /** false when the reader holds no grant on its incident (ADR 0014): rule, category and masked form are unknown to them. */
  access?: false
}

const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0

/**
 * One captured value per `secret.captured` entry, in seq order. `scans` are the `secrets` lists of
 * the incident's readable `scan.findings` entries in seq order; `hasKey` says whether a data key
 * is still held (a value whose key is gone is shredded, recorded or not). `access` false: the
 * reader holds no grant on the incident, so a value whose key is held is marked `access: false`.
 */
export function foldCaptured(input: {
  captures: readonly CapturedHeader[]
  scans: readonly (readonly ScanSecretRecord[])[]
  shreds: readonly ShredRecord[]
  hasKey: (keyId: string) => boolean
  access?: boolean
  numbering: EvidenceNumbering
}): CapturedValue[] {
  const bySeq = new Map<number, CapturedValue>()
  for (const c of input.captures) {
    const formerId = input.numbering.formerIdOf(c.seq)
    bySeq.set(c.seq, {
      id: input.numbering.idOf(c.seq) ?? evidenceId(c.seq),
      ...(formerId === undefined ? {} : {formerId}),
      seq: c.seq,
      kind: 'captured',
      rule: null,
      category: null,
      masked: null,
      fingerprint: null,
      occurrences: 0,
      scans: 0,
      keyId: c.keyId,
      capturedAt: c.ts,
      capturedBy: c.actor,
      ...held(input.hasKey(c.keyId), input.access ?? true),
    })
  }
  for (const secrets of input.scans) {
    for (const s of secrets) {
      const value = typeof s.entry === 'number' ? bySeq.get(s.entry) : undefined
      if (value === undefined) continue
      value.rule ??= str(s.rule) ? s.rule : null
      value.category ??= str(s.category) ? s.category : null
      value.masked ??= str(s.masked) ? s.masked : null
      value.fingerprint ??= str(s.fingerprint) ? s.fingerprint : null
      value.occurrences += typeof s.occurrences === 'number' ? s.occurrences : 0
      value.scans += 1
    }
  }
  const shredOf = shredLookup(input.shreds, input.numbering)
  for (const value of bySeq.values()) {
    const shred = shredOf(value.keyId, value.id)
    if (shred === undefined) continue
    value.shredded = true
    value.shreddedAt = shred.ts
    value.shreddedBy = shred.actor
    if (str(shred.body.reason)) value.shredReason = shred.body.reason
  }
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq)
}

/**
 * Finds the shred record of a key or evidence id: the earliest record that names either (looked
 * up per item, not searched for).
 */
export function shredLookup(shreds: readonly ShredRecord[], numbering: EvidenceNumbering): (keyId: string, id: string) => ShredRecord | undefined {
  const firstNaming = new Map<string, number>()
  shreds.forEach(({body, seq}, index) => {
    const id = typeof body.evidence === 'string' ? numbering.shownId(body.evidence, seq) : String(body.evidence)
    for (const name of [`key:${String(body.keyId)}`, `id:${id}`]) if (!firstNaming.has(name)) firstNaming.set(name, index)
  })
  return (keyId, id) => {
    const index = Math.min(firstNaming.get(`key:${keyId}`) ?? Infinity, firstNaming.get(`id:${id}`) ?? Infinity)
    return Number.isFinite(index) ? shreds[index] : undefined
  }
}

/**
 * The distinct values (by fingerprint) captured for a rule id or category: for each, its newest
 * capture whose key is still held (`live`), or — when every capture of it was shredded — its
 * newest shredded capture (`lost`). A value shredded and captured again by a later scan is live.
 */
export function capturesFor(values: readonly CapturedValue[], rule: string): {live: CapturedValue[]; lost: CapturedValue[]} {
  const newest = new Map<string, {live?: CapturedValue; shredded?: CapturedValue}>()
  for (const v of values) {
    if (v.fingerprint === null || (v.rule !== rule && v.category !== rule)) continue
    const slot = newest.get(v.fingerprint) ?? {}
    if (v.shredded) slot.shredded = v
    else slot.live = v
    newest.set(v.fingerprint, slot)
  }
  const live: CapturedValue[] = []
  const lost: CapturedValue[] = []
  for (const slot of newest.values()) {
    if (slot.live !== undefined) live.push(slot.live)
    else if (slot.shredded !== undefined) lost.push(slot.shredded)
  }
  return {live, lost}
}

/** How a captured value is named to a person: rule and masked form, never the value. */
export function capturedLabel(value: Pick<CapturedValue, 'rule' | 'masked'>): string {
  return `${value.rule ?? 'value'} ${value.masked ?? '[masked]'}`
}

/** `shredded` from whether the key is held; `access: false` for a held key the reader has no grant to open. */
export function held(hasKey: boolean, access: boolean): {shredded: boolean; access?: false} {
  return !hasKey ? {shredded: true} : access ? {shredded: false} : {shredded: false, access: false}
}
