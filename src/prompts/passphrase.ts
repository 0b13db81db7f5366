/**
 * The store passphrase, asked at a terminal: once to open a store, twice (with a length rule) to
 * create one. Returned as typed; the caller encodes and wipes it.
 */
import {UserError} from '../errors.js'
import type {Prompter} from './types.js'

/** The passphrase of an existing store. */
export function askPassphrase(prompter: Prompter): Promise<string> {
  return prompter.password({message: 'Evidence store passphrase'})
}

/** A new store's passphrase, typed twice; two different answers create nothing. */
export async function askNewPassphrase(prompter: Prompter): Promise<string> {
  const first = await prompter.password({
    message: 'New passphrase for the evidence store (12+ characters)',
    validate: (v) => (v.length >= 12 ? true : 'Use at least 12 characters: this passphrase protects leaked secrets.'),
  })
  const second = await prompter.password({message: 'Repeat the passphrase'})
  if (first !== second) throw new UserError('invalid-input', 'The two passphrases differ. Nothing was created.', {hints: ['Run `pl init` again.']})
  return first
}
