/**
 * Rules without keywords are searched by group (Rule.searchGroup): one regex, the alternation of
 * the group's patterns, finds where any of them matches and each rule is tried only there. The
 * findings must be exactly those of one search per rule: compared here on the peer fixtures, on
 * the benchmark's generated log corpus and on random text dense in digits, separators and capitals.
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {describe, it} from 'node:test'

import {Detector, alternation} from '../../../src/domain/scan/detect.js'
import {defaultRules} from '../../../src/domain/scan/rules/index.js'
import {generateCorpus} from '../../../bench/scan/corpus.js'
import {Rng, cardNumber, groupCard, iban, spacedIban} from '../../fixtures/scan/fakes.js'

const grouped = new Detector(defaultRules)
const reference = new Detector(defaultRules, {searchGroups: false})

const hits = (detector: Detector, text: string): string[] => detector.detect(text).map((h) => `${h.rule.id}@${h.start}-${h.end} ${h.masked} ${h.confidence ?? ''}`)

/** Cuts text into blocks of about 256 KiB at line breaks, as a scan session does. */
function blocks(text: string): string[] {
  const out: string[] = []
  let current: string[] = []
  let size = 0
  for (const line of text.split('\n')) {
    current.push(line)
    size += line.length + 1
    if (size >= 256 << 10) {
      out.push(current.join('\n'))
      current = []
      size = 0
    }
  }
  if (current.length > 0) out.push(current.join('\n'))
  return out
}

function assertSame(text: string, what: string): number {
  let count = 0
  for (const block of blocks(text)) {
    const expected = hits(reference, block)
    assert.deepEqual(hits(grouped, block), expected, what)
    count += expected.length
  }
  return count
}

describe('search groups', () => {
  it('combine patterns into one alternation, back-references renumbered', () => {
    const both = alternation([/(a)\1/g, /(b)([cd])\2/g, /\\1/g])
    assert.ok(both !== undefined)
    assert.deepEqual('xaa bcc bcd \\1 ab'.match(both), ['aa', 'bcc', '\\1'])
    // Named groups could repeat and differing flags cannot be merged: no combination.
    assert.equal(alternation([/(?<x>a)/g, /b/g]), undefined)
    assert.equal(alternation([/a/g, /b/gi]), undefined)
    // Look-behinds are not named groups.
    assert.ok(alternation([/(?<!x)a/g, /(?<=y)b/g]) !== undefined)
  })

  it('the built-in rules without keywords are grouped (digits, capitals)', () => {
    const groups = new Set(defaultRules.filter((r) => r.keywords.length === 0).map((r) => r.searchGroup))
    assert.ok(groups.has('digits') && groups.has('capitals'))
  })

  it('find exactly what one search per rule finds: random text dense in digits and capitals', () => {
    const rng = new Rng(18)
    const alphabet = '0123456789012345678901234567890123456789  ..--++()/,:ABCDEFGHXYZabc\n'
    const parts: string[] = []
    for (let i = 0; i < 4000; i++) {
      parts.push(rng.chars(alphabet, 5 + rng.int(40)))
      // Real shapes among the noise, in every printed form.
      if (i % 7 === 0) parts.push(groupCard(cardNumber(rng), rng.pick([' ', '-'])), cardNumber(rng, 'amex'))
      if (i % 11 === 0) parts.push(spacedIban(iban(rng)), iban(rng))
      if (i % 5 === 0) parts.push(`+${rng.int(9) + 1}${rng.digits(10)}`, `(${rng.int(8) + 2}${rng.digits(2)}) ${rng.int(8) + 2}${rng.digits(2)}-${rng.digits(4)}`)
      if (i % 3 === 0) parts.push(`${rng.int(200) + 20}.${rng.int(256)}.${rng.int(256)}.${rng.int(256)}`, `${rng.digits(3)}-${rng.digits(2)}-${rng.digits(4)}`)
    }
    const count = assertSame(parts.join(rng.pick([' ', '\t', '"', ''])), 'random text')
    assert.ok(count > 500, `only ${count} hits`)
  })

  it('find exactly what one search per rule finds: the benchmark corpus', () => {
    const prompts = Array.from({length: 8}, (_, i) => ({name: `p${i}`, text: `You are assistant ${i} of the support desk. `.repeat(6)}))
    const corpus = generateCorpus({lines: 20000, seed: 20240501, prompts})
    assert.ok(assertSame(corpus.text, 'benchmark corpus') > 100)
  })

  it('find exactly what one search per rule finds: the peer fixtures', () => {
    const dir = resolve('..', 'shared', 'vectors', 'peer-fixtures')
    for (const name of ['corpus.jsonl', 'bare.jsonl']) assertSame(readFileSync(resolve(dir, name), 'utf8'), name)
  })
})
