/**
 * How to run this pl from where the demo was started, so the commands it prints work as printed:
 * `pl` when the `pl` on PATH is this installation, else node and the path of bin/run.js (right
 * after `npm ci && npm run demo`, `pl` is not on PATH yet).
 */
import {accessSync, constants, realpathSync} from 'node:fs'
import {delimiter, isAbsolute, join, relative} from 'node:path'
import type {Env} from '../session.js'

export function plInvocation(env: Env, root: string, cwd: string): string {
  const bin = join(root, 'bin', 'run.js')
  const real = (p: string) => {
    try {
      return realpathSync(p)
    } catch {
      return undefined
    }
  }
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'pl')
    try {
      accessSync(candidate, constants.X_OK)
    } catch {
      continue
    }
    // The first pl on PATH is the one the shell runs: only ours will do.
    return real(candidate) === real(bin) ? 'pl' : nodeForm()
  }
  return nodeForm()

  function nodeForm(): string {
    const rel = relative(cwd, bin)
    const path = isAbsolute(rel) || rel.startsWith('..') ? bin : rel
    return `node ${/^[\w./+-]+$/.test(path) ? path : `'${path.replaceAll("'", `'\\''`)}'`}`
  }
}
