/**
 * What the walk puts on screen of free text the responder typed is masked as it is recorded (ADR
 * 0038): the echo of a text answer, of a skip reason and of a by-hand note, and the earlier answer
 * quoted by `--reanswer` and by "Which answer?". Real store; the raw value is a fake made here.
 */
import assert from 'node:assert/strict'
import {after, before, describe, it} from 'node:test'
import {parseRunbook} from '../../../src/domain/runbook/parse.js'
import type {Runbook} from '../../../src/domain/runbook/types.js'
import {walkRunbook} from '../../../src/services/runbook/walk.js'
import type {SessionOptions} from '../../../src/services/session.js'
import {initWithIncident, tempStore} from '../../helpers/cli.js'
import type {TestStore} from '../../helpers/cli.js'
import {fakes, Rng} from '../../fixtures/scan/fakes.js'
import {freePort} from '../../fixtures/providers/databases.js'
import {ScriptedPrompter} from '../../prompts/scripted.js'
import type {Method} from '../../prompts/scripted.js'

const RUNBOOK = `name: echo
title: Echo
steps:
  - id: cause
    title: Root cause
    question: {type: input, message: Root cause?}
  - id: tell
    title: Tell legal
    question: {type: confirm, message: Legal told?}
    action: {type: manual, params: {task: Legal told}}
  - id: pause
    title: Pause
    action: {type: pause-pipeline, provider: kafka-connect, params: {connector: logs-sink}}
`

describe('walk: free text echoed masked', () => {
  let t: TestStore
  let closed: string
  before(async () => {
    t = tempStore('pl-walk-echo-')
    closed = `http://127.0.0.1:${await freePort()}`
  })
  after(() => t.cleanup())
  const session = (script: [Method, unknown][]): {session: SessionOptions; prompter: ScriptedPrompter} => {
    const prompter = new ScriptedPrompter(script)
    // Kafka Connect on a closed address: the pause fails and offers "done by hand".
    return {prompter, session: {storePath: t.store, env: {PL_KEY_FILE: t.keyFile, PL_KAFKA_CONNECT_URL: closed}, prompter, actor: 'tester@test', now: () => Date.now()}}
  }

  it('answer, skip reason, by-hand note and the answer quoted by --reanswer never show the raw value', async () => {
    const incident = await initWithIncident(t, 'echo')
    const rb: Runbook = parseRunbook(RUNBOOK, 'rb.yaml').runbook!
    const token = fakes.slackBot(new Rng(Date.now() % 2 ** 31))
    const answer = `leaked via the debug log, ${token}`
    const reason = `legal knows; ${token} rotated`
    const note = `alice paused it; ${token} rotated`
    const first = session([
      ['input', answer],
      ['confirm', false],
      ['select', 'skip'],
      ['input', reason],
      ['confirm', true],
      ['select', 'by-hand'],
      ['input', note],
    ])
    await walkRunbook(first.session, {runbook: rb, incident, answers: new Map(), yes: false, dryRun: false, cwd: t.dir, timeoutMs: 500})
    first.prompter.done()
    const echoes = first.prompter.asked.filter((q) => q.method === 'input').map((q, i) => q.shown!([answer, reason, note][i]!))
    for (const echo of echoes) {
      assert.ok(!echo.includes(token), echo)
      assert.match(echo, /xoxb-…/)
    }

    const again = session([['input', `it was ${token} again`]])
    await walkRunbook(again.session, {runbook: rb, incident, answers: new Map(), yes: false, dryRun: false, cwd: t.dir, reanswer: ['cause']})
    again.prompter.done()
    const asked = again.prompter.asked[0]!
    assert.ok(!asked.message.includes(token), asked.message)
    assert.match(asked.message, /^Root cause\? \(changing the answer; it was leaked via the debug log, xoxb-…\S+\)$/)
    assert.ok(!asked.shown!(`it was ${token} again`).includes(token))
  })
})
