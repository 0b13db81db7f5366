/** A runbook after parsing and validation. Pure types. */
import type {Phase} from '../entry.js'
import type {ActionType, QuestionType} from './catalog.js'

export interface Choice {
  value: string
  name: string
}

export interface Question {
  type: QuestionType
  message: string
  default?: string | boolean | string[]
  choices?: Choice[]
}

/** A condition on earlier answers or on the incident. */
export type Condition =
  | {answer: string; equals?: string | boolean; includes?: string}
  | {class: string}
  | {finding: string}
  | {all: Condition[]}
  | {any: Condition[]}
  | {not: Condition}

export interface ActionSpec {
  type: ActionType
  provider: string
  params: Record<string, unknown>
}

export interface Step {
  id: string
  title: string
  instructions?: string
  question?: Question
  when?: Condition
  action?: ActionSpec
  mark?: Phase
}

export interface Runbook {
  name: string
  title: string
  description?: string
  classes: string[]
  steps: Step[]
  file: string
}

export type AnswerValue = string | boolean | string[]
