/**
 * The walk as a pure state machine. The ledger holds `runbook.step` records (an answer given, a step
 * skipped or done); folding them gives the answers so far and the next step, so an interrupted walk
 * resumes exactly after the last completed step.
 */
import {collectRefs} from './template.js'
import type {ConditionContext} from './when.js'
import {conditionAnswers, conditionFindings, evaluate} from './when.js'
import type {AnswerValue, Question, Runbook, Step} from './types.js'
import {ruleOfProvider} from '../captured.js'

export interface StepRecordBody {
  runbook: string
  step: string
  /** `reopened`: a completed step to run again, because the answer it read (`because`) changed or a finding it reads (`finding`) was recorded. */
  status: 'answered' | 'skipped' | 'done' | 'reopened'
  /**
   * The answer; absent for a password answer, which is kept in a `runbook.secret` entry of its own.
   * With `secretEntry`, free text that held a secret: its masked text, for reading only (ADR 0038).
   */
  answer?: AnswerValue
  /** Sequence number of the `runbook.secret` entry holding a password answer, or free text that held a secret. */
  secretEntry?: number
  mark?: string
  /**
   * Skipped: the responder's reason (`--skip`, or chosen after a failure). Absent when the step was
   * skipped because its condition did not hold.
   */
  reason?: string
  /** Skipped because the step reads the answer of this step, which was skipped without one. */
  after?: string
  /** Done by hand, not by pl: `note` says who did what. */
  byHand?: boolean
  note?: string
  /** The step's action (type and provider), on a skip or a completion by hand: reports name what was left undone. */
  action?: string
  provider?: string
  /** Reopened: the step whose answer changed. */
  because?: string
  /** Reopened: the finding (rule id or category) recorded since it was skipped that makes its condition hold. */
  finding?: string
}

/** Why a step was skipped: by its condition (no reason), or by the responder or a skipped input (a reason). */
export interface SkipInfo {
  reason?: string
  after?: string
}

export interface WalkState {
  answers: Map<string, AnswerValue>
  completed: Set<string>
  /**
   * Steps whose latest answer was a password answer that can no longer be read (its entry was
   * crypto-shredded), with the sequence number of that entry. They have no answer.
   */
  shredded: Map<string, number>
  /** Completed steps that were skipped, and why. */
  skipped: Map<string, SkipInfo>
  /** Completed steps done by hand, with the responder's note. */
  byHand: Map<string, string>
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
  const skipped = new Map<string, SkipInfo>()
  const byHand = new Map<string, string>()
  for (const r of records) {
    if (r.runbook !== runbook.name) continue
    if (r.status === 'answered') {
      // An answer kept under its own key is that value; `answer` beside it is only its masked text (ADR 0038).
      const v = r.secretEntry === undefined ? r.answer : secretAnswers.get(r.secretEntry)
      if (v !== undefined) {
        answers.set(r.step, v)
        shredded.delete(r.step)
      } else if (r.secretEntry !== undefined) {
        // The latest answer is gone: an earlier one, if any, is not silently used instead.
        answers.delete(r.step)
        shredded.set(r.step, r.secretEntry)
      }
    } else if (r.status === 'reopened') {
      // To do again: neither done, skipped nor done by hand any more.
      completed.delete(r.step)
      skipped.delete(r.step)
      byHand.delete(r.step)
    } else {
      completed.add(r.step)
      if (r.status === 'skipped') skipped.set(r.step, {...(r.reason === undefined ? {} : {reason: r.reason}), ...(r.after === undefined ? {} : {after: r.after})})
      else {
        // Done (perhaps by hand, after an earlier skip): no longer skipped.
        skipped.delete(r.step)
        if (r.byHand === true) byHand.set(r.step, r.note ?? '')
      }
    }
  }
  const next = runbook.steps.find((s) => !completed.has(s.id))
  return {answers, completed, shredded, skipped, byHand, ...(next ? {next} : {})}
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
      ...paramAnswers(s),
    ]),
  )
  return runbook.steps.filter((s) => s.question && state.completed.has(s.id) && state.shredded.has(s.id) && read.has(s.id)).map((s) => s.id)
}

