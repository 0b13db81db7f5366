/**
 * A Prompter that answers from a script, in order, and records every question asked: the flows
 * in src/prompts are tested through it without a terminal.
 */
import assert from 'node:assert/strict'
import type {Choice, Prompter} from '../../src/prompts/types.js'

export type Method = 'input' | 'password' | 'confirm' | 'select' | 'checkbox'

export interface Asked {
  method: Method
  message: string
  default?: unknown
  choices?: readonly Choice<string>[]
  validate?: (value: string) => string | true
  /** How an input's answer is echoed once given (masked: ADR 0038). */
  shown?: (value: string) => string
}

export class ScriptedPrompter implements Prompter {
  readonly interactive: boolean
  readonly asked: Asked[] = []
  readonly #answers: [Method, unknown][]

  constructor(answers: [Method, unknown][], interactive = true) {
    this.#answers = [...answers]
    this.interactive = interactive
  }

  #next<T>(method: Method, question: Omit<Asked, 'method'>): Promise<T> {
    this.asked.push({method, ...question})
    const answer = this.#answers.shift()
    assert.ok(answer, `no scripted answer left for ${method} "${question.message}"`)
    assert.equal(answer[0], method, `"${question.message}" was asked with ${method}, the script expected ${answer[0]}`)
    return Promise.resolve(answer[1] as T)
  }

  /** Every scripted answer was asked for. */
  done(): void {
    assert.deepEqual(this.#answers, [], 'scripted answers left unasked')
  }

  input(o: {message: string; default?: string; validate?: (value: string) => string | true; shown?: (value: string) => string}): Promise<string> {
    return this.#next('input', o)
  }

  password(o: {message: string; validate?: (value: string) => string | true}): Promise<string> {
    return this.#next('password', o)
  }

  confirm(o: {message: string; default?: boolean}): Promise<boolean> {
    return this.#next('confirm', o)
  }

  select<T extends string>(o: {message: string; choices: readonly Choice<T>[]; default?: T}): Promise<T> {
    return this.#next('select', o)
  }

  checkbox<T extends string>(o: {message: string; choices: readonly Choice<T>[]; required?: boolean}): Promise<T[]> {
    return this.#next('checkbox', o)
  }
}
