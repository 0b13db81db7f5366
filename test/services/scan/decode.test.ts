import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import fc from 'fast-check'

import {Utf8Pieces} from '../../../src/services/scan/decode.js'

/** Decodes chunks the way the reader did before pieces: one streaming TextDecoder. */
function reference(chunks: readonly Buffer[]): string {
  const decoder = new TextDecoder('utf-8')
  return chunks.map((chunk) => decoder.decode(chunk, {stream: true})).join('') + decoder.decode()
}

function pieces(chunks: readonly Buffer[]): string {
  const decoder = new Utf8Pieces()
  const out = chunks.flatMap((chunk) => decoder.decode(chunk))
  return [...out, ...decoder.end()].join('')
}

/** Bytes rich in line breaks, ASCII runs, multi-byte characters, their fragments and a byte order mark. */
const byteRun = fc.oneof(
  fc.constantFrom('\n', 'abc\n', 'é', '☃', '😀', '\uFEFF', 'token=x\r\n').map((s) => Buffer.from(s)),
  fc.constantFrom([0xef], [0xbb, 0xbf], [0xe2, 0x98], [0xf0, 0x9f, 0x98], [0xff], [0xc3], [0x80]).map((b) => Buffer.from(b)),
  fc.uint8Array({maxLength: 8}).map((b) => Buffer.from(b)),
  fc.integer({min: 1, max: 40_000}).map((n) => Buffer.alloc(n, 0x61)),
)

describe('Utf8Pieces', () => {
  it('decodes any bytes cut anywhere as one streaming TextDecoder does', () => {
    fc.assert(
      fc.property(fc.array(byteRun, {maxLength: 30}), fc.array(fc.nat(), {maxLength: 6}), (runs, cuts) => {
        const bytes = Buffer.concat(runs)
        const at = [...new Set(cuts.map((c) => (bytes.length === 0 ? 0 : c % bytes.length)))].sort((a, b) => a - b)
        const chunks = [0, ...at].map((from, i) => bytes.subarray(from, at[i] ?? bytes.length)).filter((c) => c.length > 0)
        assert.equal(pieces(chunks), reference(chunks))
      }),
      {numRuns: 500},
    )
  })

  it('drops a leading byte order mark even when it arrives a byte at a time, and keeps a later one', () => {
    const chunks = [[0xef], [0xbb], [0xbf, 0x61], [0xef, 0xbb, 0xbf, 0x0a]].map((b) => Buffer.from(b))
    assert.equal(pieces(chunks), 'a\uFEFF\n')
    assert.equal(pieces([Buffer.from([0xef, 0xbb])]), '\uFFFD')
  })

  it('keeps ASCII text in one-byte pieces cut at line breaks', () => {
    const text = 'x'.repeat(20_000) + '\n' + 'y'.repeat(20_000) + '\n☃\n'
    const decoder = new Utf8Pieces()
    const out = decoder.decode(Buffer.from(text))
    assert.ok(out.length >= 2)
    assert.equal(out.join('') + decoder.end().join(''), text)
    for (const piece of out.slice(0, -1)) assert.ok(piece.endsWith('\n'))
  })
})
