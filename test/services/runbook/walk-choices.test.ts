/**
 * The walk's choices in-process, with scripted answers against a real store and a local provider:
 * a manual step with its own yes/no question asks once (a "no" offers the choices), and "change an
 * earlier answer" after a failure appends a correcting answer and retries with it.
 */
import assert from 'node:assert/strict'
import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {parseRunbook} from '../../../src/domain/runbook/parse.js'
import type {Runbook} from '../../../src/domain/runbook/types.js'
import {walkRunbook} from '../../../src/services/runbook/walk.js'
import type {SessionOptions} from '../../../src/services/session.js'
import {initWithIncident, runJson, tempStore} from '../../helpers/cli.js'
import type {TestStore} from '../../helpers/cli.js'
import {entries} from '../../fixtures/providers/ledger.js'
import {providerEnv, providerServer} from '../../fixtures/providers/providers.js'
import type {ProviderState} from '../../fixtures/providers/providers.js'
import type {ProviderServer} from '../../fixtures/providers/server.js'
import {ScriptedPrompter} from '../../prompts/scripted.js'
import type {Method} from '../../prompts/scripted.js'

function runbook(text: string): Runbook {
  const r = parseRunbook(text, 'rb.yaml')
  assert.deepEqual(r.problems, [])
  return r.runbook!
}

