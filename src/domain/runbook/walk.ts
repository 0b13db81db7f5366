/**
 * The walk as a pure state machine. The ledger holds `runbook.step` records (an answer given, a step
 * skipped or done); folding them gives the answers so far and the next step, so an interrupted walk
 * resumes exactly after the last completed step.
 */
import type {ConditionContext} from './when.js'
import {evaluate} from './when.js'
import type {AnswerValue, Question, Runbook, Step} from './types.js'

export interface StepRecordBody {
  runbook: string
  step: string
  status: 'answered' | 'skipped' | 'done'
  /** The answer; absent for a password answer, which is kept in a `runbook.secret` entry of its own. */
  answer?: AnswerValue
  /** Sequence number of the `runbook.secret` entry holding a password answer. */
  secretEntry?: number
  mark?: string
}

export interface WalkState {
  answers: Map<string, AnswerValue>
  completed: Set<string>
  /** The step to do next, or undefined when the walk is over. */
  next?: Step
}

export function foldWalk(runbook: Runbook, records: readonly StepRecordBody[], secretAnswers: ReadonlyMap<string, string> = new Map()): WalkState {
  const answers = new Map<string, AnswerValue>()
  const completed = new Set<string>()
  for (const r of records) {
    if (r.runbook !== runbook.name) continue
    if (r.status === 'answered') {
      const v = r.answer ?? secretAnswers.get(r.step)
      if (v !== undefined) answers.set(r.step, v)
    } else completed.add(r.step)
  }
  const next = runbook.steps.find((s) => !completed.has(s.id))
  return {answers, completed, ...(next ? {next} : {})}
}

/** Whether a step applies now: true, false, or undefined when it waits on an unknown answer. */
export function applies(step: Step, ctx: ConditionContext): boolean | undefined {
  return step.when ? evaluate(step.when, ctx) : true
}

/** The answer `--yes` gives: the question's default (a confirm without one is yes). */
export function defaultAnswer(q: Question): AnswerValue | undefined {
  if (q.default !== undefined) return q.default
  if (q.type === 'confirm') return true
  return undefined
}

/**
 * Question steps that still need an answer on a walk without a terminal, given the answers known
 * (recorded, from the answers file, and defaults under --yes). A step whose condition depends on a
 * missing answer counts as needed.
 */
export function missingAnswers(runbook: Runbook, state: WalkState, ctx: Omit<ConditionContext, 'answers'>, given: ReadonlyMap<string, AnswerValue>, yes: boolean): string[] {
  const answers = new Map(state.answers)
  for (const [k, v] of given) if (!answers.has(k)) answers.set(k, v)
  const missing: string[] = []
  for (const step of runbook.steps) {
    if (state.completed.has(step.id) || !step.question || answers.has(step.id)) continue
    if (applies(step, {...ctx, answers}) === false) continue
    const d = yes ? defaultAnswer(step.question) : undefined
    if (d !== undefined) answers.set(step.id, d)
    else missing.push(step.id)
  }
  return missing
}

/** Checks a scripted answer against its question; returns the value or a message. */
export function coerceAnswer(q: Question, value: unknown): {value: AnswerValue} | {error: string} {
  const values = q.choices?.map((c) => c.value) ?? []
  switch (q.type) {
    case 'confirm':
      if (typeof value === 'boolean') return {value}
      if (value === 'yes' || value === 'y') return {value: true}
      if (value === 'no' || value === 'n') return {value: false}
      return {error: 'expected true or false'}
    case 'checkbox': {
      const list = Array.isArray(value) ? value : [value]
      const bad = list.filter((v) => typeof v !== 'string' || !values.includes(v))
      return bad.length > 0 ? {error: `expected a list of: ${values.join(', ')}`} : {value: list as string[]}
    }
    case 'select':
      return typeof value === 'string' && values.includes(value) ? {value} : {error: `expected one of: ${values.join(', ')}`}
    default:
      if (typeof value === 'string' || typeof value === 'number') return {value: String(value)}
      return {error: 'expected text'}
  }
}
