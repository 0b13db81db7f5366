/**
 * Where `pl redact` may write: the checks made before anything is written, so that a mistaken
 * `--out` is a user error naming the path (not a failed write half-way), and so that neither the
 * copy nor its sidecar can ever take the place of the file they are made from — whatever path
 * leads to it: a symbolic link to a directory, a symbolic or hard link to the file itself.
 */
import type {Stats} from 'node:fs'
import {accessSync, constants, lstatSync, realpathSync, statSync} from 'node:fs'
import {basename, dirname, join, resolve, sep} from 'node:path'
import {shellWord} from '../../domain/shell.js'
import {shownName} from '../../domain/terminal.js'
import {UserError} from '../../errors.js'

export interface RedactTargets {
  input: string
  /** The redacted copy. */
  output: string
  /** Its provenance sidecar, checked the same way. */
  provenance: string
  force: boolean
}

const errno = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino
}

function refuseInput(what: string, target: string, how: string): UserError {
  return new UserError('usage', `The ${what} cannot replace the file it is made from: ${shownName(target)} ${how}. Nothing was written.`, {
    hints: ['Pass another path with --out; delete the original separately once it is preserved.'],
  })
}

/** The directory a target goes into: it must exist, be a directory and be writable. Returns its real path. */
function targetDirectory(target: string): string {
  const dir = dirname(resolve(target))
  const shown = dirname(target)
  let info: Stats
  try {
    info = statSync(dir)
  } catch (error) {
    if (errno(error) === 'ENOTDIR') {
      throw new UserError('invalid-input', `Cannot write ${shownName(target)}: part of ${shownName(shown)} is a file, not a directory. Nothing was written.`, {hints: ['Pass a path in an existing directory with --out.']})
    }
    throw new UserError('not-found', `Cannot write ${shownName(target)}: the directory ${shownName(shown)} does not exist. Nothing was written.`, {
      cause: error,
      hints: [`Create it first (mkdir -p ${shellWord(shown)}), or pass a path in an existing directory with --out.`],
    })
  }
  if (!info.isDirectory()) {
    throw new UserError('invalid-input', `Cannot write ${shownName(target)}: ${shownName(shown)} is not a directory. Nothing was written.`, {hints: ['Pass a path in an existing directory with --out.']})
  }
  try {
    accessSync(dir, constants.W_OK)
  } catch (error) {
    throw new UserError('invalid-input', `Cannot write ${shownName(target)}: the directory ${shownName(shown)} is not writable. Nothing was written.`, {
      cause: error,
      hints: ['Pass a path in a directory you can write to with --out.'],
    })
  }
  return realpathSync(dir)
}

/**
 * Refuses, before anything is written, every target that is the input (by real path, or by
 * device and inode when it exists: a hard link), a directory, in a missing or unwritable
 * directory, or an existing file without `force`.
 */
export function checkRedactTargets({input, output, provenance, force}: RedactTargets): void {
  const inputInfo = statSync(input)
  const realInput = realpathSync(input)
  for (const [what, target] of [['redacted copy', output], ['provenance sidecar', provenance]] as const) {
    if (target === '' || target.endsWith('/') || target.endsWith(sep)) {
      throw new UserError('usage', `--out must name a file, not ${target === '' ? 'an empty path' : `the directory ${shownName(target)}`}.`, {
        hints: ['Pass the path of the copy to write, e.g. --out shareable/chat.jsonl.'],
      })
    }
    const realTarget = join(targetDirectory(target), basename(resolve(target)))
    if (realTarget === realInput) throw refuseInput(what, target, resolve(target) === resolve(input) ? 'is that file' : `and ${shownName(input)} are the same file (through a symbolic link)`)
    let link: Stats | undefined
    try {
      link = lstatSync(realTarget)
    } catch (error) {
      if (errno(error) !== 'ENOENT') throw new UserError('invalid-input', `Cannot check ${shownName(target)}. Nothing was written.`, {cause: error, hints: ['Check the path given with --out and its permissions.']})
    }
    if (link === undefined) continue
    let info: Stats | undefined
    try {
      info = statSync(realTarget)
    } catch {
      // A dangling symbolic link: it exists, and is replaced only with --force.
    }
    if (info !== undefined && sameFile(info, inputInfo)) throw refuseInput(what, target, `is ${link.isSymbolicLink() ? 'a symbolic' : 'a hard'} link to ${shownName(input)}`)
    if (info?.isDirectory() === true) {
      // The same name in that directory, unless that is the input itself.
      const name = realpathSync(realTarget) === dirname(realInput) ? `${basename(input)}.redacted` : basename(input)
      if (what === 'provenance sidecar') {
        throw new UserError('invalid-input', `${shownName(target)} is a directory; the provenance sidecar is written there (the copy's path plus .provenance.json). Nothing was written.`, {
          hints: [`Move or rename that directory, or pass another --out.`],
        })
      }
      throw new UserError('invalid-input', `${shownName(target)} is a directory; --out takes the path of the file to write. Nothing was written.`, {
        hints: [`Pass a file path, e.g. --out ${shownName(join(target, name))}.`],
      })
    }
    if (!force) throw new UserError('invalid-input', `${shownName(target)} already exists; it was not overwritten.`, {hints: ['Pass --force to replace it, or --out for another path.']})
  }
}
