/**
 * `pl scan --verify` through the real CLI against local HTTP servers on 127.0.0.1 that implement
 * the providers' read-only endpoints: each token is asked about once, with the right method, path
 * and authorization header, and the answer (live, revoked/invalid, unknown) lands on its findings
 * — while the token itself never appears in the output.
 */
import assert from 'node:assert/strict'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:http'
import type {IncomingMessage, Server, ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, describe, test} from 'node:test'

import {runJson, runPl} from '../helpers/cli.js'
import {Rng, fakes, githubToken} from '../fixtures/scan/fakes.js'
import type {ScanReport} from '../../src/domain/scan/report.js'

const rng = new Rng(3)
const tokens = {
  githubLive: githubToken(rng),
  githubDead: githubToken(rng),
  openaiLive: fakes.openaiProject(rng),
  openaiLimited: fakes.openaiProject(rng),
  slackLive: fakes.slackBot(rng),
  slackDead: fakes.slackBot(rng),
  anthropicUnreachable: fakes.anthropic(rng),
  huggingfaceLive: fakes.huggingface(rng),
  gitlabLive: fakes.gitlab(rng),
  gitlabDead: fakes.gitlab(rng),
  stripeLive: fakes.stripe(rng),
  stripeDead: fakes.stripe(rng),
  sendgridLive: fakes.sendgrid(rng),
  sendgridForbidden: fakes.sendgrid(rng),
}
type Name = keyof typeof tokens
const byToken = new Map<string, Name>(Object.entries(tokens).map(([name, value]) => [value, name as Name]))

interface Seen {
  method: string
  path: string
  token: Name | 'none' | 'unexpected'
}

/** Which of our tokens a request carries in the header its provider uses (GitLab: PRIVATE-TOKEN). */
function tokenOf(request: IncomingMessage): Seen['token'] {
  const gitlab = request.headers['private-token']
  if (typeof gitlab === 'string') return request.url?.startsWith('/gitlab/') === true ? (byToken.get(gitlab) ?? 'unexpected') : 'unexpected'
  const value = request.headers.authorization
  if (typeof value !== 'string') return 'none'
  if (!value.startsWith('Bearer ')) return 'unexpected'
  return byToken.get(value.slice('Bearer '.length)) ?? 'unexpected'
}

function providers(seen: Seen[]): Server {
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? ''
    const send = (status: number, body: unknown = {}): void => {
      response.writeHead(status, {'content-type': 'application/json'})
      response.end(JSON.stringify(body))
    }
    const token = tokenOf(request)
    seen.push({method: request.method ?? '', path, token})
    if (path === '/github/user' && request.method === 'GET') {
      if (token === 'githubLive') send(200, {login: 'octocat'})
      else send(401, {message: 'Bad credentials'})
    } else if (path === '/openai/v1/models' && request.method === 'GET') {
      if (token === 'openaiLive') send(200, {data: []})
      else if (token === 'openaiLimited') send(429, {error: {message: 'Rate limit'}})
      else send(401)
    } else if (path === '/slack/auth.test' && request.method === 'POST') {
      send(200, token === 'slackLive' ? {ok: true, user: 'bot'} : {ok: false, error: 'token_revoked'})
    } else if (path === '/huggingface/api/whoami-v2' && request.method === 'GET') {
      send(token === 'huggingfaceLive' ? 200 : 401, {name: 'someone'})
    } else if (path === '/gitlab/personal_access_tokens/self' && request.method === 'GET') {
      if (token === 'gitlabLive') send(200, {id: 4, name: 'ci', revoked: false, active: true, scopes: ['api']})
      else send(401, {message: '401 Unauthorized'})
    } else if (path === '/stripe/v1/balance' && request.method === 'GET') {
      if (token === 'stripeLive') send(200, {object: 'balance', available: []})
      else send(401, {error: {type: 'invalid_request_error', message: 'Invalid API Key provided'}})
    } else if (path === '/sendgrid/v3/scopes' && request.method === 'GET') {
      // A key without the scope this endpoint needs: 403 says nothing about whether it works.
      if (token === 'sendgridLive') send(200, {scopes: ['mail.send']})
      else send(403, {errors: [{field: null, message: 'access forbidden'}]})
    } else send(404)
  })
}

