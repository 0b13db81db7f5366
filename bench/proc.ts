/**
 * Runs a command to completion while sampling its resident memory from /proc (Linux), for
 * benchmarks that report peak RSS next to their time.
 */
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {median} from './util.js'

/** The environment without any PL_* variable of the person running the benchmark. */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PL_')))
}

export interface Measured {
  ms: number
  peakRssMiB: number
  code: number | null
  stdout: string
}

function rssKiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const m = /VmHWM:\s+(\d+) kB/.exec(status) ?? /VmRSS:\s+(\d+) kB/.exec(status)
    return m ? Number(m[1]) : 0
  } catch {
    return 0
  }
}

export function measure(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env, cwd?: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const t = performance.now()
    const child = spawn(command, args, {env, stdio: ['ignore', 'pipe', 'ignore'], ...(cwd === undefined ? {} : {cwd})})
    let peak = 0
    const out: Buffer[] = []
    child.stdout.on('data', (d: Buffer) => out.push(d))
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, rssKiB(child.pid))
    }, 10)
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(timer)
      resolve({ms: performance.now() - t, peakRssMiB: peak / 1024, code, stdout: Buffer.concat(out).toString('utf8')})
    })
  })
}


/**
 * Runs the commands in turn, round after round, so that each round's baseline sees the same
 * machine state as the commands compared with it; returns the median ratio to the first command
 * (and each command's standard output in the last round).
 */
export async function interleaved(
  rounds: number,
  commands: readonly {args: readonly string[]; env?: NodeJS.ProcessEnv; cwd?: string; okCodes?: readonly number[]}[],
): Promise<{ratio: number[]; ms: number[]; stdout: string[]}> {
  const times: number[][] = commands.map(() => [])
  const stdout: string[] = commands.map(() => '')
  for (let r = 0; r < rounds; r++) {
    for (const [i, c] of commands.entries()) {
      const run = await measure(process.execPath, c.args, c.env, c.cwd)
      if (c.okCodes !== undefined && !c.okCodes.includes(run.code ?? -1)) throw new Error(`${c.args[0] ?? ''} exited with ${run.code}`)
      times[i]!.push(run.ms)
      stdout[i] = run.stdout
    }
  }
  const base = times[0]!
  return {
    ms: times.map((t) => median(t)),
    ratio: times.map((t) => median(t.map((x, r) => x / base[r]!))),
    stdout,
  }
}