/** Answer ids a step reads in its action's parameters. */
function paramAnswers(step: Step): string[] {
  return step.action ? collectRefs(step.action.params).filter((r) => r.scope === 'answers').map((r) => r.key) : []
}

/**
 * The skipped step whose missing answer this step needs, if any: one its action's parameters read,
 * or one its condition reads while the condition cannot be decided without it (a condition that
 * holds or fails on the other answers and findings does not wait on it). Only a step skipped with
 * a reason counts: one skipped because its own condition did not hold was never meant to run.
 */
export function skippedInput(step: Step, skipped: ReadonlyMap<string, SkipInfo>, ctx: ConditionContext): string | undefined {
  const gone = (id: string) => skipped.get(id)?.reason !== undefined && !ctx.answers.has(id)
  const fromParams = paramAnswers(step).find(gone)
  if (fromParams !== undefined) return fromParams
  if (step.when && evaluate(step.when, ctx) === undefined) return conditionAnswers(step.when).find(gone)
  return undefined
}

/** What the responder decided for a step before the walk reached it (`--skip`, `--done`, `--from`). */
export type StepDecision = {type: 'skip'; reason: string} | {type: 'done'; note: string}

/**
 * Completed steps skipped because their condition did not hold, which reads one of `found` (findings
 * recorded since) and holds now: the walk reopens them and goes back to them. With the finding of
 * `found` that the condition reads, by step id. A step the responder skipped with a reason stays skipped.
 */
export function reopenedByFindings(runbook: Runbook, completed: ReadonlySet<string>, skipped: ReadonlyMap<string, SkipInfo>, found: readonly string[], ctx: ConditionContext): Map<string, string> {
  const out = new Map<string, string>()
  for (const step of runbook.steps) {
    const skip = skipped.get(step.id)
    if (!completed.has(step.id) || skip === undefined || skip.reason !== undefined || !step.when) continue
    const finding = conditionFindings(step.when).find((f) => found.includes(f))
    if (finding !== undefined && applies(step, ctx) === true) out.set(step.id, finding)
  }
  return out
}

/** Whether a step applies now: true, false, or undefined when it waits on an unknown answer. */
export function applies(step: Step, ctx: ConditionContext): boolean | undefined {
  return step.when ? evaluate(step.when, ctx) : true
}

/**
 * A select or checkbox question with its default taken from the incident's findings: a choice
 * whose value is a finding's rule id, or its first part (`openai` for `openai-api-key`), is
 * pre-selected. Without a matching finding the runbook's own default stands. Only for a question
 * a person sees: `--yes` does not take it ({@link defaultAnswer}).
 */
export function withFindingDefaults(q: Question, findings: readonly string[]): Question {
  if ((q.type !== 'checkbox' && q.type !== 'select') || !q.choices) return q
  const found = q.choices.map((c) => c.value).filter((v) => findings.some((f) => ruleOfProvider(f, v)))
  if (found.length === 0) return q
  return {...q, default: q.type === 'checkbox' ? found : found[0]!}
}

