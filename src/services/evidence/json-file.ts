/** Reading the JSON files a reviewer hands to `pl evidence verify` (checkpoints, proof bundles). */
import {readFileSync} from 'node:fs'
import {UserError} from '../../errors.js'

export function readJsonFile(path: string, what: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new UserError('not-found', `Cannot read the ${what} ${path}.`, {cause: error})
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new UserError('invalid-input', `The ${what} ${path} is not JSON.`, {cause: error})
  }
}
