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
}

export async function askWhichIncident(prompter: Prompter, open: readonly IncidentChoice[]): Promise<string> {
  return prompter.select({message: 'Which incident?', choices: open.map((i) => ({name: `${i.id}  ${i.severity ?? '?'}  ${i.title ?? '(shredded title)'}`, value: i.id}))})
}

/** Asks a step's question; `note` follows the message (why it is asked again). */
export async function askStepQuestion(prompter: Prompter, q: Question, note?: string): Promise<AnswerValue> {
  const message = note ? `${q.message} (${note})` : q.message
  switch (q.type) {
    case 'confirm':
      return prompter.confirm({message, ...(typeof q.default === 'boolean' ? {default: q.default} : {})})
    case 'input':
      return prompter.input({message, ...(typeof q.default === 'string' ? {default: q.default} : {})})
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
 * A manual step asks whether its task is done (yes by default); any other action asks for the
 * go-ahead to do `what`.
 */
export async function confirmStepAction(prompter: Prompter, action: {type: 'manual'; task: string} | {type: 'action'; what: string}): Promise<boolean> {
  return action.type === 'manual'
    ? prompter.confirm({message: `Done? ${action.task}`, default: true})
    : prompter.confirm({message: `Go ahead: ${action.what}?`, default: false})
}
