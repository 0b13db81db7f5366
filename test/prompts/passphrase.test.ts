/** The store passphrase questions, answered from a script. */
import {describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {UserError} from '../../src/errors.js'
import {askNewPassphrase, askPassphrase} from '../../src/prompts/passphrase.js'
import {ScriptedPrompter} from './scripted.js'

describe('passphrase questions', () => {
  test('an existing store asks once', async () => {
    const p = new ScriptedPrompter([['password', 'correct horse battery']])
    assert.equal(await askPassphrase(p), 'correct horse battery')
    assert.deepEqual(p.asked.map((a) => a.message), ['Evidence store passphrase'])
  })

  test('a new store asks twice and holds the first answer to 12 characters', async () => {
    const p = new ScriptedPrompter([['password', 'correct horse battery'], ['password', 'correct horse battery']])
    assert.equal(await askNewPassphrase(p), 'correct horse battery')
    const rule = p.asked[0]!.validate!
    assert.match(String(rule('short')), /at least 12 characters/)
    assert.equal(rule('twelve chars'), true)
    assert.equal(p.asked[1]!.message, 'Repeat the passphrase')
  })

  test('a repeat that differs asks for both again', async () => {
    const p = new ScriptedPrompter([
      ['password', 'correct horse battery'],
      ['password', 'correct horse batterz'],
      ['password', 'correct horse battery'],
      ['password', 'correct horse battery'],
    ])
    assert.equal(await askNewPassphrase(p), 'correct horse battery')
    assert.match(p.asked[2]!.message, /The two passphrases differ/)
    p.done()
  })

  test('three differing repeats create nothing', async () => {
    const p = new ScriptedPrompter(Array.from({length: 6}, (_, i) => ['password', `correct horse battery ${i}`] as ['password', string]))
    await assert.rejects(askNewPassphrase(p), (e: UserError) => e instanceof UserError && e.code === 'invalid-input' && /differed 3 times/.test(e.message))
  })

  test('a retry says which try it is', async () => {
    const p = new ScriptedPrompter([['password', 'x']])
    await askPassphrase(p, 2)
    assert.equal(p.asked[0]!.message, 'Wrong passphrase, try again (2 of 3)')
  })
})
