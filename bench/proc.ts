/**
 * Runs a command to completion while sampling its resident memory from /proc (Linux), for
 * benchmarks that report peak RSS next to their time.
 */
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'

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

export function measure(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const t = performance.now()
    const child = spawn(command, args, {env, stdio: ["ignore", "pipe", "ignore"]})
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
