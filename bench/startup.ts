/**
 * Start-up cost of the CLI against `node -e 0`: `pl --help` (no store) and `pl incident list`
 * (opens the store with a key file and decrypts every incident).
 */
import {randomBytes} from 'node:crypto'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {cleanEnv, measure} from './proc.js'
import type {Row} from './util.js'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/**
 * Runs the commands in turn, round after round, so that each round's baseline sees the same
 * machine state as the commands compared with it; returns the median ratio to the first command.
 */
async function interleaved(rounds: number, commands: readonly {args: readonly string[]; env?: NodeJS.ProcessEnv}[]): Promise<{ratio: number[]; ms: number[]}> {
  const times: number[][] = commands.map(() => [])
  for (let r = 0; r < rounds; r++) {
    for (const [i, c] of commands.entries()) times[i]!.push((await measure(process.execPath, c.args, c.env)).ms)
  }
  const base = times[0]!
  return {
    ms: times.map((t) => median(t)),
    ratio: times.map((t) => median(t.map((x, r) => x / base[r]!))),
  }
}

export async function benchStartup(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pl-bench-start-'))
  const bin = resolve('bin', 'run.js')
  const keyFile = join(dir, 'key')
  writeFileSync(keyFile, randomBytes(32).toString('hex'))
  const env = {...cleanEnv(), PL_HOME: join(dir, 'home'), PL_KEY_FILE: keyFile}
  try {
    await measure(process.execPath, [bin, 'init'], env)
    for (let i = 0; i < 5; i++) await measure(process.execPath, [bin, 'incident', 'open', '--title', `incident ${i}`, '--severity', 'P2'], env)
    const {ms, ratio} = await interleaved(15, [{args: ['-e', '0']}, {args: [bin, '--help'], env}, {args: [bin, 'incident', 'list'], env}])
    const [node, help, list] = ms as [number, number, number]
    const [, helpRatio, listRatio] = ratio as [number, number, number]
    return [
      {name: 'pl --help vs node -e 0', ratio: helpRatio, goal: '≤ 2.6', met: helpRatio <= 2.6, detail: `median ${help.toFixed(0)} ms vs ${node.toFixed(0)} ms`},
      {name: 'pl incident list (5 incidents, key file) vs node -e 0', ratio: listRatio, goal: '≤ 3', met: listRatio <= 3, detail: `median ${list.toFixed(0)} ms vs ${node.toFixed(0)} ms`},
    ]
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
