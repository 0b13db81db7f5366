/**
 * The decoders count what they cannot decode (each invalid sequence read as U+FFFD) and say where
 * the first one is, however the input is cut into chunks: a U+FFFD the input spells correctly is
 * not counted, nor is a valid sequence cut in two. UTF-16 is decoded as one TextDecoder would.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import fc from 'fast-check'

import type {TextPieces} from '../../../src/services/scan/decode.js'
import {Utf16Pieces, Utf8Pieces} from '../../../src/services/scan/decode.js'

/** The text, the invalid count and the offset of the first invalid sequence in the whole text, as the decoder reports them. */
function run(decoder: TextPieces, chunks: readonly Buffer[]): {text: string; invalid: number; first: number | undefined} {
  let text = ''
  let first: number | undefined
  const take = (pieces: string[]): void => {
    const at = decoder.firstInvalid
    if (first === undefined && at !== undefined) first = text.length + pieces.slice(0, at.piece).join('').length + at.offset
    text += pieces.join('')
  }
  for (const chunk of chunks) take(decoder.decode(chunk))
  take(decoder.end())
  return {text, invalid: decoder.invalid, first}
}

function cut(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => (bytes.length === 0 ? 0 : c % bytes.length)))].sort((a, b) => a - b)
  return [0, ...at].map((from, i) => bytes.subarray(from, at[i] ?? bytes.length)).filter((c) => c.length > 0)
}

const REPLACEMENT = Buffer.from('\uFFFD')

/** What one TextDecoder makes of the bytes: U+FFFD less those spelled EF BF BD; the first other one is found by spelling those as U+FFFC. */
function utf8Reference(bytes: Buffer): {text: string; invalid: number; first: number | undefined} {
  const text = new TextDecoder('utf-8').decode(bytes)
  const marked = Buffer.from(bytes)
  let literal = 0
  for (let at = marked.indexOf(REPLACEMENT); at >= 0; at = marked.indexOf(REPLACEMENT, at + 3)) {
    marked[at + 2] = 0xbc
    literal++
  }
  const first = new TextDecoder('utf-8').decode(marked).indexOf('\uFFFD')
  return {text, invalid: text.split('\uFFFD').length - 1 - literal, first: first < 0 ? undefined : first}
}

const byteRun = fc.oneof(
  fc.constantFrom('\n', 'abc\n', 'é', '☃', '😀', '\uFFFD', '\uFEFF', 'token=x\r\n').map((s) => Buffer.from(s)),
  fc.constantFrom([0xef], [0xbf, 0xbd], [0xef, 0xbf], [0xe2, 0x98], [0xf0, 0x9f, 0x98], [0xff], [0xc3], [0x80], [0xed, 0xa0, 0x80]).map((b) => Buffer.from(b)),
  fc.uint8Array({maxLength: 8}).map((b) => Buffer.from(b)),
  fc.integer({min: 1, max: 40_000}).map((n) => Buffer.alloc(n, 0x61)),
)

describe('Utf8Pieces counts invalid sequences', () => {
  it('as one TextDecoder would replace them, less real U+FFFD characters, with the first one located, cut anywhere', () => {
    fc.assert(
      fc.property(fc.array(byteRun, {maxLength: 30}), fc.array(fc.nat(), {maxLength: 6}), (runs, cuts) => {
        const bytes = Buffer.concat(runs)
        assert.deepEqual(run(new Utf8Pieces(), cut(bytes, cuts)), utf8Reference(bytes))
      }),
      {numRuns: 1000},
    )
  })

  it('does not count a real U+FFFD, a sequence cut between chunks, or a byte order mark', () => {
    const text = '\uFEFFcafé \uFFFD ☃ 😀\n'
    const bytes = Buffer.from(text)
    for (let i = 1; i < bytes.length; i++) {
      const got = run(new Utf8Pieces(), [bytes.subarray(0, i), bytes.subarray(i)])
      assert.deepEqual(got, {text: text.slice(1), invalid: 0, first: undefined}, `cut at ${i}`)
    }
  })

  it('counts each invalid sequence once, and places the first after a real U+FFFD in the same part', () => {
    const bytes = Buffer.concat([Buffer.from('ok\n\uFFFD x'), Buffer.from([0xff]), Buffer.from(' y'), Buffer.from([0xe2, 0x98]), Buffer.from('\n')])
    const got = run(new Utf8Pieces(), [bytes])
    assert.equal(got.invalid, 2)
    assert.equal(got.first, 'ok\n\uFFFD x'.length)
    // An unfinished sequence at the end counts too.
    assert.equal(run(new Utf8Pieces(), [Buffer.from('abc'), Buffer.from([0xf0, 0x9f])]).invalid, 1)
  })

  it('counts nothing in ASCII lines around real U+FFFD characters', () => {
    const decoder = new Utf8Pieces()
    decoder.decode(Buffer.from('a\uFFFDb\n'.repeat(1000)))
    decoder.end()
    assert.equal(decoder.invalid, 0)
    assert.equal(decoder.firstInvalid, undefined)
  })
})

/** Code units of UTF-16 text: ASCII, Latin-1, BMP, U+FFFD, surrogate pairs and lone surrogates. */
const units = fc.array(
  fc.oneof(
    fc.constantFrom([0x61], [0x0a], [0x0d, 0x0a], [0xe9], [0x2603], [0xfffd], [0xfeff], [0xd83d, 0xde00]),
    fc.constantFrom([0xd83d], [0xde00]),
    fc.integer({min: 0x20, max: 0x7e}).map((u) => Array.from({length: 50}, () => u)),
  ),
  {maxLength: 40},
)

function utf16Bytes(list: readonly number[], littleEndian: boolean): Buffer {
  const bytes = Buffer.alloc(list.length * 2)
  list.forEach((u, i) => (littleEndian ? bytes.writeUInt16LE(u, 2 * i) : bytes.writeUInt16BE(u, 2 * i)))
  return bytes
}

describe('Utf16Pieces', () => {
  for (const littleEndian of [true, false]) {
    it(`decodes UTF-16${littleEndian ? 'LE' : 'BE'} cut anywhere (odd bytes too) as one TextDecoder, counting lone surrogates and an odd last byte`, () => {
      fc.assert(
        fc.property(units, fc.boolean(), fc.array(fc.nat(), {maxLength: 6}), (runs, odd, cuts) => {
          const list = runs.flat()
          const bytes = Buffer.concat([utf16Bytes(list, littleEndian), odd ? Buffer.from([0x41]) : Buffer.alloc(0)])
          const text = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be', {ignoreBOM: true}).decode(bytes)
          // One text unit per input unit; the odd byte, if any, is the last one.
          const bad: number[] = []
          for (let i = 0; i < text.length; i++) if (text[i] === '\uFFFD' && list[i] !== 0xfffd) bad.push(i)
          const got = run(new Utf16Pieces(littleEndian), cut(bytes, cuts))
          assert.equal(got.text, text)
          assert.equal(got.invalid, bad.length)
          assert.equal(got.first, bad[0])
        }),
        {numRuns: 500},
      )
    })
  }
})
