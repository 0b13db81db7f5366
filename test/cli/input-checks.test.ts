/**
 * Small input checks, through the real CLI: a missing required flag in pl's words, an empty
 * --title named as such, and an agent lifetime (unlock --ttl) capped at 7 days.
 */
import assert from 'node:assert/strict'
import {after, before, describe, test} from 'node:test'

import type {TestStore} from '../helpers/cli.js'
import {runPl, tempStore} from '../helpers/cli.js'

describe('small input checks', () => {
  let t: TestStore
  before(() => {
    t = tempStore('pl-input-checks-')
  })
  after(() => t.cleanup())

  test('a missing required flag: "--out is required.", exit 2, not oclif\'s wording', async () => {
    const r = await runPl(['evidence', 'prove', 'EV-999'], {env: t.env})
    assert.equal(r.code, 2, r.stderr)
    assert.match(r.stderr, /^Error: --out is required\.\n/)
    assert.doesNotMatch(r.stderr, /The following error occurred|See more help with --help/)
  })

  test('an empty --title is said to be empty, not "no terminal"', async () => {
    const r = await runPl(['incident', 'open', '--title', '', '--severity', 'P1', '--class', 'secret'], {env: t.env})
    assert.equal(r.code, 2, r.stderr)
    assert.match(r.stderr, /--title is empty\./)
    assert.doesNotMatch(r.stderr, /No terminal/)
  })

  test('unlock --ttl longer than 7 days is refused before anything starts; 7d is accepted as a duration', async () => {
    const r = await runPl(['unlock', '--ttl', '99999d'], {env: t.env})
    assert.equal(r.code, 2, r.stderr)
    assert.match(r.stderr, /--ttl 99999d is longer than 7 days/)
    const week = await runPl(['unlock', '--ttl', '7d'], {env: t.env})
    assert.doesNotMatch(week.stderr, /longer than 7 days/)
  })
})
