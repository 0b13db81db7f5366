/**
 * The questions of a runbook walk: which incident, each step's own question, and the go-ahead
 * before an action that changes something outside pl.
 */
import type {AnswerValue, Question} from '../domain/runbook/types.js'
import type {Prompter} from './types.js'

/** An open incident as offered in the list. */
export interface IncidentChoice {
  id: string
  severity: string | null
  title: string | null
  /** false when the reader holds no grant on it (ADR 0014): its title and severity are unknown to them. */
  access?: false
}

export async function askWhichIncident(prompter: Prompter, open: readonly IncidentChoice[]): Promise<string> {
  return prompter.select({message: 'Which incident?', choices: open.map((i) => ({name: i.access === false ? `${i.id}  (no access)` : `${i.id}  ${i.severity ?? '?'}  ${i.title ?? '(shredded title)'}`, value: i.id}))})
}

/** Asks a step's question; `note` follows the message (why it is asked again); a text answer is echoed as `shown` makes it. */
export async function askStepQuestion(prompter: Prompter, q: Question, note?: string, shown?: (value: string) => string): Promise<AnswerValue> {
  const message = note ? `${q.message} (${note})` : q.message
  switch (q.type) {
    case 'confirm':
      return prompter.confirm({message, ...(typeof q.default === 'boolean' ? {default: q.default} : {})})
    case 'input':
      return prompter.input({message, ...(typeof q.default === 'string' ? {default: q.default} : {}), ...(shown ? {shown} : {})})
    case 'password':
      return prompter.password({message, validate: (v) => (v.length > 0 ? true : 'Enter a value (it is not shown).')})
    case 'select':
      return prompter.select({message, choices: q.choices!.map((c) => ({name: c.name, value: c.value})), ...(typeof q.default === 'string' ? {default: q.default} : {})})
    case 'checkbox': {
      const d = Array.isArray(q.default) ? q.default : []
      return prompter.checkbox({message, choices: q.choices!.map((c) => ({name: c.name, value: c.value, checked: d.includes(c.value)}))})
    }
  }
}

/**
 * A manual step asks whether its task is done (yes by default, unless `default` says no); any other action asks for the
 * go-ahead to do `what` (no by default), with `warning` when preflight found its address unreachable.
 */
export async function confirmStepAction(prompter: Prompter, action: {type: 'manual'; task: string; default?: boolean} | {type: 'action'; what: string; warning?: string}): Promise<boolean> {
  return action.type === 'manual'
    ? prompter.confirm({message: `Done? ${action.task}`, default: action.default ?? true})
    : prompter.confirm({message: `Go ahead: ${action.what}?${action.warning === undefined ? '' : ` (${action.warning})`}`, default: false})
}

/** What the responder chose for a step that failed, was refused, or whose manual task is not done. */
export type StepTroubleChoice = {choice: 'retry'} | {choice: 'skip'; reason: string} | {choice: 'by-hand'; note: string} | {choice: 'reanswer'; step: string} | {choice: 'stop'}

export interface StepTrouble {
  step: string
  /** failed: the action threw; refused: "No" to the go-ahead; not-done: "No" to a manual task. */
  kind: 'failed' | 'refused' | 'not-done'
  /** The failure's message (kind failed). */
  problem?: string
  /** Earlier answers that can be changed ("change an earlier answer"), by step id, with how each is shown. */
  answered?: readonly {step: string; shown: string}[]
  /** How a typed reason or note is echoed once given: masked as it is recorded (ADR 0038). */
  shown?: (value: string) => string
}

const required = (what: string) => (v: string) => (v.trim().length > 0 ? true : `Enter ${what}; it is recorded.`)

/**
 * A step that failed or was refused never blocks the rest: retry it (or go ahead after all), skip
 * it with a reason, record it as done by hand with a note, or stop with the step pending. A manual
 * task not done yet is asked again, skipped, or left pending.
 */
export async function askStepTrouble(prompter: Prompter, t: StepTrouble): Promise<StepTroubleChoice> {
  const message =
    t.kind === 'failed' ? `Step ${t.step} failed: ${(t.problem ?? 'see above').replace(/\.$/, '')}. What now?` : t.kind === 'refused' ? `Step ${t.step} was not confirmed. What now?` : `Step ${t.step} is not done. What now?`
  const first = t.kind === 'failed' ? 'Retry it now' : t.kind === 'refused' ? 'Go ahead after all' : 'Ask again'
  const choice = await prompter.select({
    message,
    choices: [
      {name: first, value: 'retry' as const},
      {name: 'Skip it, with a reason (recorded; later steps go on)', value: 'skip' as const},
      ...(t.kind === 'not-done' ? [] : [{name: 'Done by hand (record who did what)', value: 'by-hand' as const}]),
      ...(t.answered !== undefined && t.answered.length > 0 ? [{name: 'Change an earlier answer, then retry', value: 'reanswer' as const}] : []),
      {name: 'Stop here (the step stays pending; a rerun resumes at it)', value: 'stop' as const},
    ],
    default: t.kind === 'refused' ? 'skip' : 'retry',
  })
  const shown = t.shown === undefined ? {} : {shown: t.shown}
  if (choice === 'skip') return {choice, reason: (await prompter.input({message: `Why is ${t.step} skipped?`, validate: required('a reason'), ...shown})).trim()}
  if (choice === 'by-hand') return {choice, note: (await prompter.input({message: `Who did what for ${t.step}, and how?`, validate: required('a note'), ...shown})).trim()}
  if (choice === 'reanswer') {
    const step = await prompter.select({message: 'Which answer?', choices: (t.answered ?? []).map((a) => ({name: `${a.step}: ${a.shown}`, value: a.step}))})
    return {choice, step}
  }
  return {choice}
}
