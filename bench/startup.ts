/**
 * Start-up cost of the CLI against `node -e 0`: `pl --help` (no store) and `pl incident list`
 * (opens the store with a key file and decrypts every incident).
 */
import {randomBytes} from 'node:crypto'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {measure} from './proc.js'
import type {Row} from './util.js'

async function median(runs: number, command: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push((await measure(command, args, env)).ms)
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

export async function benchStartup(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pl-bench-start-'))
  const bin = resolve('bin', 'run.js')
  const keyFile = join(dir, 'key')
  writeFileSync(keyFile, randomBytes(32).toString('hex'))
  const env = {...process.env, PL_HOME: join(dir, 'home'), PL_KEY_FILE: keyFile}
  try {
    await measure(process.execPath, [bin, 'init'], env)
    for (let i = 0; i < 5; i++) await measure(process.execPath, [bin, 'incident', 'open', '--title', `incident ${i}`, '--severity', 'P2'], env)
    const runs = 11
    const node = await median(runs, process.execPath, ['-e', '0'])
    const help = await median(runs, process.execPath, [bin, '--help'], env)
    const list = await median(runs, process.execPath, [bin, 'incident', 'list'], env)
    return [
      {name: 'pl --help vs node -e 0', ratio: help / node, goal: '≤ 2.6', met: help / node <= 2.6, detail: `${help.toFixed(0)} ms vs ${node.toFixed(0)} ms`},
      {name: 'pl incident list (5 incidents, key file) vs node -e 0', ratio: list / node, goal: '≤ 3', met: list / node <= 3, detail: `${list.toFixed(0)} ms vs ${node.toFixed(0)} ms`},
    ]
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
