/**
 * The interactive walk in a real terminal (tmux): arrow keys, space and enter on select and
 * checkbox questions, a password prompt that echoes nothing, the confirmation before a destructive
 * action, and Ctrl-C leaving a state the next run resumes from.
 */
import assert from 'node:assert/strict'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {BIN, initWithIncident, runJson, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {hasTmux, TmuxSession} from '../helpers/tmux.js'
import {githubToken, Rng} from '../fixtures/scan/fakes.js'
import {entries} from '../fixtures/providers/ledger.js'
import {freePort} from '../fixtures/providers/databases.js'
import {providerEnv, providerServer} from '../fixtures/providers/providers.js'
import type {ProviderState} from '../fixtures/providers/providers.js'
import type {ProviderServer} from '../fixtures/providers/server.js'

const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`

const RUNBOOK = `name: tty-walk
title: Interactive walk
steps:
  - id: kind
    title: Pick the kind
    question:
      type: select
      message: Which kind leaked?
      choices: [alpha, bravo, charlie]
      default: alpha
  - id: where
    title: Where
    question:
      type: checkbox
      message: Where are the copies?
      choices: [logs, cache, backups]
  - id: token
    title: Revoke the pasted token
    question: {type: password, message: Paste the token}
    action: {type: revoke-token, provider: github, params: {tokens: "{{ answers.token }}"}}
  - id: notes
    title: Notes
    question: {type: input, message: Root cause notes}
    mark: contained
`

describe('pl runbook run in a terminal', {skip: !hasTmux() && 'tmux not installed'}, () => {
  let t: TestStore
  let incident: string
  let server: ProviderServer
  let state: ProviderState
  before(async () => {
    t = tempStore('pl-rb-tty-')
    incident = await initWithIncident(t, 'tty')
    ;({server, state} = providerServer())
    await server.start()
  })
  after(async () => {
    await server.stop()
    t.cleanup()
  })

  it('offers the open incidents, walks with arrows, space and enter; the password echoes nothing; Ctrl-C exits 130 and the rerun resumes', async () => {
    const file = join(t.dir, 'tty-walk.yaml')
    writeFileSync(file, RUNBOOK)
    const token = githubToken(new Rng(Date.now() % 2 ** 31))
    state.live.set('github', new Set([token]))
    const env = {...t.env, ...providerEnv(server.url)}
    const cmd = `env ${Object.entries(env)
      .map(([k, v]) => `${k}=${shellQuote(v)}`)
      .join(' ')} ${shellQuote(process.execPath)} ${shellQuote(BIN)} runbook run ${shellQuote(file)}`
    const tmux = new TmuxSession(t.dir)
    try {
      tmux.start(cmd)
      // No --incident: the open incidents are offered.
      await tmux.waitFor(/Which incident\?/)
      assert.match(tmux.screen(), new RegExp(`${incident}\\s+P1\\s+tty`))
      tmux.keys('Enter')
      await tmux.waitFor(/Which kind leaked\?/)
      tmux.keys('Down', 'Enter') // bravo
      await tmux.waitFor(/Where are the copies\?/)
      tmux.keys('Space', 'Down', 'Down', 'Space', 'Enter') // logs, backups
      await tmux.waitFor(/Paste the token/)
      tmux.type(token)
      const screen = tmux.screen()
      assert.ok(!screen.includes(token) && !screen.includes(token.slice(4, 14)), 'the password is not echoed')
      tmux.keys('Enter')
      await tmux.waitFor(/Go ahead: revoke 1 github token/)
      tmux.type('y')
      tmux.keys('Enter')
      await tmux.waitFor(/Root cause notes/)
      assert.match(tmux.screen(), /revoked 1 github token\(s\), each checked dead/)
      tmux.keys('C-c')
      assert.equal(await tmux.exitCode(), 130, tmux.screen())
      assert.match(tmux.screen(), /Cancelled at step notes\. Everything before it is recorded/)
      assert.ok(!tmux.screen().includes(token))
    } finally {
      tmux.kill()
    }
    assert.equal(state.live.get('github')!.size, 0)
    const recorded = await entries(t, incident)
    const answers = recorded.filter((x) => x.kind === 'runbook.step' && x.body!.status === 'answered').map((x) => [x.body!.step, x.body!.answer ?? 'kept apart'])
    assert.deepEqual(answers, [['kind', 'bravo'], ['where', ['logs', 'backups']], ['token', 'kept apart']])
    const answersFile = join(t.dir, 'answers.yaml')
    writeFileSync(answersFile, 'notes: pasted into a prompt template\n')
    const r = await runJson<{resumedAt: string; marked: string[]}>(['runbook', 'run', file, '--incident', incident, '--answers', answersFile], {env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.resumedAt, 'notes')
    assert.deepEqual(r.json.marked, ['contained'])
    assert.equal(server.count('POST', '/credentials/revoke'), 1, 'the revocation was not repeated')
  })

  it('a failed step offers retry, skip with a reason, done by hand, stop; "No" to the go-ahead offers the same; a manual task not done is asked again', async () => {
    const file = join(t.dir, 'tty-trouble.yaml')
    writeFileSync(
      file,
      `name: tty-trouble
title: Trouble
steps:
  - id: pause
    title: Pause the log shipping
    action: {type: pause-pipeline, provider: kafka-connect, params: {connector: logs-sink}}
  - id: revoke
    title: Revoke the pasted token
    question: {type: password, message: Paste the token}
    action: {type: revoke-token, provider: github, params: {tokens: "{{ answers.revoke }}"}}
  - id: tell
    title: Tell legal
    action: {type: manual, params: {task: Legal told}}
    mark: contained
`,
    )
    const token = githubToken(new Rng((Date.now() + 7) % 2 ** 31))
    state.live.set('github', new Set([token]))
    const env = {...t.env, ...providerEnv(server.url), PL_KAFKA_CONNECT_URL: `http://127.0.0.1:${await freePort()}`}
    const cmd = `env ${Object.entries(env)
      .map(([k, v]) => `${k}=${shellQuote(v)}`)
      .join(' ')} ${shellQuote(process.execPath)} ${shellQuote(BIN)} runbook run ${shellQuote(file)} --incident ${incident}`
    const count = (re: RegExp) => (tmux.screen().match(new RegExp(re.source, 'g')) ?? []).length
    const waitForCount = async (re: RegExp, n: number) => {
      const deadline = Date.now() + 20_000
      while (count(re) < n) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${n}× ${re} on screen:\n${tmux.screen()}`)
        await new Promise((r) => setTimeout(r, 100))
      }
    }
    const tmux = new TmuxSession(t.dir)
    const revokes = server.count('POST', '/credentials/revoke')
    try {
      tmux.start(cmd)
      await tmux.waitFor(/Go ahead: pause kafka-connect connector logs-sink/)
      tmux.type('y')
      tmux.keys('Enter')
      await tmux.waitFor(/Step pause failed: kafka-connect: PUT \/connectors\/logs-sink\/pause could not connect/)
      assert.match(tmux.screen(), /Retry it now/)
      assert.match(tmux.screen(), /Skip it, with a reason/)
      assert.match(tmux.screen(), /Done by hand/)
      assert.match(tmux.screen(), /Stop here/)
      tmux.keys('Enter') // retry: fails again
      await waitForCount(/What now\?/, 2)
      tmux.keys('Down', 'Enter') // skip
      await tmux.waitFor(/Why is pause skipped\?/)
      tmux.type('Kafka Connect unreachable')
      tmux.keys('Enter')
      await tmux.waitFor(/Paste the token/)
      tmux.type(token)
      tmux.keys('Enter')
      await tmux.waitFor(/Go ahead: revoke 1 github token/)
      tmux.type('n')
      tmux.keys('Enter')
      await tmux.waitFor(/Step revoke was not confirmed\. What now\?/)
      tmux.keys('Down', 'Enter') // from the default (skip) down to done by hand
      await tmux.waitFor(/Who did what for revoke, and how\?/)
      tmux.type('alice revoked it in the GitHub settings')
      tmux.keys('Enter')
      await tmux.waitFor(/Done\? Legal told/)
      tmux.type('n')
      tmux.keys('Enter')
      await tmux.waitFor(/Step tell is not done\. What now\?/)
      tmux.keys('Enter') // ask again
      await waitForCount(/Done\? Legal told/, 2)
      // The skipped pause is still open: the contained mark's "Done?" defaults to No, so yes is typed.
      tmux.type('y')
      tmux.keys('Enter')
      assert.equal(await tmux.exitCode(), 0, tmux.screen())
      assert.match(tmux.screen(), /Still open before step tell marks the incident contained[^]*Step pause \(pause-pipeline\/kafka-connect\) was skipped/)
      assert.match(tmux.screen(), /Go ahead: pause kafka-connect connector logs-sink at \S+\? \(unreachable at preflight: \S+ could not connect:\s+connection\s+refused/)
      assert.match(tmux.screen(), /SKIPPED pause: Kafka Connect unreachable/)
      assert.match(tmux.screen(), /tty-trouble complete for \S+; marked contained \(contained with 1 item still open: see above and the postmortem\)\./)
      assert.ok(!tmux.screen().includes(token))
    } finally {
      tmux.kill()
    }
    assert.equal(server.count('POST', '/credentials/revoke'), revokes, 'refused: pl sent no revocation')
    const recorded = (await entries(t, incident)).filter((x) => x.kind === 'runbook.step' && x.body!.runbook === 'tty-trouble' && x.body!.status !== 'answered')
    assert.deepEqual(
      recorded.map((x) => [x.body!.step, x.body!.status, x.body!.reason ?? x.body!.note ?? null]),
      [
        ['pause', 'skipped', 'Kafka Connect unreachable'],
        ['revoke', 'done', 'alice revoked it in the GitHub settings'],
        ['tell', 'done', null],
      ],
    )
  })

  it('waiting on a provider shows a spinner (provider, request, attempt, elapsed); Ctrl-C cancels cleanly, the step pending', async () => {
    const file = join(t.dir, 'tty-wait.yaml')
    writeFileSync(file, `name: tty-wait
title: Wait
steps:
  - id: pause
    title: Pause the log shipping
    action: {type: pause-pipeline, provider: kafka-connect, params: {connector: slow-sink}}
`)
    server.failNext('PUT', '/connectors/slow-sink/pause', 'hang')
    const env = {...t.env, ...providerEnv(server.url), PL_HTTP_TIMEOUT_MS: '60000'}
    const cmd = `env ${Object.entries(env)
      .map(([k, v]) => `${k}=${shellQuote(v)}`)
      .join(' ')} ${shellQuote(process.execPath)} ${shellQuote(BIN)} runbook run ${shellQuote(file)} --incident ${incident} --yes`
    const tmux = new TmuxSession(t.dir)
    try {
      tmux.start(cmd)
      await tmux.waitFor(/kafka-connect: PUT \/connectors\/slow-sink\/pause — attempt 1\/3, \d+\.\d s — Ctrl-C cancels/)
      // The elapsed time moves.
      const first = /attempt 1\/3, (\d+\.\d) s/.exec(tmux.screen())![1]
      await new Promise((r) => setTimeout(r, 600))
      const second = /attempt 1\/3, (\d+\.\d) s/.exec(tmux.screen())![1]
      assert.ok(Number(second) > Number(first), `${first} → ${second}`)
      tmux.keys('C-c')
      assert.equal(await tmux.exitCode(), 130, tmux.screen())
      assert.match(tmux.screen(), /Cancelled at step pause while waiting for the provider/)
    } finally {
      tmux.kill()
    }
    const r = await runJson<{incidents: {walks: {runbook: string; steps: {id: string; state: string}[]; lease: unknown}[]}[]}>(['runbook', 'status', incident], {env})
    const walk = r.json.incidents[0]!.walks.find((w) => w.runbook === 'tty-wait')!
    assert.equal(walk.steps[0]!.state, 'failed')
    assert.equal(walk.lease, null, 'the lease was released')
  })
})
