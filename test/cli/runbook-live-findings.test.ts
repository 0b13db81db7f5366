/**
 * A walk sees what is recorded while it runs, with real processes: a scan recorded by another
 * `pl scan --incident` while the walk waits on a provider counts for the steps after it (condition,
 * `{{ secrets.* }}`), and a step skipped earlier on a condition that the new finding makes hold is
 * reopened (recorded) and walked; a walk that ended before the scan reopens such steps when run
 * again. The postmortem then lists each captured credential no revocation was recorded for, once.
 * On SQLite and on PostgreSQL.
 */
import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {BIN, childEnv, collectRun, runJson, runPl} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {fakes, githubToken, Rng} from '../fixtures/scan/fakes.js'
import {entries} from '../fixtures/providers/ledger.js'
import {providerEnv, providerServer} from '../fixtures/providers/providers.js'
import {Gate} from '../helpers/gate.js'
import type {ProviderState} from '../fixtures/providers/providers.js'
import type {ProviderServer} from '../fixtures/providers/server.js'
import {postgresEngine, sqliteEngine} from '../fixtures/store/engines.js'

const rng = new Rng(Date.now() % 2 ** 31)

interface Walk {
  complete: boolean
  steps: {id: string; status: string; summary?: string}[]
  reopened: {step: string; finding: string}[]
  marked: string[]
}
interface Pm {
  open: {kind: string; text: string}[]
}

