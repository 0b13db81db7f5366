/**
 * The README's first command: the whole story on embedded defaults, with no external service.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {existsSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {runJson, runPl, tempStore} from '../helpers/cli.js'
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

  test('a second run refuses a non-empty folder unless --force', async () => {
    const again = await runPl(['demo', '--dir', demo.dir])
    assert.equal(again.code, 4)
    assert.match(again.stderr, /--force/)
  })
})
