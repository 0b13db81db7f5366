/**
 * The canonical encodings every hash depends on (docs/store-format.md §4–§5).
 */
import {describe, test} from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import {canonicalJson, encodeHeader} from '../../src/domain/codec.js'

/** The same value with every object's keys inserted in reverse order. */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys)
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .reverse()
        .map((k) => [k, reverseKeys((v as Record<string, unknown>)[k])]),
    )
  }
  return v
}

describe('canonical JSON', () => {
  test('does not depend on key order, parses back to the value, and is a fixed point', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const c = canonicalJson(v)
        assert.equal(canonicalJson(reverseKeys(v)), c)
        assert.deepEqual(JSON.parse(c), JSON.parse(JSON.stringify(v)))
        assert.equal(canonicalJson(JSON.parse(c)), c)
      }),
      {numRuns: 500},
    )
  })

  test('sorts keys by code unit, drops undefined members, refuses what JSON cannot say exactly', () => {
    assert.equal(canonicalJson({b: 1, a: [true, null, 'x'], é: 2, Z: {y: undefined, x: -0.5}}), '{"Z":{"x":-0.5},"a":[true,null,"x"],"b":1,"é":2}')
    // Code-unit order, not JavaScript's integer-keys-first property order.
    assert.equal(canonicalJson({'10': 1, '9': 2, '': 3, a: 4}), '{"":3,"10":1,"9":2,"a":4}')
    assert.throws(() => canonicalJson({n: Number.NaN}), TypeError)
    assert.throws(() => canonicalJson([Infinity]), TypeError)
    assert.throws(() => canonicalJson([undefined]), TypeError)
    assert.throws(() => canonicalJson({f: () => 1}), TypeError)
  })

  test('the header is a JSON array led by the format version, and refuses non-integer seq/ts', () => {
    const h = {seq: 7, ts: 1795179720010, incident: 'INC-2026-0001', kind: 'note', actor: 'ana@host', keyId: 'k_00', blob: null}
    assert.equal(Buffer.from(encodeHeader(h)).toString('utf8'), '[1,7,1795179720010,"INC-2026-0001","note","ana@host","k_00",null]')
    assert.throws(() => encodeHeader({...h, seq: 1.5}), TypeError)
    assert.throws(() => encodeHeader({...h, ts: Number.MAX_SAFE_INTEGER + 2}), TypeError)
  })
})
