/**
 * The only importer of inquirer. Prompts are drawn on standard error so that standard output stays
 * clean for results (and for --json); questions and choices, which quote runbook text, are drawn
 * without control characters. Ctrl-C becomes a CancelledError (exit 130).
 */
import {checkbox, confirm, input, password, select} from '@inquirer/prompts'
import {CancelledError} from '../errors.js'
import {forTerminal as clean} from '../render/terminal.js'
import type {Prompter} from './types.js'

/** Where prompts read and draw; tests pass in-memory streams. */
export type PromptContext = NonNullable<Parameters<typeof input>[1]>

async function asked<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new CancelledError()
    }
    throw error
  }
}

export function inquirerPrompter(interactive: boolean, streams: PromptContext = {}): Prompter {
  const context: PromptContext = {output: process.stderr, clearPromptOnDone: false, ...streams}
  return {
    interactive,
    input: (o) => {
      const shown = o.shown
      return asked(() =>
        input(
          {
            message: clean(o.message),
            ...(o.default === undefined ? {} : {default: o.default}),
            ...(o.validate ? {validate: o.validate} : {}),
            ...(shown ? {transformer: (value: string, {isFinal}: {isFinal: boolean}) => (isFinal ? shown(value) : value)} : {}),
          },
          context,
        ),
      )
    },
    password: (o) => asked(() => password({message: clean(o.message), mask: false, ...(o.validate ? {validate: o.validate} : {})}, context)),
    confirm: (o) => asked(() => confirm({message: clean(o.message), ...(o.default === undefined ? {} : {default: o.default})}, context)),
    select: (o) =>
      asked(() =>
        select(
          {
            message: clean(o.message),
            choices: o.choices.map((c) => ({name: clean(c.name), value: c.value, ...(c.description ? {description: clean(c.description)} : {})})),
            ...(o.default === undefined ? {} : {default: o.default}),
          },
          context,
        ),
      ),
    checkbox: (o) =>
      asked(() =>
        checkbox(
          {
            message: clean(o.message),
            choices: o.choices.map((c) => ({name: clean(c.name), value: c.value, checked: c.checked ?? false})),
            ...(o.required ? {required: true} : {}),
          },
          context,
        ),
      ),
  }
}
