/**
 * Paired credentials: the secret half's finding names the other half found within the window
 * (its rule, line, column, masked value); halves too far apart, or a secret alone, are not paired;
 * both halves stay findings of their own.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import {createScanner} from '../../../src/domain/scan/engine.js'
import {PAIR_WINDOW} from '../../../src/domain/scan/pairs.js'
import {Rng, fakes} from '../../fixtures/scan/fakes.js'

const scanner = createScanner({fingerprint: (raw) => `fp${raw.length}`})
const HEX = '0123456789abcdef'

describe('paired credentials', () => {
  it('an AWS secret names its access key id found nearby; both stay findings', () => {
    const rng = new Rng(61)
    const id = fakes.awsKeyId(rng)
    const secret = fakes.awsSecret(rng)
    const findings = scanner.scanText(`[default]\naws_access_key_id = ${id}\nregion = eu-west-1\naws_secret_access_key = ${secret}\n`)
    assert.deepEqual(findings.map((f) => f.rule), ['aws-access-key-id', 'aws-secret-access-key'])
    assert.deepEqual(findings[1]?.pair, {rule: 'aws-access-key-id', line: 2, column: 21, masked: findings[0]?.masked})
    assert.equal(findings[0]?.pair, undefined)
    assert.ok(!JSON.stringify(findings).includes(id) && !JSON.stringify(findings).includes(secret))
  })

  it('the nearest id is the pair; halves further apart than the window are not paired', () => {
    const rng = new Rng(62)
    const [near, far, secret] = [fakes.awsKeyId(rng), fakes.awsKeyId(rng), fakes.awsSecret(rng)]
    const filler = Array.from({length: PAIR_WINDOW + 1}, (_, i) => `log line ${i}`).join('\n')
    const findings = scanner.scanText(`key_id ${far}\n${filler}\nkey_id ${near}\naws_secret_access_key=${secret}\n`)
    const secretFinding = findings.find((f) => f.rule === 'aws-secret-access-key')
    assert.equal(secretFinding?.pair?.line, PAIR_WINDOW + 3)
    const alone = scanner.scanText(`key_id ${far}\n${filler}\naws_secret_access_key=${secret}\n`).find((f) => f.rule === 'aws-secret-access-key')
    assert.ok(alone !== undefined)
    assert.equal(alone.pair, undefined)
  })

  it('a Datadog application key names its API key', () => {
    const rng = new Rng(63)
    const findings = scanner.scanText(`DD_API_KEY=${rng.chars(HEX, 32)}\nDD_APP_KEY=${rng.chars(HEX, 40)}\n`)
    assert.deepEqual(findings.map((f) => f.rule), ['datadog-api-key', 'datadog-app-key'])
    assert.equal(findings[1]?.pair?.rule, 'datadog-api-key')
    assert.equal(findings[1]?.pair?.line, 1)
  })
})
