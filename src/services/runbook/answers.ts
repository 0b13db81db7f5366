/**
 * Answers given without asking: read from an --answers file, checked against the runbook's
 * questions, and the error that names what a walk without a terminal still needs.
 */
import {readFileSync} from 'node:fs'
import {parse as parseYaml} from 'yaml'
import {evidenceId} from '../../domain/evidence.js'
import type {AnswerValue, Runbook} from '../../domain/runbook/types.js'
import type {WalkState} from '../../domain/runbook/walk.js'
import {coerceAnswer} from '../../domain/runbook/walk.js'
import {UserError} from '../../errors.js'

/** Reads an answers file (YAML or JSON, a mapping of step id to answer). */
export function readAnswersFile(file: string): Map<string, unknown> {
  let data: unknown
  try {
    data = parseYaml(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new UserError('invalid-input', `Cannot read the answers file ${file}: ${(error as Error).message.split('\n')[0]}`, {hints: ['It is YAML or JSON: a mapping of step id to answer.']})
  }
  if (data === null || data === undefined) return new Map()
  if (typeof data !== 'object' || Array.isArray(data)) throw new UserError('invalid-input', `The answers file ${file} must be a mapping of step id to answer.`)
  return new Map(Object.entries(data as Record<string, unknown>))
}

/** The scripted answers as typed values; one that names no question step, or does not fit it, is refused. */
export function givenAnswers(rb: Runbook, scripted: ReadonlyMap<string, unknown>): Map<string, AnswerValue> {
  const given = new Map<string, AnswerValue>()
  for (const [k, v] of scripted) {
    const step = rb.steps.find((s) => s.id === k)
    if (!step?.question) throw new UserError('invalid-input', `The answers file names "${k}", which is not a question step of ${rb.name}.`, {hints: [`Question steps: ${rb.steps.filter((s) => s.question).map((s) => s.id).join(', ')}.`]})
    const c = coerceAnswer(step.question, v)
    if ('error' in c) throw new UserError('invalid-input', `The answer to "${k}" is not valid: ${c.error}.`)
    given.set(k, c.value)
  }
  return given
}

/**
 * A walk without a terminal that needs answers, some of them password answers that were
 * crypto-shredded: they are named (with their evidence ids) and must be given again.
 */
export function answersNeeded(missing: readonly string[], state: WalkState, yes: boolean, idOf: (seq: number) => string = evidenceId): UserError {
  const gone = missing.filter((step) => state.shredded.has(step))
  const hint = `Give them in --answers FILE (YAML or JSON by step id), e.g. "${gone[0] ?? missing[0]}: …"${yes || gone.length === missing.length ? '' : ', or pass --yes to take the defaults'}.`
  if (gone.length === 0) return new UserError('usage', `No terminal to ask on, and no answer for: ${missing.join(', ')}.`, {details: {missing}, hints: [hint]})
  const one = gone.length === 1
  const named = gone.map((step) => `${step} (${idOf(state.shredded.get(step)!)})`).join(', ')
  const others = missing.filter((step) => !state.shredded.has(step))
  return new UserError(
    'usage',
    `No terminal to ask on, and the password answer${one ? '' : 's'} to ${named} ${one ? 'was' : 'were'} crypto-shredded: the walk needs ${one ? 'it' : 'them'} again.${others.length > 0 ? ` No answer either for: ${others.join(', ')}.` : ''}`,
    {
      details: {missing, shredded: gone.map((step) => ({step, id: idOf(state.shredded.get(step)!)}))},
      hints: [hint, 'Keep that file private and delete it after the walk; or run on a terminal to be asked (the answer is not shown).'],
    },
  )
}
