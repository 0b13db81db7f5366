/**
 * lineAround (the line an `examples` test reads): cut to 400 characters either side of a match
 * before a line break is looked for, so a match on a long line costs its window, not the line. Its
 * result is the same as the line's, clipped.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import fc from 'fast-check'

import {lineAround} from '../../../src/domain/scan/providers/define.js'

/** The definition: the whole line holding `at`, then clipped to 400 characters either side. */
function reference(text: string, at: number): string {
  const head = text.lastIndexOf('\n', at)
  const tail = text.indexOf('\n', at)
  return text.slice(Math.max(at - 400, head + 1, 0), tail < 0 ? at + 400 : Math.min(tail, at + 400))
}

describe('lineAround', () => {
  it('equals the line holding the position, clipped to 400 characters either side', () => {
    const text = fc.array(fc.oneof(fc.constant('\n'), fc.constant('x'), fc.constant('da2-'), fc.string({maxLength: 300})), {maxLength: 40}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.nat(), (t, n) => {
        const at = t.length === 0 ? 0 : n % (t.length + 1)
        assert.equal(lineAround(t, at), reference(t, at))
      }),
      {numRuns: 2000},
    )
  })

  it('clips a line of a megabyte to the window', () => {
    const line = 'ab'.repeat(512 * 1024)
    assert.equal(lineAround(line, 500_000).length, 800)
    assert.equal(lineAround(`${line}\nshort`, line.length + 3), 'short')
  })
})
