/**
 * What services may ask a person. Services receive a Prompter; the inquirer implementation lives
 * in ./inquirer.ts and tests pass scripted answers.
 */
export interface Choice<T extends string> {
  name: string
  value: T
  description?: string
  checked?: boolean
}

export interface Prompter {
  /** True when a person can answer (standard input and error are terminals). */
  readonly interactive: boolean
  input(options: {message: string; default?: string; validate?: (value: string) => string | true}): Promise<string>
  password(options: {message: string; validate?: (value: string) => string | true}): Promise<string>
  confirm(options: {message: string; default?: boolean}): Promise<boolean>
  select<T extends string>(options: {message: string; choices: readonly Choice<T>[]; default?: T}): Promise<T>
  checkbox<T extends string>(options: {message: string; choices: readonly Choice<T>[]; required?: boolean}): Promise<T[]>
}

/** A Prompter for runs without a terminal: any question is a programming error upstream. */
export const noPrompter: Prompter = {
  interactive: false,
  input: () => Promise.reject(new Error('no terminal to ask on')),
  password: () => Promise.reject(new Error('no terminal to ask on')),
  confirm: () => Promise.reject(new Error('no terminal to ask on')),
  select: () => Promise.reject(new Error('no terminal to ask on')),
  checkbox: () => Promise.reject(new Error('no terminal to ask on')),
}
