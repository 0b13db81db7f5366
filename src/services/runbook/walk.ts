/**
 * Walking a runbook for an incident. Every answer and every action stage is appended as it
 * happens, so a walk stopped anywhere resumes at the next step without repeating a completed
 * action.
 */
import {ACTION_PROVIDER_TABLE} from '../../actions/index.js'
import type {ActionContext, ActionProvider} from '../../actions/types.js'
import type {WaitInfo} from '../../domain/runbook/wait.js'
import {DESTRUCTIVE} from '../../domain/runbook/catalog.js'
import type {TemplateRef} from '../../domain/runbook/template.js'
import {render} from '../../domain/runbook/template.js'
import type {AnswerValue, Runbook, Step} from '../../domain/runbook/types.js'
import type {LeaseEnd} from '../../domain/runbook/lease.js'
import type {StepRecordBody} from '../../domain/runbook/walk.js'
import {openBeforeContained} from '../../domain/postmortem.js'
import {answersToGiveAgain, applies, defaultAnswer, foldWalk, missingAnswers, planDecisions, readersOfAnswer, reopenedByFindings, skippedInput, withFindingDefaults} from '../../domain/runbook/walk.js'
import type {Mask, MaskedValue} from '../../domain/free-text.js'
import {CancelledError, PlError, UserError, withContext} from '../../errors.js'
import type {StepTrouble, StepTroubleChoice} from '../../prompts/runbook-walk.js'
import {askStepQuestion, askStepTrouble, askWhichIncident, confirmStepAction} from '../../prompts/runbook-walk.js'
import type {AppendInput, UnlockedLedger} from '../../store/ledger.js'
import {incidentIds, incidentKey, loadIncident} from '../incidents.js'
import {textMasker} from '../free-text.js'
import type {SessionOptions} from '../session.js'
import {withLedger} from '../store-access.js'
import {answersNeeded, givenAnswers} from './answers.js'
import {incidentFacts, shreddedSecrets} from './facts.js'
import {DEFAULT_LEASE_TTL_MS, WalkLease} from './lease.js'
import type {PreflightProblem} from './preflight.js'
import {preflight} from './preflight.js'
import {preserve} from './preserve.js'

/** The longest a purge's count (for --dry-run and the confirmation) waits on its provider per request. */
const COUNT_TIMEOUT_MS = 5000

export type WalkEvent =
  | {type: 'resume'; step: string; done: number}
  | {type: 'step'; step: Step; index: number; total: number}
  | {type: 'skipped'; step: Step; reason?: string}
  | {type: 'by-hand'; step: Step; note: string}
  | {type: 'failed'; step: Step; message: string}
  | {type: 'lease'; holder: string; host: string; pid: number; why: LeaseEnd}
  | {type: 'reanswered'; step: Step; redo: string[]; reopen: string[]}
  /** Findings (rule ids and categories) recorded in the incident while the walk ran, by this or another responder. */
  | {type: 'findings'; found: string[]}
  /** A step skipped on its condition, reopened because a finding recorded since makes it hold: the walk goes back to it. */
  | {type: 'reopened'; step: Step; finding: string}
  /** --yes took the runbook's default where the findings suggest another choice (pre-selected only on a terminal). */
  | {type: 'suggested'; step: Step; taken: AnswerValue | undefined; suggested: AnswerValue}
  /** What the runbook's actions need and is missing (variables, unreachable addresses), before the first question. */
  | {type: 'preflight'; problems: PreflightProblem[]}
  /** A provider request waiting (for a spinner), or undefined when it was answered. */
  | {type: 'wait'; wait: WaitInfo | undefined}
  | {type: 'would'; step: Step; what: string}
  | {type: 'action'; step: Step; summary: string}
  | {type: 'already'; step: Step}
  /** `open`: what the incident still left open when it was marked contained (recorded on the mark). */
  | {type: 'marked'; step: Step; phase: string; open?: string[]}
  /** Before a step that marks the incident contained: what it knows is still open (its go-ahead defaults to No). */
  | {type: 'open'; step: Step; open: string[]}
  /** Values the scanner found in free text the responder typed, masked before it was recorded (ADR 0038). */
  | {type: 'masked'; step: Step; masked: MaskedValue[]}

