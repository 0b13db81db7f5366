import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import fc from 'fast-check'

import {Detector} from '../../../src/domain/scan/detect.js'
import {KeywordAutomaton} from '../../../src/domain/scan/keywords.js'
import {defaultRules} from '../../../src/domain/scan/rules/index.js'

function naive(text: string, keywords: readonly string[], sensitive: readonly boolean[]): string[] {
  const found: string[] = []
  const lower = text.toLowerCase()
  keywords.forEach((keyword, index) => {
    const haystack = sensitive[index] === true ? text : lower
    const needle = sensitive[index] === true ? keyword : keyword.toLowerCase()
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(`${index}@${at}`)
  })
  return found.sort()
}

describe('keyword automaton', () => {
  it('finds every occurrence, overlapping ones included, folding case only where asked', () => {
    const keywords = ['he', 'she', 'his', 'hers', 'AKIA', 'sk-', 'Q~']
    const sensitive = [false, false, false, false, true, true, true]
    const automaton = new KeywordAutomaton(keywords, sensitive)
    const found: string[] = []
    const text = 'uSHErs akia AKIA sk-SK-q~Q~ é he'
    automaton.scan(text, (keyword, at) => found.push(`${keyword}@${at}`))
    assert.deepEqual(found.sort(), naive(text, keywords, sensitive))
  })

  it('agrees with a naive search on random text', () => {
    const keywords = ['ab', 'bab', 'a@', '://', 'Tok', 'ken', 'x']
    const sensitive = [false, true, false, false, false, true, true]
    const automaton = new KeywordAutomaton(keywords, sensitive)
    fc.assert(
      fc.property(fc.stringMatching(/^[abABkenTok:/@xé\n ]{0,60}$/), (text) => {
        const found: string[] = []
        automaton.scan(text, (keyword, at) => found.push(`${keyword}@${at}`))
        assert.deepEqual(found.sort(), naive(text, keywords, sensitive))
      }),
    )
  })

  it('runs a rule only on the lines holding its keywords, with the whole text as context', () => {
    const detector = new Detector(defaultRules)
    const pem = ['-----BEGIN PRIVATE KEY-----', ...Array.from({length: 6}, (_, i) => 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7'.replace('7', String(i)) + 'q3Zx8'), '-----END PRIVATE KEY-----']
    const hits = detector.detect(['noise line', ...pem, 'more noise'].join('\n'))
    assert.deepEqual(
      hits.map((h) => h.rule.id),
      ['private-key'],
    )
    assert.equal(hits[0]?.start, 'noise line\n'.length)
  })

  it('finds the same hits when a rule that starts at its keywords is tried only there', () => {
    const searched = defaultRules.map((rule) => ({...rule, startsAtKeyword: false}))
    assert.ok(defaultRules.some((rule) => rule.startsAtKeyword === true))
    const fragment = fc.constantFrom(
      'password', 'PASSWD', 'pass', 'pwd', 'secret', 'Token', 'api_key', 'api-KEY', 'accesskey', 'auth_token', 'authkey',
      'credentials', 'private_key', 'db_', '_', '.', '"', "'", ':', '=', ' = ', ':=', '=>', ' ', '\t', '\n', '\r\n', '\\"',
      'Zk2Qp9xLm4Rt', 'hunter2hunter2', 'a1B2c3D4e5F6g7H8', '${SECRET}', 'changeme', '[REDACTED:x:0123abcd]', 'é', '☃',
    )
    fc.assert(
      fc.property(fc.array(fragment, {maxLength: 40}), (parts) => {
        const text = parts.join('')
        const summary = (hits: ReturnType<Detector['detect']>): string[] => hits.map((h) => `${h.rule.id}@${h.start}-${h.end}:${h.secret}`)
        assert.deepEqual(summary(new Detector(defaultRules).detect(text)), summary(new Detector(searched).detect(text)))
      }),
      {numRuns: 2000},
    )
  })
})
