/** Without a terminal a question is a usage error that names the way out, never "a bug in pl". */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {UserError} from '../../src/errors.js'
import {noPrompter} from '../../src/prompts/types.js'

test('every question of noPrompter fails with a usage error (exit 2) naming the question', async () => {
  assert.equal(noPrompter.interactive, false)
  const asks = [
    noPrompter.input({message: 'Title'}),
    noPrompter.password({message: 'Title'}),
    noPrompter.confirm({message: 'Title'}),
    noPrompter.select({message: 'Title', choices: []}),
    noPrompter.checkbox({message: 'Title', choices: []}),
  ]
  for (const ask of asks) {
    await assert.rejects(ask, (error: unknown) => error instanceof UserError && error.code === 'usage' && error.exitCode === 2 && /"Title"/.test(error.message) && /flag/.test(error.hints.join(' ')))
  }
})