describe('pl scan --verify', () => {
  let dir = ''
  let server: Server
  const seen: Seen[] = []
  let env: Record<string, string> = {}
  let input = ''

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pl-scan-verify-'))
    server = providers(seen)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    // A port that was just free: nothing answers there.
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const closedPort = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    env = {
      PL_HOME: join(dir, 'home'),
      PL_GITHUB_API_URL: `${base}/github`,
      PL_OPENAI_API_URL: `${base}/openai/`,
      PL_SLACK_API_URL: `${base}/slack`,
      PL_ANTHROPIC_API_URL: `http://127.0.0.1:${closedPort}`,
      PL_HUGGINGFACE_API_URL: `${base}/huggingface`,
      PL_GITLAB_API_URL: `${base}/gitlab`,
      PL_STRIPE_API_URL: `${base}/stripe`,
      PL_SENDGRID_API_URL: `${base}/sendgrid`,
    }
    input = join(dir, 'gateway.log')
    const lines = Object.values(tokens).map((value, i) => `request ${i} Authorization: ${value}`)
    // The live GitHub token twice: it is asked about once.
    lines.push(`retry GITHUB_TOKEN=${tokens.githubLive}`, 'contact someone.else@example.org')
    writeFileSync(input, `${lines.join('\n')}\n`)
  })

  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
    rmSync(dir, {recursive: true, force: true})
  })

  test('asks each provider once per token and reports live, revoked/invalid or unknown', async () => {
    seen.length = 0
    const {code, json, stderr} = await runJson<ScanReport>(['scan', input, '--verify'], {env})
    assert.equal(code, 1, stderr)
    const names = Object.keys(tokens) as Name[]
    const expected: Record<Name, string | undefined> = {
      githubLive: 'live',
      githubDead: 'revoked/invalid',
      openaiLive: 'live',
      openaiLimited: 'unknown',
      slackLive: 'live',
      slackDead: 'revoked/invalid',
      anthropicUnreachable: 'unknown',
      huggingfaceLive: 'live',
      gitlabLive: 'live',
      gitlabDead: 'revoked/invalid',
      stripeLive: 'live',
      stripeDead: 'revoked/invalid',
      sendgridLive: 'live',
      sendgridForbidden: 'unknown',
    }
    for (const [i, name] of names.entries()) {
      const finding = json.findings.find((f) => f.line === i + 1)
      assert.ok(finding !== undefined, `no finding for ${name}`)
      assert.equal(finding.verification, expected[name], name)
    }
    assert.equal(json.findings.find((f) => f.line === names.length + 1)?.verification, 'live')
    assert.equal(json.findings.find((f) => f.rule === 'email')?.verification, undefined)
    assert.deepEqual(json.stats.verification, {live: 7, 'revoked/invalid': 4, unknown: 3})

    assert.ok(!seen.some((s) => s.token === 'unexpected' || s.token === 'none'), 'a request without the right authorization')
    assert.deepEqual(
      seen.map((s) => `${s.method} ${s.path} ${s.token}`).sort(),
      [
        'GET /github/user githubDead',
        'GET /github/user githubLive',
        'GET /gitlab/personal_access_tokens/self gitlabDead',
        'GET /gitlab/personal_access_tokens/self gitlabLive',
        'GET /huggingface/api/whoami-v2 huggingfaceLive',
        'GET /openai/v1/models openaiLimited',
        'GET /openai/v1/models openaiLive',
        'GET /sendgrid/v3/scopes sendgridForbidden',
        'GET /sendgrid/v3/scopes sendgridLive',
        'GET /stripe/v1/balance stripeDead',
        'GET /stripe/v1/balance stripeLive',
        'POST /slack/auth.test slackDead',
        'POST /slack/auth.test slackLive',
      ],
    )
    const output = JSON.stringify(json) + stderr
    for (const value of Object.values(tokens)) assert.ok(!output.includes(value), 'a token appears in the output')
  })

  test('an unknown answer says why: a refused connection, an HTTP status; once per provider on stderr, per finding in JSON', async () => {
    const {json, stderr} = await runJson<ScanReport>(['scan', input, '--verify'], {env})
    const names = Object.keys(tokens) as Name[]
    const errorOf = (name: Name) => json.findings.find((f) => f.line === names.indexOf(name) + 1)?.verificationError
    const anthropicHost = new URL(env.PL_ANTHROPIC_API_URL!).host
    const host = new URL(env.PL_GITHUB_API_URL!).host
    assert.equal(errorOf('anthropicUnreachable'), `${anthropicHost} (PL_ANTHROPIC_API_URL): connection refused`)
    assert.equal(errorOf('openaiLimited'), `${host} (PL_OPENAI_API_URL): answered HTTP 429`)
    assert.equal(errorOf('sendgridForbidden'), `${host} (PL_SENDGRID_API_URL): answered HTTP 403`)
    assert.equal(errorOf('githubLive'), undefined, 'an answer needs no reason')
    assert.deepEqual(
      (json.stats.verificationFailures ?? []).map((f) => [f.variable, f.reason, f.tokens]).sort(),
      [['PL_ANTHROPIC_API_URL', 'connection refused', 1], ['PL_OPENAI_API_URL', 'answered HTTP 429', 1], ['PL_SENDGRID_API_URL', 'answered HTTP 403', 1]],
    )
    const table = await runPl(['scan', input, '--verify'], {env})
    assert.ok(table.stderr.includes(`at ${anthropicHost} (PL_ANTHROPIC_API_URL): connection refused — 1 token not checked`), table.stderr)
    assert.match(table.stderr, /unknown: \S+ at \S+ \(PL_OPENAI_API_URL\): answered HTTP 429/)
    assert.ok(!stderr.includes('Bearer'), 'no request echoed')
  })

  test('the table names the live tokens to revoke, masked; without --verify nothing is sent', async () => {
    seen.length = 0
    const table = await runPl(['scan', input, '--verify'], {env})
    assert.equal(table.code, 1)
    assert.match(table.stderr, /live token: .*gateway\.log:1:\d+ github-token ghp_…/)
    assert.match(table.stderr, /verified 14 distinct tokens: 7 live, 4 revoked\/invalid, 3 unknown/)
    // The table has a Verified column: each token's answer on its own row.
    assert.match(table.stdout, /^LOCATION +RULE +FOUND +FINGERPRINT +VERIFIED +WHERE$/m)
    assert.match(table.stdout, /gateway\.log:2:\d+ +github-token +ghp_…\S+ +\S+ +revoked\/invalid$/m)
    assert.match(table.stdout, /stripe-secret-key .*live/)

    // SARIF results carry the answer as a property.
    const sarif = await runPl(['scan', input, '--verify', '--format', 'sarif'], {env})
    const results = (JSON.parse(sarif.stdout) as {runs: {results: {ruleId: string; properties: {verification?: string}; locations: {physicalLocation: {region: {startLine: number}}}[]}[]}[]}).runs[0]?.results ?? []
    const onLine = (line: number): string | undefined => results.find((r) => r.locations[0]?.physicalLocation.region.startLine === line)?.properties.verification
    assert.equal(onLine(1), 'live')
    assert.equal(onLine(2), 'revoked/invalid')
    assert.equal(results.find((r) => r.ruleId === 'email')?.properties.verification, undefined)
    for (const value of Object.values(tokens)) assert.ok(!(table.stdout + table.stderr).includes(value), 'a token appears in the output')

    seen.length = 0
    const plain = await runJson<ScanReport>(['scan', input], {env})
    assert.equal(plain.code, 1)
    assert.equal(seen.length, 0)
    assert.equal(plain.json.stats.verification, undefined)
  })
})

