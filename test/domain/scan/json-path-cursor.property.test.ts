/**
 * JsonPathCursor (paths in a JSON text read in windows) against the whole-text tokeniser: on
 * valid JSON, cut into random parts and asked at increasing offsets, it gives the same path at
 * every offset; on text that is not JSON it stops giving paths instead of guessing.
 */
import assert from 'node:assert/strict'
import {describe, test} from 'node:test'
import fc from 'fast-check'

import {JsonPathCursor, jsonValueSpans, pathAt} from '../../../src/domain/scan/json-path.js'

/** Paths at `offsets` (ascending) reading `text` in parts cut at `cuts`, as the scan session does. */
function cursorPaths(text: string, cuts: readonly number[], offsets: readonly number[]): (string | undefined)[] {
  const cursor = new JsonPathCursor()
  const bounds = [...new Set([0, ...cuts.filter((c) => c > 0 && c < text.length), text.length])].sort((a, b) => a - b)
  const out: (string | undefined)[] = []
  let next = 0
  for (let p = 0; p + 1 < bounds.length; p++) {
    const from = bounds[p] ?? 0
    const to = bounds[p + 1] ?? text.length
    const part = text.slice(from, to)
    while (next < offsets.length && (offsets[next] ?? 0) < to) out.push(cursor.pathAt(part, from, offsets[next++] ?? 0))
    cursor.advance(part, from, to)
  }
  return out
}

const key = fc.oneof(
  fc.constantFrom('content', 'messages', 'role', 'a b', 'we"ird', 'back\\slash', 'é', 'x'.repeat(30), 'tenant_id', ''),
  fc.string({maxLength: 8}),
  fc.string({minLength: 20, maxLength: 40}),
)
const leaf = fc.oneof(fc.string({maxLength: 30}), fc.integer(), fc.double({noNaN: true, noDefaultInfinity: true}), fc.boolean(), fc.constant(null), fc.constantFrom('a\\"b', 'line\nbreak', '\u2028', 'ghp_token-like-value'))
const json = fc.letrec((tie) => ({
  value: fc.oneof({depthSize: 'small'}, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), {maxLength: 4}),
  object: fc.dictionary(key, tie('value'), {maxKeys: 4}),
})).value

describe('JsonPathCursor', () => {
  test('gives the whole-text path at every offset of valid JSON, however the text is cut', () => {
    fc.assert(
      fc.property(json, fc.constantFrom(0, 1, 2, '\t'), fc.array(fc.nat(), {maxLength: 6}), (value, indent, cutSeeds) => {
        const text = JSON.stringify(value, null, indent) ?? 'null'
        const spans = jsonValueSpans(text)
        assert.ok(spans !== null)
        const offsets = Array.from({length: text.length}, (_, i) => i)
        const cuts = cutSeeds.map((c) => c % (text.length + 1))
        assert.deepEqual(cursorPaths(text, cuts, offsets), offsets.map((at) => pathAt(spans, at)))
      }),
      {numRuns: 3000},
    )
  })

  test('asked at a few offsets only (the hits of a window), it still reads everything between them', () => {
    fc.assert(
      fc.property(json, fc.array(fc.nat(), {maxLength: 5}), fc.array(fc.nat(), {maxLength: 8}), (value, cutSeeds, offsetSeeds) => {
        const text = JSON.stringify({messages: [{role: 'system', content: 'x'}, value]})
        const spans = jsonValueSpans(text) ?? []
        const offsets = [...new Set(offsetSeeds.map((o) => o % text.length))].sort((a, b) => a - b)
        assert.deepEqual(cursorPaths(text, cutSeeds.map((c) => c % text.length), offsets), offsets.map((at) => pathAt(spans, at)))
      }),
      {numRuns: 2000},
    )
  })

  test('stops at the first sign that the text is not JSON', () => {
    const text = '{"a": "one", "b" "two", "c": "three"}'
    const paths = cursorPaths(text, [10], [text.indexOf('one'), text.indexOf('two'), text.indexOf('three')])
    assert.deepEqual(paths, ['$.a', undefined, undefined])
    assert.deepEqual(cursorPaths('INFO {"a":"b"}', [], [10]), [undefined])
    assert.deepEqual(cursorPaths('{"a":"b"} trailing', [], [6, 12]), ['$.a', undefined])
  })

  test('a key longer than it keeps is named ["…"], and memory does not grow with string contents', () => {
    const long = 'k'.repeat(5000)
    const text = `{"${long}": "v", "data": "${'A'.repeat(3 << 20)}"}`
    const cursor = new JsonPathCursor()
    const at = text.indexOf('"v"') + 1
    assert.equal(cursor.pathAt(text, 0, at), '$["…"]')
    assert.equal(cursor.pathAt(text, 0, text.length - 10), '$.data')
  })
})
