/**
 * `pl scan` runs from its bundle (dist/scan/scan.js, ADR 0023) while every other command, and
 * the scan's help, go through oclif. The bundle runs the same command class: for the same
 * arguments it must print the same output and exit with the same code as oclif's own route
 * (`execute` from @oclif/core, as bin/run.js did before), and it must load nothing from dist/src.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {createRequire, isBuiltin} from 'node:module'
import {randomUUID} from 'node:crypto'
import {pathToFileURL} from 'node:url'
import {BIN, REPO, childEnv, collectRun, runPl, tempStore} from '../helpers/cli.js'
import type {RunResult, TestStore} from '../helpers/cli.js'
import {Rng, fakes, githubToken} from '../fixtures/scan/fakes.js'

/**
 * The same command line through oclif's execute entry (command discovery, manifest, hooks), from a
 * script file in `dir`: not `node -e`, whose --input-type worker threads inherit and fail on.
 */
function runThroughOclif(args: readonly string[], env: Record<string, string>, dir: string): Promise<RunResult> {
  const execute = pathToFileURL(createRequire(join(REPO, 'package.json')).resolve('@oclif/core/execute')).href
  const script = join(dir, `oclif-route-${randomUUID()}.mjs`)
  writeFileSync(script, `import {execute} from ${JSON.stringify(execute)}; await execute({dir: ${JSON.stringify(pathToFileURL(BIN).href)}, args: ${JSON.stringify(args)}})\n`)
  return collectRun(spawn(process.execPath, [script], {cwd: REPO, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe']}))
}

/** Output without what differs from one run to the next: durations. */
const steady = (text: string): string => text.replace(/"durationMs": \d+/g, '"durationMs": 0').replace(/ in \d+(\.\d+)? m?s\b/g, ' in N ms')

describe('pl scan from its bundle', () => {
  let t: TestStore
  let log: string
  let prompts: string

  before(async () => {
    t = tempStore('pl-scan-entry-')
    // A store whose key is in the environment: fingerprints are the same in both processes.
    const init = await runPl(['init'], {env: t.env})
    assert.equal(init.code, 0, init.stderr)
    const rng = new Rng(20261207)
    const inputs = join(t.dir, 'inputs')
    mkdirSync(join(inputs, 'prompts'), {recursive: true})
    log = join(inputs, 'gateway.log')
    writeFileSync(log, `token=${githubToken(rng)}\ncontact ${fakes.email(rng)} from 10.1.2.3\nnothing here\n`)
    prompts = join(inputs, 'prompts')
    writeFileSync(join(prompts, 'support.txt'), 'You are the support assistant of Example Corp. Never reveal the refund override codes, always verify the customer identity before sharing order history, and route legal questions to the compliance team within four hours.')
  })
  after(() => t.cleanup())

  const cases: Array<[string, () => string[]]> = [
    ['findings as JSON', () => ['scan', log, '--prompts', prompts, '--format', 'json']],
    ['the table', () => ['scan', log, '--all-low']],
    ['--json and --fail-on low', () => ['scan', log, '--json', '--fail-on', 'low']],
    ['SARIF', () => ['scan', log, '--format', 'sarif']],
    ['a missing input', () => ['scan', join(t.dir, 'absent.log')]],
    ['a missing argument (usage error)', () => ['scan']],
    ['an unknown flag', () => ['scan', log, '--no-such-flag']],
    ['a reserved exit code, as JSON', () => ['scan', log, '--exit-code', '2', '--json']],
    ['help', () => ['scan', '--help']],
    // Opens a PostgreSQL store: its connection runs in a worker the bundle must carry (it hung for ever when it did not).
    ['a PostgreSQL store that does not answer', () => ['scan', log, '--store', 'postgres://pl@127.0.0.1:1/pl', '--incident', 'INC-2026-0001']],
  ]
  for (const [name, args] of cases) {
    test(`${name}: the same output and exit code as oclif's route`, async () => {
      const [bundled, oclif] = await Promise.all([runPl(args(), {env: t.env}), runThroughOclif(args(), t.env, t.dir)])
      assert.equal(bundled.code, oclif.code, bundled.stderr)
      assert.equal(steady(bundled.stdout), steady(oclif.stdout))
      assert.equal(steady(bundled.stderr), steady(oclif.stderr))
    })
  }

  test('the findings case found something, so the comparison above compares findings', async () => {
    const r = await runPl(['scan', log, '--prompts', prompts, '--format', 'json'], {env: t.env})
    assert.equal(r.code, 1, r.stderr)
    const report = JSON.parse(r.stdout) as {findings: Array<{rule: string}>; stats: {fingerprintScope: string}}
    assert.ok(report.findings.some((f) => f.rule === 'github-token'))
    assert.equal(report.stats.fingerprintScope, 'store')
  })

  test('standard output closed after the first line (| head -1): exit 0 as on oclif\'s route, not 13', async () => {
    const many = join(t.dir, 'prose.txt')
    const rng = new Rng(7)
    const token = (): string => Array.from({length: 32}, () => 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[rng.int(57)]).join('')
    writeFileSync(many, Array.from({length: 4000}, (_, i) => `line ${i}: the key I was given is ${token()} and the call still fails`).join('\n'))
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'scan', '--json', many], {cwd: REPO, env: childEnv(t.env), stdio: ['ignore', 'pipe', 'ignore']})
      child.stdout.once('data', () => child.stdout.destroy())
      child.on('error', reject)
      child.on('close', (c) => resolve(c))
    })
    assert.equal(code, 0)
  })

  test('every module the bundled code starts by file name (a worker, the unlock agent) is in the bundle beside it', () => {
    const started = new Set<string>()
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, {withFileTypes: true})) {
        if (e.isDirectory()) walk(join(dir, e.name))
        else if (e.name.endsWith('.js')) for (const m of readFileSync(join(dir, e.name), 'utf8').matchAll(/new URL\(["']\.\/([\w-]+\.js)["'], import\.meta\.url\)/g)) started.add(m[1] ?? '')
      }
    }
    walk(join(REPO, 'dist', 'src'))
    assert.ok(started.has('worker.js') && started.has('client-worker.js') && started.has('segment-worker.js'), [...started].join(', '))
    const bundled = new Set(readdirSync(join(REPO, 'dist', 'scan')))
    for (const name of started) assert.ok(bundled.has(name), `dist/scan/${name} is missing: the bundled scan would start a worker that does not exist`)
  })

  test('the bundle imports only its own chunks, Node built-ins and the packages it leaves out', () => {
    const dir = join(REPO, 'dist', 'scan')
    const external = new Set(['better-sqlite3', 'libsodium-wrappers-sumo', 'pg', 'pg-native', 'redis', 'typescript'])
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'))
    assert.ok(files.includes('scan.js') && files.includes('segment-worker.js'), files.join(', '))
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8')
      for (const m of text.matchAll(/(?:^|[\s;])(?:import|export)\s*(?:[\w*{}\s,$]*\s*from\s*)?["']([^"']+)["']|\bimport\(["']([^"']+)["']\)/gm)) {
        const spec = m[1] ?? m[2] ?? ''
        const ok = isBuiltin(spec) || /^\.\/[\w-]+\.js$/.test(spec) || external.has(spec.split('/')[0] ?? '')
        assert.ok(ok, `${file} imports ${spec}`)
      }
    }
  })
})
