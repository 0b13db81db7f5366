/**
 * The parent side of the sandbox: each model call is a fresh Node process with
 * - an empty environment, save the one credential variable;
 * - Node's permission model: file reads only below the directories given (pl's compiled replay
 *   and domain code), no file writes, no child processes, no worker threads;
 * - network only to `allowNet` (enforced inside the child by guard.ts before the job is read);
 * - a wall-clock limit (SIGKILL) and a cap on the bytes it may write.
 */
import {spawn} from 'node:child_process'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {NetAllowance, SandboxFailure, SandboxOutput} from './guard.js'

export interface SandboxOptions {
  /** The script to run (compiled JavaScript); its directory is readable. */
  entry: string
  /** Further readable directories. */
  allowRead?: readonly string[]
  allowNet?: NetAllowance
  /** The only environment variables the child gets. */
  env?: Readonly<Record<string, string>>
  timeoutMs: number
  maxOutputBytes: number
  input: unknown
}

export class SandboxError extends Error {
  constructor(
    message: string,
    readonly kind: SandboxFailure['kind'] | 'timeout' | 'output-cap' | 'crash',
    readonly status?: number,
  ) {
    super(message)
    this.name = 'SandboxError'
  }
}

const here = dirname(fileURLToPath(import.meta.url))

/** The compiled child and what it needs to read: src/replay and src/domain of this build. */
export const MODEL_CHILD = {entry: join(here, 'child.js'), allowRead: [here, join(here, '..', 'domain')]}

export function runSandboxed<R>(options: SandboxOptions): Promise<R> {
  // Each directory once: Node 20 aborts on a path given twice.
  const reads = [...new Set([dirname(options.entry), ...(options.allowRead ?? [])].map((d) => join(d, '*')))].map((d) => `--allow-fs-read=${d}`)
  const args = ['--experimental-permission', ...reads, '--disable-warning=ExperimentalWarning', options.entry]
  if (options.allowNet) args.push(`--allow-net=${options.allowNet.host}:${options.allowNet.port}`)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {env: {...(options.env ?? {})}, stdio: ['pipe', 'pipe', 'pipe']})
    const out: Buffer[] = []
    const err: Buffer[] = []
    let size = 0
    let failure: SandboxError | undefined
    const kill = (e: SandboxError) => {
      failure ??= e
      child.kill('SIGKILL')
    }
    const timer = setTimeout(() => kill(new SandboxError(`The model call did not finish within ${options.timeoutMs / 1000} s and was stopped.`, 'timeout')), options.timeoutMs)
    child.stdout.on('data', (d: Buffer) => {
      size += d.length
      if (size > options.maxOutputBytes) kill(new SandboxError(`The model call wrote more than the output cap of ${options.maxOutputBytes} bytes and was stopped.`, 'output-cap'))
      else out.push(d)
    })
    child.stderr.on('data', (d: Buffer) => {
      if (err.reduce((n, b) => n + b.length, 0) < 8192) err.push(d)
    })
    child.on('error', (e) => {
      clearTimeout(timer)
      reject(new SandboxError(`Cannot start the sandbox: ${e.message}`, 'crash'))
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      if (failure) return reject(failure)
      let parsed: SandboxOutput<R>
      try {
        parsed = JSON.parse(Buffer.concat(out).toString('utf8')) as SandboxOutput<R>
      } catch {
        const stderr = Buffer.concat(err).toString('utf8').split('\n').find((l) => /Error/.test(l)) ?? ''
        return reject(new SandboxError(`The sandboxed model call failed (exit ${code ?? 'signal'})${stderr ? `: ${stderr.trim().slice(0, 300)}` : ''}.`, 'crash'))
      }
      if (parsed.ok) resolve(parsed.result)
      else reject(new SandboxError(parsed.error.message, parsed.error.kind, parsed.error.status))
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(JSON.stringify(options.input))
  })
}
