/**
 * verifyTokens' judgement where a real provider cannot be run locally: which tokens are sent at
 * all, and what an answer from a default base URL may prove. `fetch` is a real function here
 * that records the request and answers like the provider; no token reaches the network.
 */
import assert from 'node:assert/strict'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {describe, test} from 'node:test'

import {UserError} from '../../../src/errors.js'
import {checkProviderUrls, verifyTokens} from '../../../src/services/scan/verify-tokens.js'
import type {VerifyFailure} from '../../../src/services/scan/verify-tokens.js'
import {Rng, fakes, githubToken} from '../../fixtures/scan/fakes.js'

const rng = new Rng(11)

function answering(status: number, seen: string[]): typeof fetch {
  return async (input, init) => {
    seen.push(`${init?.method ?? 'GET'} ${String(input)}`)
    return new Response('{}', {status, headers: {'content-type': 'application/json'}})
  }
}

describe('verifyTokens', () => {
  test('a provider that accepts the connection and never answers: unknown, "timed out after N s", with the host and variable', async () => {
    // A real server on 127.0.0.1 that reads the request and never answers.
    const hanging = createServer(() => undefined)
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve))
    const host = `127.0.0.1:${(hanging.address() as AddressInfo).port}`
    try {
      const reasons = new Map<string, VerifyFailure>()
      const result = await verifyTokens([{fingerprint: 'f1', rule: 'github-token', raw: githubToken(rng)}], {env: {PL_GITHUB_API_URL: `http://${host}`}, timeoutMs: 300, reasons})
      assert.equal(result.get('f1'), 'unknown')
      assert.deepEqual(reasons.get('f1'), {variable: 'PL_GITHUB_API_URL', host, reason: 'timed out after 0.3 s'})
    } finally {
      hanging.closeAllConnections()
      await new Promise<void>((resolve) => hanging.close(() => resolve()))
    }
  })

  test('GitLab tokens are asked about only at the instance named in PL_GITLAB_API_URL: never sent to gitlab.com by guess', async () => {
    const token = fakes.gitlab(rng)
    const target = [{fingerprint: 'f1', rule: 'gitlab-token', raw: token}]
    const seen: string[] = []
    const byDefault = await verifyTokens(target, {env: {}, fetch: answering(200, seen)})
    assert.equal(byDefault.size, 0)
    assert.deepEqual(seen, [])
    const named = await verifyTokens(target, {env: {PL_GITLAB_API_URL: 'https://gitlab.example.internal/api/v4/'}, fetch: answering(401, seen)})
    assert.equal(named.get('f1'), 'revoked/invalid')
    assert.deepEqual(seen, ['GET https://gitlab.example.internal/api/v4/personal_access_tokens/self'])
    const live = await verifyTokens(target, {env: {PL_GITLAB_API_URL: 'https://gitlab.com/api/v4'}, fetch: answering(200, [])})
    assert.equal(live.get('f1'), 'live')
  })

  test('GitLab runner and deploy tokens are not sent to the personal-access-token endpoint', async () => {
    const seen: string[] = []
    const result = await verifyTokens(
      [
        {fingerprint: 'r', rule: 'gitlab-token', raw: fakes.gitlab(rng).replace('glpat-', 'glrt-')},
        {fingerprint: 'd', rule: 'gitlab-token', raw: fakes.gitlab(rng).replace('glpat-', 'gldt-')},
      ],
      {env: {PL_GITLAB_API_URL: 'https://gitlab.example.internal/api/v4'}, fetch: answering(200, seen)},
    )
    assert.equal(seen.length, 0)
    assert.equal(result.size, 0)
  })

  test('Stripe and SendGrid: 2xx live, 401 revoked/invalid, 403 and 429 unknown', async () => {
    for (const [rule, raw, url] of [
      ['stripe-secret-key', fakes.stripe(rng), 'https://api.stripe.com/v1/balance'],
      ['sendgrid-api-key', fakes.sendgrid(rng), 'https://api.sendgrid.com/v3/scopes'],
    ] as const) {
      for (const [status, expected] of [
        [200, 'live'],
        [401, 'revoked/invalid'],
        [403, 'unknown'],
        [429, 'unknown'],
      ] as const) {
        const seen: string[] = []
        const result = await verifyTokens([{fingerprint: 'x', rule, raw}], {env: {}, fetch: answering(status, seen)})
        assert.equal(result.get('x'), expected, `${rule} ${status}`)
        assert.deepEqual(seen, [`GET ${url}`])
      }
    }
  })

  test('Groq: GET /openai/v1/models at api.groq.com by default; PL_GROQ_API_URL must be https (or this machine)', async () => {
    const seen: string[] = []
    const result = await verifyTokens([{fingerprint: 'g', rule: 'groq-api-key', raw: fakes.groq(rng)}], {env: {}, fetch: answering(401, seen)})
    assert.equal(result.get('g'), 'revoked/invalid')
    assert.deepEqual(seen, ['GET https://api.groq.com/openai/v1/models'])
    assert.throws(() => checkProviderUrls({PL_GROQ_API_URL: 'http://api.groq.example/openai'}), (error: unknown) => error instanceof UserError && /PL_GROQ_API_URL must be an https URL/.test(error.message))
    assert.doesNotThrow(() => checkProviderUrls({PL_GROQ_API_URL: 'http://127.0.0.1:9/openai'}))
  })

  test('base URLs from the environment: https anywhere, plain http only to this machine, anything else refused before a token is sent', () => {
    for (const ok of ['https://gitlab.example.internal/api/v4', 'http://127.0.0.1:8080/github', 'http://localhost:3000', 'http://[::1]:9000/x', '']) {
      assert.doesNotThrow(() => checkProviderUrls({PL_GITLAB_API_URL: ok}), ok)
    }
    const refused = (value: string, pattern: RegExp): void => {
      assert.throws(
        () => checkProviderUrls({PL_STRIPE_API_URL: value}),
        (error: unknown) => error instanceof UserError && error.code === 'usage' && pattern.test(error.message),
        value,
      )
    }
    refused('not a url', /PL_STRIPE_API_URL is not a URL/)
    refused('http://api.stripe.example', /must be an https URL/)
    refused('ftp://127.0.0.1/x', /must be an https URL/)
  })

  test('paired checks: sent only with the other half, AWS only for long-term key ids, Entra only with two UUIDs', async () => {
    const seen: string[] = []
    const secret = fakes.awsSecret(rng)
    const id = fakes.awsKeyId(rng)
    const alone = await verifyTokens([{fingerprint: 'a', rule: 'aws-secret-access-key', raw: secret}], {env: {}, fetch: answering(200, seen)})
    assert.equal(alone.size, 0)
    const temporary = await verifyTokens([{fingerprint: 't', rule: 'aws-secret-access-key', raw: secret, pair: id.replace(/^AKIA/, 'ASIA')}], {env: {}, fetch: answering(200, seen)})
    assert.equal(temporary.size, 0, 'a temporary key needs its session token, which is not paired')
    const azure = await verifyTokens([{fingerprint: 'z', rule: 'azure-client-secret', raw: fakes.azureClientSecret(rng), pair: 'not-a-tenant:not-a-client'}], {env: {}, fetch: answering(200, seen)})
    assert.equal(azure.size, 0)
    assert.deepEqual(seen, [])
    const signed = await verifyTokens([{fingerprint: 's', rule: 'aws-secret-access-key', raw: secret, pair: id}], {env: {}, fetch: answering(403, seen), now: () => new Date('2026-01-02T03:04:05Z')})
    assert.equal(signed.get('s'), 'revoked/invalid')
    assert.deepEqual(seen, ['POST https://sts.amazonaws.com/'])
  })

  test('the AWS request is signed, never carries the secret, and names the key id and the day', async () => {
    const secret = fakes.awsSecret(rng)
    const id = fakes.awsKeyId(rng)
    let sent: RequestInit | undefined
    const capture: typeof fetch = async (_input, init) => {
      sent = init
      return new Response('<GetCallerIdentityResponse/>', {status: 200})
    }
    const result = await verifyTokens([{fingerprint: 's', rule: 'aws-secret-access-key', raw: secret, pair: id}], {env: {}, fetch: capture, now: () => new Date('2026-01-02T03:04:05Z')})
    assert.equal(result.get('s'), 'live')
    const headers = sent?.headers as Record<string, string>
    assert.equal(sent?.body, 'Action=GetCallerIdentity&Version=2011-06-15')
    assert.equal(headers['x-amz-date'], '20260102T030405Z')
    assert.match(headers.authorization ?? '', new RegExp(`^AWS4-HMAC-SHA256 Credential=${id}/20260102/us-east-1/sts/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=[0-9a-f]{64}$`))
    assert.ok(!JSON.stringify(sent).includes(secret))
  })

  test('Grafana and Databricks tokens do not name their instance: sent only where PL_GRAFANA_API_URL / PL_DATABRICKS_API_URL point', async () => {
    const seen: string[] = []
    const targets = [
      {fingerprint: 'g', rule: 'grafana-service-account-token', raw: `glsa_${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32)}_${rng.chars('0123456789abcdef', 8)}`},
      {fingerprint: 'd', rule: 'databricks-token', raw: `dapi${rng.chars('0123456789abcdef', 32)}`},
    ]
    assert.equal((await verifyTokens(targets, {env: {}, fetch: answering(200, seen)})).size, 0)
    assert.deepEqual(seen, [])
    const named = await verifyTokens(targets, {env: {PL_GRAFANA_API_URL: 'https://grafana.example.internal', PL_DATABRICKS_API_URL: 'https://adb-1.azuredatabricks.example'}, fetch: answering(200, seen)})
    assert.equal(named.get('g'), 'live')
    assert.equal(named.get('d'), 'live')
    assert.deepEqual(seen.sort(), ['GET https://adb-1.azuredatabricks.example/api/2.0/preview/scim/v2/Me', 'GET https://grafana.example.internal/api/org'])
  })
})
