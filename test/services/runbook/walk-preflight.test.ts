/**
 * A provider that accepts connections and never answers: preflight finds it unreachable and the
 * step's go-ahead says so; a resumed walk does not warn again about the step skipped since. A
 * reason typed for the skip is echoed masked, as it is recorded.
 * Real store, a real socket that hangs.
 */
import assert from 'node:assert/strict'
import type {Server, Socket} from 'node:net'
import {createServer} from 'node:net'
import {after, before, describe, it} from 'node:test'
import {parseRunbook} from '../../../src/domain/runbook/parse.js'
import type {Runbook} from '../../../src/domain/runbook/types.js'
import type {WalkEvent} from '../../../src/services/runbook/walk.js'
import {walkRunbook} from '../../../src/services/runbook/walk.js'
import type {SessionOptions} from '../../../src/services/session.js'
import {initWithIncident, tempStore} from '../../helpers/cli.js'
import type {TestStore} from '../../helpers/cli.js'
import {githubToken, Rng} from '../../fixtures/scan/fakes.js'
import {ScriptedPrompter} from '../../prompts/scripted.js'
import type {Method} from '../../prompts/scripted.js'

const RUNBOOK = `name: hang
title: Hang
steps:
  - id: token
    title: The leaked token
    question: {type: password, message: Token}
  - id: revoke-github
    title: Revoke it
    action: {type: revoke-token, provider: github, params: {tokens: "{{ answers.token }}"}}
  - id: contained
    title: Contained
    action: {type: manual, params: {task: Copies re-scanned clean}}
`

describe('walk: a provider that never answers', () => {
  let t: TestStore
  let hang: Server
  let url: string
  const sockets: Socket[] = []
  before(async () => {
    t = tempStore('pl-walk-preflight-')
    hang = createServer((socket) => void sockets.push(socket))
    await new Promise<void>((resolve) => hang.listen(0, '127.0.0.1', resolve))
    const address = hang.address()
    assert.ok(typeof address === 'object' && address !== null)
    url = `http://127.0.0.1:${address.port}`
  })
  after(async () => {
    for (const s of sockets) s.destroy()
    await new Promise((resolve) => hang.close(resolve))
    t.cleanup()
  })
  const session = (script: [Method, unknown][]): {session: SessionOptions; prompter: ScriptedPrompter} => {
    const prompter = new ScriptedPrompter(script)
    return {prompter, session: {storePath: t.store, env: {PL_KEY_FILE: t.keyFile, PL_GITHUB_URL: url, GITHUB_TOKEN: 'not-used'}, prompter, actor: 'tester@test', now: () => Date.now()}}
  }

  it('the go-ahead names the preflight failure; resumed, the walk does not warn again about the step skipped', async () => {
    const incident = await initWithIncident(t, 'hang')
    const rb: Runbook = parseRunbook(RUNBOOK, 'rb.yaml').runbook!
    const token = githubToken(new Rng(Date.now() % 2 ** 31))
    const answers = new Map<string, unknown>([['token', token]])
    const reason = `GitHub API hangs; revoked ${token} in the console`
    const first = session([
      ['confirm', false],
      ['select', 'skip'],
      ['input', reason],
      ['confirm', false],
      ['select', 'stop'],
    ])
    const events: WalkEvent[] = []
    await assert.rejects(walkRunbook(first.session, {runbook: rb, incident, answers, yes: false, dryRun: false, cwd: t.dir, timeoutMs: 300, onEvent: (e) => events.push(e)}), /Not confirmed: step contained is still pending/)
    first.prompter.done()
    const preflight = events.find((e) => e.type === 'preflight')
    assert.ok(preflight?.type === 'preflight')
    assert.deepEqual(preflight.problems.map((p) => [p.step, p.kind]), [['revoke-github', 'unreachable']])
    assert.match(first.prompter.asked[0]!.message, new RegExp(`^Go ahead: .*\\? \\(unreachable at preflight: ${url.replaceAll('.', '\\.')} timed out after 300 ms\\)$`))
    assert.equal(first.prompter.asked[0]!.default, false)
    // The reason typed is echoed as it is recorded: the token in it masked (ADR 0038).
    const echo = first.prompter.asked[2]!.shown!(reason)
    assert.ok(!echo.includes(token), echo)
    assert.match(echo, /^GitHub API hangs; revoked ghp_\S+ in the console$/)

    const again = session([['confirm', true]])
    const resumed: WalkEvent[] = []
    const r = await walkRunbook(again.session, {runbook: rb, incident, answers, yes: false, dryRun: false, cwd: t.dir, timeoutMs: 300, onEvent: (e) => resumed.push(e)})
    again.prompter.done()
    assert.equal(resumed.some((e) => e.type === 'preflight'), false, 'no warning about revoke-github, skipped before')
    assert.deepEqual(r.steps.map((x) => [x.id, x.status]), [['token', 'already-done'], ['revoke-github', 'already-done'], ['contained', 'done']])
  })
})
