/**
 * Start-up cost of the CLI against `node -e 0`: `pl --help` (no store) and `pl incident list`
 * (opens the store with a key file and decrypts every incident).
 */
import {randomBytes} from 'node:crypto'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {cleanEnv, interleaved, measure} from './proc.js'
import type {Row} from './util.js'

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
