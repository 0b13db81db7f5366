/**
 * One walker at a time, with real processes: a second `pl runbook run` on the same (incident,
 * runbook) is told who holds the lease and since when (exit 14) while plain writes go on;
 * --take-over takes it (recorded) and the first walker stops before recording anything more; a
 * SIGKILLed walker's lease is found dead and the next walker goes on without --take-over.
 */
import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import type {ChildProcess} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {BIN, childEnv, initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {entries} from '../fixtures/providers/ledger.js'
import {ProviderServer} from '../fixtures/providers/server.js'
import {Gate} from '../helpers/gate.js'

describe('pl runbook run: one walker at a time', () => {
  let t: TestStore
  let server: ProviderServer
  let file: string
  let gate: Gate
  before(async () => {
    t = tempStore('pl-rb-lease-')
    server = new ProviderServer()
    // The first request of a walk waits at the gate until the test opens it; later ones pass.
    gate = new Gate(server, {firstOnly: true})
    await server.start()
    file = join(t.dir, 'lease.yaml')
    writeFileSync(
      file,
      `name: lease-test
title: Lease
steps:
  - id: gate
    title: Pause behind the gate
    action: {type: pause-pipeline, provider: http, params: {url: "${server.url}/gate"}}
  - id: after
    title: After
    action: {type: manual, params: {task: After the gate}}
    mark: contained
`,
    )
  })
  after(async () => {
    gate.open()
    await server.stop()
    t.cleanup()
  })

  const walker = (incident: string, actor: string): {child: ChildProcess; stderr: () => string; exit: Promise<number | null>} => {
    const child = spawn(process.execPath, [BIN, 'runbook', 'run', file, '--incident', incident, '--yes'], {env: childEnv({...t.env, PL_ACTOR: actor, PL_HTTP_TIMEOUT_MS: '60000'}), stdio: ['ignore', 'ignore', 'pipe']})
    let err = ''
    child.stderr!.on('data', (d: Buffer) => (err += d.toString('utf8')))
    const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)))
    return {child, stderr: () => err, exit}
  }
  it('a second walker is refused with who and since when; plain writes go on; --take-over takes the lease and the first walker stops', async () => {
    const incident = await initWithIncident(t, 'two walkers')
    gate.shut()
    const before = server.count('POST', '/gate')
    const a = walker(incident, 'alice@test')
    for (let i = 0; i < 400 && server.count('POST', '/gate') === before; i++) await new Promise((r) => setTimeout(r, 50))
    assert.equal(gate.hits, 1)

    const b = await runJson<{error: {code: string; holder: string; since: string; pid: number}}>(['runbook', 'run', file, '--incident', incident, '--yes'], {env: {...t.env, PL_ACTOR: 'bob@test'}})
    assert.equal(b.code, 14, b.stderr)
    assert.equal(b.json.error.code, 'runbook-held')
    assert.equal(b.json.error.holder, 'alice@test')
    assert.equal(b.json.error.pid, a.child.pid)
    assert.match(b.json.error.since, /^\d{4}-\d\d-\d\dT/)
    const plain = await runPl(['runbook', 'run', file, '--incident', incident, '--yes'], {env: {...t.env, PL_ACTOR: 'bob@test'}})
    assert.equal(plain.code, 14)
    assert.match(plain.stderr, new RegExp(`alice@test is walking lease-test on ${incident} \\(pid ${a.child.pid} on [^)]+\\), since `))
    assert.match(plain.stderr, /--take-over/)

    // Plain concurrent writes are not held by the lease.
    const note = await runPl(['incident', 'note', incident, 'vendor told by phone'], {env: {...t.env, PL_ACTOR: 'carol@test'}})
    assert.equal(note.code, 0, note.stderr)

    const take = await runPl(['runbook', 'run', file, '--incident', incident, '--yes', '--take-over'], {env: {...t.env, PL_ACTOR: 'bob@test'}})
    assert.equal(take.code, 0, take.stderr)
    assert.match(take.stdout, /lease-test complete for .*; marked contained/)
    assert.match(take.stderr, /Took the walk's lease from alice@test \(pid \d+ on [^)]+\): taken over \(--take-over\)/)

    // The first walker's request comes back: it has lost the lease and records nothing more.
    gate.open()
    assert.equal(await a.exit, 14, a.stderr())
    assert.match(a.stderr(), /lost its lease: bob@test \(pid \d+ on [^)]+\) took it at .* \(and has released it since\)\. It stops here/)
    const recorded = await entries(t, incident)
    const leases = recorded.filter((x) => x.kind === 'runbook.lease').map((x) => [x.actor, x.body!.event, (x.body!.replaced as {why?: string} | undefined)?.why])
    assert.deepEqual(leases, [
      ['alice@test', 'taken', undefined],
      ['bob@test', 'taken', 'taken-over'],
      ['bob@test', 'released', undefined],
    ])
    assert.ok(!recorded.some((x) => x.actor === 'alice@test' && (x.kind === 'action.result' || x.kind === 'runbook.step')), 'alice recorded no step')
    assert.ok(recorded.some((x) => x.kind === 'note' && x.actor === 'carol@test'))
    const verify = await runPl(['evidence', 'verify'], {env: t.env})
    assert.equal(verify.code, 0, verify.stderr)
  })

  it('a SIGKILLed walker does not lock the runbook: its lease is found dead and the next walker goes on', async () => {
    const incident = (await runJson<{id: string}>(['incident', 'open', '--title', 'killed walker', '--severity', 'P1', '--class', 'secret'], {env: t.env})).json.id
    gate.shut()
    const before = server.count('POST', '/gate')
    const a = walker(incident, 'alice@test')
    for (let i = 0; i < 400 && server.count('POST', '/gate') === before; i++) await new Promise((r) => setTimeout(r, 50))
    assert.equal(gate.hits, 1)
    a.child.kill('SIGKILL')
    await a.exit
    const next = await runPl(['runbook', 'run', file, '--incident', incident, '--yes'], {env: {...t.env, PL_ACTOR: 'bob@test'}})
    assert.equal(next.code, 0, next.stderr)
    assert.match(next.stdout, /lease-test complete for /)
    assert.match(next.stderr, /Took the walk's lease from alice@test \(pid \d+ on [^)]+\): that process is gone/)
    const recorded = await entries(t, incident)
    const taken = recorded.filter((x) => x.kind === 'runbook.lease' && x.body!.event === 'taken')
    assert.deepEqual(taken.map((x) => [x.actor, (x.body!.replaced as {why?: string; pid?: number} | undefined)?.why]), [['alice@test', undefined], ['bob@test', 'dead']])
    assert.equal((taken[1]!.body!.replaced as {pid: number}).pid, a.child.pid)
    const timeline = await runPl(['incident', 'timeline', incident], {env: t.env})
    assert.match(timeline.stdout, /walk lease taken by bob@test \(pid \d+ on [^)]+\), replacing alice@test \(pid \d+ on [^)]+\): its process was gone/)
    gate.open()
  })
})