describe('walk choices (scripted)', () => {
  let t: TestStore
  let server: ProviderServer
  let state: ProviderState
  before(async () => {
    t = tempStore('pl-walk-choices-')
    ;({server, state} = providerServer())
    await server.start()
  })
  after(async () => {
    await server.stop()
    t.cleanup()
  })
  const openIncident = async (title: string) => (await runJson<{id: string}>(['incident', 'open', '--title', title, '--severity', 'P2', '--class', 'secret'], {env: t.env})).json.id
  const session = (script: [Method, unknown][]): {session: SessionOptions; prompter: ScriptedPrompter} => {
    const prompter = new ScriptedPrompter(script)
    return {prompter, session: {storePath: t.store, env: {PL_KEY_FILE: t.keyFile, ...providerEnv(server.url)}, prompter, actor: 'tester@test', now: () => Date.now()}}
  }

  it('a manual step with its own yes/no question asks once; "no" offers ask again / skip / stop', async () => {
    const incident = await initWithIncident(t, 'asks once')
    const rb = runbook(`name: once
title: Once
steps:
  - id: preserve
    title: Preserve
    question: {type: confirm, message: Logs preserved?, default: true}
    action: {type: manual, params: {task: Logs preserved}}
  - id: tell
    title: Tell legal
    question: {type: confirm, message: Legal told?}
    action: {type: manual, params: {task: Legal told}}
`)
    const {session: s, prompter} = session([
      ['confirm', true],
      ['confirm', false],
      ['select', 'skip'],
      ['input', 'legal is asleep; at 9:00'],
    ])
    const r = await walkRunbook(s, {runbook: rb, incident, answers: new Map(), yes: false, dryRun: false, cwd: t.dir})
    prompter.done()
    assert.deepEqual(prompter.asked.map((q) => q.message), ['Logs preserved?', 'Legal told?', 'Step tell is not done. What now?', 'Why is tell skipped?'])
    assert.deepEqual(r.steps.map((x) => [x.id, x.status, x.reason]), [['preserve', 'done', undefined], ['tell', 'skipped', 'legal is asleep; at 9:00']])
  })

  it('"change an earlier answer" after a failure records a correcting answer, confirms again, and retries with it', async () => {
    const incident = await openIncident('reanswer')
    const rb = runbook(`name: fix
title: Fix
steps:
  - id: connector
    title: Connector
    question: {type: input, message: Connector}
  - id: pause
    title: Pause
    action: {type: pause-pipeline, provider: kafka-connect, params: {connector: "{{ answers.connector }}"}}
`)
    server.failNext('PUT', '/connectors/logs-sinc/pause', {status: 404, json: {error_code: 404, message: 'Connector logs-sinc not found'}})
    const {session: s, prompter} = session([
      ['input', 'logs-sinc'],
      ['confirm', true],
      ['select', 'reanswer'],
      ['select', 'connector'],
      ['input', 'logs-sink'],
      ['confirm', true],
    ])
    const r = await walkRunbook(s, {runbook: rb, incident, answers: new Map(), yes: false, dryRun: false, cwd: t.dir})
    prompter.done()
    assert.deepEqual(prompter.asked.map((q) => q.message), [
      'Connector',
      'Go ahead: pause kafka-connect connector logs-sinc at ' + server.url + '?',
      'Step pause failed: kafka-connect: PUT /connectors/logs-sinc/pause failed with 404. What now?',
      'Which answer?',
      'Connector (changing the answer; it was logs-sinc)',
      'Go ahead: pause kafka-connect connector logs-sink at ' + server.url + '?',
    ])
    assert.deepEqual(prompter.asked[3]!.choices!.map((c) => c.name), ['connector: logs-sinc'])
    assert.deepEqual(r.reanswered, [{step: 'connector', redo: [], reopen: []}])
    assert.ok(state.paused.has('kafka:logs-sink'))
    const answers = (await entries(t, incident)).filter((x) => x.kind === 'runbook.step' && x.body!.status === 'answered').map((x) => x.body!.answer)
    assert.deepEqual(answers, ['logs-sinc', 'logs-sink'])
  })

  it('a changed answer reopens an earlier step that used it: the walk goes back to it, then retries the failed step', async () => {
    const incident = await openIncident('reopen back')
    const rb = runbook(`name: back
title: Back
steps:
  - id: connector
    title: Connector
    question: {type: input, message: Connector}
  - id: pause
    title: Pause the connector
    action: {type: pause-pipeline, provider: kafka-connect, params: {connector: "{{ answers.connector }}"}}
  - id: pause-archive
    title: Pause the archive copy
    action: {type: pause-pipeline, provider: kafka-connect, params: {connector: "{{ answers.connector }}-archive"}}
`)
    // The first connector was the wrong one: its archive copy does not exist.
    server.failNext('PUT', '/connectors/spans-old-archive/pause', {status: 404, json: {error_code: 404, message: 'Connector spans-old-archive not found'}})
    const {session: s, prompter} = session([
      ['input', 'spans-old'],
      ['confirm', true],
      ['confirm', true],
      ['select', 'reanswer'],
      ['select', 'connector'],
      ['input', 'spans-new'],
      ['confirm', true],
      ['confirm', true],
    ])
    const r = await walkRunbook(s, {runbook: rb, incident, answers: new Map(), yes: false, dryRun: false, cwd: t.dir})
    prompter.done()
    assert.deepEqual(prompter.asked.slice(6).map((q) => q.message), [
      `Go ahead: pause kafka-connect connector spans-new at ${server.url}?`,
      `Go ahead: pause kafka-connect connector spans-new-archive at ${server.url}?`,
    ])
    assert.deepEqual(r.reanswered, [{step: 'connector', redo: [], reopen: ['pause']}])
    assert.ok(state.paused.has('kafka:spans-new') && state.paused.has('kafka:spans-new-archive'))
    assert.deepEqual(r.steps.map((x) => [x.id, x.status]), [['connector', 'done'], ['pause', 'done'], ['pause-archive', 'done']])
    const steps = (await entries(t, incident)).filter((x) => x.kind === 'runbook.step').map((x) => [x.body!.step, x.body!.status, x.body!.because ?? x.body!.answer ?? null])
    assert.deepEqual(steps, [
      ['connector', 'answered', 'spans-old'],
      ['connector', 'done', null],
      ['pause', 'done', null],
      ['connector', 'answered', 'spans-new'],
      ['pause', 'reopened', 'connector'],
      ['pause', 'done', null],
      ['pause-archive', 'done', null],
    ])
  })

  it('the go-ahead for a purge counts what it would preserve and delete; refused, nothing is deleted', async () => {
    const incident = await openIncident('purge count')
    const dir = join(t.dir, 'confirm-logs')
    mkdirSync(dir, {recursive: true})
    for (const f of ['a.jsonl', 'b.jsonl']) writeFileSync(join(dir, f), 'You are…')
    const rb = runbook(`name: purge-confirm
title: Purge
steps:
  - id: purge
    title: Purge the copies
    action: {type: purge, provider: files, params: {path: "${dir}/*.jsonl"}}
`)
    const {session: s, prompter} = session([
      ['confirm', false],
      ['select', 'skip'],
      ['input', 'checked the count first'],
    ])
    const r = await walkRunbook(s, {runbook: rb, incident, answers: new Map(), yes: false, dryRun: false, cwd: t.dir})
    prompter.done()
    assert.equal(prompter.asked[0]!.message, `Go ahead: preserve, delete and verify files matching ${dir}/*.jsonl (would preserve and delete 2 files)?`)
    assert.deepEqual(r.steps.map((x) => [x.id, x.status]), [['purge', 'skipped']])
    assert.ok(existsSync(join(dir, 'a.jsonl')) && existsSync(join(dir, 'b.jsonl')))
  })

  it('a dry run asked on a terminal hands back its answers (never a password answer) for --answers-out; nothing is recorded', async () => {
    const incident = await openIncident('dry answers')
    const rb = runbook(`name: dry
title: Dry
steps:
  - id: kind
    title: Kind
    question: {type: checkbox, message: Kinds, choices: [github, openai]}
  - id: pw
    title: Token
    question: {type: password, message: Token}
  - id: connector
    title: Connector
    question: {type: input, message: Connector}
`)
    const {session: s, prompter} = session([
      ['checkbox', ['openai']],
      ['password', 'not-a-real-token'],
      ['input', 'logs-sink'],
    ])
    const before = (await entries(t, incident)).length
    const r = await walkRunbook(s, {runbook: rb, incident, answers: new Map(), yes: false, dryRun: true, cwd: t.dir, collectAnswers: true})
    prompter.done()
    assert.deepEqual(r.answers, {kind: ['openai'], connector: 'logs-sink'})
    assert.equal((await entries(t, incident)).length, before)
  })
})