describe('pl scan --verify: Groq against a local server', () => {
  const keys = {live: fakes.groq(rng), dead: fakes.groqPlain(rng), broken: fakes.groq(rng)}
  let dir = ''
  let server: Server
  const asked: string[] = []

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pl-scan-verify-groq-'))
    // Groq's OpenAI-compatible models endpoint: 200 for a working key, 401 for a dead one; 500 for the third.
    server = createServer((request, response) => {
      const key = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? ''
      const name = Object.entries(keys).find(([, value]) => value === key)?.[0] ?? 'unexpected'
      asked.push(`${request.method ?? ''} ${request.url ?? ''} ${name}`)
      const status = request.url !== '/openai/v1/models' ? 404 : name === 'live' ? 200 : name === 'broken' ? 500 : 401
      response.writeHead(status, {'content-type': 'application/json'})
      response.end(JSON.stringify(status === 200 ? {object: 'list', data: []} : {error: {message: 'Invalid API Key'}}))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  })

  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
    rmSync(dir, {recursive: true, force: true})
  })

  test('live, revoked/invalid and unknown (500), each key asked once, none printed', async () => {
    const input = join(dir, 'chat.log')
    writeFileSync(input, `${Object.values(keys).map((key) => `GROQ_API_KEY=${key}`).join('\n')}\n`)
    const env = {PL_HOME: join(dir, 'home'), PL_GROQ_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/openai`}
    const {code, json, stderr} = await runJson<ScanReport>(['scan', input, '--verify'], {env})
    assert.equal(code, 1, stderr)
    assert.deepEqual(
      json.findings.map((f) => [f.rule, f.verification]),
      [
        ['groq-api-key', 'live'],
        ['groq-api-key', 'revoked/invalid'],
        ['groq-api-key', 'unknown'],
      ],
    )
    assert.deepEqual(asked.sort(), ['GET /openai/v1/models broken', 'GET /openai/v1/models dead', 'GET /openai/v1/models live'])
    for (const key of Object.values(keys)) assert.ok(!(JSON.stringify(json) + stderr).includes(key), 'a key appears in the output')
  })
})
