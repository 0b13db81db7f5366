/**
 * Runs the real CLI (bin/run.js, compiled code) in a child process against a store in a fresh
 * temporary directory. Tests use a key file (fast) unless they test passphrases.
 */
import {spawn} from 'node:child_process'
import type {ChildProcess} from 'node:child_process'
import {randomBytes} from 'node:crypto'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

export const REPO = resolve(process.cwd())
export const BIN = join(REPO, 'bin', 'run.js')

export interface RunResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface TestStore {
  dir: string
  store: string
  keyFile: string
  env: Record<string, string>
  cleanup(): void
}

/** A temp dir with a fresh key file; the store itself is created by `pl init` (see initStore). */
export function tempStore(prefix = 'pl-test-'): TestStore {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const keyFile = join(dir, 'store.key')
  writeFileSync(keyFile, randomBytes(32).toString('hex') + '\n', {mode: 0o600})
  const store = join(dir, 'home', 'evidence.db')
  // XDG_CONFIG_HOME of its own: a responder identity of the person running the tests is never used.
  const env: Record<string, string> = {PL_HOME: join(dir, 'home'), PL_KEY_FILE: keyFile, PL_ACTOR: 'tester@test', XDG_CONFIG_HOME: join(dir, 'config')}
  return {dir, store, keyFile, env, cleanup: () => rmSync(dir, {recursive: true, force: true})}
}

/** The environment of a child pl: no inherited PL_* variables, no terminal, plus `env`. */
export function childEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PL_') && v !== undefined) base[k] = v
  const out = {...base, ...env}
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k]
  return out
}

/** What a child process printed, as text, and how it ended (a child spawned with stdout and stderr piped). */
export function collectRun(child: ChildProcess): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout?.on('data', (d: Buffer) => out.push(d))
    child.stderr?.on('data', (d: Buffer) => err.push(d))
    child.on('error', reject)
    child.on('close', (code, signal) => resolvePromise({code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8')}))
  })
}

/** Runs the real CLI; standard output as bytes (binary reveals), standard error as text. */
export function runPlBytes(
  args: readonly string[],
  options: {env?: Record<string, string | undefined>; input?: string | Buffer; timeoutMs?: number} = {},
): Promise<{code: number | null; signal: NodeJS.Signals | null; stdout: Buffer; stderr: string}> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {env: childEnv(options.env ?? {}), stdio: ['pipe', 'pipe', 'pipe']})
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.on('data', (d: Buffer) => err.push(d))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolvePromise({code, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8')})
    })
    // A child that exits before reading its input must not fail the test with EPIPE.
    child.stdin.on('error', () => {})
    child.stdin.end(options.input)
  })
}

export async function runPl(args: readonly string[], options: {env?: Record<string, string | undefined>; input?: string | Buffer; timeoutMs?: number} = {}): Promise<RunResult> {
  const r = await runPlBytes(args, options)
  return {...r, stdout: r.stdout.toString('utf8')}
}

/** Runs pl with --json and parses standard output; fails loudly with stderr when it is not JSON. */
export async function runJson<T = Record<string, unknown>>(args: readonly string[], options: Parameters<typeof runPl>[1] = {}): Promise<{code: number | null; json: T; stderr: string}> {
  return parsedJson<T>(args, await runPl([...args, '--json'], options))
}

function parsedJson<T>(args: readonly string[], r: RunResult): {code: number | null; json: T; stderr: string} {
  try {
    return {code: r.code, json: JSON.parse(r.stdout) as T, stderr: r.stderr}
  } catch {
    throw new Error(`pl ${args.join(' ')} did not print JSON (exit ${r.code}).\nstdout: ${r.stdout}\nstderr: ${r.stderr}`)
  }
}

/** Creates the store of `t` and opens one incident; returns the incident id. */
/**
 * runPl and a `--json` runner that keep every output in `outputs`, for suites that finally check
 * that no raw value ever appeared. `env` is read at each call (suites set it up in `before`).
 */
export function recordingCli(env: () => Record<string, string>): {
  outputs: string[]
  pl: (args: string[]) => Promise<RunResult>
  json: <T>(args: string[]) => Promise<{code: number | null; json: T; stderr: string}>
} {
  const outputs: string[] = []
  const pl = async (args: string[]): Promise<RunResult> => {
    const r = await runPl(args, {env: env()})
    outputs.push(r.stdout, r.stderr)
    return r
  }
  const json = async <T>(args: string[]): Promise<{code: number | null; json: T; stderr: string}> => parsedJson<T>(args, await pl([...args, '--json']))
  return {outputs, pl, json}
}

export async function initWithIncident(t: TestStore, title = 'Test incident'): Promise<string> {
  const init = await runPl(['init'], {env: t.env})
  if (init.code !== 0) throw new Error(`pl init failed: ${init.stderr}`)
  const open = await runJson<{id: string}>(['incident', 'open', '--title', title, '--severity', 'P1', '--class', 'secret'], {env: t.env})
  if (open.code !== 0) throw new Error(`pl incident open failed: ${open.stderr}`)
  return open.json.id
}
