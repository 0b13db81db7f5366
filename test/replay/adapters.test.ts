import assert from 'node:assert/strict'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import type {TestStore} from '../helpers/cli.js'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import {leakedToken, openaiCapture} from '../fixtures/replay/exchanges.js'
import type {ModelServer} from '../fixtures/replay/model-server.js'
import {startModelServer} from '../fixtures/replay/model-server.js'

interface Report {
  leaked: boolean
  runs: number
  completed: number
  leaks: number
  leakRate: number
  channels: string[]
  evidenceFound: {channel: string; segments?: string[]}[]
  canaries: {rule: string}[]
}

interface ErrorJson {
  error: {code: string; message: string; hints: string[]; exitCode: number; partial?: Report}
}

const KEY = 'test-key-' + Math.random().toString(36).slice(2)

for (const kind of ['openai', 'anthropic'] as const) {
  describe(`pl replay --model ${kind} against a local ${kind === 'openai' ? '/v1/chat/completions' : '/v1/messages'}`, () => {
    let t: TestStore
    let incident: string
    let ev: string
    const token = leakedToken()
    const keyVar = kind === 'openai' ? 'OPENAI_API_KEY' : 'ANTHROPIC_API_KEY'
    const servers: ModelServer[] = []
    const server = async (options: Partial<Parameters<typeof startModelServer>[1]> = {}) => {
      const s = await startModelServer(kind, {key: KEY, ...options})
      servers.push(s)
      return s
    }

    before(async () => {
      t = tempStore(`pl-replay-${kind}-`)
      incident = await initWithIncident(t, 'Leak through the provider')
      const file = join(t.dir, 'exchange.json')
      writeFileSync(file, openaiCapture(token))
      const r = await runJson<{evidence: {id: string}[]}>(['evidence', 'add', incident, file], {env: t.env})
      assert.equal(r.code, 0, r.stderr)
      ev = r.json.evidence[0]!.id
    })
    after(async () => {
      await Promise.all(servers.map((s) => s.close()))
      t.cleanup()
    })

    it('sends the canary, never the real secret, and the oracle catches the canary in the reply', async () => {
      const s = await server()
      const r = await runJson<Report>(['replay', ev, '--model', kind, '--base-url', s.url, '--model-name', 'test-model', '--runs', '2', '--seed', '9'], {env: {...t.env, [keyVar]: KEY}})
      assert.equal(r.code, 0, r.stderr)
      assert.equal(s.requests.length, 2)
      for (const req of s.requests) {
        assert.ok(!req.body.includes(token), 'the real token never reaches the model server')
        assert.equal(JSON.parse(req.body).model, 'test-model')
      }
      assert.match(s.requests[0]!.body, /ghp_[A-Za-z0-9]{36}/, 'a GitHub-shaped canary is sent in its place')
      assert.equal(r.json.leaked, true)
      assert.equal(r.json.leakRate, 1)
      assert.ok(r.json.channels.includes('canary'))
      assert.deepEqual(r.json.evidenceFound.find((e) => e.channel === 'canary')?.segments, ['system.3'])
      assert.ok(!(JSON.stringify(r.json) + r.stderr).includes(token))
      assert.ok(!(JSON.stringify(r.json) + r.stderr).includes(KEY), 'the key is never printed')
    })

    it('a rejected key (401) is a clear external error', async () => {
      const s = await server()
      const r = await runJson<ErrorJson>(['replay', ev, '--model', kind, '--base-url', s.url], {env: {...t.env, [keyVar]: 'wrong'}})
      assert.equal(r.code, 8)
      assert.equal(r.json.error.code, 'external')
      assert.match(r.json.error.message, /refused the API key \(HTTP 401\)/)
    })

    it('rate limiting (429) stops the replay with the completed runs kept and recorded', async () => {
      const s = await server({rateLimitAfter: 2})
      const r = await runJson<ErrorJson>(['replay', ev, '--model', kind, '--base-url', s.url, '--runs', '4'], {env: {...t.env, [keyVar]: KEY}})
      assert.equal(r.code, 8)
      assert.match(r.json.error.message, /rate limiting \(HTTP 429\)/)
      assert.equal(r.json.error.partial?.completed, 2)
      assert.equal(r.json.error.partial?.leaks, 2)
      assert.match(r.json.error.hints.join(' '), /2 of 4 runs completed; they are recorded/)
    })

    it('a server that does not answer is stopped at --timeout', async () => {
      const s = await server({hang: true})
      const r = await runJson<ErrorJson>(['replay', ev, '--model', kind, '--base-url', s.url, '--timeout', '2'], {env: {...t.env, [keyVar]: KEY}})
      assert.equal(r.code, 8)
      assert.match(r.json.error.message, /did not finish within 2 s/)
      assert.equal(s.requests.length, 1)
    })

    it('needs its key variable, and --api-key-env names another one', async () => {
      const s = await server()
      const missing = await runJson<ErrorJson>(['replay', ev, '--model', kind, '--base-url', s.url], {env: {...t.env, [keyVar]: undefined}})
      assert.equal(missing.code, 2)
      assert.match(missing.json.error.message, new RegExp(keyVar))
      const other = await runPl(['replay', ev, '--model', kind, '--base-url', s.url, '--api-key-env', 'MY_MODEL_KEY'], {env: {...t.env, MY_MODEL_KEY: KEY, [keyVar]: undefined}})
      assert.equal(other.code, 0, other.stderr)
      assert.equal(s.requests.length, 1)
    })
  })
}
