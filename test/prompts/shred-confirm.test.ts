/** The confirmation before crypto-shredding, answered from a script. */
import {describe, test} from 'node:test'
import assert from 'node:assert/strict'
import type {ShredTarget} from '../../src/prompts/shred-confirm.js'
import {confirmShred} from '../../src/prompts/shred-confirm.js'
import {ScriptedPrompter} from './scripted.js'

const exhibit = (n: number): ShredTarget => ({id: `EV-${n}`, type: 'exhibit', label: `log-${n}.jsonl`})

describe('shred confirmation', () => {
  test('up to three items are named in the question, which defaults to no', async () => {
    const p = new ScriptedPrompter([['confirm', false]])
    const listed: string[] = []
    const ok = await confirmShred(p, [exhibit(1), {id: 'EV-2', type: 'captured', label: 'captured github-token ghp_…abcd'}], (l) => listed.push(l))
    assert.equal(ok, false)
    assert.deepEqual(listed, [])
    assert.equal(p.asked[0]!.message, 'Destroy the keys of EV-1 (log-1.jsonl), EV-2 (captured github-token ghp_…abcd)? Their content will be unrecoverable.')
    assert.equal(p.asked[0]!.default, false)
  })

  test('more items are listed above a question that counts them by kind', async () => {
    const p = new ScriptedPrompter([['confirm', true]])
    const listed: string[] = []
    const items: ShredTarget[] = [exhibit(1), exhibit(2), {id: 'EV-3', type: 'captured', label: 'captured email a…@x'}, {id: 'EV-4', type: 'runbook-answer', label: 'answer to r/s'}]
    assert.equal(await confirmShred(p, items, (l) => listed.push(l)), true)
    assert.deepEqual(listed, ['  EV-1  log-1.jsonl', '  EV-2  log-2.jsonl', '  EV-3  captured email a…@x', '  EV-4  answer to r/s'])
    assert.equal(p.asked[0]!.message, 'Destroy the keys of these 2 exhibits, 1 captured value and 1 runbook answer? Their content will be unrecoverable.')
  })

  test('runbook answers are counted only when there are some', async () => {
    const p = new ScriptedPrompter([['confirm', true]])
    await confirmShred(p, [1, 2, 3, 4].map(exhibit), () => undefined)
    assert.equal(p.asked[0]!.message, 'Destroy the keys of these 4 exhibits and 0 captured values? Their content will be unrecoverable.')
  })
})
