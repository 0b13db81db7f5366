/**
 * Before a step that marks the incident contained, the walk says what the incident still leaves
 * open (the postmortem's list: a skipped revocation, a captured credential no step revoked) and
 * its yes/no defaults to No; contained anyway, the open items are recorded on the mark, masked.
 * With nothing open the step asks as the runbook says and the mark is plain. Real store, real scan,
 * a local GitHub revocation endpoint.
 */
import assert from 'node:assert/strict'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {parseRunbook} from '../../../src/domain/runbook/parse.js'
import type {Runbook} from '../../../src/domain/runbook/types.js'
import type {WalkEvent} from '../../../src/services/runbook/walk.js'
import {walkRunbook} from '../../../src/services/runbook/walk.js'
import type {SessionOptions} from '../../../src/services/session.js'
import {runJson, runPl, tempStore} from '../../helpers/cli.js'
import type {TestStore} from '../../helpers/cli.js'
import {fakes, githubToken, Rng} from '../../fixtures/scan/fakes.js'
import {entries} from '../../fixtures/providers/ledger.js'
import {providerEnv, providerServer} from '../../fixtures/providers/providers.js'
import type {ProviderState} from '../../fixtures/providers/providers.js'
import type {ProviderServer} from '../../fixtures/providers/server.js'
import {ScriptedPrompter} from '../../prompts/scripted.js'
import type {Method} from '../../prompts/scripted.js'

const rng = new Rng(Date.now() % 2 ** 31)

const RUNBOOK = `name: contain
title: Contain
steps:
  - id: revoke-github
    title: Revoke the GitHub tokens found
    when: {finding: github-token}
    action: {type: revoke-token, provider: github, params: {tokens: "{{ secrets.github-token }}"}}
  - id: contained
    title: Verify and mark contained
    question: {type: confirm, message: Remaining copies re-scanned clean?, default: true}
    action: {type: manual, params: {task: Remaining copies re-scanned clean; credentials dead}}
    mark: contained
`

function runbook(): Runbook {
  const r = parseRunbook(RUNBOOK, 'rb.yaml')
  assert.deepEqual(r.problems, [])
  return r.runbook!
}

describe('walk: what is still open before the contained mark', () => {
  let t: TestStore
  let server: ProviderServer
  let state: ProviderState
  before(async () => {
    t = tempStore('pl-walk-contained-')
    ;({server, state} = providerServer())
    await server.start()
    assert.equal((await runPl(['init'], {env: t.env})).code, 0)
  })
  after(async () => {
    await server.stop()
    t.cleanup()
  })
  /** An incident whose scan captured `values` (one per line of a log). */
  const incidentWith = async (title: string, values: string[]): Promise<string> => {
    const id = (await runJson<{id: string}>(['incident', 'open', '--title', title, '--severity', 'P2', '--class', 'secret'], {env: t.env})).json.id
    const log = join(t.dir, `${id}.jsonl`)
    writeFileSync(log, values.map((v, i) => JSON.stringify({ts: `2026-12-07T20:0${i}:00Z`, msg: `debug: using key ${v}`})).join('\n') + '\n')
    assert.equal((await runPl(['scan', log, '--incident', id], {env: t.env})).code, 1)
    return id
  }
  const session = (script: [Method, unknown][]): {session: SessionOptions; prompter: ScriptedPrompter} => {
    const prompter = new ScriptedPrompter(script)
    return {prompter, session: {storePath: t.store, env: {PL_KEY_FILE: t.keyFile, ...providerEnv(server.url)}, prompter, actor: 'tester@test', now: () => Date.now()}}
  }

  it('a skipped revocation and an unrevoked captured key: listed, the confirmation defaults to No, and containing anyway records them masked', async () => {
    const token = githubToken(rng)
    const openai = fakes.openaiProject(rng)
    const incident = await incidentWith('open before contained', [token, openai])
    const {session: s, prompter} = session([
      ['confirm', false],
      ['select', 'skip'],
      ['input', 'GitHub API down'],
      ['confirm', true],
    ])
    const events: WalkEvent[] = []
    const r = await walkRunbook(s, {runbook: runbook(), incident, answers: new Map(), yes: false, dryRun: false, cwd: t.dir, onEvent: (e) => events.push(e)})
    prompter.done()
    const contained = prompter.asked.at(-1)!
    assert.equal(contained.message, 'Remaining copies re-scanned clean? (2 items still open, listed above)')
    assert.equal(contained.default, false)
    const said = events.find((e) => e.type === 'open')
    assert.ok(said?.type === 'open')
    assert.equal(said.open.length, 2)
    assert.match(said.open[0]!, /^Step revoke-github \(revoke-token\/github\) was skipped \(GitHub API down\)/)
    assert.match(said.open[1]!, /^Captured openai-api-key sk-.*no revocation recorded/)
    assert.deepEqual(r.marked, ['contained'])
    assert.deepEqual(r.openWhenContained, said.open)
    const all = await entries(t, incident)
    const mark = all.find((e) => e.kind === 'timeline.mark' && e.body?.phase === 'contained')!
    const note = String(mark.body!.note)
    assert.match(note, /^runbook contain, step contained; marked with 2 items still open: Step revoke-github .*; Captured openai-api-key /)
    assert.ok(!note.includes(openai) && !note.includes(token), 'no raw value on the mark')
    assert.ok(!JSON.stringify(events).includes(openai), 'no raw value said')
  })

  it('nothing open (the token revoked by the walk): the runbook default stands and the mark is plain', async () => {
    const token = githubToken(rng)
    state.live.set('github', new Set([token]))
    const incident = await incidentWith('nothing open', [token])
    const {session: s, prompter} = session([
      ['confirm', true],
      ['confirm', true],
    ])
    const events: WalkEvent[] = []
    const r = await walkRunbook(s, {runbook: runbook(), incident, answers: new Map(), yes: false, dryRun: false, cwd: t.dir, onEvent: (e) => events.push(e)})
    prompter.done()
    assert.equal(prompter.asked[1]!.message, 'Remaining copies re-scanned clean?')
    assert.equal(prompter.asked[1]!.default, true)
    assert.equal(events.some((e) => e.type === 'open'), false)
    assert.equal(r.openWhenContained, undefined)
    const mark = (await entries(t, incident)).find((e) => e.kind === 'timeline.mark' && e.body?.phase === 'contained')!
    assert.equal(mark.body!.note, 'runbook contain, step contained')
  })

  it('a manual contained step without a question: its "Done?" defaults to No while a captured key is unrevoked', async () => {
    const incident = await incidentWith('manual only', [fakes.anthropic(rng)])
    const rb = parseRunbook(
      `name: manual
title: Manual
steps:
  - id: contained
    title: Contained
    action: {type: manual, params: {task: Copies re-scanned clean}}
    mark: contained
`,
      'm.yaml',
    ).runbook!
    const {session: s, prompter} = session([['confirm', true]])
    const r = await walkRunbook(s, {runbook: rb, incident, answers: new Map(), yes: false, dryRun: false, cwd: t.dir})
    prompter.done()
    assert.equal(prompter.asked[0]!.message, 'Done? Copies re-scanned clean')
    assert.equal(prompter.asked[0]!.default, false)
    assert.equal(r.openWhenContained?.length, 1)
    assert.match(r.openWhenContained![0]!, /^Captured anthropic-api-key /)
  })
})
