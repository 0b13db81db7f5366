import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import fc from 'fast-check'

import {base62, cardBrand, counted, crc32, entropy, hasBase62Crc, ibanValid, isPlaceholder, letterRun, luhnValid, ssnValid} from '../../../src/domain/scan/checks.js'
import {Rng, cardNumber, githubToken, iban, ibanBroken, luhnBroken} from '../../fixtures/scan/fakes.js'

describe('checksums', () => {
  it('computes CRC-32 (IEEE) like zlib', () => {
    assert.equal(crc32(''), 0)
    assert.equal(crc32('123456789'), 0xcbf43926)
  })

  it('encodes base62 with 0-9A-Za-z and pads', () => {
    assert.equal(base62(0, 6), '000000')
    assert.equal(base62(61, 2), '0z')
    assert.equal(base62(62, 1), '10')
  })

  it('accepts a generated GitHub checksum and rejects every single-character change', () => {
    const body = githubToken(new Rng(1)).slice(4)
    assert.ok(hasBase62Crc(body))
    for (let i = 0; i < body.length; i++) {
      const flipped = body.slice(0, i) + (body[i] === 'a' ? 'b' : 'a') + body.slice(i + 1)
      assert.equal(hasBase62Crc(flipped), false, `position ${i}`)
    }
  })

  it('Luhn: generated numbers pass, a changed last digit fails (property)', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 1e6}), (seed) => {
        const card = cardNumber(new Rng(seed))
        return luhnValid(card) && !luhnValid(luhnBroken(card))
      }),
    )
  })

  it('knows card brands by issuer range and length', () => {
    assert.equal(cardBrand('4111111111111111'), 'visa')
    assert.equal(cardBrand('5500000000000004'), 'mastercard')
    assert.equal(cardBrand('2221000000000009'), 'mastercard')
    assert.equal(cardBrand('378282246310005'), 'amex')
    assert.equal(cardBrand('6011111111111117'), 'discover')
    assert.equal(cardBrand('1234567812345678'), null)
    assert.equal(cardBrand('411111111111111'), null)
  })

  it('IBAN: mod-97 and country length (property), with the textbook example', () => {
    assert.ok(ibanValid('GB82WEST12345698765432'))
    assert.equal(ibanValid('GB82WEST1234569876543'), false)
    assert.equal(ibanValid('XX82WEST12345698765432'), false)
    fc.assert(
      fc.property(fc.integer({min: 1, max: 1e6}), (seed) => {
        const value = iban(new Rng(seed))
        return ibanValid(value) && !ibanValid(ibanBroken(value))
      }),
    )
  })

  it('SSN numbering rules', () => {
    assert.ok(ssnValid('536', '22', '1234'))
    for (const [a, g, s] of [['000', '12', '3456'], ['666', '12', '3456'], ['900', '12', '3456'], ['536', '00', '1234'], ['536', '22', '0000'], ['078', '05', '1120']])
      assert.equal(ssnValid(a ?? '', g ?? '', s ?? ''), false, `${a}-${g}-${s}`)
  })
})

describe('placeholders and entropy', () => {
  it('recognises stand-ins', () => {
    for (const value of ['sk-xxxxxxxxxxxxxxxx', '<YOUR_API_KEY>', '${API_KEY}', '{{ api_key }}', 'changeme', 'aaaaaaaaaaaa', 'abababababababab', 'your-token-here', 'REDACTED', '********'])
      assert.ok(isPlaceholder(value), value)
  })

  it('does not take random tokens or long key bodies for stand-ins', () => {
    const rng = new Rng(9)
    for (let i = 0; i < 200; i++) assert.equal(isPlaceholder(rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 40 + i * 8)), false)
  })

  it('counts few distinct characters as a Set of the code points would, ASCII or not', () => {
    const same = /(.)\1{5,}/
    // Alphabets of 2 to 12 characters, some beyond ASCII (one astral), over lengths around the 8-per-distinct
    // limit; none of the stand-in words can be spelled with them.
    const alphabet = fc.array(fc.constantFrom('a', 'b', 'c', 'd', '1', '2', '3', 'Z', '+', '/', '~', '\x7f', 'é', '日', '😀', 'q', 'r'), {minLength: 2, maxLength: 12})
    fc.assert(
      fc.property(alphabet, fc.nat(80), fc.nat(1000), (chars, length, seed) => {
        const rng = new Rng(seed)
        const value = Array.from({length: 8 + length}, () => rng.pick(chars)).join('')
        if (same.test(value)) return
        const expected = new Set(value).size <= Math.min(8, Math.max(3, value.length / 8))
        assert.equal(isPlaceholder(value), expected, JSON.stringify(value))
      }),
      {numRuns: 500},
    )
  })

  it('recognises counting (runs of four, interleaved counters), and random text of 16 characters rarely holds any', () => {
    for (const value of ['API-1234', 'spu-9876', 'abcdXq', 'zyxw', '1a2b3c4d', 'A1B2C3D4E5F6', 'V2w3X4y5', 'key-DEFG-x']) assert.ok(counted(value), value)
    for (const value of ['9f3c07e1', 'Sk94HG7f6KB', 'abc123Xy9', 'mlm9iqkm', 'a1b2c3']) assert.equal(counted(value), false, value)
    const rng = new Rng(11)
    let hits = 0
    for (let i = 0; i < 2000; i++) if (counted(rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 16))) hits++
    assert.ok(hits <= 4, `${hits} of 2000 random base62 values of 16 characters look counted`)
  })

  it('measures runs of the alphabet typed in order, either way, in one case or in alternating case', () => {
    assert.equal(letterRun('xklmnopq1'), 7)
    assert.equal(letterRun('TuVwXyZ0a1'), 7)
    assert.equal(letterRun('ZYXWV'), 5)
    assert.equal(letterRun('zyxw9'), 4)
    assert.equal(letterRun('1234'), 1)
    assert.equal(letterRun(''), 0)
  })

  it('counts a run in mixed case (utSRq) only as far as its case pattern holds: random text holds such runs', () => {
    assert.equal(letterRun('utSRq'), 2)
    assert.equal(letterRun('abCDe'), 2)
    assert.equal(letterRun('aBcDEfg'), 4)
    const rng = new Rng(5)
    let hits = 0
    for (let i = 0; i < 20_000; i++) if (letterRun(rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 36)) >= 5) hits++
    assert.ok(hits <= 2, `${hits} of 20,000 random base62 bodies of 36 characters hold a typed-looking run of five`)
  })

  it('measures Shannon entropy in bits per character', () => {
    assert.equal(entropy('aaaa'), 0)
    assert.equal(entropy('abcd'), 2)
  })

  it('gives, for ASCII and other text alike, the entropy of the counts summed in order of first occurrence', () => {
    const byMap = (text: string): number => {
      const counts = new Map<string, number>()
      for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1)
      let bits = 0
      for (const n of counts.values()) bits -= (n / text.length) * Math.log2(n / text.length)
      return bits
    }
    const char = fc.constantFrom(...'aZ09+/=_- ~\x7f', 'é', '😀')
    fc.assert(
      fc.property(fc.array(char, {maxLength: 80}), (chars) => {
        const text = chars.join('')
        assert.equal(entropy(text), text.length === 0 ? 0 : byMap(text))
      }),
    )
  })
})
