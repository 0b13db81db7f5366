/**
 * The README's first command: the whole story on embedded defaults, with no external service.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {childEnv, REPO, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'

interface DemoJson {
  dir: string
  scan: {findings: number; captured: number}
  store: string
  keyFile: string
  checkpointFile: string
  incident: {id: string; status: string; metrics: Record<string, number | undefined>; evidence: {id: string; sha256: string}[]}
  verify: {ok: boolean; entries: number}
  steps: {name: string; status: string}[]
  next: string[]
}

describe('pl demo', () => {
  let t: TestStore
  let demo: DemoJson
  before(async () => {
    t = tempStore('pl-demo-')
    const r = await runJson<DemoJson>(['demo', '--dir', join(t.dir, 'demo')], {env: {PL_ACTOR: 'demo@test'}})
    assert.equal(r.code, 0, r.stderr)
    demo = r.json
  })
  after(() => t.cleanup())

  test('runs every landed part and says which parts are skipped', () => {
    const done = demo.steps.filter((s) => s.status === 'done').map((s) => s.name)
    for (const name of ['init', 'sample', 'open', 'evidence', 'scan', 'phases', 'checkpoint', 'verify']) assert.ok(done.includes(name), `${name} done`)
    assert.ok(demo.steps.every((s) => s.status !== 'failed'))
    assert.equal(demo.verify.ok, true)
    assert.ok(demo.scan.findings >= 3, 'the token, the e-mail address and the system prompt are found')
    assert.equal(demo.scan.captured, 2, 'the token and the e-mail address, each under its own key')
  })

  test('the incident has the backdated phases and hand-checkable metrics', () => {
    assert.equal(demo.incident.status, 'resolved')
    assert.equal(demo.incident.metrics.detectionLatency, 20 * 60_000)
    assert.equal(demo.incident.metrics.timeToContain, 30 * 60_000)
    assert.equal(demo.incident.metrics.exposureWindow, 50 * 60_000)
  })

  test('the store, key file and anchored checkpoint are real files an auditor can verify', async () => {
    assert.equal(statSync(demo.store).mode & 0o777, 0o600)
    assert.equal(statSync(demo.keyFile).mode & 0o777, 0o600)
    assert.ok(existsSync(demo.checkpointFile))
    const r = await runPl(['evidence', 'verify', '--store', demo.store, '--checkpoint', demo.checkpointFile])
    assert.equal(r.code, 0, r.stderr)
    const sample = readFileSync(join(demo.dir, 'samples', 'gateway-requests.jsonl'), 'utf8')
    const reveal = await runPl(['evidence', 'show', demo.incident.evidence[0]!.id, '--reveal', '--store', demo.store], {env: {PL_KEY_FILE: demo.keyFile}})
    assert.equal(reveal.stdout, sample, 'the exhibit is the sample log, byte for byte')
    assert.match(sample, /ghp_[A-Za-z0-9]{36}/, 'the sample carries a GitHub-format token made at run time')
  })

  test('the "Explore it" commands work as printed, with pl not on PATH (right after npm ci && npm run demo)', () => {
    assert.equal(demo.next.length, 3)
    assert.match(demo.next[1]!, /^node bin\/run\.js incident timeline INC-/, 'the form that works from the repository')
    const path = (process.env.PATH ?? '').split(':').filter((d) => !existsSync(join(d, 'pl'))).join(':')
    const r = spawnSync('sh', ['-c', demo.next.join('\n')], {cwd: REPO, encoding: 'utf8', env: {...childEnv({}), PATH: path}})
    assert.equal(r.status, 0, r.stderr)
    assert.match(r.stdout, new RegExp(demo.incident.id))
    assert.match(r.stdout, /verified|OK|ok/i)
  })

  test('with this pl on PATH, the demo prints plain pl', async () => {
    const bin = join(t.dir, 'bin')
    mkdirSync(bin)
    symlinkSync(join(REPO, 'bin', 'run.js'), join(bin, 'pl'))
    const r = await runJson<DemoJson>(['demo', '--dir', join(t.dir, 'demo-path')], {env: {PL_ACTOR: 'demo@test', PATH: `${bin}:${process.env.PATH ?? ''}`}})
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.json.next[1]!, /^pl incident timeline INC-/)
  })

  test('run again in its own folder, the demo starts afresh; another non-empty folder is refused unless --force (said the npm way through npm run demo)', async () => {
    const again = await runPl(['demo', '--dir', demo.dir, '--json'])
    assert.equal(again.code, 0, again.stderr)
    assert.ok(existsSync(join(demo.dir, '.pl-demo')))
    const other = join(t.dir, 'not-a-demo')
    mkdirSync(other)
    writeFileSync(join(other, 'notes.txt'), 'mine\n')
    const refused = await runPl(['demo', '--dir', other])
    assert.equal(refused.code, 4)
    assert.match(refused.stderr, /Pass --force/)
    const viaNpm = await runPl(['demo', '--dir', other], {env: {npm_lifecycle_event: 'demo'}})
    assert.equal(viaNpm.code, 4)
    assert.match(viaNpm.stderr, /npm run demo -- --force/)
    assert.ok(existsSync(join(other, 'notes.txt')), 'nothing of a folder the demo did not make is removed')
  })
})
