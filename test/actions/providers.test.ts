/**
 * Every HTTP provider against a local server implementing its documented endpoint (method, path,
 * auth header and body checked), and the failure modes: 401, 404, 429 with Retry-After, 5xx and a
 * timeout — retried only where safe, reported with what to check, never with the token.
 */
import assert from 'node:assert/strict'
import {randomBytes} from 'node:crypto'
import {existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {ACTION_PROVIDER_TABLE} from '../../src/actions/index.js'
import type {ActionContext, PreserveItem} from '../../src/actions/types.js'
import {ACTION_PROVIDERS} from '../../src/domain/runbook/catalog.js'
import type {ActionType} from '../../src/domain/runbook/catalog.js'
import {ExternalError, UserError} from '../../src/errors.js'
import {hasRedis, postgresBin, startPostgres, startRedis} from '../fixtures/providers/databases.js'
import {ADMIN, providerEnv, providerServer} from '../fixtures/providers/providers.js'
import type {ProviderServer} from '../fixtures/providers/server.js'
import type {ProviderState} from '../fixtures/providers/providers.js'

const fake = (prefix: string) => prefix + randomBytes(20).toString('hex')

function context(env: Record<string, string>, overrides: Partial<ActionContext> = {}) {
  const records: {stage: string; ok: boolean; detail: Record<string, unknown>}[] = []
  const preserved: PreserveItem[] = []
  const sleeps: number[] = []
  const ctx: ActionContext = {
    env,
    cwd: process.cwd(),
    timeoutMs: 1000,
    maxRetryWaitMs: 5000,
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    preserve: async (items) => {
      preserved.push(...items)
      return items.map((_, i) => `EV-${i + 1}`)
    },
    record: (stage, ok, detail) => records.push({stage, ok, detail}),
    ...overrides,
  }
  return {ctx, records, preserved, sleeps}
}

const run = (type: ActionType, provider: string, params: Record<string, unknown>, ctx: ActionContext) => ACTION_PROVIDER_TABLE[type][provider]!.run(params, ctx)
const count = (provider: string, params: Record<string, unknown>, ctx: ActionContext) => ACTION_PROVIDER_TABLE.purge[provider]!.count!(params, ctx)

describe('providers', () => {
  let server: ProviderServer
  let state: ProviderState
  let env: Record<string, string>
  before(async () => {
    ;({server, state} = providerServer())
    await server.start()
    env = providerEnv(server.url)
  })
  after(() => server.stop())

  it('implements every provider the catalog names', () => {
    for (const [type, providers] of Object.entries(ACTION_PROVIDERS)) {
      if (type === 'manual') continue
      for (const name of Object.keys(providers)) assert.ok(ACTION_PROVIDER_TABLE[type as ActionType][name], `${type}/${name}`)
    }
  })

  it('github: POST /credentials/revoke with the token in the body, then GET /user answers 401', async () => {
    const token = fake('ghp_')
    state.live.set('github', new Set([token]))
    const {ctx, records} = context(env)
    const summary = await run('revoke-token', 'github', {tokens: [token]}, ctx)
    const revoke = server.requests.find((r) => r.path === '/credentials/revoke')!
    assert.equal(revoke.method, 'POST')
    assert.deepEqual(revoke.body, {credentials: [token]})
    assert.equal(state.live.get('github')!.size, 0)
    assert.deepEqual(records.map((r) => [r.stage, r.ok]), [['revoke', true], ['check', true]])
    assert.ok(!JSON.stringify(records).includes(token), 'the record holds the token masked only')
    assert.ok(!summary.includes(token))
    assert.match(String(records[0]!.detail.target), /…/)
  })

  it('slack: auth.revoke with the token as bearer, auth.test then fails', async () => {
    const token = fake('xoxb-')
    state.live.set('slack', new Set([token]))
    const {ctx, records} = context(env)
    await run('revoke-token', 'slack', {tokens: token}, ctx)
    const r = server.requests.find((x) => x.path === '/api/auth.revoke')!
    assert.equal(r.headers.authorization, `Bearer ${token}`)
    assert.equal(state.live.get('slack')!.size, 0)
    assert.equal(records.at(-1)!.ok, true)
  })

  it('gitlab: DELETE /api/v4/personal_access_tokens/self with PRIVATE-TOKEN', async () => {
    const token = fake('glpat-')
    state.live.set('gitlab', new Set([token]))
    const {ctx} = context(env)
    await run('revoke-token', 'gitlab', {tokens: [token]}, ctx)
    const r = server.requests.find((x) => x.method === 'DELETE' && x.path === '/api/v4/personal_access_tokens/self')!
    assert.equal(r.headers['private-token'], token)
    assert.equal(state.live.get('gitlab')!.size, 0)
  })

  it('openai: finds the key by its redacted value and deletes it with the admin key', async () => {
    const token = fake('sk-proj-')
    state.openaiKeys.set('key_abc', token)
    state.live.set('openai', new Set([token]))
    const {ctx} = context(env)
    await run('revoke-token', 'openai', {tokens: [token], project: 'proj_1'}, ctx)
    const del = server.requests.find((x) => x.method === 'DELETE' && x.path.startsWith('/v1/'))!
    assert.equal(del.path, '/v1/organization/projects/proj_1/api_keys/key_abc')
    assert.equal(del.headers.authorization, `Bearer ${ADMIN.openai}`)
    assert.equal(state.live.get('openai')!.size, 0)
  })

  it('vault: POST /v1/auth/token/revoke with X-Vault-Token and {"token"}', async () => {
    const token = fake('hvs.')
    state.live.set('vault', new Set([token]))
    const {ctx} = context(env)
    await run('revoke-token', 'vault', {tokens: [token]}, ctx)
    const r = server.requests.find((x) => x.path === '/v1/auth/token/revoke')!
    assert.equal(r.headers['x-vault-token'], ADMIN.vault)
    assert.deepEqual(r.body, {token})
    assert.equal(state.live.get('vault')!.size, 0)
  })

  it('vault leases: PUT /v1/sys/leases/revoke {"lease_id"}, then lookup answers 400', async () => {
    const lease = 'database/creds/readonly/' + randomBytes(6).toString('hex')
    state.live.set('vault-lease', new Set([lease, 'database/creds/other/1']))
    const {ctx, records} = context(env)
    await run('revoke-token', 'vault-lease', {leases: [lease]}, ctx)
    const r = server.requests.find((x) => x.path === '/v1/sys/leases/revoke')!
    assert.equal(r.method, 'PUT')
    assert.equal(r.headers['x-vault-token'], ADMIN.vault)
    assert.deepEqual(r.body, {lease_id: lease})
    assert.deepEqual([...state.live.get('vault-lease')!], ['database/creds/other/1'])
    assert.deepEqual(records.map((x) => [x.stage, x.ok]), [['revoke', true], ['check', true]])
  })

  it('generic http: POST {"token"} with the bearer from auth_env, check_url answers 401', async () => {
    const token = fake('tok_')
    state.live.set('http', new Set([token]))
    const {ctx, records} = context(env)
    await run('revoke-token', 'http', {tokens: [token], url: `${server.url}/revoke`, check_url: `${server.url}/revoke`, auth_env: 'HTTP_ADMIN'}, ctx)
    assert.equal(state.live.get('http')!.size, 0)
    assert.deepEqual(records.map((r) => r.stage), ['revoke', 'check'])
  })

  it('a token that still authenticates after the revocation fails the action', async () => {
    const token = fake('ghp_')
    state.live.set('github', new Set([token]))
    server.failNext('POST', '/credentials/revoke', {status: 202, json: {}})
    const {ctx, records} = context(env)
    await assert.rejects(run('revoke-token', 'github', {tokens: [token]}, ctx), (e: Error) => e instanceof ExternalError && /still authenticates/.test(e.message) && !e.message.includes(token))
    assert.deepEqual(records.map((r) => [r.stage, r.ok]), [['revoke', true], ['check', false]])
  })

  it('pause: GitHub Actions workflow disable, Airflow DAG pause, Kafka Connect pause, Jenkins disable — each read back', async () => {
    const {ctx, records} = context(env)
    await run('pause-pipeline', 'github-actions', {repo: 'acme/gateway', workflow: 'ship-logs.yml'}, ctx)
    await run('pause-pipeline', 'airflow', {dag: 'build_dataset'}, ctx)
    await run('pause-pipeline', 'kafka-connect', {connector: 'gateway-logs-sink'}, ctx)
    await run('pause-pipeline', 'jenkins', {job: 'finetune'}, ctx)
    assert.deepEqual([...state.paused].sort(), ['airflow:build_dataset', 'gha:acme/gateway/ship-logs.yml', 'jenkins:finetune', 'kafka:gateway-logs-sink'])
    assert.equal(server.count('PUT', '/repos/acme/gateway/actions/workflows/ship-logs.yml/disable'), 1)
    const patch = server.requests.find((r) => r.method === 'PATCH')!
    assert.equal(patch.path, '/api/v1/dags/build_dataset')
    assert.deepEqual(patch.body, {is_paused: true})
    assert.ok(records.every((r) => r.ok))
    assert.equal(records.filter((r) => r.stage === 'check').length, 4)
  })

  describe('kubernetes-cronjob', () => {
    it('PATCH spec.suspend=true as a JSON merge patch with the bearer from KUBERNETES_TOKEN, then GET reads it back', async () => {
      state.cronJobs.set('data/ship-traces', false)
      const {ctx, records} = context(env)
      const summary = await run('pause-pipeline', 'kubernetes-cronjob', {namespace: 'data', cronjob: 'ship-traces'}, ctx)
      const patch = server.requests.find((r) => r.method === 'PATCH' && r.path === '/apis/batch/v1/namespaces/data/cronjobs/ship-traces')!
      assert.equal(patch.headers['content-type'], 'application/merge-patch+json')
      assert.equal(patch.headers.authorization, `Bearer ${ADMIN.kubernetes}`)
      assert.deepEqual(patch.body, {spec: {suspend: true}})
      assert.equal(state.cronJobs.get('data/ship-traces'), true)
      assert.equal(server.count('GET', '/apis/batch/v1/namespaces/data/cronjobs/ship-traces'), 1)
      assert.deepEqual(records.map((r) => [r.stage, r.ok]), [['pause', true], ['check', true]])
      assert.equal(summary, 'paused kubernetes-cronjob CronJob data/ship-traces (checked)')
    })

    it('401 and 403: the credential message names KUBERNETES_TOKEN, and the token is not in it', async () => {
      state.cronJobs.set('data/j401', false)
      const wrong = fake('k8s-')
      const {ctx} = context({...env, KUBERNETES_TOKEN: wrong})
      const rejected = (status: number) => (e: ExternalError) => e.details.status === status && e.hints.some((h) => h.includes('KUBERNETES_TOKEN')) && !JSON.stringify([e.message, e.hints]).includes(wrong)
      await assert.rejects(run('pause-pipeline', 'kubernetes-cronjob', {namespace: 'data', cronjob: 'j401'}, ctx), rejected(401))
      // RBAC without patch on cronjobs answers 403.
      server.failNext('PATCH', '/apis/batch/v1/namespaces/data/cronjobs/j403', {status: 403, json: {kind: 'Status', reason: 'Forbidden', code: 403}})
      await assert.rejects(run('pause-pipeline', 'kubernetes-cronjob', {namespace: 'data', cronjob: 'j403'}, context(env).ctx), rejected(403))
      assert.equal(state.cronJobs.get('data/j401'), false)
    })

    it('404: a CronJob that does not exist names the parameters and base URL to check', async () => {
      const {ctx, records} = context(env)
      await assert.rejects(run('pause-pipeline', 'kubernetes-cronjob', {namespace: 'data', cronjob: 'missing'}, ctx), (e: ExternalError) => e.details.status === 404 && /base URL/.test(e.hints.join(' ')))
      assert.deepEqual(records, [])
    })

    it('a CronJob that does not report suspended after the patch fails the step, pending', async () => {
      state.cronJobs.set('data/stubborn', false)
      // An admission webhook that drops the change: the patch answers 200, the object is unchanged.
      server.failNext('PATCH', '/apis/batch/v1/namespaces/data/cronjobs/stubborn', {status: 200, json: {kind: 'CronJob', spec: {suspend: false}}})
      const {ctx, records} = context(env)
      await assert.rejects(run('pause-pipeline', 'kubernetes-cronjob', {namespace: 'data', cronjob: 'stubborn'}, ctx), (e: ExternalError) => /does not report paused/.test(e.message) && /pending/.test(e.hints.join(' ')))
      assert.deepEqual(records.map((r) => [r.stage, r.ok]), [['pause', true], ['check', false]])
    })

    it('without PL_KUBERNETES_URL there is no default address: the step asks for it', async () => {
      const {ctx} = context({...env, PL_KUBERNETES_URL: ''})
      await assert.rejects(run('pause-pipeline', 'kubernetes-cronjob', {namespace: 'data', cronjob: 'x'}, ctx), /PL_KUBERNETES_URL/)
    })
  })

  it('purge elasticsearch: preserve the hits, _delete_by_query, then _count is zero', async () => {
    state.docs.set('traces-1', [{'gen_ai.prompt': 'You are…', trace: 'a'}, {trace: 'b'}])
    const {ctx, records, preserved} = context(env)
    await run('purge', 'elasticsearch', {index: 'traces-1', query: {exists: {field: 'gen_ai.prompt'}}}, ctx)
    assert.deepEqual(records.map((r) => r.stage), ['preserve', 'delete', 'verify'])
    assert.match(new TextDecoder().decode(preserved[0]!.bytes), /You are/)
    assert.deepEqual(state.docs.get('traces-1'), [{trace: 'b'}])
  })

  it('a failed preserve stops the purge: nothing is deleted', async () => {
    state.docs.set('traces-2', [{'gen_ai.prompt': 'x'}])
    const {ctx, records} = context(env, {preserve: async () => Promise.reject(new Error('disk full'))})
    await assert.rejects(run('purge', 'elasticsearch', {index: 'traces-2', query: {exists: {field: 'gen_ai.prompt'}}}, ctx), /nothing was deleted/)
    assert.deepEqual(records.map((r) => [r.stage, r.ok]), [['preserve', false]])
    assert.equal(state.docs.get('traces-2')!.length, 1)
    assert.equal(server.count('POST', '/traces-2/_delete_by_query'), 0)
  })

  it('every purge provider counts what it would preserve and delete', () => {
    for (const [name, provider] of Object.entries(ACTION_PROVIDER_TABLE.purge)) assert.equal(typeof provider.count, 'function', name)
  })

  it('purge elasticsearch count: POST /{index}/_count with the query, nothing deleted', async () => {
    state.docs.set('traces-c', [{'gen_ai.prompt': 'a'}, {'gen_ai.prompt': 'b'}, {trace: 'c'}])
    const {ctx, records, preserved} = context(env)
    const n = await count('elasticsearch', {index: 'traces-c', query: {exists: {field: 'gen_ai.prompt'}}}, ctx)
    assert.deepEqual(n, {count: 2, one: 'document of traces-c', many: 'documents of traces-c'})
    assert.deepEqual(server.requests.filter((r) => r.path.startsWith('/traces-c/')).map((r) => `${r.method} ${r.path}`), ['POST /traces-c/_count'])
    assert.equal(state.docs.get('traces-c')!.length, 3)
    assert.deepEqual([records.length, preserved.length], [0, 0])
  })

  it('purge files count: the files the glob matches, none deleted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-count-files-'))
    try {
      mkdirSync(join(dir, 'logs', 'a'), {recursive: true})
      for (const f of ['logs/one.jsonl', 'logs/a/two.jsonl', 'logs/a/keep.txt']) writeFileSync(join(dir, f), 'x')
      const {ctx, records} = context(env, {cwd: dir})
      assert.equal((await count('files', {path: 'logs/**/*.jsonl'}, ctx)).count, 2)
      assert.equal((await count('files', {path: 'nothing/*.jsonl'}, ctx)).count, 0)
      assert.ok(existsSync(join(dir, 'logs/one.jsonl')) && existsSync(join(dir, 'logs/a/two.jsonl')))
      assert.equal(records.length, 0)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('purge files: a matching symbolic link is named and left in place, its target kept; nothing matched is said and recorded not ok; a missing folder fails the step (#24, #25)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-purge-links-'))
    try {
      mkdirSync(join(dir, 'bucket'))
      mkdirSync(join(dir, 'outside'))
      writeFileSync(join(dir, 'bucket', 'real.jsonl'), 'leak')
      writeFileSync(join(dir, 'outside', 'keep.jsonl'), 'kept')
      symlinkSync(join(dir, 'outside', 'keep.jsonl'), join(dir, 'bucket', 'current.jsonl'))
      const linked = context(env, {cwd: dir})
      const summary = await run('purge', 'files', {path: 'bucket/**/*.jsonl'}, linked.ctx)
      assert.equal(linked.preserved.length, 1, 'only the regular file is preserved and deleted')
      assert.ok(!existsSync(join(dir, 'bucket', 'real.jsonl')))
      assert.ok(lstatSync(join(dir, 'bucket', 'current.jsonl')).isSymbolicLink(), 'the link is left')
      assert.equal(readFileSync(join(dir, 'outside', 'keep.jsonl'), 'utf8'), 'kept', 'its target is not deleted')
      assert.match(summary, /^preserved 1 file\(s\) as EV-1, deleted and checked gone; 1 symbolic link\(s\) matched and left in place, not purged: \S+bucket\/current\.jsonl → \S+outside\/keep\.jsonl/)
      assert.deepEqual(linked.records.find((r) => r.stage === 'delete')?.detail.linksLeft, [`${join(dir, 'bucket', 'current.jsonl')} → ${join(dir, 'outside', 'keep.jsonl')}`])

      const none = context(env, {cwd: dir})
      const nothing = await run('purge', 'files', {path: 'bucket/*.log'}, none.ctx)
      assert.equal(nothing, 'nothing matched bucket/*.log: no file was purged')
      assert.deepEqual(none.records.map((r) => [r.stage, r.ok, r.detail.summary]), [['match', false, 'nothing matched: nothing was purged']])

      const typo = context(env, {cwd: dir})
      await assert.rejects(run('purge', 'files', {path: 'buckte/*.jsonl'}, typo.ctx), (error: unknown) => {
        assert.ok(error instanceof UserError)
        assert.equal(error.exitCode, 3)
        assert.match(error.message, /^files: there is no directory \S+buckte \(from buckte\/\*\.jsonl\); nothing was purged\.$/)
        return true
      })
      assert.deepEqual(typo.records.map((r) => [r.stage, r.ok]), [['match', false]])
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  describe('purge counts against a private Redis and PostgreSQL', {skip: !hasRedis() || !postgresBin() ? 'redis-server or PostgreSQL not installed' : false}, () => {
    let redis: {url: string; stop(): Promise<void>}
    let pg: {url: string; stop(): Promise<void>}
    before(async () => {
      ;[redis, pg] = await Promise.all([startRedis(), startPostgres()])
    })
    after(async () => {
      await Promise.all([redis?.stop(), pg?.stop()])
    })

    it('redis: SCAN MATCH counts the matching keys; every key is still there', async () => {
      const {createClient} = await import('redis')
      const client = createClient({url: redis.url})
      await client.connect()
      try {
        for (let i = 0; i < 1200; i++) await client.set(`prompt:${i}`, 'You are…')
        await client.set('other:1', 'x')
        const {ctx, records} = context({PL_REDIS_URL: redis.url})
        const n = await count('redis', {pattern: 'prompt:*'}, ctx)
        assert.deepEqual(n, {count: 1200, one: 'Redis key', many: 'Redis keys'})
        assert.equal(await client.dbSize(), 1201)
        assert.equal(records.length, 0)
      } finally {
        await client.close()
      }
    })

    it('redis: unreachable fails the count with the reason', async () => {
      const {ctx} = context({PL_REDIS_URL: 'redis://127.0.0.1:1'})
      await assert.rejects(count('redis', {pattern: '*'}, ctx), /redis: could not connect/)
    })

    it('postgres: SELECT count(*) with the purge\'s WHERE and args; no row deleted', async () => {
      const pgmod = (await import('pg')).default
      const client = new pgmod.Client({connectionString: pg.url})
      await client.connect()
      try {
        await client.query('CREATE TABLE prompt_log (id serial PRIMARY KEY, tenant text, body text)')
        await client.query("INSERT INTO prompt_log (tenant, body) VALUES ('acme', 'leaked 1'), ('acme', 'leaked 2'), ('acme', 'fine'), ('globex', 'leaked 3')")
        const {ctx, records} = context({PL_POSTGRES_URL: pg.url})
        const n = await count('postgres', {table: 'prompt_log', where: 'tenant = $1 AND body LIKE $2', args: ['acme', 'leaked%']}, ctx)
        assert.deepEqual(n, {count: 2, one: 'row of prompt_log', many: 'rows of prompt_log'})
        assert.equal(Number((await client.query('SELECT count(*) AS n FROM prompt_log')).rows[0].n), 4)
        assert.equal(records.length, 0)
        await assert.rejects(count('postgres', {table: 'prompt_log; DROP TABLE x', where: 'true'}, ctx), /not a plain table name/)
        await assert.rejects(count('postgres', {table: 'missing', where: 'true'}, ctx), /postgres: .*missing/)
      } finally {
        await client.end()
      }
    })
  })

  describe('failures', () => {
    it('401: reported with the variable to check, not retried', async () => {
      const {ctx} = context({...env, JENKINS_API_TOKEN: 'wrong'})
      const before = server.count('POST', '/job/j401/disable')
      await assert.rejects(run('pause-pipeline', 'jenkins', {job: 'j401'}, ctx), (e: ExternalError) => e.details.status === 401 && e.hints.some((h) => h.includes('JENKINS_API_TOKEN')))
      assert.equal(server.count('POST', '/job/j401/disable') - before, 1)
    })

    it('404: names the parameters and base URL to check', async () => {
      const {ctx} = context({...env, PL_KAFKA_CONNECT_URL: `${server.url}/nowhere`})
      await assert.rejects(run('pause-pipeline', 'kafka-connect', {connector: 'c'}, ctx), (e: ExternalError) => e.details.status === 404 && /base URL/.test(e.hints.join(' ')))
    })

    it('429 with Retry-After: waits as told, then succeeds', async () => {
      const token = fake('ghp_')
      state.live.set('github', new Set([token]))
      server.failNext('POST', '/credentials/revoke', {status: 429, json: {}, headers: {'retry-after': '1'}})
      const {ctx, sleeps} = context(env)
      await run('revoke-token', 'github', {tokens: [token]}, ctx)
      assert.deepEqual(sleeps, [1000])
      assert.equal(state.live.get('github')!.size, 0)
    })

    it('429 with a Retry-After beyond the limit: fails at once, pending', async () => {
      server.failNext('PUT', '/connectors/slow/pause', {status: 429, json: {}, headers: {'retry-after': '3600'}})
      const {ctx, sleeps} = context(env)
      await assert.rejects(run('pause-pipeline', 'kafka-connect', {connector: 'slow'}, ctx), (e: ExternalError) => e.details.status === 429 && /pending/.test(e.hints.join(' ')))
      assert.deepEqual(sleeps, [])
    })

    it('5xx: an idempotent request is retried and succeeds', async () => {
      server.failNext('PUT', '/connectors/flaky/pause', {status: 503, json: {}})
      const {ctx} = context(env)
      await run('pause-pipeline', 'kafka-connect', {connector: 'flaky'}, ctx)
      assert.equal(server.count('PUT', '/connectors/flaky/pause'), 2)
    })

    it('5xx: a request not safe to repeat (generic HTTP POST) is not retried', async () => {
      server.failNext('POST', '/revoke', {status: 500, json: {}})
      const {ctx} = context(env)
      const before = server.count('POST', '/revoke')
      await assert.rejects(run('revoke-token', 'http', {tokens: ['tok_x'], url: `${server.url}/revoke`, auth_env: 'HTTP_ADMIN'}, ctx), (e: ExternalError) => e.details.status === 500 && /Not retried/.test(e.hints.join(' ')))
      assert.equal(server.count('POST', '/revoke') - before, 1)
    })

    it('timeout: an idempotent request is retried, then reported as a timeout', async () => {
      for (let i = 0; i < 3; i++) server.failNext('GET', '/api/v1/dags/hung', 'hang')
      server.failNext('PATCH', '/api/v1/dags/hung', {status: 200, json: {is_paused: true}})
      const {ctx} = context(env, {timeoutMs: 200})
      await assert.rejects(run('pause-pipeline', 'airflow', {dag: 'hung'}, ctx), (e: ExternalError) => e.details.reason === 'timeout')
      assert.equal(server.count('GET', '/api/v1/dags/hung'), 3)
    })

    it('a missing credential names the variable', async () => {
      const {ctx} = context({...env, VAULT_TOKEN: ''})
      await assert.rejects(run('revoke-token', 'vault', {tokens: ['hvs.x']}, ctx), /VAULT_TOKEN/)
    })
  })
})
