/** The last step of `pl redact`: a finished temporary file moved into place. */
import {linkSync, renameSync, unlinkSync} from 'node:fs'
import {UserError} from '../../errors.js'

/** Moves a finished temporary file into place, refusing to replace an existing file unless forced. */
export function commitFile(tmp: string, target: string, force: boolean): void {
  if (force) {
    renameSync(tmp, target)
    return
  }
  try {
    linkSync(tmp, target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserError('invalid-input', `${target} already exists; it was not overwritten.`, {hints: ['Pass --force to replace it, or --out for another path.']})
    }
    throw error
  } finally {
    if (!force) unlinkSync(tmp)
  }
}