export interface WalkStepResult {
  id: string
  status: 'done' | 'done-by-hand' | 'skipped' | 'already-done' | 'would-run'
  summary?: string
  /** skipped by the responder (or because an input was skipped): why. */
  reason?: string
  /** done-by-hand: the responder's note. */
  note?: string
}

export interface WalkResult {
  runbook: string
  incident: string
  dryRun: boolean
  complete: boolean
  resumedAt?: string
  steps: WalkStepResult[]
  marked: string[]
  /** Answers changed (--reanswer, or "change an earlier answer"): the completed steps done on the old answer, and those reopened. */
  reanswered: {step: string; redo: string[]; reopen: string[]}[]
  /** Steps skipped on their condition and reopened because a finding recorded since makes it hold. */
  reopened: {step: string; finding: string}[]
  /** Values masked in free text the responder typed (an answer, a skip reason, a by-hand note): rule and masked form only. */
  masked: (MaskedValue & {step: string})[]
  /** What was still open (masked: never a raw value) when the walk marked the incident contained anyway. */
  openWhenContained?: string[]
  /** With `collectAnswers`: the answers known at the end (recorded, given or asked), by step id; never a password answer. */
  answers?: Record<string, AnswerValue>
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
  /** `--skip STEP[=reason]`: steps to skip when the walk reaches them. */
  skip?: ReadonlyMap<string, string>
  /** `--done STEP[=note]`: steps done by hand (also one skipped earlier). */
  done?: ReadonlyMap<string, string>
  /** `--from STEP`: steps before it still to do are skipped. */
  from?: string
  /** `--take-over`: take the walk's lease from another walker (recorded). */
  takeOver?: boolean
  /** Hand back the answers at the end (`--answers-out`). */
  collectAnswers?: boolean
  /** Aborted on Ctrl-C while waiting on a provider: the request stops, the step stays pending (exit 130). */
  signal?: AbortSignal
  /** `--reanswer STEP`: question steps whose answer is asked again (or taken from the answers file) and recorded anew. */
  reanswer?: readonly string[]
  /** Per-request timeout and the longest Retry-After honoured; from the environment unless given. */
  timeoutMs?: number
  maxRetryWaitMs?: number
  /** Event time of phase marks; the moment the step completes unless given (the demo backdates). */
  markAt?: () => number
  onEvent?: (e: WalkEvent) => void
}

const STATUS_ORDER = ['open', 'acknowledged', 'contained', 'resolved']

/** The status after a phase mark: marks move it forward only (a late `acknowledged` leaves `contained`). */
function laterStatus(status: string, phase: string): string {
  return STATUS_ORDER.indexOf(phase) > STATUS_ORDER.indexOf(status) ? phase : status
}

async function chooseIncident(session: SessionOptions, ledger: UnlockedLedger, mask: Mask): Promise<string> {
  if (!session.prompter.interactive) throw new UserError('usage', 'Which incident? Pass --incident INC.', {hints: ['List incidents with `pl incident list`.']})
  const open = incidentIds(ledger)
    .map((id) => loadIncident(ledger, id, mask))
    .filter((i) => i.status === 'open' || i.status === 'acknowledged')
  if (open.length === 0) throw new UserError('not-found', 'There is no open incident to contain.', {hints: ['Open one with `pl incident open`.']})
  return askWhichIncident(session.prompter, open)
}

