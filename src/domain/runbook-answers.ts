/**
 * Password answers typed into runbook steps, as exhibits that can be listed and crypto-shredded.
 * Each `runbook.secret` entry is one: its id is EV-<n>, numbered with the exhibits (ADR 0016). Pure.
 *
 * An answer is described only by the `runbook.step` record that points at it (`secretEntry`: its
 * runbook and step) and by its entry's clear header (key id, time, actor): the `runbook.secret`
 * body holds the typed value and is never read here.
 */
import type {ShredRecord} from './captured.js'
import {held, shredLookup} from './captured.js'
import type {EvidenceNumbering} from './evidence.js'
import {evidenceId} from './evidence.js'

/** The clear header of a `runbook.secret` entry. */
export interface AnswerHeader {
  seq: number
  keyId: string
  ts: number
  actor: string
}

/** A readable `runbook.step` record that names a password answer's entry. */
export interface AnswerPointer {
  secretEntry: number
  runbook: string
  step: string
}

export interface RunbookAnswer {
  /** EV-<n>, numbered with the store's other evidence items (ADR 0016). */
  id: string
  /** Its id before numbering (EV-<entry>), for answers recorded before it. */
  formerId?: string
  /** Its entry number. */
  seq: number
  kind: 'runbook-answer'
  /** null when no readable step record points at the entry. */
  runbook: string | null
  step: string | null
  /** The data key of its entry: shredding it destroys the typed value. */
  keyId: string
  answeredAt: number
  answeredBy: string
  /** Its key is gone: the answer is destroyed for everybody. Never set for missing access. */
  shredded: boolean
  shreddedAt?: number
  shreddedBy?: string
  shredReason?: string
  /** false when the reader holds no grant on its incident (ADR 0014): runbook and step are unknown to them. */
  access?: false
}

/**
 * One answer per `runbook.secret` entry, in seq order. `hasKey` says whether a data key is still
 * held (an answer whose key is gone is shredded, recorded or not); `access` false: the reader
 * holds no grant on the incident (an answer whose key is held is marked `access: false`).
 */
export function foldRunbookAnswers(input: {
  secrets: readonly AnswerHeader[]
  pointers: readonly AnswerPointer[]
  shreds: readonly ShredRecord[]
  hasKey: (keyId: string) => boolean
  access?: boolean
  numbering: EvidenceNumbering
}): RunbookAnswer[] {
  const named = new Map<number, AnswerPointer>()
  for (const p of input.pointers) if (!named.has(p.secretEntry)) named.set(p.secretEntry, p)
  const shredOf = shredLookup(input.shreds, input.numbering)
  return [...input.secrets]
    .sort((a, b) => a.seq - b.seq)
    .map((s): RunbookAnswer => {
      const id = input.numbering.idOf(s.seq) ?? evidenceId(s.seq)
      const formerId = input.numbering.formerIdOf(s.seq)
      const pointer = named.get(s.seq)
      const shred = shredOf(s.keyId, id)
      return {
        id,
        ...(formerId === undefined ? {} : {formerId}),
        seq: s.seq,
        kind: 'runbook-answer',
        runbook: pointer?.runbook ?? null,
        step: pointer?.step ?? null,
        keyId: s.keyId,
        answeredAt: s.ts,
        answeredBy: s.actor,
        ...(shred === undefined ? held(input.hasKey(s.keyId), input.access ?? true) : {shredded: true}),
        ...(shred ? {shreddedAt: shred.ts, shreddedBy: shred.actor} : {}),
        ...(shred && typeof shred.body.reason === 'string' && shred.body.reason.length > 0 ? {shredReason: shred.body.reason} : {}),
      }
    })
}

/** How an answer is named to a person (and in its shred record): runbook and step, never the value. */
export function runbookAnswerLabel(answer: Pick<RunbookAnswer, 'runbook' | 'step'>): string {
  return `runbook ${answer.runbook ?? '?'} step ${answer.step ?? '?'}`
}
