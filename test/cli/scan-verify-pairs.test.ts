/**
 * `pl scan --verify` for paired credentials, through the real CLI against one local HTTP server on
 * 127.0.0.1 implementing each provider's documented check: AWS STS GetCallerIdentity signed with
 * Signature Version 4 (the server recomputes the signature from the request it received and the
 * secret it knows for the key id), Twilio's account resource with HTTP Basic SID:token, Datadog's
 * validate_keys with both keys, and Entra ID's client-credentials token request. A secret found
 * without its other half is not sent; no raw value appears in the output.
 */
import assert from 'node:assert/strict'
import {createHash, createHmac} from 'node:crypto'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:http'
import type {IncomingMessage, Server, ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, describe, test} from 'node:test'

import type {ScanReport} from '../../src/domain/scan/report.js'
import {runJson} from '../helpers/cli.js'
import {Rng, fakes} from '../fixtures/scan/fakes.js'

const rng = new Rng(1808)
const HEX = '0123456789abcdef'
const uuid = (): string => `${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-4${rng.chars(HEX, 3)}-a${rng.chars(HEX, 3)}-${rng.chars(HEX, 12)}`

/** The accounts the server knows: key id → secret, and so on; a pair is live only when both halves match. */
const aws = {liveId: fakes.awsKeyId(rng), liveSecret: fakes.awsSecret(rng), deadId: fakes.awsKeyId(rng), deadSecret: fakes.awsSecret(rng), aloneSecret: fakes.awsSecret(rng)}
const awsSecrets = new Map([[aws.liveId, aws.liveSecret]])
const twilio = {liveSid: `AC${rng.chars(HEX, 32)}`, liveToken: rng.chars(HEX, 32), deadSid: `AC${rng.chars(HEX, 32)}`, deadToken: rng.chars(HEX, 32)}
const datadog = {api: rng.chars(HEX, 32), app: rng.chars(HEX, 40), wrongApp: rng.chars(HEX, 40)}
const azure = {tenant: uuid(), client: uuid(), secret: fakes.azureClientSecret(rng), wrongSecret: fakes.azureClientSecret(rng)}
const RAW = [...Object.values(aws), ...Object.values(twilio), ...Object.values(datadog), azure.secret, azure.wrongSecret]

const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex')
const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data).digest()

/** SigV4 checked as STS checks it: the canonical request rebuilt from what arrived. */
function awsSignatureOk(request: IncomingMessage, path: string, body: string): {id: string; ok: boolean} {
  const auth = String(request.headers.authorization ?? '')
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/sts\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(auth)
  if (m === null) return {id: '', ok: false}
  const [, id = '', day = '', region = '', signed = '', signature = ''] = m
  const secret = awsSecrets.get(id)
  if (secret === undefined) return {id, ok: false}
  const names = signed.split(';')
  const canonical = ['POST', path, '', ...names.map((n) => `${n}:${String(request.headers[n] ?? '').trim()}`), '', signed, sha256(body)].join('\n')
  const stamp = String(request.headers['x-amz-date'] ?? '')
  const toSign = ['AWS4-HMAC-SHA256', stamp, `${day}/${region}/sts/aws4_request`, sha256(canonical)].join('\n')
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), 'sts'), 'aws4_request')
  return {id, ok: names.includes('host') && createHmac('sha256', key).update(toSign).digest('hex') === signature}
}