for (const engine of [sqliteEngine(), postgresEngine()]) describe(`pl runbook run: findings recorded while walking (${engine.name})`, {skip: engine.skip}, () => {
  let t: TestStore
  let server: ProviderServer
  let state: ProviderState
  let env: Record<string, string>
  let file: string
  /** Holds the walk's pause request until the test opens it (when shut). */
  let gate: Gate
  before(async () => {
    await engine.start()
    t = await engine.store('pl-rb-live-')
    ;({server, state} = providerServer())
    gate = new Gate(server)
    await server.start()
    env = {...t.env, ...providerEnv(server.url), PL_HTTP_TIMEOUT_MS: '60000'}
    file = join(t.dir, 'live.yaml')
    writeFileSync(
      file,
      `name: live-findings
title: Findings recorded while walking
steps:
  - id: tell-owner
    title: Tell the owner of the GitHub token
    when: {finding: github-token}
    action: {type: manual, params: {task: GitHub token owner told}}
  - id: preserve
    title: Preserve and scan the logs (from another terminal)
    action: {type: pause-pipeline, provider: http, params: {url: "${server.url}/gate"}}
  - id: revoke-github
    title: Revoke every GitHub token the scanner found
    when: {finding: github-token}
    action: {type: revoke-token, provider: github, params: {tokens: "{{ secrets.github-token }}"}}
  - id: contained
    title: Contained
    action: {type: manual, params: {task: Leak contained}}
    mark: contained
`,
    )
    const init = await runPl(['init'], {env: t.env})
    assert.equal(init.code, 0, init.stderr)
  })
  after(async () => {
    gate.open()
    await server.stop()
    t?.cleanup()
    await engine.stop()
  })

  const openIncident = async (title: string): Promise<string> => {
    const r = await runJson<{id: string}>(['incident', 'open', '--title', title, '--severity', 'P1', '--class', 'secret'], {env})
    assert.equal(r.code, 0, r.stderr)
    return r.json.id
  }
  /** A log with a GitHub token (live at the fake GitHub) and an OpenAI key no step revokes. */
  const leakyLog = (name: string): {path: string; token: string; openai: string} => {
    const token = githubToken(rng)
    const openai = fakes.openaiProject(rng)
    state.live.set('github', new Set([...(state.live.get('github') ?? []), token]))
    const path = join(t.dir, name)
    writeFileSync(path, [JSON.stringify({prompt: `push with ${token} please`}), JSON.stringify({prompt: `OPENAI_API_KEY=${openai}`})].join('\n') + '\n')
    return {path, token, openai}
  }
  const scan = async (path: string, incident: string) => {
    const r = await runPl(['scan', path, '--incident', incident], {env})
    assert.equal(r.code, 1, r.stderr)
  }

  it('a scan recorded by another process mid-walk counts for the next steps; the step skipped before it is reopened and walked', async () => {
    const incident = await openIncident('Token in gateway logs (mid-walk scan)')
    gate.shut()
    const revokes = server.count('POST', '/credentials/revoke')
    const child = spawn(process.execPath, [BIN, 'runbook', 'run', file, '--incident', incident, '--yes', '--json'], {env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe']})
    const run = collectRun(child)
    assert.equal(await gate.reached(1), 1, 'the walk reached the preserve step')
    // Terminal A, as the step says: scan the logs into the incident while the walk waits.
    const log = leakyLog('gateway-node2.jsonl')
    await scan(log.path, incident)
    gate.open()
    const r = await run
    assert.equal(r.code, 0, r.stderr)
    const walk = JSON.parse(r.stdout) as Walk
    assert.deepEqual(walk.reopened, [{step: 'tell-owner', finding: 'github-token'}])
    const status = Object.fromEntries(walk.steps.map((s) => [s.id, s.status]))
    assert.deepEqual(status, {preserve: 'done', 'tell-owner': 'done', 'revoke-github': 'done', contained: 'done'})
    assert.match(walk.steps.find((s) => s.id === 'revoke-github')!.summary ?? '', /revoked 1 github token\(s\), each checked dead/)
    assert.equal(server.count('POST', '/credentials/revoke') - revokes, 1)
    assert.ok(!state.live.get('github')!.has(log.token), 'the token captured mid-walk was revoked')
    for (const secret of [log.token, log.openai]) assert.ok(!r.stderr.includes(secret) && !r.stdout.includes(secret))

    // The reopening is in the ledger, between the skip and the step done.
    const steps = (await entries(t, incident)).filter((e) => e.kind === 'runbook.step').map((e) => e.body as {step: string; status: string; finding?: string})
    const owner = steps.filter((s) => s.step === 'tell-owner').map((s) => `${s.status}${s.finding === undefined ? '' : `:${s.finding}`}`)
    assert.deepEqual(owner, ['skipped', 'reopened:github-token', 'done'])

    // Still open: the OpenAI key, captured and never revoked; the GitHub token was revoked. No duplicate phase lines.
    const pm = await runJson<Pm>(['report', 'postmortem', incident, '--format', 'json'], {env})
    assert.equal(pm.code, 0, pm.stderr)
    const texts = pm.json.open.map((o) => o.text)
    const unrevoked = texts.filter((x) => /no revocation recorded/.test(x))
    assert.equal(unrevoked.length, 1, texts.join('\n'))
    assert.match(unrevoked[0]!, /^Captured openai-api-key \S+ \(entry #\d+\): no revocation recorded; it may still be live$/)
    assert.ok(!unrevoked[0]!.includes(log.openai))
    assert.ok(texts.includes('Contained, not yet resolved'))
    assert.ok(!texts.some((x) => /^No (resolved|contained) mark/.test(x)), texts.join('\n'))
  })

  it('a walk run again after a scan reopens the steps the new finding makes hold; the postmortem lists the unrevoked token until then', async () => {
    const incident = await openIncident('Token in gateway logs (scan after the walk)')
    gate.open()
    const first = await runJson<Walk>(['runbook', 'run', file, '--incident', incident, '--yes'], {env})
    assert.equal(first.code, 0, first.stderr)
    assert.deepEqual(first.json.reopened, [])
    assert.deepEqual(first.json.steps.map((s) => s.status), ['skipped', 'done', 'skipped', 'done'])

    const log = leakyLog('gateway-node3.jsonl')
    await scan(log.path, incident)
    const pm = await runJson<Pm>(['report', 'postmortem', incident, '--format', 'json'], {env})
    const listed = pm.json.open.map((o) => o.text).filter((x) => /no revocation recorded/.test(x))
    assert.deepEqual(listed.map((x) => x.split(' ')[1]), ['github-token', 'openai-api-key'])

    const again = await runJson<Walk>(['runbook', 'run', file, '--incident', incident, '--yes'], {env})
    assert.equal(again.code, 0, again.stderr)
    assert.deepEqual(again.json.reopened, [
      {step: 'tell-owner', finding: 'github-token'},
      {step: 'revoke-github', finding: 'github-token'},
    ])
    assert.ok(!state.live.get('github')!.has(log.token))
    const status = await runJson<{incidents: {walks: {steps: {id: string; state: string}[]}[]}[]}>(['runbook', 'status', incident], {env})
    assert.equal(status.code, 0, status.stderr)
    assert.deepEqual(status.json.incidents[0]!.walks[0]!.steps.map((s) => s.state), ['done', 'done', 'done', 'done'])

    // A third run finds nothing new to do.
    const third = await runJson<Walk>(['runbook', 'run', file, '--incident', incident, '--yes'], {env})
    assert.equal(third.code, 0, third.stderr)
    assert.deepEqual(third.json.reopened, [])
    assert.deepEqual(third.json.steps.map((s) => s.status), ['already-done', 'already-done', 'already-done', 'already-done'])
  })

  it('without a terminal, a question a new finding makes apply stops the walk naming it; --answers gives it', async () => {
    const incident = await openIncident('Token in gateway logs (a question reopened)')
    const rb = join(t.dir, 'ask.yaml')
    writeFileSync(
      rb,
      `name: ask-owner
title: Ask who owns the token
steps:
  - id: owner
    title: Who owns the GitHub token?
    when: {finding: github-token}
    question: {type: input, message: Owner}
  - id: done
    title: Done
    action: {type: manual, params: {task: "Owner {{ answers.owner }} told"}}
`,
    )
    const first = await runJson<Walk>(['runbook', 'run', rb, '--incident', incident, '--yes'], {env})
    assert.equal(first.code, 0, first.stderr)
    assert.deepEqual(first.json.steps.map((s) => s.status), ['skipped', 'done'])
    await scan(leakyLog('gateway-node4.jsonl').path, incident)
    const stopped = await runJson<{error: {code: string; message: string; missing: string[]}}>(['runbook', 'run', rb, '--incident', incident, '--yes'], {env})
    assert.equal(stopped.code, 2, stopped.stderr)
    assert.deepEqual(stopped.json.error.missing, ['owner'])
    const answers = join(t.dir, 'ask.json')
    writeFileSync(answers, JSON.stringify({owner: 'platform-team'}))
    const given = await runJson<Walk>(['runbook', 'run', rb, '--incident', incident, '--answers', answers, '--yes'], {env})
    assert.equal(given.code, 0, given.stderr)
    assert.deepEqual(given.json.steps.map((s) => [s.id, s.status]), [['owner', 'done'], ['done', 'already-done']])
  })
})

