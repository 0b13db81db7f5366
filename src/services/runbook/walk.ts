/**
 * Walking a runbook for an incident. Every answer and every action stage is appended as it
 * happens, so a walk stopped anywhere resumes at the next step without repeating a completed
 * action.
 */
import {ACTION_PROVIDER_TABLE} from '../../actions/index.js'
import type {ActionContext} from '../../actions/types.js'
import {evidenceId} from '../../domain/evidence.js'
import {DESTRUCTIVE} from '../../domain/runbook/catalog.js'
import type {TemplateRef} from '../../domain/runbook/template.js'
import {render} from '../../domain/runbook/template.js'
import type {AnswerValue, Runbook, Step} from '../../domain/runbook/types.js'
import type {StepRecordBody} from '../../domain/runbook/walk.js'
import {answersToGiveAgain, applies, defaultAnswer, foldWalk, missingAnswers} from '../../domain/runbook/walk.js'
import {CancelledError, PlError, UserError, withContext} from '../../errors.js'
import {askStepQuestion, askWhichIncident, confirmStepAction} from '../../prompts/runbook-walk.js'
import type {AppendInput, UnlockedLedger} from '../../store/ledger.js'
import {incidentIds, incidentKey, loadIncident} from '../incidents.js'
import type {SessionOptions} from '../session.js'
import {withLedger} from '../store-access.js'
import {answersNeeded, givenAnswers} from './answers.js'
import {incidentFacts, shreddedSecrets} from './facts.js'
import {preserve} from './preserve.js'

export type WalkEvent =
  | {type: 'resume'; step: string; done: number}
  | {type: 'step'; step: Step; index: number; total: number}
  | {type: 'skipped'; step: Step}
  | {type: 'would'; step: Step; what: string}
  | {type: 'action'; step: Step; summary: string}
  | {type: 'already'; step: Step}
  | {type: 'marked'; step: Step; phase: string}

export interface WalkStepResult {
  id: string
  status: 'done' | 'skipped' | 'already-done' | 'would-run'
  summary?: string
}

export interface WalkResult {
  runbook: string
  incident: string
  dryRun: boolean
  complete: boolean
  resumedAt?: string
  steps: WalkStepResult[]
  marked: string[]
}

export interface WalkOptions {
  runbook: Runbook
  /** The incident; on a terminal, undefined asks which open incident. */
  incident?: string
  /** Scripted answers by step id (from --answers). */
  answers: ReadonlyMap<string, unknown>
  yes: boolean
  dryRun: boolean
  cwd: string
  /** Per-request timeout and the longest Retry-After honoured; from the environment unless given. */
  timeoutMs?: number
  maxRetryWaitMs?: number
  /** Event time of phase marks; the moment the step completes unless given (the demo backdates). */
  markAt?: () => number
  onEvent?: (e: WalkEvent) => void
}

async function chooseIncident(session: SessionOptions, ledger: UnlockedLedger): Promise<string> {
  if (!session.prompter.interactive) throw new UserError('usage', 'Which incident? Pass --incident INC.', {hints: ['List incidents with `pl incident list`.']})
  const open = incidentIds(ledger)
    .map((id) => loadIncident(ledger, id))
    .filter((i) => i.status === 'open' || i.status === 'acknowledged')
  if (open.length === 0) throw new UserError('not-found', 'There is no open incident to contain.', {hints: ['Open one with `pl incident open`.']})
  return askWhichIncident(session.prompter, open)
}

