/**
 * `pl scan --verify` for every live check the provider catalogue declares, through the real CLI
 * against one local HTTP server on 127.0.0.1: each provider's base URL is moved there by its
 * variable, the server checks the request (method, the provider's documented path, the token in
 * a header and never in the URL) and answers 200 for one fake and "bad key" for another; the
 * verdicts land on the findings, and no token appears in the output.
 */
import assert from 'node:assert/strict'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:http'
import type {IncomingMessage, Server, ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, describe, test} from 'node:test'

import {PROVIDERS} from '../../src/domain/scan/providers/index.js'
import type {ProviderRule} from '../../src/domain/scan/providers/index.js'
import type {ScanReport} from '../../src/domain/scan/report.js'
import type {VerifierSpec} from '../../src/domain/scan/verifier.js'
import {runJson} from '../helpers/cli.js'
import {Rng} from '../fixtures/scan/fakes.js'

interface Checked {
  rule: ProviderRule
  verifier: VerifierSpec
  live: string
  dead: string
}

/** One generator for all fakes, so no two share a random sequence (one would be inside the other). */
const rng = new Rng(18)
const checked: Checked[] = PROVIDERS.flatMap((p) =>
  p.rules.flatMap((rule: ProviderRule) => {
    const verifier = (p.verifiers as Record<string, VerifierSpec | undefined>)[rule.id]
    // Checks that take a pair (both halves found together) are tested in scan-verify-pairs.test.ts.
    if (verifier === undefined || verifier.needsPair === true) return []
    return [{rule, verifier, live: rule.sample(rng), dead: rule.sample(rng)}]
  }),
)
const byToken = new Map<string, {entry: Checked; live: boolean}>(checked.flatMap((c) => [[c.live, {entry: c, live: true}], [c.dead, {entry: c, live: false}]]))

/** The fake a request carries, in any header (some providers use Basic auth: the key after `api:`). */
function tokenIn(request: IncomingMessage): string | undefined {
  for (const value of Object.values(request.headers)) {
    if (typeof value !== 'string') continue
    for (const token of byToken.keys()) {
      if (value.includes(token) || value.includes(Buffer.from(`api:${token}`).toString('base64'))) return token
    }
  }
  return undefined
}

describe('pl scan --verify, every live check of the provider catalogue', () => {
  let server: Server
  let dir: string
  let input: string
  const problems: string[] = []
  const asked = new Map<string, number>()
  let env: Record<string, string> = {}

  before(async () => {
    server = createServer((request: IncomingMessage, response: ServerResponse) => {
      const token = tokenIn(request)
      const found = token === undefined ? undefined : byToken.get(token)
      const url = request.url ?? ''
      if (found === undefined || token === undefined) {
        problems.push(`no known token in the headers of ${request.method} ${url}`)
        response.writeHead(400).end()
        return
      }
      asked.set(token, (asked.get(token) ?? 0) + 1)
      const expected = found.entry.verifier.request(token, {base: '', now: new Date()})
      const path = `/${found.entry.verifier.env}${expected.path}`
      if (url !== path || request.method !== expected.method) problems.push(`${found.entry.rule.id}: ${request.method} ${url}, expected ${expected.method} ${path}`)
      if (url.includes(token)) problems.push(`${found.entry.rule.id}: the token is in the URL`)
      // A bad key: 401, except Vault and Figma, which answer 403 for an unknown token.
      const status = found.live ? 200 : ['PL_VAULT_API_URL', 'PL_FIGMA_API_URL'].includes(found.entry.verifier.env) ? 403 : 401
      response.writeHead(status, {'content-type': 'application/json'}).end('{}')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const {port} = server.address() as AddressInfo
    env = Object.fromEntries(checked.map((c) => [c.verifier.env, `http://127.0.0.1:${port}/${c.verifier.env}`]))
    dir = mkdtempSync(join(tmpdir(), 'pl-verify-providers-'))
    input = join(dir, 'leak.log')
    writeFileSync(input, `${checked.flatMap((c) => [c.rule.sampleInContext(c.live), c.rule.sampleInContext(c.dead)]).join('\n')}\n`)
  })

  after(() => {
    server.close()
    rmSync(dir, {recursive: true, force: true})
  })

  test('each fake asked once at its provider\'s endpoint: live and revoked/invalid', async () => {
    assert.ok(checked.length >= 30, `${checked.length} live checks`)
    const {code, json, stderr} = await runJson<ScanReport>(['scan', input, '--verify', '--format', 'json'], {env, timeoutMs: 60_000})
    assert.equal(code, 1, stderr)
    assert.deepEqual(problems, [])
    checked.forEach((c, i) => {
      for (const [line, verdict] of [[2 * i + 1, 'live'], [2 * i + 2, 'revoked/invalid']] as const) {
        const finding = json.findings.find((f) => f.line === line && f.rule === c.rule.id)
        assert.ok(finding !== undefined, `${c.rule.id} not found on line ${line}: ${JSON.stringify(json.findings.filter((f) => f.line === line).map((f) => f.rule))}`)
        assert.equal(finding.verification, verdict, `${c.rule.id} line ${line}`)
      }
      assert.equal(asked.get(c.live), 1, `${c.rule.id} asked once`)
      assert.equal(asked.get(c.dead), 1, `${c.rule.id} asked once`)
    })
    const output = JSON.stringify(json) + stderr
    for (const token of byToken.keys()) assert.ok(!output.includes(token), 'a token in the output')
  })
})