/**
 * The answer `--yes` gives: the runbook's default for the question (a confirm without one is yes),
 * never one suggested by the findings ({@link withFindingDefaults} pre-selects those on a terminal).
 */
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
export function missingAnswers(
  runbook: Runbook,
  state: WalkState,
  ctx: Omit<ConditionContext, 'answers'>,
  given: ReadonlyMap<string, AnswerValue>,
  yes: boolean,
  decisions: ReadonlyMap<string, StepDecision> = new Map(),
): string[] {
  const answers = new Map(state.answers)
  for (const [k, v] of given) if (!answers.has(k)) answers.set(k, v)
  const again = new Set(answersToGiveAgain(runbook, state))
  const skipped = new Map(state.skipped)
  const missing: string[] = []
  for (const step of runbook.steps) {
    if (again.has(step.id) && !answers.has(step.id)) {
      missing.push(step.id)
      continue
    }
    if (state.completed.has(step.id)) continue
    const decided = decisions.get(step.id)
    if (decided !== undefined) {
      if (decided.type === 'skip') skipped.set(step.id, {reason: decided.reason})
      continue
    }
    const after = skippedInput(step, skipped, {...ctx, answers})
    if (after !== undefined) {
      skipped.set(step.id, {reason: 'input skipped', after})
      continue
    }
    if (!step.question || answers.has(step.id)) continue
    if (applies(step, {...ctx, answers}) === false) continue
    // --yes takes the runbook's own default: a choice suggested by the findings is pre-selected for a person to see, never taken unseen.
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

/**
 * The decisions `--skip STEP[=reason]`, `--done STEP[=note]` and `--from STEP` make, checked
 * against the runbook and the walk so far: each names a step of the runbook; a step already done
 * cannot be skipped or done again, but one skipped earlier can be recorded as done by hand.
 * `--from` skips every step before it that is still to do (unless `--skip`/`--done` names it).
 * Returns the decisions by step id, or the problems in words.
 */
export function planDecisions(
  runbook: Runbook,
  state: WalkState,
  flags: {skip?: ReadonlyMap<string, string>; done?: ReadonlyMap<string, string>; from?: string},
): {decisions: Map<string, StepDecision>; problems: string[]} {
  const decisions = new Map<string, StepDecision>()
  const problems: string[] = []
  const ids = new Set(runbook.steps.map((s) => s.id))
  const known = (flag: string, id: string) => {
    if (ids.has(id)) return true
    problems.push(`${flag} ${id}: ${runbook.name} has no step "${id}"`)
    return false
  }
  for (const [id, reason] of flags.skip ?? []) {
    if (!known('--skip', id)) continue
    if (flags.done?.has(id)) problems.push(`--skip ${id} and --done ${id}: choose one`)
    else if (state.completed.has(id) && !state.skipped.has(id)) problems.push(`--skip ${id}: the step is already done`)
    else if (!state.completed.has(id)) decisions.set(id, {type: 'skip', reason})
  }
  for (const [id, note] of flags.done ?? []) {
    if (!known('--done', id)) continue
    if (state.completed.has(id) && !state.skipped.has(id)) problems.push(`--done ${id}: the step is already done`)
    else if (!flags.skip?.has(id)) decisions.set(id, {type: 'done', note})
  }
  if (flags.from !== undefined && known('--from', flags.from)) {
    for (const step of runbook.steps) {
      if (step.id === flags.from) break
      if (!state.completed.has(step.id) && !decisions.has(step.id)) decisions.set(step.id, {type: 'skip', reason: `walk started --from ${flags.from}`})
    }
  }
  return {decisions, problems}
}

/**
 * After the answer to `id` changed: the completed steps that read it (in their condition or their
 * action's parameters), split into those to reopen — run again on the new answer — and those
 * done on the old answer that are only listed. Reopened: a step done with the answer in its
 * action's parameters whose condition holds now (its action would differ); a step skipped because
 * its condition did not hold, which holds now; a step skipped for want of this very answer. Listed:
 * a step done whose action does not read the answer (it would do the same), or whose condition no
 * longer holds (done is done: pl cannot undo it), and a step the responder skipped with a reason.
 */
export function readersOfAnswer(runbook: Runbook, state: WalkState, id: string, ctx: ConditionContext): {redo: string[]; reopen: string[]} {
  const redo: string[] = []
  const reopen: string[] = []
  for (const step of runbook.steps) {
    if (!state.completed.has(step.id)) continue
    const inParams = paramAnswers(step).includes(id)
    if (!inParams && !(step.id !== id && step.when && conditionAnswers(step.when).includes(id))) continue
    const skip = state.skipped.get(step.id)
    const now = applies(step, ctx)
    if (skip !== undefined && skip.reason === undefined) {
      if (now === true) reopen.push(step.id)
    } else if (skip?.after === id) {
      if (now !== false) reopen.push(step.id)
    } else if (skip === undefined && inParams && now === true) reopen.push(step.id)
    else redo.push(step.id)
  }
  return {redo, reopen}
}
