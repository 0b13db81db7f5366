/**
 * Issue 18, bare recall: formats found alone in a sentence that a person pastes into a chat. An
 * Atlassian API token cut short after the ten characters every one starts with (low confidence),
 * and a password that an ellipsis ends. Every value is a fake made here from a seeded generator.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import {ATLASSIAN_CUT_COPY} from '../../../src/domain/scan/providers/atlassian/index.js'
import {Rng} from '../../fixtures/scan/fakes.js'
import {found, scanner, whyNot} from '../../helpers/scan.js'

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const ALNUM = B64URL.slice(0, 62)
const HEXU = '0123456789ABCDEF'

const inProse = (value: string): string => `Here is what I have: ${value} and the request still fails. What should I check?`

describe('Atlassian API tokens: as issued, or cut short after ATATT3xFfG / ATCTT3xFfG', () => {
  const r = new Rng(2718)

  it('a token as issued (150–250 characters, "=", 8 hex digits) is reported at full confidence', () => {
    const token = `${'ATATT3'}${r.chars(B64URL, 180)}=${r.chars(HEXU, 8)}`
    const hit = scanner.scanText(inProse(token)).find((f) => f.rule === 'atlassian-api-token')
    assert.ok(hit !== undefined)
    assert.equal(hit.confidence, undefined)
  })

  it('a copy cut short, or with a tail that is not 8 hex digits, after the fixed start: low confidence, with the reason', () => {
    for (const token of [
      `${'ATCTT3'}xFfG${r.chars(ALNUM, 12)}=${r.chars(ALNUM, 8)}`,
      `${'ATATT3'}xFfGF0${r.chars(B64URL, 60)}=${r.chars(HEXU, 8)}`,
      `${'ATATT3'}xFfGF0${r.chars(B64URL, 180)}=${r.chars('ghijklmnopqrstuvwxyz', 8)}`,
    ]) {
      const text = inProse(token)
      const hits = scanner.scanText(text).filter((f) => f.category === 'secret')
      assert.deepEqual(hits.map((f) => [f.rule, f.confidence, f.reason]), [['atlassian-api-token', 'low', ATLASSIAN_CUT_COPY]], token.slice(0, 12))
      assert.equal(found(text, 'atlassian-api-token'), token)
    }
  })

  it('without the fixed start, a short value after ATATT3 is not an Atlassian token', () => {
    const text = inProse(`${'ATATT3'}${r.chars(ALNUM, 16)}=${r.chars(ALNUM, 8)}`)
    assert.equal(found(text, 'atlassian-api-token'), undefined)
  })
})

describe('generic rule: an ellipsis after an unquoted password ends it', () => {
  it('password=…... is the password before the dots; in a JDBC URL too', () => {
    const password = `Tr${new Rng(5).chars(ALNUM, 10)}$$`
    assert.equal(found(`jdbc:hive2://db.internal:10000/default;user=etl;password=${password}... and it fails`, 'generic-secret'), password)
    assert.equal(found(`the password=${password}… was rejected`, 'generic-secret'), password)
  })

  it('after an issued token name the dots stay: a shortened copy in docs, refused as a placeholder', () => {
    const text = `export OP_SERVICE_ACCOUNT_TOKEN=${'ops'}_eyJzaWduSW5BZGRyZXNz${new Rng(6).chars(ALNUM, 12)}...`
    assert.equal(found(text, 'generic-secret'), undefined)
    assert.match(whyNot(text, 'generic-secret'), /placeholder/)
  })
})
