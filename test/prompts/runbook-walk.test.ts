/** The questions of a runbook walk, answered from a script. */
import {describe, test} from 'node:test'
import assert from 'node:assert/strict'
import type {Question} from '../../src/domain/runbook/types.js'
import {askStepQuestion, askStepTrouble, askWhichIncident, confirmStepAction} from '../../src/prompts/runbook-walk.js'
import type {Method} from './scripted.js'
import {ScriptedPrompter} from './scripted.js'

const choices = [
  {value: 'github', name: 'GitHub token'},
  {value: 'slack', name: 'Slack token'},
]

describe('runbook walk questions', () => {
  test('offers the open incidents by id, severity and title', async () => {
    const p = new ScriptedPrompter([['select', 'INC-2026-0002']])
    const id = await askWhichIncident(p, [
      {id: 'INC-2026-0001', severity: 'P1', title: 'Token in logs'},
      {id: 'INC-2026-0002', severity: null, title: null},
      {id: 'INC-2026-0003', severity: null, title: null, access: false},
    ])
    assert.equal(id, 'INC-2026-0002')
    assert.equal(p.asked[0]!.message, 'Which incident?')
    // One whose title the responder cannot read for want of a grant says so; it is not shredded (ADR 0014).
    assert.deepEqual(p.asked[0]!.choices, [
      {name: 'INC-2026-0001  P1  Token in logs', value: 'INC-2026-0001'},
      {name: 'INC-2026-0002  ?  (shredded title)', value: 'INC-2026-0002'},
      {name: 'INC-2026-0003  (no access)', value: 'INC-2026-0003'},
    ])
  })

  test('each question type asks with its own prompt and default', async () => {
    const cases: [Question, [Method, unknown], unknown][] = [
      [{type: 'confirm', message: 'Cached?', default: true}, ['confirm', false], true],
      [{type: 'input', message: 'Glob?', default: 'logs/*'}, ['input', 'a/*'], 'logs/*'],
      [{type: 'select', message: 'Which?', choices, default: 'slack'}, ['select', 'github'], 'slack'],
      [{type: 'password', message: 'Token?'}, ['password', 's3cret'], undefined],
    ]
    for (const [q, answer, wanted] of cases) {
      const p = new ScriptedPrompter([answer])
      assert.deepEqual(await askStepQuestion(p, q), answer[1])
      assert.equal(p.asked[0]!.message, q.message)
      assert.equal(p.asked[0]!.default, wanted, q.type)
    }
  })

  test('a password answer may not be empty', async () => {
    const p = new ScriptedPrompter([['password', 'x']])
    await askStepQuestion(p, {type: 'password', message: 'Token?'})
    assert.equal(p.asked[0]!.validate!(''), 'Enter a value (it is not shown).')
    assert.equal(p.asked[0]!.validate!('x'), true)
  })

  test('a checkbox pre-checks its default choices', async () => {
    const p = new ScriptedPrompter([['checkbox', ['slack']]])
    assert.deepEqual(await askStepQuestion(p, {type: 'checkbox', message: 'Leaked?', choices, default: ['github']}), ['slack'])
    assert.deepEqual(p.asked[0]!.choices, [
      {name: 'GitHub token', value: 'github', checked: true},
      {name: 'Slack token', value: 'slack', checked: false},
    ])
  })

  test('a question asked again says why after its message', async () => {
    const p = new ScriptedPrompter([['password', 'again']])
    await askStepQuestion(p, {type: 'password', message: 'Token?'}, 'asked again: the earlier answer, EV-7, was crypto-shredded')
    assert.equal(p.asked[0]!.message, 'Token? (asked again: the earlier answer, EV-7, was crypto-shredded)')
  })

  test('a manual task is confirmed as done (yes by default); an action needs a go-ahead (no by default)', async () => {
    const p = new ScriptedPrompter([
      ['confirm', true],
      ['confirm', false],
    ])
    assert.equal(await confirmStepAction(p, {type: 'manual', task: 'Tell the vendor'}), true)
    assert.equal(await confirmStepAction(p, {type: 'action', what: 'revoke 1 GitHub token (ghp_…abcd)'}), false)
    assert.deepEqual(
      p.asked.map((q) => [q.message, q.default]),
      [
        ['Done? Tell the vendor', true],
        ['Go ahead: revoke 1 GitHub token (ghp_…abcd)?', false],
      ],
    )
  })

  test('a failed step offers retry, skip with a reason, done by hand with a note, or stop; a refused one defaults to skip', async () => {
    const p = new ScriptedPrompter([
      ['select', 'retry'],
      ['select', 'skip'],
      ['input', '  GitHub API down  '],
      ['select', 'by-hand'],
      ['input', 'alice paused it in the UI'],
      ['select', 'stop'],
    ])
    assert.deepEqual(await askStepTrouble(p, {step: 'revoke', kind: 'failed', problem: 'github: could not connect'}), {choice: 'retry'})
    assert.deepEqual(await askStepTrouble(p, {step: 'revoke', kind: 'failed', problem: 'github: could not connect'}), {choice: 'skip', reason: 'GitHub API down'})
    assert.deepEqual(await askStepTrouble(p, {step: 'pause', kind: 'refused'}), {choice: 'by-hand', note: 'alice paused it in the UI'})
    assert.deepEqual(await askStepTrouble(p, {step: 'tell', kind: 'not-done'}), {choice: 'stop'})
    p.done()
    assert.equal(p.asked[0]!.message, 'Step revoke failed: github: could not connect. What now?')
    assert.deepEqual(p.asked[0]!.choices!.map((c) => c.value), ['retry', 'skip', 'by-hand', 'stop'])
    assert.equal(p.asked[0]!.default, 'retry')
    assert.equal(p.asked[2]!.validate!('  '), 'Enter a reason; it is recorded.')
    assert.equal(p.asked[3]!.message, 'Step pause was not confirmed. What now?')
    assert.equal(p.asked[3]!.default, 'skip')
    assert.equal(p.asked[3]!.choices![0]!.name, 'Go ahead after all')
    // A manual task is done by hand by nature: not offered again.
    assert.deepEqual(p.asked[5]!.choices!.map((c) => c.value), ['retry', 'skip', 'stop'])
  })
})