export async function walkRunbook(session: SessionOptions, options: WalkOptions): Promise<WalkResult> {
  const rb = options.runbook
  const emit = options.onEvent ?? (() => undefined)
  const timeoutMs = options.timeoutMs ?? (Number(session.env.PL_HTTP_TIMEOUT_MS) || 15_000)
  const maxRetryWaitMs = options.maxRetryWaitMs ?? (Number(session.env.PL_MAX_RETRY_WAIT_MS) || 60_000)
  return withLedger(session, async (ledger) => {
    const incident = (options.incident ?? (await chooseIncident(session, ledger))).toUpperCase()
    const keyId = incidentKey(ledger, incident)
    const facts = incidentFacts(ledger, incident, rb.name)
    const state = foldWalk(rb, facts.records, facts.secretAnswers)
    const ctxBase = {classes: facts.classes, findings: facts.findings}
    const given = givenAnswers(rb, options.answers)
    const interactive = session.prompter.interactive
    if (!interactive && !options.dryRun) {
      const missing = missingAnswers(rb, state, ctxBase, given, options.yes)
      if (missing.length > 0) throw answersNeeded(missing, state, options.yes)
    }
    const result: WalkResult = {runbook: rb.name, incident, dryRun: options.dryRun, complete: false, steps: [], marked: []}
    if (state.completed.size > 0 && state.next) {
      result.resumedAt = state.next.id
      emit({type: 'resume', step: state.next.id, done: state.completed.size})
    }
    const answers = new Map(state.answers)
    const append = (inputs: AppendInput[]) => (options.dryRun ? [] : ledger.append(inputs))
    const stepRecord = (body: StepRecordBody): AppendInput => ({incident, kind: 'runbook.step', keyId, body})
    const recordAnswer = (step: Step, answer: AnswerValue) => {
      answers.set(step.id, answer)
      if (step.question?.type === 'password') {
        // A password answer goes under a data key of its own, never into the step record.
        const secretKey = options.dryRun ? '' : ledger.createKey()
        const [row] = append([{incident, kind: 'runbook.secret', keyId: secretKey, body: {runbook: rb.name, step: step.id, value: String(answer)}}])
        if (row) append([stepRecord({runbook: rb.name, step: step.id, status: 'answered', secretEntry: row.seq})])
      } else append([stepRecord({runbook: rb.name, step: step.id, status: 'answered', answer})])
    }
    const askStep = async (step: Step): Promise<AnswerValue> => {
      const shredded = state.shredded.get(step.id)
      try {
        return await askStepQuestion(session.prompter, step.question!, shredded === undefined ? undefined : `asked again: the earlier answer, ${evidenceId(shredded)}, was crypto-shredded`)
      } catch (error) {
        if (error instanceof CancelledError) {
          throw new CancelledError(`Cancelled at step ${step.id}. Everything before it is recorded; \`pl runbook run ${rb.name} --incident ${incident}\` resumes here.`)
        }
        throw error
      }
    }
    // A completed step's shredded answer that a later step still reads is asked for again first.
    for (const id of answersToGiveAgain(rb, state)) {
      const step = rb.steps.find((s) => s.id === id)!
      const answer = given.get(id) ?? (interactive ? await askStep(step) : undefined)
      if (answer !== undefined) recordAnswer(step, answer)
    }
    const resolve = (step: string) => (ref: TemplateRef): unknown => {
      if (ref.scope === 'answers') return answers.get(ref.key)
      if (ref.scope === 'incident') return ref.key === 'id' ? facts.id : ref.key === 'title' ? facts.title : facts.severity
      const {values, lost} = facts.secrets(ref.key)
      if (lost.length > 0) throw shreddedSecrets(step, ref.key, lost, incident)
      return values
    }
    for (const [index, step] of rb.steps.entries()) {
      if (state.completed.has(step.id)) {
        result.steps.push({id: step.id, status: 'already-done'})
        continue
      }
      if (applies(step, {...ctxBase, answers}) !== true) {
        append([stepRecord({runbook: rb.name, step: step.id, status: 'skipped'})])
        result.steps.push({id: step.id, status: 'skipped'})
        emit({type: 'skipped', step})
        continue
      }
      emit({type: 'step', step, index, total: rb.steps.length})
      if (step.question && !answers.has(step.id)) {
        let answer = given.get(step.id) ?? (options.yes ? defaultAnswer(step.question) : undefined)
        if (answer === undefined && interactive) answer = await askStep(step)
        if (answer !== undefined) recordAnswer(step, answer)
      }
      let summary: string | undefined
      if (step.action && facts.completedActions.has(step.id)) emit({type: 'already', step})
      else if (step.action) {
        const action = step.action
        const params = render(action.params, resolve(step.id)) as Record<string, unknown>
        const provider = ACTION_PROVIDER_TABLE[action.type][action.provider]
        const what = action.type === 'manual' ? `confirm: ${String(params.task)}` : provider!.describe(params, session.env)
        if (options.dryRun) {
          emit({type: 'would', step, what})
          result.steps.push({id: step.id, status: 'would-run', summary: what})
          continue
        }
        if ((DESTRUCTIVE[action.type] || action.type === 'manual') && !options.yes && !(action.type === 'manual' && given.has(step.id))) {
          if (!interactive) {
            throw new UserError('usage', `Step ${step.id} would ${what}; without a terminal that needs --yes.`, {hints: ['Check the plan with --dry-run, then pass --yes.']})
          }
          const ok = await confirmStepAction(session.prompter, action.type === 'manual' ? {type: 'manual', task: String(params.task)} : {type: 'action', what})
          if (!ok) throw new CancelledError(`Not confirmed: step ${step.id} is still pending. Run the runbook again to resume there.`)
        }
        const record = (stage: string, ok: boolean, detail: Record<string, unknown>) => {
          append([{incident, kind: 'action.result', keyId, body: {runbook: rb.name, step: step.id, action: action.type, provider: action.provider, stage, ok, at: session.now(), ...detail}}])
        }
        if (action.type === 'manual') {
          const who = typeof params.who === 'string' && params.who.length > 0 ? params.who : session.actor
          summary = `${String(params.task)} — confirmed by ${who}`
          record('done', true, {task: params.task, who, summary})
        } else {
          const ctx: ActionContext = {
            env: session.env,
            cwd: options.cwd,
            timeoutMs,
            maxRetryWaitMs,
            sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
            preserve: (items) => preserve(ledger, incident, items),
            record,
          }
          try {
            summary = await provider!.run(params, ctx)
          } catch (error) {
            const message = error instanceof PlError ? error.message : `unexpected failure: ${(error as Error).message}`
            record('failed', false, {error: message})
            if (error instanceof PlError) {
              throw withContext(error, `Step ${step.id} failed and is still pending: ${error.message}`, {details: {step: step.id}, hints: [`\`pl runbook run ${rb.name} --incident ${incident}\` resumes at this step.`]})
            }
            throw error
          }
          record('done', true, {summary})
        }
        emit({type: 'action', step, summary})
      }
      const at = (options.markAt ?? session.now)()
      append([
        stepRecord({runbook: rb.name, step: step.id, status: 'done', ...(step.mark ? {mark: step.mark} : {})}),
        ...(step.mark ? [{incident, kind: 'timeline.mark' as const, keyId, body: {phase: step.mark, at, note: `runbook ${rb.name}, step ${step.id}`}}] : []),
      ])
      if (step.mark) {
        result.marked.push(step.mark)
        emit({type: 'marked', step, phase: step.mark})
      }
      result.steps.push({id: step.id, status: 'done', ...(summary ? {summary} : {})})
    }
    result.complete = !options.dryRun
    return result
  })
}
