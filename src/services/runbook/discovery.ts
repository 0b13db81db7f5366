/**
 * Finding and checking runbooks: the shipped ones, those in $PL_HOME/runbooks and those of --dir.
 * Invalid files are reported, never used.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {RunbookProblem} from '../../domain/runbook/parse.js'
import {formatProblem, parseRunbook} from '../../domain/runbook/parse.js'
import type {Runbook} from '../../domain/runbook/types.js'
import {UserError} from '../../errors.js'
import type {Env} from '../session.js'
import {plHome} from '../session.js'

export interface RunbookSource {
  runbook: Runbook
  source: 'shipped' | 'user'
}

/** The shipped runbooks folder of the installed package. */
export function shippedRunbookDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url))
  // Compiled: dist/src/services/runbook/ (four levels below the package); from source: three.
  const candidates = [join(here, '..', '..', '..', '..', 'runbooks'), join(here, '..', '..', '..', 'runbooks')]
  return candidates.find((d) => existsSync(d)) ?? candidates[0]!
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f))
}

export function checkRunbookFile(file: string): {file: string; runbook?: Runbook; problems: RunbookProblem[]} {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new UserError('not-found', `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`)
  }
  return {file, ...parseRunbook(text, file)}
}

export function invalidRunbook(problems: readonly RunbookProblem[]): UserError {
  return new UserError('invalid-input', `The runbook is invalid; nothing was run:\n${problems.map(formatProblem).join('\n')}`, {
    details: {problems},
    hints: ['Fix it and check with `pl runbook validate FILE`. docs/runbooks.md describes the format.'],
  })
}

/** A runbook file that must be valid. */
export function loadRunbookFile(file: string): Runbook {
  const r = checkRunbookFile(file)
  if (!r.runbook) throw invalidRunbook(r.problems)
  return r.runbook
}

/**
 * All runbooks: shipped first, then $PL_HOME/runbooks, then --dir; a later one of the same name
 * replaces an earlier one. Invalid files are reported, never used.
 */
export function listRunbooks(env: Env, dir?: string): {runbooks: RunbookSource[]; problems: RunbookProblem[]} {
  const byName = new Map<string, RunbookSource>()
  const problems: RunbookProblem[] = []
  const dirs: [string, RunbookSource['source']][] = [[shippedRunbookDir(), 'shipped'], [join(plHome(env), 'runbooks'), 'user'], ...(dir ? [[dir, 'user'] as [string, 'user']] : [])]
  for (const [d, source] of dirs) {
    for (const file of yamlFiles(d)) {
      const r = checkRunbookFile(file)
      if (r.runbook) byName.set(r.runbook.name, {runbook: r.runbook, source})
      else problems.push(...r.problems)
    }
  }
  return {runbooks: [...byName.values()].sort((a, b) => a.runbook.name.localeCompare(b.runbook.name)), problems}
}

export function findRunbook(env: Env, name: string, dir?: string): RunbookSource {
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return {runbook: loadRunbookFile(name), source: 'user'}
  const {runbooks, problems} = listRunbooks(env, dir)
  const found = runbooks.find((r) => r.runbook.name === name)
  if (found) return found
  const broken = problems.filter((p) => basename(p.file).replace(/\.ya?ml$/, '') === name)
  if (broken.length > 0) throw invalidRunbook(broken)
  throw new UserError('not-found', `No runbook named ${name}.`, {hints: [`Known: ${runbooks.map((r) => r.runbook.name).join(', ') || 'none'}. List them with \`pl runbook list\`.`]})
}
