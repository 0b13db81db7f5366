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

  it('a Twilio auth token names its account SID', () => {
    const rng = new Rng(64)
    const sid = `AC${rng.chars(HEX, 32)}`
    const findings = scanner.scanText(`TWILIO_ACCOUNT_SID=${sid}\nTWILIO_AUTH_TOKEN=${rng.chars(HEX, 32)}\n`)
    assert.deepEqual(findings.map((f) => f.rule), ['twilio-account-sid', 'twilio-auth-token'])
    assert.deepEqual(findings[1]?.pair, {rule: 'twilio-account-sid', line: 1, column: 20, masked: findings[0]?.masked})
  })

  it('an Entra client secret names its client id, found by name; the ids are not findings; no ids, no pair', () => {
    const rng = new Rng(65)
    const uuid = (): string => `${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-4${rng.chars(HEX, 3)}-a${rng.chars(HEX, 3)}-${rng.chars(HEX, 12)}`
    const [tenant, client, secret] = [uuid(), uuid(), fakes.azureClientSecret(rng)]
    const findings = scanner.scanText(`{"tenantId": "${tenant}",\n "clientId": "${client}",\n "clientSecret": "${secret}"}\n`)
    assert.deepEqual(findings.map((f) => f.rule), ['azure-client-secret'])
    assert.equal(findings[0]?.pair?.rule, 'azure-client-id')
    assert.equal(findings[0]?.pair?.line, 2)
    // (The tenant id may show as the log's `tenant`, as any tenantId field does: it names the tenant, it is no secret.)
    assert.ok(!JSON.stringify(findings).includes(client))
    const withoutTenant = scanner.scanText(`CLIENT_ID=${client}\nCLIENT_SECRET=${secret}\n`)
    assert.equal(withoutTenant.find((f) => f.rule === 'azure-client-secret')?.pair, undefined, 'both ids are needed for the token request')
  })

  it('the raw other half reaches onSecret (for --verify) and never a finding', () => {
    const rng = new Rng(66)
    const [id, secret] = [fakes.awsKeyId(rng), fakes.awsSecret(rng)]
    const partners: (string | undefined)[] = []
    const withSecrets = createScanner({fingerprint: (raw) => `fp${raw.length}`, onSecret: (_f, _raw, partner) => void partners.push(partner)})
    const findings = withSecrets.scanText(`aws_access_key_id=${id}\naws_secret_access_key=${secret}\n`)
    assert.deepEqual(partners, [undefined, id])
    assert.ok(!JSON.stringify(findings).includes(id))
  })
})
