/**
 * What a scan reads: the inputs named on the command line, expanded through directories and the
 * symbolic links in them (never in a loop; each file once, under the first path it was reached
 * by). A path that cannot be walked is recorded in `stats.errors` and the walk goes on.
 */
import type {Dirent} from 'node:fs'
import {readdir, readlink, realpath, stat} from 'node:fs/promises'
import {join} from 'node:path'
import type {ScanStats} from '../../domain/scan/report.js'
import {errorMessage} from './error-message.js'

/** The path given for standard input. */
export const STDIN = '-'

export interface Source {
  path: string
  /** Known for a regular file. */
  size?: number
  /** Read as standard input is, to its end: `-`, or a pipe or a device named on the command line. */
  stream?: boolean
  /** Named on the command line, not found in a directory: one that cannot be scanned makes the scan incomplete. */
  named?: boolean
}

interface Walk {
  sources: Source[]
  stats: ScanStats
  /** Real paths of the directories walked: one reached again through a link is not walked twice. */
  walked: Set<string>
  /** Device and inode of the files taken: one reached by a second path (a link, named twice) is scanned once. */
  files: Set<string>
}

/** Takes a regular file once, under the first path it was reached by. */
function addFile(walk: Walk, path: string, info: {dev: number; ino: number; size: number}, named = false): void {
  const id = `${info.dev}:${info.ino}`
  if (walk.files.has(id)) {
    walk.stats.skippedRepeatedFiles = (walk.stats.skippedRepeatedFiles ?? 0) + 1
    return
  }
  walk.files.add(id)
  walk.sources.push(named ? {path, size: info.size, named} : {path, size: info.size})
}

async function walkDirectory(walk: Walk, path: string): Promise<void> {
  const {stats} = walk
  let entries: Dirent[]
  try {
    const real = await realpath(path)
    if (walk.walked.has(real)) {
      stats.skippedRepeated = (stats.skippedRepeated ?? 0) + 1
      return
    }
    walk.walked.add(real)
    entries = await readdir(path, {withFileTypes: true})
  } catch (error) {
    stats.errors.push({path, message: errorMessage(error)})
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const child = join(path, entry.name)
    if (entry.isDirectory()) await walkDirectory(walk, child)
    else if (entry.isFile() || entry.isSymbolicLink()) await walkEntry(walk, child, entry.isSymbolicLink())
    else stats.skippedSpecial = (stats.skippedSpecial ?? 0) + 1
  }
}

/** A file or a symbolic link found in a directory: a link is followed, and scanned under its own path. */
async function walkEntry(walk: Walk, path: string, link: boolean): Promise<void> {
  const {stats} = walk
  let info
  try {
    info = await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (link && code === 'ENOENT') {
      const target = await readlink(path).catch(() => undefined)
      stats.errors.push({path, message: target === undefined ? 'dangling symbolic link' : `dangling symbolic link to ${target}`})
    } else if (link && code === 'ELOOP') {
      stats.errors.push({path, message: 'symbolic link loop'})
    } else {
      stats.errors.push({path, message: errorMessage(error)})
    }
    return
  }
  if (info.isFile()) addFile(walk, path, info)
  else if (info.isDirectory()) await walkDirectory(walk, path)
  else stats.skippedSpecial = (stats.skippedSpecial ?? 0) + 1
}

/** Why a path named on the command line cannot be read: a dangling link says where it points. */
async function danglingLink(path: string, error: unknown): Promise<string> {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    const target = await readlink(path).catch(() => undefined)
    if (target !== undefined) return `dangling symbolic link to ${target}`
  }
  return errorMessage(error)
}

export async function collectSources(inputs: readonly string[], stats: ScanStats): Promise<Source[]> {
  const walk: Walk = {sources: [], stats, walked: new Set(), files: new Set()}
  for (const input of inputs) {
    if (input === STDIN) {
      walk.sources.push({path: STDIN, stream: true, named: true})
      continue
    }
    let info
    try {
      info = await stat(input)
    } catch (error) {
      stats.errors.push({path: input, message: await danglingLink(input, error)})
      continue
    }
    if (info.isFile()) addFile(walk, input, info, true)
    else if (info.isDirectory()) await walkDirectory(walk, input)
    // Named on the command line, a pipe (`<(cmd)`, a FIFO) or a device is read like standard input.
    else if (info.isFIFO() || info.isCharacterDevice()) walk.sources.push({path: input, stream: true, named: true})
    else stats.errors.push({path: input, message: 'not a regular file, directory or pipe'})
  }
  return walk.sources
}
