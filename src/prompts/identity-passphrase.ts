/**
 * A responder's identity passphrase, asked at a terminal (issue 17): it protects their own keys,
 * not a store's, so it is named apart from the store passphrase.
 */
import {UserError} from '../errors.js'
import {PASSPHRASE_TRIES} from './passphrase.js'
import type {Prompter} from './types.js'

export function askIdentityPassphrase(prompter: Prompter, attempt = 1): Promise<string> {
  const message = attempt === 1 ? 'Your responder identity passphrase' : `Wrong identity passphrase, try again (${attempt} of ${PASSPHRASE_TRIES})`
  return prompter.password({message})
}

export async function askNewIdentityPassphrase(prompter: Prompter): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const first = await prompter.password({
      message: attempt === 1 ? 'New passphrase for your responder identity (12+ characters)' : 'The two passphrases differ. New identity passphrase (12+ characters)',
      validate: (v) => (v.length >= 12 ? true : 'Use at least 12 characters: this passphrase protects your signing key.'),
    })
    const second = await prompter.password({message: 'Repeat the passphrase'})
    if (first === second) return first
    if (attempt === PASSPHRASE_TRIES) {
      throw new UserError('invalid-input', `The two passphrases differed ${PASSPHRASE_TRIES} times. No identity was created.`, {
        hints: ['Run `pl responder init` again when you are ready.'],
      })
    }
  }
}
