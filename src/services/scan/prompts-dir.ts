/** `--prompts DIR`: the sensitive prompts a scan or a redaction looks for, one `.txt` file each. */
import type {Dirent} from 'node:fs'
import {lstatSync, readdirSync, readFileSync, readlinkSync} from 'node:fs'
import {join} from 'node:path'
import type {KnownPrompt} from '../../domain/scan/types.js'
import {UserError} from '../../errors.js'
import {utf16Bom} from './text-kind.js'

/** Every `.txt` file of `dir` (not recursive) is a prompt named after the file. */
export function loadPrompts(dir: string): KnownPrompt[] {
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, {withFileTypes: true})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOTDIR') throw new UserError('invalid-input', `--prompts ${dir} is not a directory.`, {hints: ['Pass a directory of .txt files, one prompt per file.']})
    throw new UserError('not-found', `Cannot read the prompts directory ${dir}.`, {cause: error, hints: ['Check the path given with --prompts and its permissions.']})
  }
  const files = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.toLowerCase().endsWith('.txt')).map((e) => e.name)
  files.sort()
  if (files.length === 0) {
    throw new UserError('invalid-input', `No .txt files in the prompts directory ${dir}.`, {hints: ['Put each sensitive prompt in its own .txt file; its name (without .txt) is reported.']})
  }
  return files.map((file) => {
    const path = join(dir, file)
    let bytes: Buffer
    try {
      bytes = readFileSync(path)
    } catch (error) {
      throw unreadable(path, error)
    }
    const text = promptText(path, bytes)
    if (text.trim().length === 0) throw new UserError('invalid-input', `The prompt file ${path} is empty.`, {hints: ['Remove it or put the prompt text in it.']})
    return {name: file.slice(0, -'.txt'.length), text}
  })
}

const CANNOT_DECODE_HINT = 'Save it as text (UTF-8, or UTF-16 with a byte order mark), or move it out of the --prompts directory.'

/**
 * The text of a prompt file: UTF-8 (a leading byte order mark dropped) or UTF-16 with a byte
 * order mark, as editors on Windows save it. A file with NUL bytes or bytes that are not valid
 * UTF-8 is refused: read as text it would match nothing, and the scan would pass as clean.
 */
export function promptText(path: string, bytes: Buffer): string {
  // Stricter than an input's sniff (textKind): UTF-16 only with its mark, and no NUL anywhere in the file.
  const encoding = utf16Bom(bytes) ?? 'utf-8'
  if (encoding === 'utf-8' && bytes.includes(0)) {
    throw new UserError('invalid-input', `The prompt file ${path} is not text: it holds NUL bytes (a binary file, or UTF-16 without a byte order mark).`, {hints: [CANNOT_DECODE_HINT]})
  }
  try {
    // The decoder drops one leading byte order mark of its encoding (UTF-8's too).
    return new TextDecoder(encoding, {fatal: true}).decode(bytes)
  } catch {
    const name = encoding === 'utf-8' ? 'UTF-8' : encoding === 'utf-16le' ? 'UTF-16 (little endian, by its byte order mark)' : 'UTF-16 (big endian, by its byte order mark)'
    throw new UserError('invalid-input', `The prompt file ${path} is not valid ${name} text: some bytes cannot be decoded.`, {hints: [CANNOT_DECODE_HINT]})
  }
}

/** Why a prompt file cannot be read, naming the file once and the reason (a link that points nowhere, permissions). */
function unreadable(path: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') {
    let target: string | undefined
    try {
      if (lstatSync(path).isSymbolicLink()) target = readlinkSync(path)
    } catch {
      // Gone between the listing and now: said below as a missing file.
    }
    if (target !== undefined) {
      return new UserError('not-found', `Cannot read the prompt file ${path}: it is a symbolic link that points nowhere (${target} does not exist).`, {
        cause: error,
        hints: ['Fix the link (ln -sf TARGET), remove it, or copy the prompt file into the --prompts directory.'],
      })
    }
    return new UserError('not-found', `Cannot read the prompt file ${path}: it no longer exists.`, {cause: error, hints: ['Run the command again once the --prompts directory stays unchanged.']})
  }
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : code === 'ELOOP' ? 'too many symbolic links' : (error as Error).message
  return new UserError('not-found', `Cannot read the prompt file ${path}: ${reason}${typeof code === 'string' && !reason.includes(code) ? ` (${code})` : ''}.`, {
    cause: error,
    hints: ['Check the file and its permissions (ls -l), or move it out of the --prompts directory.'],
  })
}
