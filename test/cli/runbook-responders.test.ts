/**
 * A walk in a store with responders names the enrolled responder who signs its entries, with real
 * processes: the lease (and the exit-14 message another walker gets) and a manual step's
 * "confirmed by" credit bob, who walks, not PL_ACTOR (set to alice in his environment).
 */
import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {BIN, childEnv, collectRun, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {newPerson} from '../helpers/responders.js'
import type {Person} from '../helpers/responders.js'
import {ProviderServer} from '../fixtures/providers/server.js'
import {Gate} from '../helpers/gate.js'

describe('pl runbook run in a store with responders: the signer is named', () => {
  let t: TestStore
  let server: ProviderServer
  let file: string
  let alice: Person
  let bob: Person
  let gate: Gate
  before(async () => {
    t = tempStore('pl-rb-responders-')
    server = new ProviderServer()
    gate = new Gate(server)
    await server.start()
    file = join(t.dir, 'signer.yaml')
    writeFileSync(
      file,
      `name: signer-test
title: Signer
steps:
  - id: gate
    title: Pause behind the gate
    action: {type: pause-pipeline, provider: http, params: {url: "${server.url}/gate"}}
  - id: confirm
    title: Confirm
    action: {type: manual, params: {task: Leak contained}}
    mark: contained
`,
    )
    alice = await newPerson(t, 'alice')
    bob = await newPerson(t, 'bob')
    const init = await runPl(['init', '--name', 'alice'], {env: {...alice.env, PL_KEY_FILE: t.keyFile}})
    assert.equal(init.code, 0, init.stderr)
    assert.equal((await runPl(['responder', 'add', 'bob', '--key', bob.key], {env: alice.env})).code, 0)
  })
  after(async () => {
    gate.open()
    await server.stop()
    t.cleanup()
  })

  it('lease, exit-14 message and "confirmed by" name bob, who signs, though PL_ACTOR says alice', async () => {
    // bob's environment names alice: a shared shell profile, say. His entries are signed as bob.
    const bobEnv = {...bob.env, PL_ACTOR: 'alice', PL_HTTP_TIMEOUT_MS: '60000'}
    const opened = await runJson<{id: string}>(['incident', 'open', '--title', 'Walk signer', '--severity', 'P2', '--class', 'secret'], {env: bobEnv})
    assert.equal(opened.code, 0, opened.stderr)
    const incident = opened.json.id
    assert.equal((await runPl(['incident', 'grant', incident, 'alice'], {env: bob.env})).code, 0)

    gate.shut()
    const child = spawn(process.execPath, [BIN, 'runbook', 'run', file, '--incident', incident, '--yes', '--json'], {env: childEnv(bobEnv), stdio: ['ignore', 'pipe', 'pipe']})
    const run = collectRun(child)
    assert.equal(await gate.reached(1), 1, 'bob\'s walk reached the gate')

    const second = await runJson<{error: {code: string; holder: string; message: string}}>(['runbook', 'run', file, '--incident', incident, '--yes'], {env: alice.env})
    assert.equal(second.code, 14, second.stderr)
    assert.equal(second.json.error.holder, 'bob')
    assert.match(second.json.error.message, /^bob is walking signer-test/)

    gate.open()
    const r = await run
    assert.equal(r.code, 0, r.stderr)
    const walk = JSON.parse(r.stdout) as {steps: {id: string; summary?: string}[]}
    assert.equal(walk.steps.find((s) => s.id === 'confirm')!.summary, 'Leak contained — confirmed by bob')

    const timeline = await runJson<{events: {kind: string; actor: string; summary: string}[]}>(['incident', 'timeline', incident], {env: bob.env})
    assert.equal(timeline.code, 0, timeline.stderr)
    const leases = timeline.json.events.filter((e) => e.kind === 'runbook.lease')
    assert.deepEqual(leases.map((e) => e.summary.match(/walk lease (\w+) by (\w+)/)?.slice(1)), [
      ['taken', 'bob'],
      ['released', 'bob'],
    ])
    assert.ok(leases.every((e) => e.actor === 'bob'))
    const results = timeline.json.events.filter((e) => e.kind === 'action.result')
    assert.ok(results.some((e) => e.summary.includes('confirmed by bob')), results.map((e) => e.summary).join('\n'))
    assert.ok(!timeline.json.events.some((e) => / by alice\b/.test(e.summary)), timeline.json.events.map((e) => e.summary).join('\n'))
  })
})
