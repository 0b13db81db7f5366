/**
 * The store passphrase, asked at a terminal: to open a store (up to three tries, as sudo does),
 * and twice (with a length rule) to create one, asking again when the repeat differs. Returned
 * as typed; the caller encodes and wipes it.
 */
import {UserError} from '../errors.js'
import type {Prompter} from './types.js'

/** How many times a person may type a passphrase before pl gives up. */
export const PASSPHRASE_TRIES = 3

/** The passphrase of an existing store; `attempt` (1-based) > 1 says the previous one was wrong. */
export function askPassphrase(prompter: Prompter, attempt = 1): Promise<string> {
  const message = attempt === 1 ? 'Evidence store passphrase' : `Wrong passphrase, try again (${attempt} of ${PASSPHRASE_TRIES})`
  return prompter.password({message})
}

/** A new store's passphrase, typed twice; a repeat that differs asks for both again, three times at most. */
export async function askNewPassphrase(prompter: Prompter): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const first = await prompter.password({
      message: attempt === 1 ? 'New passphrase for the evidence store (12+ characters)' : 'The two passphrases differ. New passphrase (12+ characters)',
      validate: (v) => (v.length >= 12 ? true : 'Use at least 12 characters: this passphrase protects leaked secrets.'),
    })
    const second = await prompter.password({message: 'Repeat the passphrase'})
    if (first === second) return first
    if (attempt === PASSPHRASE_TRIES) {
      throw new UserError('invalid-input', `The two passphrases differed ${PASSPHRASE_TRIES} times. Nothing was created.`, {
        hints: ['Run `pl init` again when you are ready; type the same passphrase twice.'],
      })
    }
  }
}

/** Three wrong passphrases typed at the terminal: what a person can check. */
export function tooManyTries(storePath: string): UserError {
  return new UserError('wrong-passphrase', `${PASSPHRASE_TRIES} incorrect passphrase attempts: the store stays locked. Nothing was written.`, {
    hints: [`Check Caps Lock and the keyboard layout, and that ${storePath} is the store you meant (--store or PL_HOME).`],
  })
}
