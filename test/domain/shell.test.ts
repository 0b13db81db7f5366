import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {describe, test} from 'node:test'

import {shellWord} from '../../src/domain/shell.js'

describe('shellWord', () => {
  test('safe paths stay as they are; others are single-quoted and survive a real shell', () => {
    assert.equal(shellWord('/tmp/demo/evidence.db'), '/tmp/demo/evidence.db')
    assert.equal(shellWord('/tmp/tester demo dir/evidence.db'), "'/tmp/tester demo dir/evidence.db'")
    for (const value of ['/tmp/tester demo dir/evidence.db', "it's $HOME `x` \"q\"", '', '~/a', 'a;b|c&d', 'Application Support/x']) {
      const echoed = execFileSync('sh', ['-c', `printf %s ${shellWord(value)}`], {encoding: 'utf8'})
      assert.equal(echoed, value, value)
    }
  })
})