export async function walkRunbook(session: SessionOptions, options: WalkOptions): Promise<WalkResult> {
  const rb = options.runbook
  const emit = options.onEvent ?? (() => undefined)
  const timeoutMs = options.timeoutMs ?? (Number(session.env.PL_HTTP_TIMEOUT_MS) || 15_000)
  const maxRetryWaitMs = options.maxRetryWaitMs ?? (Number(session.env.PL_MAX_RETRY_WAIT_MS) || 60_000)
  const mask = await textMasker()
  return withLedger(session, async (ledger) => {
    const incident = (options.incident ?? (await chooseIncident(session, ledger, mask))).toUpperCase()
    const keyId = incidentKey(ledger, incident)
    // The walk reads the incident's findings and answers: without a grant, exit 13 naming who can grant it (ADR 0014).
    ledger.requireIncidentAccess(incident)
    // One PagerDuty alert per incident of this store, whichever step or walk sends the event.
    const dedupKey = `pl-${ledger.meta.storeId.slice(0, 12)}-${incident}`
    let facts = incidentFacts(ledger, incident, rb.name)
    let state = foldWalk(rb, facts.records, facts.secretAnswers)
    // The incident's classes and findings as read last (refreshed before each step).
    const ctxBase = () => ({classes: facts.classes, findings: facts.findings})
    const given = givenAnswers(rb, options.answers)
    const interactive = session.prompter.interactive
    const flags = {...(options.skip ? {skip: options.skip} : {}), ...(options.done ? {done: options.done} : {}), ...(options.from === undefined ? {} : {from: options.from})}
    const planned = planDecisions(rb, state, flags)
    let decisions = planned.decisions
    if (planned.problems.length > 0) {
      throw new UserError('usage', `${planned.problems.join('; ')}.`, {hints: [`Steps of ${rb.name}: ${rb.steps.map((x) => x.id).join(', ')}. \`pl runbook show ${rb.name}\` lists them.`]})
    }
    for (const id of options.reanswer ?? []) {
      const step = rb.steps.find((x) => x.id === id)
      if (!step?.question) throw new UserError('usage', `--reanswer ${id}: ${rb.name} has no question step "${id}".`, {hints: [`Question steps: ${rb.steps.filter((x) => x.question).map((x) => x.id).join(', ')}.`]})
      if (!interactive && !given.has(id)) throw new UserError('usage', `--reanswer ${id} needs the new answer: no terminal to ask on.`, {hints: [`Give it in --answers FILE, e.g. "${id}: …".`]})
    }
    if (!interactive && !options.dryRun) {
      const missing = missingAnswers(rb, state, ctxBase(), given, options.yes, decisions)
      if (missing.length > 0) throw answersNeeded(missing, state, options.yes, facts.evidenceIdOf)
    }
    // Preflight: what the actions may need, said before the first question (a dry run names unset variables only).
    const check = await preflight(rb, session.env, {reachable: !options.dryRun, explicitOnly: true, timeoutMs: Math.min(timeoutMs, 2000)})
    // A resumed walk says nothing of the steps already done or skipped.
    const problems = check.problems.filter((p) => !state.completed.has(p.step))
    if (problems.length > 0) emit({type: 'preflight', problems})
    /** Steps whose provider address did not answer at preflight: their go-ahead says so. */
    const unreachable = new Map(problems.filter((p) => p.kind === 'unreachable').map((p) => [p.step, p.message]))
    // One walker at a time: the lease is taken before the first question (a dry run records nothing and takes none).
    const lease = options.dryRun
      ? undefined
      : WalkLease.take(ledger, {incident, keyId, runbook: rb.name, actor: ledger.actor, now: session.now, ttlMs: Number(session.env.PL_RUNBOOK_LEASE_TTL_MS) || DEFAULT_LEASE_TTL_MS, takeOver: options.takeOver ?? false})
    if (lease?.replaced) {
      // The walker replaced may have recorded more between the first read and the take: read again.
      facts = incidentFacts(ledger, incident, rb.name)
      state = foldWalk(rb, facts.records, facts.secretAnswers)
      decisions = planDecisions(rb, state, flags).decisions
    }
    if (lease?.replaced) emit({type: 'lease', holder: lease.replaced.lease.holder, host: lease.replaced.lease.host, pid: lease.replaced.lease.pid, why: lease.replaced.why})
    const walk = async (): Promise<WalkResult> => {
      const result: WalkResult = {runbook: rb.name, incident, dryRun: options.dryRun, complete: false, steps: [], marked: [], reanswered: [], reopened: [], masked: []}
      if (state.completed.size > 0 && state.next) {
        result.resumedAt = state.next.id
        emit({type: 'resume', step: state.next.id, done: state.completed.size})
      }
      const answers = new Map(state.answers)
      const skipped = new Map(state.skipped)
      const completedNow = new Set(state.completed)
      /** Index of the step the walk is at. */
      let current = 0
      /** The incident's status as a notify message tells it: a mark made by this walk moves it on. */
      let status = facts.status
      const append = (inputs: AppendInput[]) => (lease === undefined ? [] : lease.append(inputs))
      const stepRecord = (body: StepRecordBody): AppendInput => ({incident, kind: 'runbook.step', keyId, body})
      /** Free text the responder typed, a secret or personal value in it masked (ADR 0038); the walk is told. */
      const maskText = (step: Step, field: string, text: string): string => {
        const m = mask(text)
        if (m.masked.length === 0) return text
        const values = m.masked.map((v) => ({field, ...v}))
        result.masked.push(...values.map((v) => ({step: step.id, ...v})))
        emit({type: 'masked', step, masked: values})
        return m.text
      }
      /** Steps whose answer is kept under a key of its own (a password, or free text holding a secret): never written out. */
      const keptApart = new Set<string>()
      for (const r of facts.records) {
        if (r.runbook !== rb.name || r.status !== 'answered') continue
        if (r.secretEntry === undefined) keptApart.delete(r.step)
        else keptApart.add(r.step)
      }
      const recordAnswer = (step: Step, answer: AnswerValue) => {
        answers.set(step.id, answer)
        const shown = step.question?.type !== 'password' && typeof answer === 'string' ? maskText(step, 'answer', answer) : answer
        if (step.question?.type === 'password' || shown !== answer) {
          // A password answer, or free text holding a secret, goes under a data key of its own (the
          // walk's actions may need the value; shredding it removes it); the step record has the
          // masked text only, for free text.
          keptApart.add(step.id)
          const secretKey = options.dryRun ? '' : ledger.createKey(incident)
          const [row] = append([{incident, kind: 'runbook.secret', keyId: secretKey, body: {runbook: rb.name, step: step.id, value: String(answer)}}])
          if (row) append([stepRecord({runbook: rb.name, step: step.id, status: 'answered', ...(shown === answer ? {} : {answer: shown}), secretEntry: row.seq})])
        } else {
          keptApart.delete(step.id)
          append([stepRecord({runbook: rb.name, step: step.id, status: 'answered', answer})])
        }
      }
      const actionOf = (step: Step) => (step.action ? {action: step.action.type, provider: step.action.provider} : {})
      const recordSkip = (step: Step, given: string, after?: string) => {
        const reason = maskText(step, 'reason', given)
        completedNow.add(step.id)
        skipped.set(step.id, {reason, ...(after === undefined ? {} : {after})})
        append([stepRecord({runbook: rb.name, step: step.id, status: 'skipped', reason, ...(after === undefined ? {} : {after}), ...actionOf(step)})])
        result.steps.push({id: step.id, status: 'skipped', reason})
        emit({type: 'skipped', step, reason})
      }
      /** The step is complete: done by pl, or by hand with a note. Marks its phase. */
      const complete = (step: Step, given: {summary?: string} | {note: string}) => {
        const how = 'note' in given ? {note: maskText(step, 'note', given.note)} : given
        const at = (options.markAt ?? session.now)()
        const byHand = 'note' in how ? {byHand: true, note: how.note, ...actionOf(step)} : {}
        // Contained while the incident knows of open items (a live credential): they are recorded on the mark.
        const open = step.mark === 'contained' ? openNow(step) : []
        const openNote = open.length === 0 ? '' : mask(`; marked with ${open.length} item${open.length === 1 ? '' : 's'} still open: ${open.join('; ')}`).text
        completedNow.add(step.id)
        skipped.delete(step.id)
        append([
          stepRecord({runbook: rb.name, step: step.id, status: 'done', ...byHand, ...(step.mark ? {mark: step.mark} : {})}),
          ...(step.mark ? [{incident, kind: 'timeline.mark' as const, keyId, body: {phase: step.mark, at, note: `runbook ${rb.name}, step ${step.id}${'note' in how ? ' (done by hand)' : ''}${openNote}`}}] : []),
        ])
        if ('note' in how) {
          emit({type: 'by-hand', step, note: how.note})
          result.steps.push({id: step.id, status: 'done-by-hand', note: how.note})
        } else result.steps.push({id: step.id, status: 'done', ...(how.summary ? {summary: how.summary} : {})})
        if (step.mark) {
          status = laterStatus(status, step.mark)
          result.marked.push(step.mark)
          if (open.length > 0) result.openWhenContained = open.map((text) => mask(text).text)
          emit({type: 'marked', step, phase: step.mark, ...(open.length > 0 ? {open: result.openWhenContained} : {})})
        }
      }
      const askStep = async (step: Step, note?: string): Promise<AnswerValue> => {
        const shredded = state.shredded.get(step.id)
        const q = withFindingDefaults(step.question!, facts.findings)
        // The go-ahead to mark contained while something is known open is No unless the responder says yes.
        const open = openAt?.step === step.id && openAt.open.length > 0 && q.type === 'confirm'
        const why = note ?? (shredded === undefined ? undefined : `asked again: the earlier answer, ${facts.evidenceIdOf(shredded)}, was crypto-shredded`)
        try {
          return await askStepQuestion(session.prompter, open ? {...q, default: false} : q, open ? [why, `${openAt!.open.length} item${openAt!.open.length === 1 ? '' : 's'} still open, listed above`].filter((x) => x !== undefined).join('; ') : why, (v) => mask(v).text)
        } catch (error) {
          if (error instanceof CancelledError) throw cancelledAt(step)
          throw error
        }
      }
      const cancelledAt = (step: Step) => new CancelledError(`Cancelled at step ${step.id}. Everything before it is recorded; \`pl runbook run ${rb.name} --incident ${incident}\` resumes here.`)
      const trouble = async (step: Step, t: Omit<StepTrouble, 'step' | 'answered' | 'shown'>): Promise<StepTroubleChoice> => {
        const answered = rb.steps.filter((x) => x.question && answers.has(x.id)).map((x) => ({step: x.id, shown: shownAnswer(x)}))
        try {
          const choice = await askStepTrouble(session.prompter, {step: step.id, ...t, answered, shown: (v) => mask(v).text})
          if (choice.choice !== 'reanswer') return choice
          await reanswer(rb.steps.find((x) => x.id === choice.step)!, false)
          return {choice: 'retry'}
        } catch (error) {
          if (error instanceof CancelledError) throw cancelledAt(step)
          throw error
        }
      }
      const goOn = (id: string) => `--skip ${id}=REASON or --done ${id}=NOTE lets the walk go on past it`
      /** An earlier answer as a question or a choice quotes it: masked as recorded (a text answer may hold a secret, ADR 0038). */
      const shownAnswer = (step: Step) => {
        const a = answers.get(step.id)
        return a === undefined ? 'no answer' : step.question?.type === 'password' ? '(hidden)' : mask(typeof a === 'object' ? JSON.stringify(a) : String(a)).text
      }
      /** Set when a changed answer reopened a step the walk had passed: the walk goes back to it. */
      let backTo: number | undefined
      /**
       * What the incident's records leave open (the postmortem's list: skipped or failed revocations,
       * captured credentials with no revocation recorded, unfinished steps), `step` itself left out.
       */
      const openNow = (step: Step): string[] =>
        openBeforeContained(ledger.rowsOfIncident(incident).map((row) => ledger.decrypt(row)), {except: {runbook: rb.name, step: step.id}}).map((item) => item.text)
      /** The open items said before the step that marks the incident contained. */
      let openAt: {step: string; open: string[]} | undefined
      /**
       * Reopens step `id`, recorded first (so a walk interrupted before running it again still
       * finds it to do) with why: the answer it read changed, or a finding makes its condition hold.
       */
      const reopenStep = (id: string, why: {because: string} | {finding: string}): void => {
        append([stepRecord({runbook: rb.name, step: id, status: 'reopened', ...why})])
        completedNow.delete(id)
        skipped.delete(id)
        facts.completedActions.delete(id)
        result.steps = result.steps.filter((x) => x.id !== id)
        const at = rb.steps.findIndex((x) => x.id === id)
        if (at < current) backTo = Math.min(backTo ?? at, at)
      }
      /** Records a new answer to `step`; reopens the completed steps that must run again on it and lists the rest that read the old one. */
      const reanswer = async (step: Step, fromFile: boolean) => {
        const answer = fromFile ? given.get(step.id)! : await askStep(step, `changing the answer; it was ${shownAnswer(step)}`)
        recordAnswer(step, answer)
        const {redo, reopen} = readersOfAnswer(rb, {...state, completed: completedNow, skipped}, step.id, {...ctxBase(), answers})
        for (const id of reopen) reopenStep(id, {because: step.id})
        result.reanswered.push({step: step.id, redo, reopen})
        emit({type: 'reanswered', step, redo, reopen})
      }
      /** Findings recorded since the walk last looked and not yet acted on. */
      const unseen: string[] = []
      /** Reads what was recorded in the incident since the last look (one statement): findings, captured values, shreds. */
      const look = () => {
        const found = facts.refresh()
        if (found.length === 0) return
        emit({type: 'findings', found})
        unseen.push(...found)
      }
      /**
       * Reopens the steps skipped on a condition that the findings in `found` make hold now
       * (recorded first, like a reopening by a changed answer); the walk goes back to them.
       */
      const reopenOnFindings = (found: readonly string[]) => {
        for (const [id, finding] of reopenedByFindings(rb, completedNow, skipped, found, {...ctxBase(), answers})) {
          reopenStep(id, {finding})
          result.reopened.push({step: id, finding})
          emit({type: 'reopened', step: rb.steps.find((x) => x.id === id)!, finding})
        }
      }
      for (const id of options.reanswer ?? []) await reanswer(rb.steps.find((x) => x.id === id)!, given.has(id))
      // A step an earlier walk skipped on its condition, which a finding recorded since makes hold, is walked now.
      reopenOnFindings(facts.findings)
      // A completed step's shredded answer that a later step still reads is asked for again first.
      for (const id of answersToGiveAgain(rb, state)) {
        const step = rb.steps.find((s) => s.id === id)!
        const answer = given.get(id) ?? (interactive ? await askStep(step) : undefined)
        if (answer !== undefined) recordAnswer(step, answer)
      }
      const resolve = (step: string) => (ref: TemplateRef): unknown => {
        if (ref.scope === 'answers') return answers.get(ref.key)
        if (ref.scope === 'incident') return {id: facts.id, title: facts.title, severity: facts.severity, status, link: facts.link}[ref.key] ?? ''
        if (ref.scope === 'step') {
          const s = rb.steps.find((x) => x.id === step)
          return ref.key === 'id' ? step : (s?.title ?? '')
        }
        if (ref.scope === 'runbook') return ref.key === 'name' ? rb.name : rb.title
        const {values, lost} = facts.secrets(ref.key)
        if (lost.length > 0) throw shreddedSecrets(step, ref.key, lost, incident)
        return values
      }
      /**
       * A purge's description with how many items it would preserve and delete, counted without
       * changing anything; a count that fails is said and never stops the walk.
       */
      const withCount = async (provider: ActionProvider | undefined, params: Record<string, unknown>, what: string): Promise<string> => {
        if (!provider?.count) return what
        const countCtx: ActionContext = {
          env: session.env,
          cwd: options.cwd,
          timeoutMs: Math.min(timeoutMs, COUNT_TIMEOUT_MS),
          maxRetryWaitMs: 0,
          sleep: () => Promise.resolve(),
          ...(options.signal ? {signal: options.signal} : {}),
          onWait: (wait) => emit({type: 'wait', wait}),
          preserve: () => Promise.reject(new Error('a count preserves nothing')),
          record: () => undefined,
        }
        try {
          const {count, one, many} = await provider.count(params, countCtx)
          return `${what} (would preserve and delete ${count} ${count === 1 ? one : many})`
        } catch (error) {
          if (error instanceof CancelledError) throw cancelledAt(rb.steps[current]!)
          return `${what} (count unavailable: ${(error as Error).message.replace(/\.$/, '')})`
        }
      }
      // One round past the last step: findings recorded during it may reopen an earlier one.
      steps: for (let index = 0; index <= rb.steps.length; index++) {
        current = index
        if (index === rb.steps.length) {
          look()
          reopenOnFindings(unseen.splice(0))
          if (backTo === undefined) break
          index = backTo - 1
          backTo = undefined
          continue
        }
        const step = rb.steps[index]!
        if (options.signal?.aborted) throw cancelledAt(step)
        const decided = decisions.get(step.id)
        // A decision (--skip, --done) applies once, even when a changed answer takes the walk back past it.
        decisions.delete(step.id)
        if (completedNow.has(step.id) && decided?.type !== 'done') {
          if (!result.steps.some((x) => x.id === step.id)) result.steps.push({id: step.id, status: 'already-done'})
          continue
        }
        if (decided?.type === 'skip') {
          recordSkip(step, decided.reason)
          continue
        }
        if (decided?.type === 'done') {
          complete(step, {note: decided.note})
          continue
        }
        // What was recorded since the last step (another responder's scan, say) counts for this one;
        // a step passed over on its condition that holds now comes first.
        look()
        reopenOnFindings(unseen.splice(0))
        if (backTo !== undefined) {
          index = backTo - 1
          backTo = undefined
          continue steps
        }
        const after = skippedInput(step, skipped, {...ctxBase(), answers})
        if (after !== undefined) {
          const why = skipped.get(after)?.reason
          recordSkip(step, `its input ${after} was skipped${why === undefined ? '' : ` (${why})`}`, after)
          continue
        }
        if (applies(step, {...ctxBase(), answers}) !== true) {
          completedNow.add(step.id)
          skipped.set(step.id, {})
          append([stepRecord({runbook: rb.name, step: step.id, status: 'skipped'})])
          result.steps.push({id: step.id, status: 'skipped'})
          emit({type: 'skipped', step})
          continue
        }
        emit({type: 'step', step, index, total: rb.steps.length})
        if (step.mark === 'contained') {
          openAt = {step: step.id, open: openNow(step).map((text) => mask(text).text)}
          if (openAt.open.length > 0) emit({type: 'open', step, open: openAt.open})
        }
        if (step.question && !answers.has(step.id)) {
          let answer = given.get(step.id)
          if (answer === undefined && options.yes) {
            // The runbook's default, said aloud when the findings suggest another choice: nobody saw it pre-selected.
            answer = defaultAnswer(step.question)
            const suggested = withFindingDefaults(step.question, facts.findings).default
            if (suggested !== undefined && JSON.stringify(suggested) !== JSON.stringify(step.question.default)) emit({type: 'suggested', step, taken: answer, suggested})
          }
          if (answer === undefined && interactive) answer = await askStep(step)
          // Checked before the walk began, unless a finding recorded since made this step apply.
          if (answer === undefined && !options.dryRun) throw answersNeeded([step.id], state, options.yes, facts.evidenceIdOf)
          if (answer !== undefined) recordAnswer(step, answer)
        }
        let summary: string | undefined
        if (step.action && facts.completedActions.has(step.id)) emit({type: 'already', step})
        else if (step.action) {
          const action = step.action
          const provider = ACTION_PROVIDER_TABLE[action.type][action.provider]
          const record = (stage: string, ok: boolean, detail: Record<string, unknown>) => {
            append([{incident, kind: 'action.result', keyId, body: {runbook: rb.name, step: step.id, action: action.type, provider: action.provider, stage, ok, at: session.now(), ...detail}}])
          }
          // A manual step whose own question is a yes/no asks once: its answer is the confirmation.
          const ownAnswer = action.type === 'manual' && step.question?.type === 'confirm' ? answers.get(step.id) : undefined
          let confirmed = options.yes || (action.type === 'manual' && given.has(step.id)) || ownAnswer === true
          let answeredNo = ownAnswer === false
          for (;;) {
            let params: Record<string, unknown>
            let what: string
            // Captured values recorded while the question was open are handed over too.
            look()
            try {
              params = render(action.params, resolve(step.id)) as Record<string, unknown>
              what = action.type === 'manual' ? `confirm: ${String(params.task)}` : provider!.describe(params, session.env)
            } catch (error) {
              if (!(error instanceof PlError) || !interactive || options.dryRun) throw error
              emit({type: 'failed', step, message: error.message})
              const choice = await trouble(step, {kind: 'failed', problem: error.message})
              if (backTo !== undefined) {
                // A changed answer reopened an earlier step: go back to it; this one comes again after.
                index = backTo - 1
                backTo = undefined
                continue steps
              }
              if (choice.choice === 'retry') continue
              if (choice.choice === 'stop') throw error
              if (choice.choice === 'skip') recordSkip(step, choice.reason)
              else if (choice.choice === 'by-hand') complete(step, {note: choice.note})
              continue steps
            }
            if (options.dryRun) {
              what = await withCount(provider, params, what)
              emit({type: 'would', step, what})
              result.steps.push({id: step.id, status: 'would-run', summary: what})
              continue steps
            }
            if ((DESTRUCTIVE[action.type] || action.type === 'manual') && !confirmed) {
              if (!interactive) {
                throw new UserError('usage', `Step ${step.id} would ${what}; without a terminal that needs --yes.`, {hints: ['Check the plan with --dry-run, then pass --yes.', `Or ${goOn(step.id)}.`]})
              }
              const openHere = openAt?.step === step.id && openAt.open.length > 0
              const ok = answeredNo ? false : await confirmStepAction(session.prompter, action.type === 'manual' ? {type: 'manual', task: String(params.task), ...(openHere ? {default: false} : {})} : {type: 'action', what: await withCount(provider, params, what), ...(unreachable.has(step.id) ? {warning: `unreachable at preflight: ${unreachable.get(step.id)!.replace(/^step \S+ \([^)]*\): /, '')}`} : {})})
              answeredNo = false
              if (!ok) {
                const changes = result.reanswered.length
                const choice = await trouble(step, {kind: action.type === 'manual' ? 'not-done' : 'refused'})
                if (backTo !== undefined) {
                  index = backTo - 1
                  backTo = undefined
                  continue steps
                }
                // After a changed answer the action may differ: it is confirmed again.
                if (result.reanswered.length > changes) continue
                if (choice.choice === 'stop') throw new CancelledError(`Not confirmed: step ${step.id} is still pending. Run the runbook again to resume there.`)
                if (choice.choice === 'skip') recordSkip(step, choice.reason)
                else if (choice.choice === 'by-hand') complete(step, {note: choice.note})
                // retry: a refused action goes ahead; a manual task not done is asked again.
                if (choice.choice !== 'retry') continue steps
                if (action.type === 'manual') continue
              }
              confirmed = true
            }
            if (action.type === 'manual') {
              // The one who signs the walk's entries: the enrolled responder in a store with responders.
              const who = typeof params.who === 'string' && params.who.length > 0 ? params.who : ledger.actor
              summary = `${String(params.task)} — confirmed by ${who}`
              record('done', true, {task: params.task, who, summary})
              break
            }
            const ctx: ActionContext = {
              env: session.env,
              cwd: options.cwd,
              incident: {id: facts.id, title: facts.title, severity: facts.severity, status, link: facts.link, runbook: rb.name, step: step.id, dedupKey},
              timeoutMs,
              maxRetryWaitMs,
              sleep: (ms) =>
                new Promise((r) => {
                  const timer = setTimeout(r, ms)
                  options.signal?.addEventListener('abort', () => (clearTimeout(timer), r()), {once: true})
                }),
              ...(options.signal ? {signal: options.signal} : {}),
              onWait: (wait) => emit({type: 'wait', wait}),
              preserve: (items) => preserve(ledger, incident, items),
              record,
            }
            try {
              summary = await provider!.run(params, ctx)
            } catch (error) {
              const message = error instanceof PlError ? error.message : `unexpected failure: ${(error as Error).message}`
              record('failed', false, {error: message})
              if (!(error instanceof PlError) || error.code === 'runbook-held') throw error
              if (error instanceof CancelledError) throw withContext(error, `Cancelled at step ${step.id} while waiting for the provider. Everything before it is recorded; the step is still pending and \`pl runbook run ${rb.name} --incident ${incident}\` resumes at it.`)
              if (interactive) {
                emit({type: 'failed', step, message})
                const changes = result.reanswered.length
                const choice = await trouble(step, {kind: 'failed', problem: message})
                if (backTo !== undefined) {
                  index = backTo - 1
                  backTo = undefined
                  continue steps
                }
                if (result.reanswered.length > changes) confirmed = options.yes
                if (choice.choice === 'retry') continue
                if (choice.choice === 'skip') {
                  recordSkip(step, choice.reason)
                  continue steps
                }
                if (choice.choice === 'by-hand') {
                  complete(step, {note: choice.note})
                  continue steps
                }
              }
              throw withContext(error, `Step ${step.id} failed and is still pending: ${error.message}`, {
                details: {step: step.id},
                hints: [`\`pl runbook run ${rb.name} --incident ${incident}\` resumes at this step; ${goOn(step.id)}.`],
              })
            }
            record('done', true, {summary})
            break
          }
          emit({type: 'action', step, summary})
        }
        complete(step, summary === undefined ? {} : {summary})
      }
      result.complete = !options.dryRun
      // Never a password answer: a file of answers is not a place for a secret.
      if (options.collectAnswers) result.answers = Object.fromEntries(rb.steps.filter((x) => x.question && x.question.type !== 'password' && !keptApart.has(x.id) && answers.has(x.id)).map((x) => [x.id, answers.get(x.id)!]))
      return result
    }
    let result: WalkResult
    try {
      result = await walk()
    } catch (error) {
      try {
        lease?.release()
      } catch {
        // The walk's own error is the one to report; a lease left behind is found dead or lapses.
      }
      throw error
    }
    lease?.release()
    return result
  })
}
