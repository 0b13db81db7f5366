/** `--prompts DIR`: the sensitive prompts a scan or a redaction looks for, one `.txt` file each. */
import type {Dirent} from 'node:fs'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {KnownPrompt} from '../../domain/scan/types.js'
import {UserError} from '../../errors.js'

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
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      throw new UserError('not-found', `Cannot read the prompt file ${path}.`, {cause: error})
    }
    if (text.trim().length === 0) throw new UserError('invalid-input', `The prompt file ${path} is empty.`, {hints: ['Remove it or put the prompt text in it.']})
    return {name: file.slice(0, -'.txt'.length), text}
  })
}
