/**
 * What services may ask a person. Services receive a Prompter; the inquirer implementation lives
 * in ./inquirer.ts and tests pass scripted answers.
 */
import {UserError} from '../errors.js'
export interface Choice<T extends string> {
  name: string
  value: T
  description?: string
  checked?: boolean
}

export interface Prompter {
  /** True when a person can answer (standard input and error are terminals). */
  readonly interactive: boolean
  /** `shown`: how the answer is echoed once given (masked: ADR 0038); the answer itself is returned as typed. */
  input(options: {message: string; default?: string; validate?: (value: string) => string | true; shown?: (value: string) => string}): Promise<string>
  password(options: {message: string; validate?: (value: string) => string | true}): Promise<string>
  confirm(options: {message: string; default?: boolean}): Promise<boolean>
  select<T extends string>(options: {message: string; choices: readonly Choice<T>[]; default?: T}): Promise<T>
  checkbox<T extends string>(options: {message: string; choices: readonly Choice<T>[]; required?: boolean}): Promise<T[]>
}

/**
 * A question nobody can answer. Callers check `interactive` and ask for the flag first, so this
 * is a last guard; it still names a way out rather than looking like a bug.
 */
function noTerminal(options: {message: string}): Promise<never> {
  return Promise.reject(
    new UserError('usage', `No terminal to ask on: "${options.message}".`, {
      hints: ['Give the answer as a flag (see the command\'s --help), or run on a terminal.'],
    }),
  )
}

/** A Prompter for runs without a terminal: every question fails with a usage error. */
export const noPrompter: Prompter = {
  interactive: false,
  input: noTerminal,
  password: noTerminal,
  confirm: noTerminal,
  select: noTerminal,
  checkbox: noTerminal,
}
