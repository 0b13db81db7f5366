/**
 * The one way pl writes a file the user named (`--out`, `--answers-out`): a missing folder, a
 * folder that is a file, a path that is a directory, a forbidden or read-only place and a full
 * disk are user errors naming the path and the flag, with their own exit codes (not-found 3,
 * invalid-input 2, no-access 13, disk-full 12 via systemError) — never pl's bug. A failed write
 * leaves no partial file behind when there was none before.
 */
import type {Stats} from 'node:fs'
import {statSync, unlinkSync, writeFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {shellWord} from '../../domain/shell.js'
import {UserError, systemError} from '../../errors.js'

export interface OutputFile {
  /** The path as the user gave it. */
  path: string
  /** The flag that named it, for the hints: `--out`. */
  flag: string
}

const errno = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code

function folderError(target: OutputFile, code: string | undefined, cause?: unknown): UserError | undefined {
  const folder = dirname(target.path)
  if (code === 'ENOENT') {
    return new UserError('not-found', `Cannot write ${target.path}: the folder ${folder} does not exist. Nothing was written.`, {
      ...(cause === undefined ? {} : {cause}),
      hints: [`Create it first (mkdir -p ${shellWord(folder)}), or give another ${target.flag}.`],
    })
  }
  if (code === 'ENOTDIR') {
    return new UserError('invalid-input', `Cannot write ${target.path}: a part of ${folder} is a file, not a folder. Nothing was written.`, {
      ...(cause === undefined ? {} : {cause}),
      hints: [`Give ${target.flag} a path in an existing folder.`],
    })
  }
  return undefined
}

/**
 * Checks, before any work is done or recorded, that `target` can be written: its folder exists
 * and is a folder, and the path is not a directory. Permissions and space are found out by the write.
 */
export function checkOutputFile(target: OutputFile): void {
  if (target.path === '' || target.path.endsWith('/')) {
    throw new UserError('usage', `${target.flag} must name a file, not ${target.path === '' ? 'an empty path' : `the folder ${target.path}`}.`, {
      hints: [`Give ${target.flag} the path of the file to write.`],
    })
  }
  let folder: Stats
  try {
    folder = statSync(dirname(resolve(target.path)))
  } catch (error) {
    throw folderError(target, errno(error), error) ?? systemError(error, dirname(target.path)) ?? error
  }
  if (!folder.isDirectory()) throw folderError(target, 'ENOTDIR')!
  let info: Stats | undefined
  try {
    info = statSync(target.path)
  } catch {
    // Not there yet: the usual case.
  }
  if (info?.isDirectory() === true) {
    throw new UserError('invalid-input', `${target.path} is a folder; ${target.flag} takes the path of the file to write. Nothing was written.`, {
      hints: [`Give ${target.flag} a file path inside it.`],
    })
  }
}

/** Writes `data` to `target` (replacing a file there unless `exclusive`), every failure a user error naming the path. */
export function writeOutputFile(target: OutputFile, data: string | Uint8Array, options: {mode?: number; exclusive?: boolean} = {}): void {
  let existed = true
  try {
    statSync(target.path)
  } catch {
    existed = false
  }
  try {
    writeFileSync(target.path, data, {...(options.mode === undefined ? {} : {mode: options.mode}), flag: options.exclusive === true ? 'wx' : 'w'})
  } catch (error) {
    const code = errno(error)
    // A file begun and not finished (a full disk, a file size limit) is not left behind as if complete.
    if (!existed && code !== 'EEXIST') {
      try {
        unlinkSync(target.path)
      } catch {
        // Never created.
      }
    }
    if (code === 'EEXIST') {
      throw new UserError('invalid-input', `${target.path} already exists; it was not overwritten.`, {cause: error, hints: [`Give ${target.flag} another path.`]})
    }
    if (code === 'EISDIR') {
      throw new UserError('invalid-input', `${target.path} is a folder; ${target.flag} takes the path of the file to write. Nothing was written.`, {
        cause: error,
        hints: [`Give ${target.flag} a file path inside it.`],
      })
    }
    throw folderError(target, code, error) ?? systemError(error, target.path) ?? error
  }
}
