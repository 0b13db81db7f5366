/**
 * A prompt file's text (promptText): UTF-8, a leading byte order mark dropped, or UTF-16 by its mark
 * (the one byte order mark sniff, text-kind.ts's utf16Bom); stricter than an input's sniff: NUL
 * bytes or bytes that do not decode are refused, naming the file.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {promptText} from '../../../src/services/scan/prompts-dir.js'
import {utf16Bom} from '../../../src/services/scan/text-kind.js'

const prompt = 'You are the billing agent — answer refunds only, ünïcode kept.\n'
const LE = Buffer.from([0xff, 0xfe])
const BE = Buffer.from([0xfe, 0xff])
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])
const le = (text: string): Buffer => Buffer.from(text, 'utf16le')
const be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16()
const refusal = (bytes: Buffer): string => {
  try {
    promptText('p/billing.txt', bytes)
  } catch (error) {
    return (error as Error).message
  }
  return 'accepted'
}

describe('promptText', () => {
  it('reads UTF-8, and UTF-8 or UTF-16 after a byte order mark, dropping that one mark only', () => {
    assert.equal(promptText('p', Buffer.from(prompt)), prompt)
    assert.equal(promptText('p', Buffer.concat([UTF8_BOM, Buffer.from(prompt)])), prompt)
    assert.equal(promptText('p', Buffer.concat([LE, le(prompt)])), prompt)
    assert.equal(promptText('p', Buffer.concat([BE, be(prompt)])), prompt)
    // A second mark is text (U+FEFF), as is a mark that is not the file's first bytes.
    assert.equal(promptText('p', Buffer.concat([UTF8_BOM, UTF8_BOM, Buffer.from(prompt)])), `\ufeff${prompt}`)
    assert.equal(promptText('p', Buffer.concat([LE, LE, le(prompt)])), `\ufeff${prompt}`)
    assert.equal(promptText('p', Buffer.concat([Buffer.from('a'), UTF8_BOM])), 'a\ufeff')
    assert.equal(promptText('p', LE), '')
    assert.equal(promptText('p', UTF8_BOM), '')
    // UTF-16 by its mark is decoded as it is, where an input's sniff would call NUL units binary.
    assert.equal(promptText('p', Buffer.concat([LE, le('a\u0000b')])), 'a\u0000b')
  })

  it('refuses NUL bytes without a UTF-16 mark, and bytes that do not decode, naming the file and the encoding', () => {
    assert.match(refusal(le(prompt)), /^The prompt file p\/billing\.txt is not text: it holds NUL bytes \(a binary file, or UTF-16 without a byte order mark\)\.$/)
    assert.match(refusal(Buffer.concat([UTF8_BOM, Buffer.from('a\u0000b')])), /is not text: it holds NUL bytes/)
    assert.equal(refusal(Buffer.from('caf\xe9', 'latin1')), 'The prompt file p/billing.txt is not valid UTF-8 text: some bytes cannot be decoded.')
    assert.equal(refusal(Buffer.concat([LE, le('ab'), Buffer.from([0x41])])), 'The prompt file p/billing.txt is not valid UTF-16 (little endian, by its byte order mark) text: some bytes cannot be decoded.')
    assert.equal(refusal(Buffer.concat([BE, Buffer.from([0xdc, 0x00])])), 'The prompt file p/billing.txt is not valid UTF-16 (big endian, by its byte order mark) text: some bytes cannot be decoded.')
  })

  it('utf16Bom names the mark of either order and nothing else', () => {
    assert.equal(utf16Bom(LE), 'utf-16le')
    assert.equal(utf16Bom(Buffer.concat([BE, be('x')])), 'utf-16be')
    for (const bytes of [UTF8_BOM, Buffer.from([0xff]), Buffer.from([0xfe, 0xfe]), Buffer.alloc(0), Buffer.from('text')]) assert.equal(utf16Bom(bytes), undefined)
  })
})
