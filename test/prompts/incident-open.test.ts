/** The questions of `pl incident open`, answered from a script. */
import {describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {askIncidentOpen} from '../../src/prompts/incident-open.js'
import {ScriptedPrompter} from './scripted.js'

const NOW = Date.parse('2026-11-20T15:00:00Z')

describe('incident open questions', () => {
  test('with no flags, asks title, severity, classes, start and detection, in that order', async () => {
    const p = new ScriptedPrompter([
      ['input', '  System prompt in gateway logs  '],
      ['select', 'P1'],
      ['checkbox', ['system-prompt', 'secret']],
      ['input', '2h ago'],
      ['input', 'now'],
    ])
    const answers = await askIncidentOpen(p, {}, NOW)
    p.done()
    assert.deepEqual(answers, {title: 'System prompt in gateway logs', severity: 'P1', classes: ['system-prompt', 'secret'], startedAt: NOW - 2 * 3_600_000, detectedAt: NOW})
    assert.deepEqual(
      p.asked.map((q) => q.message),
      ['What leaked, and where? (one line)', 'Severity', 'What leaked? (space to select, enter to confirm)', 'When did the leak start? (blank if unknown; e.g. "2h ago", "13:02")', 'When was it detected?'],
    )
    assert.equal(p.asked[1]!.default, 'P2')
    assert.deepEqual(p.asked[1]!.choices!.map((c) => c.value), ['P1', 'P2', 'P3', 'P4'])
  })

  test('the title must not be blank and the times must parse; a blank start means unknown', async () => {
    const p = new ScriptedPrompter([
      ['input', 'x'],
      ['select', 'P3'],
      ['checkbox', []],
      ['input', ''],
      ['input', '15m ago'],
    ])
    const answers = await askIncidentOpen(p, {}, NOW)
    const [title, , , started, detected] = p.asked
    assert.equal(title!.validate!('   '), 'A title is required.')
    assert.equal(title!.validate!('a leak'), true)
    assert.equal(started!.validate!(''), true, 'the start may stay unknown')
    assert.notEqual(started!.validate!('not a time'), true)
    assert.notEqual(detected!.validate!(''), true, 'the detection time is required')
    assert.equal(detected!.default, 'now')
    assert.equal(answers.startedAt, undefined)
    assert.equal(answers.detectedAt, NOW - 15 * 60_000)
  })

  test('a detection time before the start, or a time in the future, is refused at the question (asked again, nothing lost)', async () => {
    const p = new ScriptedPrompter([
      ['input', 'x'],
      ['select', 'P2'],
      ['checkbox', []],
      ['input', '2h ago'],
      ['input', '1h ago'],
    ])
    const answers = await askIncidentOpen(p, {}, NOW)
    p.done()
    const [, , , started, detected] = p.asked
    assert.equal(detected!.validate!('3h ago'), 'Detected 3h ago is before the start (2h ago): give a time at or after it.')
    assert.equal(detected!.validate!('2h ago'), true, 'detected at the start is fine')
    assert.equal(detected!.validate!('now'), true)
    assert.match(String(detected!.validate!('2026-11-20T17:00:00Z')), /^The detection time is in the future: /)
    assert.match(String(started!.validate!('2026-11-20T17:00:00Z')), /^The start time is in the future: /)
    assert.deepEqual(answers, {title: 'x', severity: 'P2', classes: [], startedAt: NOW - 2 * 3_600_000, detectedAt: NOW - 3_600_000})
  })

  test('with the start from --started-at, the detection asked is checked against it', async () => {
    const p = new ScriptedPrompter([
      ['input', 'x'],
      ['select', 'P2'],
      ['checkbox', []],
      ['input', 'now'],
    ])
    await askIncidentOpen(p, {startedAt: '2026-11-20T14:00:00Z'}, NOW)
    p.done()
    assert.equal(p.asked.at(-1)!.validate!('2026-11-20T13:00:00Z'), 'Detected 2026-11-20T13:00:00Z is before the start (2026-11-20T14:00:00Z): give a time at or after it.')
  })

  test('flags given are not asked; with --title the times are not asked either', async () => {
    const p = new ScriptedPrompter([['select', 'P2']])
    const answers = await askIncidentOpen(p, {title: 'Token in a trace', classes: ['secret']}, NOW)
    p.done()
    assert.deepEqual(answers, {title: 'Token in a trace', severity: 'P2', classes: ['secret'], detectedAt: NOW})
  })

  test('without a terminal nothing is asked: the flags and defaults stand', async () => {
    const p = new ScriptedPrompter([], false)
    const answers = await askIncidentOpen(p, {title: 't', severity: 'P4', startedAt: '2026-11-20T13:02:00Z'}, NOW)
    assert.deepEqual(answers, {title: 't', severity: 'P4', classes: [], startedAt: Date.parse('2026-11-20T13:02:00Z'), detectedAt: NOW})
    assert.deepEqual(p.asked, [])
  })
})
