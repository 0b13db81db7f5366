/**
 * `runbook.step`: one step of a runbook walk answered, skipped or done. Written as the walk's
 * StepRecordBody (domain/runbook/walk.ts); a password answer is kept in a `runbook.secret` entry.
 */
import type {StepRecordBody} from '../runbook/walk.js'
import {aBoolean, aNumber, aString, either, listOf, object} from './check.js'
import type {KindSpec} from './spec.js'
import {lineOf, oneLine, SHREDDED} from './text.js'

/**
 * A `runbook.step` body as a store may hold it: every field of the written body may be missing
 * (the summary has a fallback for each), and a later version may write a status this one does not know.
 */
export type StoredRunbookStep = Omit<Partial<StepRecordBody>, 'status'> & {status?: string}

const STATUSES = ['answered', 'skipped', 'done', 'reopened'] as const

/** The walk's record of a step, when the body says all the walk needs (a later version's status does not). */
export function stepRecord(body: StoredRunbookStep): StepRecordBody | undefined {
  const {runbook, step, answer, secretEntry, mark, reason, after, byHand, note, action, provider, because, finding} = body
  const status = STATUSES.find((known) => known === body.status)
  if (runbook === undefined || step === undefined || status === undefined) return undefined
  return {
    runbook,
    step,
    status,
    ...(answer === undefined ? {} : {answer}),
    ...(secretEntry === undefined ? {} : {secretEntry}),
    ...(mark === undefined ? {} : {mark}),
    ...(reason === undefined ? {} : {reason}),
    ...(after === undefined ? {} : {after}),
    ...(byHand === undefined ? {} : {byHand}),
    ...(note === undefined ? {} : {note}),
    ...(action === undefined ? {} : {action}),
    ...(provider === undefined ? {} : {provider}),
    ...(because === undefined ? {} : {because}),
    ...(finding === undefined ? {} : {finding}),
  }
}

const answer = either(aString, either(aBoolean, listOf(aString), 'a boolean or a list of strings'), 'a string, a boolean or a list of strings')

export const runbookStep: KindSpec<'runbook.step'> = {
  guard: object(
    {},
    {runbook: aString, step: aString, status: aString, answer, secretEntry: aNumber, mark: aString, reason: aString, after: aString, byHand: aBoolean, note: aString, action: aString, provider: aString, because: aString, finding: aString},
  ),
  summary({kind, body}) {
    if (body === null) return `${kind}: ${SHREDDED}`
    const given = body.answer === undefined ? '' : typeof body.answer === 'object' ? ` (${oneLine(JSON.stringify(body.answer))})` : ` (${oneLine(String(body.answer))})`
    const mark = lineOf(body.mark) ? `; marked ${lineOf(body.mark)}` : ''
    const head = `Runbook ${lineOf(body.runbook) ?? '?'}: step ${lineOf(body.step) ?? '?'}`
    if (body.status === 'skipped' && lineOf(body.reason)) return `${head} SKIPPED by the responder: ${lineOf(body.reason)}`
    if (body.status === 'reopened' && lineOf(body.finding) && !lineOf(body.because)) return `${head} REOPENED: a finding recorded since (${lineOf(body.finding)}) makes its condition hold; to do`
    if (body.status === 'reopened') return `${head} REOPENED: the answer to ${lineOf(body.because) ?? '?'} changed; to do again`
    if (body.status === 'done' && body.byHand === true) return `${head} DONE BY HAND: ${lineOf(body.note) ?? '(no note)'}${mark}`
    // With secretEntry, an answer beside it is free text whose secret was masked (ADR 0038).
    const kept = body.secretEntry === undefined ? given : given === '' ? ' (answer kept under its own key)' : `${given}; as typed, kept under its own key`
    return `${head} ${lineOf(body.status) ?? 'recorded'}${kept}${mark}`
  },
}
