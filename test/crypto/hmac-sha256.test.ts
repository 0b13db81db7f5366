/**
 * The scan's fingerprint HMAC (src/crypto/hmac-sha256.ts, ADR 0032) must be byte-identical to
 * node:crypto's: fingerprints are compared across scans and stored with incidents.
 */
import {describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {createHmac, randomBytes} from 'node:crypto'
import fc from 'fast-check'
import {hmacSha256HexWith} from '../../src/crypto/hmac-sha256.js'

const reference = (key: Uint8Array, value: string): string => createHmac('sha256', key).update(value).digest('hex')

describe('HMAC-SHA-256 with the key hashed once', () => {
  test('matches createHmac at every length around the block edges (55, 56, 64, 119, 120 bytes…)', () => {
    const key = new Uint8Array(randomBytes(32))
    const hex = hmacSha256HexWith(key)
    for (let n = 0; n <= 300; n++) {
      const value = 'k'.repeat(n)
      assert.equal(hex(value), reference(key, value), `length ${n}`)
    }
  })

  test('matches createHmac for random keys (short, block-long, longer than a block) and random strings', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 150}), fc.array(fc.string({unit: 'binary', maxLength: 200}), {maxLength: 8}), (key, values) => {
        const hex = hmacSha256HexWith(key)
        for (const value of values) assert.equal(hex(value), reference(key, value))
      }),
      {numRuns: 300},
    )
  })

  test('encodes non-ASCII text as UTF-8 and a lone surrogate as U+FFFD, as createHmac does', () => {
    const key = new Uint8Array(randomBytes(32))
    const hex = hmacSha256HexWith(key)
    for (const value of ['pässwört', '密码-€-😀', 'x\ud800y', '\udc00', 'a'.repeat(70) + 'é', 'é'.repeat(40), '😀'.repeat(500)]) {
      assert.equal(hex(value), reference(key, value), JSON.stringify(value))
    }
  })

  test('does not depend on the key buffer after it is made, and wipe() erases its state', () => {
    const key = new Uint8Array(randomBytes(32))
    const expected = reference(key, 'value')
    const hex = hmacSha256HexWith(key)
    key.fill(0)
    assert.equal(hex('value'), expected)
    hex.wipe()
    assert.notEqual(hex('value'), expected)
  })
})
