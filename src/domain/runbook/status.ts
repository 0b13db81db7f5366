/**
 * Where each walk of an incident stands, step by step, from its `runbook.step` and
 * `action.result` entries: done, done by hand, skipped (and why), failed (the last error), or
 * pending; with who recorded it and when. Pure.
 */
import type {StoredActionResult} from '../entries/action-result.js'
import type {StoredRunbookStep} from '../entries/runbook-step.js'
import type {Lease} from './lease.js'
import {maskUrlPasswords} from '../url-password.js'
import type {Runbook} from './types.js'

export type StepState = 'done' | 'done-by-hand' | 'skipped' | 'failed' | 'pending'

export interface StepStatus {
  id: string
  title: string | null
  state: StepState
  /** skipped: the reason (null when its condition did not hold); failed: the last error; done-by-hand: the note. */
  detail: string | null
  /** The answer given, when the step asked one and it is not a password answer. */
  answer: string | boolean | string[] | null
  /** Who recorded the step's latest state, and when (UTC epoch ms); null when nothing is recorded. */
  actor: string | null
  at: number | null
  seq: number | null
}

export interface WalkStatus {
  runbook: string
  /** False when the runbook's file is not found any more: steps are those the record names. */
  known: boolean
  steps: StepStatus[]
  counts: Record<StepState, number>
  lease: (Lease & {state: 'held' | 'dead' | 'expired'}) | null
}

export interface Recorded<B> {
  seq: number
  ts: number
  actor: string
  body: B
}

export function walkStatus(
  name: string,
  runbook: Runbook | undefined,
  steps: readonly Recorded<StoredRunbookStep>[],
  results: readonly Recorded<StoredActionResult>[],
  lease: WalkStatus['lease'],
): WalkStatus {
  const ids = runbook ? runbook.steps.map((s) => s.id) : [...new Set([...steps, ...results].filter((r) => r.body.runbook === name).map((r) => r.body.step ?? '?'))]
  const out: StepStatus[] = ids.map((id) => {
    const mine = steps.filter((r) => r.body.runbook === name && r.body.step === id)
    const answered = mine.filter((r) => r.body.status === 'answered').at(-1)
    const settled = mine.filter((r) => r.body.status === 'done' || r.body.status === 'skipped' || r.body.status === 'reopened').at(-1)
    const failed = results.filter((r) => r.body.runbook === name && r.body.step === id && r.body.stage === 'failed').at(-1)
    const base = {id, title: runbook?.steps.find((s) => s.id === id)?.title ?? null, answer: answered?.body.answer ?? null}
    const by = (r: Recorded<unknown>) => ({actor: r.actor, at: r.ts, seq: r.seq})
    if (settled?.body.status === 'done') return {...base, state: settled.body.byHand === true ? 'done-by-hand' : 'done', detail: settled.body.byHand === true ? (settled.body.note ?? '') : null, ...by(settled)}
    if (settled?.body.status === 'skipped') return {...base, state: 'skipped', detail: settled.body.reason ?? null, ...by(settled)}
    // A failure before the reopening belongs to the step's earlier run.
    if (failed && (settled?.body.status !== 'reopened' || failed.seq > settled.seq)) return {...base, state: 'failed', detail: failed.body.error === undefined ? 'failed' : maskUrlPasswords(failed.body.error), ...by(failed)}
    if (settled?.body.status === 'reopened') {
      const why = settled.body.because === undefined && settled.body.finding !== undefined ? `a finding recorded since (${settled.body.finding}) makes its condition hold` : `the answer to ${settled.body.because ?? '?'} changed`
      return {...base, state: 'pending', detail: `reopened: ${why}`, ...by(settled)}
    }
    const last = answered ?? null
    return {...base, state: 'pending', detail: null, actor: last?.actor ?? null, at: last?.ts ?? null, seq: last?.seq ?? null}
  })
  const counts: Record<StepState, number> = {done: 0, 'done-by-hand': 0, skipped: 0, failed: 0, pending: 0}
  for (const s of out) counts[s.state] += 1
  return {runbook: name, known: runbook !== undefined, steps: out, counts, lease}
}
