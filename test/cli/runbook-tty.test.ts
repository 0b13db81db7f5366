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
})