describe('pl scan --verify, paired credentials: the request takes both halves', () => {
  let server: Server
  let dir: string
  let input: string
  const asked: string[] = []
  let env: Record<string, string> = {}

  before(async () => {
    server = createServer((request: IncomingMessage, response: ServerResponse) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
      request.on('end', () => {
        const url = request.url ?? ''
        const reply = (status: number, json: unknown): void => void response.writeHead(status, {'content-type': 'application/json'}).end(JSON.stringify(json))
        if (request.method === 'POST' && url === '/aws/') {
          const {id, ok} = awsSignatureOk(request, '/aws/', body)
          asked.push(`aws ${id}`)
          if (body !== 'Action=GetCallerIdentity&Version=2011-06-15') return reply(400, {})
          return ok ? reply(200, {}) : reply(403, {Error: {Code: awsSecrets.has(id) ? 'SignatureDoesNotMatch' : 'InvalidClientTokenId'}})
        }
        const twilioPath = /^\/twilio\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\.json$/.exec(url)
        if (request.method === 'GET' && twilioPath !== null) {
          const [user, password] = Buffer.from(String(request.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString('utf8').split(':')
          asked.push(`twilio ${user ?? ''}`)
          const ok = user === twilioPath[1] && user === twilio.liveSid && password === twilio.liveToken
          return ok ? reply(200, {sid: user, status: 'active'}) : reply(401, {code: 20003, message: 'Authenticate'})
        }
        if (request.method === 'GET' && url === '/datadog/api/v1/validate') {
          // The API key alone has its own check.
          asked.push('datadog api key')
          return request.headers['dd-api-key'] === datadog.api ? reply(200, {valid: true}) : reply(403, {errors: ['Forbidden']})
        }
        if (request.method === 'GET' && url === '/datadog/api/v2/validate_keys') {
          asked.push('datadog')
          const ok = request.headers['dd-api-key'] === datadog.api && request.headers['dd-application-key'] === datadog.app
          return ok ? reply(200, {status: 'ok'}) : reply(403, {errors: ['Forbidden']})
        }
        const azurePath = /^\/azure\/([0-9a-f-]{36})\/oauth2\/v2\.0\/token$/.exec(url)
        if (request.method === 'POST' && azurePath !== null) {
          const form = new URLSearchParams(body)
          asked.push('azure')
          if (form.get('grant_type') !== 'client_credentials' || form.get('scope') !== 'https://graph.microsoft.com/.default') return reply(400, {error: 'invalid_request'})
          const ok = azurePath[1] === azure.tenant && form.get('client_id') === azure.client && form.get('client_secret') === azure.secret
          return ok ? reply(200, {token_type: 'Bearer', expires_in: 3599, access_token: 'x'}) : reply(401, {error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.'})
        }
        asked.push(`unexpected ${request.method ?? ''} ${url}`)
        reply(404, {})
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const {port} = server.address() as AddressInfo
    const local = `http://127.0.0.1:${port}`
    env = {PL_AWS_STS_URL: `${local}/aws`, PL_TWILIO_API_URL: `${local}/twilio`, PL_DATADOG_API_URL: `${local}/datadog`, PL_AZURE_LOGIN_URL: `${local}/azure`}
    dir = mkdtempSync(join(tmpdir(), 'pl-verify-pairs-'))
    input = join(dir, 'leak.log')
    const gap = Array.from({length: 7}, (_, i) => `# ---- ${i}`)
    const lines = [
      `aws_access_key_id = ${aws.liveId}`, // 1
      `aws_secret_access_key = ${aws.liveSecret}`, // 2
      ...gap, // 3-9
      `aws_access_key_id = ${aws.deadId}`, // 10
      `aws_secret_access_key = ${aws.deadSecret}`, // 11
      ...gap, // 12-18
      `aws_secret_access_key = ${aws.aloneSecret}`, // 19: no id nearby
      ...gap, // 20-26
      `TWILIO_ACCOUNT_SID=${twilio.liveSid}`, // 27
      `TWILIO_AUTH_TOKEN=${twilio.liveToken}`, // 28
      ...gap, // 29-35
      `TWILIO_ACCOUNT_SID=${twilio.deadSid}`, // 36
      `TWILIO_AUTH_TOKEN=${twilio.deadToken}`, // 37
      ...gap, // 38-44
      `DD_API_KEY=${datadog.api}`, // 45
      `DD_APP_KEY=${datadog.app}`, // 46
      ...gap, // 47-53
      `DD_API_KEY=${datadog.api}`, // 54
      `DD_APP_KEY=${datadog.wrongApp}`, // 55
      ...gap, // 56-62
      `AZURE_TENANT_ID=${azure.tenant}`, // 63
      `AZURE_CLIENT_ID=${azure.client}`, // 64
      `AZURE_CLIENT_SECRET=${azure.secret}`, // 65
      ...gap, // 66-72
      `"tenantId": "${azure.tenant}", "clientId": "${azure.client}",`, // 73
      `"clientSecret": "${azure.wrongSecret}"`, // 74
    ]
    writeFileSync(input, `${lines.join('\n')}\n`)
  })

  after(() => {
    server.close()
    rmSync(dir, {recursive: true, force: true})
  })

  test('each pair is checked with both halves: live, revoked/invalid; a half alone is not sent', async () => {
    const {code, json, stderr} = await runJson<ScanReport>(['scan', input, '--verify', '--format', 'json'], {env, timeoutMs: 60_000})
    assert.equal(code, 1, stderr)
    const verdict = (line: number, rule: string): string | undefined => {
      const finding = json.findings.find((f) => f.line === line && f.rule === rule)
      assert.ok(finding !== undefined, `${rule} on line ${line}: ${JSON.stringify(json.findings.filter((f) => f.line === line).map((f) => f.rule))}`)
      return finding.verification
    }
    assert.equal(verdict(2, 'aws-secret-access-key'), 'live')
    assert.equal(verdict(11, 'aws-secret-access-key'), 'revoked/invalid')
    assert.equal(verdict(19, 'aws-secret-access-key'), undefined, 'a secret without its key id is not sent')
    assert.equal(verdict(28, 'twilio-auth-token'), 'live')
    assert.equal(verdict(37, 'twilio-auth-token'), 'revoked/invalid')
    assert.equal(verdict(46, 'datadog-app-key'), 'live')
    assert.equal(verdict(55, 'datadog-app-key'), 'revoked/invalid')
    assert.equal(verdict(65, 'azure-client-secret'), 'live')
    assert.equal(verdict(74, 'azure-client-secret'), 'revoked/invalid')
    // The secret half names its other half (masked); the id is not a finding of its own for Entra.
    assert.equal(json.findings.find((f) => f.line === 65)?.pair?.rule, 'azure-client-id')
    assert.equal(json.findings.find((f) => f.line === 28)?.pair?.line, 27)
    assert.deepEqual(
      asked.sort(),
      [`aws ${aws.deadId}`, `aws ${aws.liveId}`, 'azure', 'azure', 'datadog', 'datadog', 'datadog api key', `twilio ${twilio.deadSid}`, `twilio ${twilio.liveSid}`].sort(),
    )
    const output = JSON.stringify(json) + stderr
    for (const raw of RAW) assert.ok(!output.includes(raw), 'a raw value in the output')
  })
})
