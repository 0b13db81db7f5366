/**
 * The walk as a pure state machine. The ledger holds `runbook.step` records (an answer given, a step
 * skipped or done); folding them gives the answers so far and the next step, so an interrupted walk
 * resumes exactly after the last completed step.
 */
import {collectRefs} from './template.js'
import type {ConditionContext} from './when.js'
import {conditionAnswers, evaluate} from './when.js'
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
  /**
   * Steps whose latest answer was a password answer that can no longer be read (its entry was
   * crypto-shredded), with the sequence number of that entry. They have no answer.
   */
  shredded: Map<string, number>
  /** The step to do next, or undefined when the walk is over. */
  next?: Step
}

/**
 * `secretAnswers` holds the password answers still readable, by the sequence number of their
 * `runbook.secret` entry; a record pointing at an entry missing from it lost its answer.
 */
export function foldWalk(runbook: Runbook, records: readonly StepRecordBody[], secretAnswers: ReadonlyMap<number, string> = new Map()): WalkState {
  const answers = new Map<string, AnswerValue>()
  const completed = new Set<string>()
  const shredded = new Map<string, number>()
  for (const r of records) {
    if (r.runbook !== runbook.name) continue
    if (r.status === 'answered') {
      const v = r.answer ?? (r.secretEntry === undefined ? undefined : secretAnswers.get(r.secretEntry))
      if (v !== undefined) {
        answers.set(r.step, v)
        shredded.delete(r.step)
      } else if (r.secretEntry !== undefined) {
        // The latest answer is gone: an earlier one, if any, is not silently used instead.
        answers.delete(r.step)
        shredded.set(r.step, r.secretEntry)
      }
    } else completed.add(r.step)
  }
  const next = runbook.steps.find((s) => !completed.has(s.id))
  return {answers, completed, shredded, ...(next ? {next} : {})}
}

/**
 * Completed steps whose password answer was shredded but which a step still to do reads (in its
 * condition or its action's parameters): the answer must be given again before the walk goes on.
 * A shredded answer to a step not yet completed is asked again when the walk reaches that step,
 * like any unanswered question; one nothing still reads is not needed.
 */
export function answersToGiveAgain(runbook: Runbook, state: WalkState): string[] {
  const pending = runbook.steps.filter((s) => !state.completed.has(s.id))
  const read = new Set(
    pending.flatMap((s) => [
      ...(s.when ? conditionAnswers(s.when) : []),
      ...(s.action ? collectRefs(s.action.params).filter((r) => r.scope === 'answers').map((r) => r.key) : []),
    ]),
  )
  return runbook.steps.filter((s) => s.question && state.completed.has(s.id) && state.shredded.has(s.id) && read.has(s.id)).map((s) => s.id)
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
 * missing answer counts as needed, and so does a completed step whose shredded answer must be
 * given again ({@link answersToGiveAgain}).
 */
export function missingAnswers(runbook: Runbook, state: WalkState, ctx: Omit<ConditionContext, 'answers'>, given: ReadonlyMap<string, AnswerValue>, yes: boolean): string[] {
  const answers = new Map(state.answers)
  for (const [k, v] of given) if (!answers.has(k)) answers.set(k, v)
  const again = new Set(answersToGiveAgain(runbook, state))
  const missing: string[] = []
  for (const step of runbook.steps) {
    if (again.has(step.id) && !answers.has(step.id)) {
      missing.push(step.id)
      continue
    }
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
