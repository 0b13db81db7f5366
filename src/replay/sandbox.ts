/**
 * The parent side of the sandbox: model calls run in a Node process of their own with
 * - an empty environment, save the one credential variable;
 * - Node's permission model: file reads only below the directories given (pl's compiled replay
 *   and domain code), no file writes, no child processes, no worker threads;
 * - network only to `allowNet` (enforced inside the child by guard.ts before any job is read);
 * - a wall-clock limit per call and a cap on the bytes each answer may take (SIGKILL on either).
 * One process serves the calls of one replay in turn (jobs and answers are JSON lines), so
 * minimisation does not pay a process start per call.
 */
import type {ChildProcessWithoutNullStreams} from 'node:child_process'
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
  /** Per call. */
  timeoutMs: number
  /** Per answer. */
  maxOutputBytes: number
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

export interface Sandbox {
  /** Sends one job and waits for its answer; after a failure the sandbox is dead. */
  call<R>(job: unknown): Promise<R>
  close(): Promise<void>
}

export function openSandbox(options: SandboxOptions): Sandbox {
  // Each directory once: Node 20 aborts on a path given twice.
  const reads = [...new Set([dirname(options.entry), ...(options.allowRead ?? [])].map((d) => join(d, '*')))].map((d) => `--allow-fs-read=${d}`)
  const args = ['--experimental-permission', ...reads, '--disable-warning=ExperimentalWarning', options.entry]
  if (options.allowNet) args.push(`--allow-net=${options.allowNet.host}:${options.allowNet.port}`)
  let child: ChildProcessWithoutNullStreams | undefined
  let dead: SandboxError | undefined
  let closed: Promise<void> | undefined
  let pending: {resolve: (line: string) => void; reject: (e: SandboxError) => void} | undefined
  let buffer = ''
  const err: string[] = []

  const fail = (e: SandboxError) => {
    dead ??= e
    child?.kill('SIGKILL')
    pending?.reject(dead)
    pending = undefined
  }
  const start = (): ChildProcessWithoutNullStreams => {
    const c = spawn(process.execPath, args, {env: {...(options.env ?? {})}, stdio: ['pipe', 'pipe', 'pipe']})
    c.stdout.setEncoding('utf8')
    c.stdout.on('data', (d: string) => {
      buffer += d
      const nl = buffer.indexOf('\n')
      if (nl >= 0) {
        const line = buffer.slice(0, nl)
        buffer = buffer.slice(nl + 1)
        pending?.resolve(line)
        pending = undefined
      } else if (buffer.length > options.maxOutputBytes) {
        fail(new SandboxError(`The model call wrote more than the output cap of ${options.maxOutputBytes} bytes and was stopped.`, 'output-cap'))
      }
    })
    c.stderr.setEncoding('utf8')
    c.stderr.on('data', (d: string) => {
      if (err.join('').length < 8192) err.push(d)
    })
    c.on('error', (e) => fail(new SandboxError(`Cannot start the sandbox: ${e.message}`, 'crash')))
    closed = new Promise((resolve) =>
      c.on('close', (code) => {
        const stderr = err.join('').split('\n').find((l) => /Error/.test(l)) ?? ''
        fail(new SandboxError(`The sandboxed model call failed (exit ${code ?? 'signal'})${stderr ? `: ${stderr.trim().slice(0, 300)}` : ''}.`, 'crash'))
        resolve()
      }),
    )
    c.stdin.on('error', () => undefined)
    return c
  }

  return {
    async call<R>(job: unknown): Promise<R> {
      if (dead) throw dead
      child ??= start()
      const c = child
      const line = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => fail(new SandboxError(`The model call did not finish within ${options.timeoutMs / 1000} s and was stopped.`, 'timeout')), options.timeoutMs)
        pending = {
          resolve: (l) => {
            clearTimeout(timer)
            resolve(l)
          },
          reject: (e) => {
            clearTimeout(timer)
            reject(e)
          },
        }
        c.stdin.write(JSON.stringify(job) + '\n')
      })
      let parsed: SandboxOutput<R>
      try {
        parsed = JSON.parse(line) as SandboxOutput<R>
      } catch {
        fail(new SandboxError('The sandboxed model call answered garbage.', 'crash'))
        throw dead!
      }
      if (parsed.ok) return parsed.result
      throw new SandboxError(parsed.error.message, parsed.error.kind, parsed.error.status)
    },
    async close(): Promise<void> {
      if (!child) return
      dead ??= new SandboxError('The sandbox is closed.', 'crash')
      child.stdin.end()
      const timer = setTimeout(() => child?.kill('SIGKILL'), 2000)
      await closed
      clearTimeout(timer)
    },
  }
}

/** One job in a sandbox of its own. */
export async function runSandboxed<R>(options: SandboxOptions & {input: unknown}): Promise<R> {
  const sandbox = openSandbox(options)
  try {
    return await sandbox.call<R>(options.input)
  } finally {
    await sandbox.close()
  }
}
