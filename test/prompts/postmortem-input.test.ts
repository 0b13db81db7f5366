/** The postmortem's questions, answered from a script. */
import {describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {askPostmortemInput} from '../../src/prompts/postmortem-input.js'
import {ScriptedPrompter} from './scripted.js'

describe('postmortem questions', () => {
  test('a root cause and action items until an empty answer, each trimmed', async () => {
    const p = new ScriptedPrompter([
      ['input', '  The debug logger kept whole requests  '],
      ['input', 'Drop request bodies from gateway logs'],
      ['input', ' Rotate the support bot prompt '],
      ['input', ''],
    ])
    assert.deepEqual(await askPostmortemInput(p), {rootCause: 'The debug logger kept whole requests', actionItems: ['Drop request bodies from gateway logs', 'Rotate the support bot prompt']})
    assert.deepEqual(
      p.asked.map((a) => a.message),
      ['Root cause (empty to leave it unrecorded):', 'Action item 1 (empty to finish):', 'Action item 2 (empty to finish):', 'Action item 3 (empty to finish):'],
    )
    p.done()
  })

  test('action items without a root cause', async () => {
    const p = new ScriptedPrompter([['input', ''], ['input', 'Add a leak test'], ['input', '  ']])
    assert.deepEqual(await askPostmortemInput(p), {actionItems: ['Add a leak test']})
  })

  test('nothing at all records nothing', async () => {
    const p = new ScriptedPrompter([['input', ' '], ['input', '']])
    assert.equal(await askPostmortemInput(p), undefined)
  })

  test('a root cause the runbook walk recorded is not asked again', async () => {
    const p = new ScriptedPrompter([['input', 'Add a leak test'], ['input', '']])
    assert.deepEqual(await askPostmortemInput(p, {rootCause: 'token pasted into a prompt template'}), {actionItems: ['Add a leak test']})
    assert.deepEqual(p.asked.map((q) => q.message), ['Action item 1 (empty to finish):', 'Action item 2 (empty to finish):'])
  })
})
