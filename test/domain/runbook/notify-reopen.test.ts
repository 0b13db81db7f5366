/**
 * The pure parts of the notify action and of changing an answer: a notify message is masked by
 * pl's own scanner; templates name incident, step and runbook fields and nothing else (no code);
 * a notify step's fixed values are checked; a changed answer reopens the steps that used it (and
 * the fold and the status know a reopened step is to do again); --yes takes the runbook's default,
 * never a choice the findings suggest.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {parseRunbook} from '../../../src/domain/runbook/parse.js'
import {walkStatus} from '../../../src/domain/runbook/status.js'
import {render, templateRefs} from '../../../src/domain/runbook/template.js'
import type {Runbook} from '../../../src/domain/runbook/types.js'
import type {StepRecordBody} from '../../../src/domain/runbook/walk.js'
import {defaultAnswer, foldWalk, missingAnswers, readersOfAnswer} from '../../../src/domain/runbook/walk.js'
import {runbookStep} from '../../../src/domain/entries/runbook-step.js'
import {maskSecrets} from '../../../src/domain/scan/mask-text.js'
import {fakes, githubToken, Rng} from '../../fixtures/scan/fakes.js'

const rng = new Rng(13)

function parse(text: string): Runbook {
  const r = parseRunbook(text, 'rb.yaml')
  assert.deepEqual(r.problems, [])
  return r.runbook!
}

const problems = (text: string) => parseRunbook(text, 'rb.yaml').problems.map((p) => `${p.line}:${p.col}: ${p.message}`)

describe('notify: masking and templates', () => {
  it('masks every secret and personal value the scanner finds, keeping the rest of the text', () => {
    const token = githubToken(rng)
    const email = fakes.email(rng)
    const key = fakes.openaiProject(rng)
    const text = `alice (${email}) found ${token}\nand ${key} in the logs`
    const m = maskSecrets(text)
    for (const raw of [token, email, key]) assert.ok(!m.text.includes(raw))
    assert.match(m.text, /^alice \(.+\) found ghp_…[A-Za-z0-9]{4}\nand sk-proj-…[A-Za-z0-9_-]{4} in the logs$/)
    assert.deepEqual(m.masked.map((x) => x.rule), ['email', 'github-token', 'openai-api-key'])
    assert.deepEqual(maskSecrets('nothing to see'), {text: 'nothing to see', masked: []})
  })

  it('templates name incident, step and runbook fields; anything else is refused at its line and column', () => {
    assert.deepEqual(templateRefs('{{ incident.status }} {{ incident.link }} {{ step.title }} {{ runbook.name }}').refs.map((r) => `${r.scope}.${r.key}`), ['incident.status', 'incident.link', 'step.title', 'runbook.name'])
    assert.match(templateRefs('{{ process.env.HOME }}').problem!.message, /names no known variable/)
    assert.match(templateRefs("{{ incident.title | upper }}").problem!.message, /names no known variable/)
    const values: Record<string, string> = {'incident.id': 'INC-1', 'step.title': 'Tell them', 'runbook.name': 'rb'}
    assert.equal(render('{{ incident.id }}: {{ step.title }} ({{ runbook.name }})', (r) => values[`${r.scope}.${r.key}`]), 'INC-1: Tell them (rb)')
    const head = 'name: rb\ntitle: RB\nsteps:\n  - id: tell\n    title: Tell\n    action: {type: notify, provider: slack-webhook, params: {message: '
    assert.deepEqual(problems(`${head}"{{ step.owner }} {{ runbook.file }}"}}\n`), [
      '6:72: step tell: template {{ step.owner }} names an unknown variable; expected step.id|step.title',
      '6:89: step tell: template {{ runbook.file }} names an unknown variable; expected runbook.name|runbook.title',
    ])
    assert.match(problems(`${head}"{{ secrets.github-token }}"}}\n`)[0]!, /would put captured secret values into "message"/)
  })

  it('a notify step names its variables literally and uses PagerDuty\'s events and severities', () => {
    const rb = (params: string) => `name: rb\ntitle: RB\nsteps:\n  - id: q\n    title: Q\n    question: {type: input, message: Q}\n  - id: tell\n    title: Tell\n    action: {type: notify, provider: ${params}}\n`
    assert.deepEqual(problems(rb('pagerduty, params: {event: trigger, message: hi, severity: error, routing_key_env: PD_KEY}')), [])
    assert.deepEqual(problems(rb('pagerduty, params: {event: resolve}')), [])
    assert.match(problems(rb('pagerduty, params: {event: page, message: hi}')).join('\n'), /pagerduty "event" must be one of trigger, acknowledge, resolve/)
    assert.match(problems(rb('pagerduty, params: {event: trigger}')).join('\n'), /a pagerduty trigger needs the parameter "message"/)
    assert.match(problems(rb('pagerduty, params: {event: trigger, message: hi, severity: urgent}')).join('\n'), /pagerduty "severity" must be one of critical, error, warning, info/)
    assert.match(problems(rb('slack-webhook, params: {message: hi, url_env: "{{ answers.q }}"}')).join('\n'), /"url_env" must name an environment variable/)
    assert.match(problems(rb('webhook, params: {message: hi, auth_env: lower}')).join('\n'), /"auth_env" must name an environment variable/)
    assert.match(problems(rb('slack, params: {message: hi}')).join('\n'), /notify\/slack needs the parameter "channel"/)
    assert.match(problems(rb('sms, params: {message: hi}')).join('\n'), /unknown notify provider "sms"; expected one of slack, slack-webhook, teams, pagerduty, webhook/)
  })
})

const rb = parse(`name: rb
title: RB
steps:
  - id: connector
    title: Connector
    question: {type: input, message: Connector}
  - id: pause
    title: Pause it
    action: {type: pause-pipeline, provider: kafka-connect, params: {connector: "{{ answers.connector }}"}}
  - id: same
    title: Same action whatever the connector
    when: {answer: connector}
    action: {type: manual, params: {task: Checked}}
  - id: only-b
    title: Only for b
    when: {answer: connector, equals: b}
    action: {type: manual, params: {task: "B: {{ answers.connector }}"}}
  - id: only-a
    title: Only for a
    when: {answer: connector, equals: a}
    action: {type: manual, params: {task: "A: {{ answers.connector }}"}}
  - id: skipped-by-hand
    title: Skipped by the responder
    action: {type: manual, params: {task: "{{ answers.connector }}"}}
`)
const rec = (step: string, status: StepRecordBody['status'], extra: Partial<StepRecordBody> = {}): StepRecordBody => ({runbook: 'rb', step, status, ...extra})

describe('a changed answer reopens the steps that used it', () => {
  const records = [rec('connector', 'answered', {answer: 'a'}), rec('connector', 'done'), rec('pause', 'done'), rec('same', 'done'), rec('only-b', 'skipped'), rec('only-a', 'done'), rec('skipped-by-hand', 'skipped', {reason: 'later'})]

  it('reopens a step whose action used it, and one its condition lets in now; lists the rest', () => {
    const state = foldWalk(rb, records)
    const ctx = {answers: new Map([['connector', 'b']]), classes: [], findings: []}
    assert.deepEqual(readersOfAnswer(rb, state, 'connector', ctx), {reopen: ['pause', 'only-b'], redo: ['same', 'only-a', 'skipped-by-hand']})
  })

  it('a reopened step is to do again: folded as not completed, shown pending with why, summarised in the timeline', () => {
    const state = foldWalk(rb, [...records, rec('connector', 'answered', {answer: 'b'}), rec('pause', 'reopened', {because: 'connector'})])
    assert.equal(state.completed.has('pause'), false)
    assert.equal(state.next?.id, 'pause')
    const steps = [...records, rec('pause', 'reopened', {because: 'connector'})].map((body, i) => ({seq: i + 1, ts: i, actor: 'a', body}))
    const failed = {seq: 1, ts: 0, actor: 'a', body: {runbook: 'rb', step: 'pause', stage: 'failed', error: 'old failure'}}
    const pause = walkStatus('rb', rb, steps, [failed], null).steps.find((s) => s.id === 'pause')!
    assert.deepEqual([pause.state, pause.detail], ['pending', 'reopened: the answer to connector changed'])
    assert.equal(runbookStep.summary({kind: 'runbook.step', body: rec('pause', 'reopened', {because: 'connector'})} as never, {shredOfKey: () => undefined, placedMark: () => undefined, evidenceIdOf: () => undefined, shownId: (recorded: string) => recorded}), 'Runbook rb: step pause REOPENED: the answer to connector changed; to do again')
  })
})

describe('--yes and the findings', () => {
  const q = {type: 'checkbox' as const, message: 'Kinds', choices: [{value: 'github', name: 'GitHub'}, {value: 'openai', name: 'OpenAI'}], default: ['github']}
  const kinds = parse(`name: k\ntitle: K\nsteps:\n  - id: kinds\n    title: Kinds\n    question: {type: checkbox, message: Kinds, choices: [github, openai]}\n`)

  it('takes the runbook\'s default, never the choice the findings suggest (that is pre-selected for a person only)', () => {
    assert.deepEqual(defaultAnswer(q), ['github'])
    // No default in the runbook: the findings do not answer for the responder under --yes.
    const state = foldWalk(kinds, [])
    assert.deepEqual(missingAnswers(kinds, state, {classes: [], findings: ['openai-api-key']}, new Map(), true), ['kinds'])
  })
})
