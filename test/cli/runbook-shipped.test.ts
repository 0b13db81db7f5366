/**
 * Every shipped runbook validated and walked end to end with scripted answers against local
 * providers, a private redis-server and a private PostgreSQL; each ends with the incident
 * contained, marked right after the step that contains it.
 */
import assert from 'node:assert/strict'
import {randomBytes} from 'node:crypto'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import type {Client} from 'pg'
import {runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {githubToken, Rng} from '../fixtures/scan/fakes.js'
import {hasRedis, postgresBin, startPostgres, startRedis} from '../fixtures/providers/databases.js'
import {entries} from '../fixtures/providers/ledger.js'
import type {Entry} from '../fixtures/providers/ledger.js'
import {ADMIN, providerEnv, providerServer} from '../fixtures/providers/providers.js'
import type {ProviderState} from '../fixtures/providers/providers.js'
import type {ProviderServer} from '../fixtures/providers/server.js'
import {notifyServer} from '../fixtures/providers/notify.js'
import type {NotifyState} from '../fixtures/providers/notify.js'

const rng = new Rng(Date.now() % 2 ** 31)
const skip = !hasRedis() || !postgresBin() ? 'redis-server or PostgreSQL not installed' : false

interface Walk {
  t: TestStore
  incident: string
  all: Entry[]
  json: {complete: boolean; marked: string[]; steps: {id: string; status: string}[]}
}

describe('shipped runbooks end to end', {skip}, () => {
  let server: ProviderServer
  let state: ProviderState
  let redis: {url: string; stop(): Promise<void>}
  let pg: {url: string; stop(): Promise<void>}
  let db: Client
  let notify: {server: ProviderServer; state: NotifyState; env: (url: string) => Record<string, string>}
  const stores: TestStore[] = []
  before(async () => {
    ;({server, state} = providerServer())
    notify = notifyServer()
    ;[redis, pg] = await Promise.all([startRedis(), startPostgres(), server.start(), notify.server.start()])
    const {default: pgLib} = await import('pg')
    db = new pgLib.Client({connectionString: pg.url})
    await db.connect()
    await db.query('CREATE TABLE chat_messages (id serial PRIMARY KEY, conversation_id text, body text)')
    await db.query('CREATE TABLE training_examples (id serial PRIMARY KEY, source text, text text)')
  })
  after(async () => {
    await db?.end()
    await Promise.all([redis?.stop(), pg?.stop(), server.stop(), notify.server.stop()])
    for (const s of stores) s.cleanup()
  })

  async function walk(name: string, classes: string, answers: Record<string, unknown>, prepare?: (t: TestStore, incident: string) => Promise<void>): Promise<Walk> {
    const t = tempStore(`pl-${name}-`)
    stores.push(t)
    assert.equal((await runPl(['init'], {env: t.env})).code, 0)
    const open = await runJson<{id: string}>(['incident', 'open', '--title', name, '--severity', 'P1', '--class', classes], {env: t.env})
    const incident = open.json.id
    await prepare?.(t, incident)
    const file = join(t.dir, 'answers.json')
    writeFileSync(file, JSON.stringify(answers))
    const env = {...t.env, ...notify.env(notify.server.url), ...providerEnv(server.url), PL_REDIS_URL: redis.url, PL_POSTGRES_URL: pg.url, VENDOR_ADMIN_TOKEN: ADMIN.http}
    const r = await runJson<Walk['json']>(['runbook', 'run', name, '--incident', incident, '--answers', file, '--yes'], {env})
    assert.equal(r.code, 0, r.stderr + JSON.stringify(r.json))
    assert.equal(r.json.complete, true)
    assert.deepEqual(r.json.marked, ['contained'])
    const shown = await runJson<{status: string}>(['incident', 'show', incident], {env: t.env})
    assert.equal(shown.json.status, 'contained')
    return {t, incident, all: await entries(t, incident), json: r.json}
  }

  /** The contained mark comes right after `step` is done, before any later step's record. */
  function containedAfter(w: Walk, step: string): void {
    const mark = w.all.find((x) => x.kind === 'timeline.mark' && x.body!.phase === 'contained')!
    const done = w.all.find((x) => x.kind === 'runbook.step' && x.body!.step === step && x.body!.status === 'done')!
    assert.equal(mark.seq, done.seq + 1, `contained is marked with step ${step}`)
    assert.match(String(mark.body!.note), new RegExp(`step ${step}`))
  }

  const stages = (w: Walk, step: string) => w.all.filter((x) => x.kind === 'action.result' && x.body!.step === step).map((x) => x.body!.stage)

  async function scanWith(t: TestStore, incident: string, text: string): Promise<void> {
    const f = join(t.dir, 'transcript.txt')
    writeFileSync(f, text)
    assert.equal((await runPl(['scan', f, '--incident', incident], {env: t.env})).code, 1)
  }

  it('trace-payload-capture: page and tell the channels, pause the span exporter, purge payloads from the trace index, say it is contained', async () => {
    state.docs.set('traces-2026', [{'gen_ai.prompt': 'system: you are…', id: 1}, {'gen_ai.prompt': 'user: my email…', id: 2}, {id: 3}])
    const w = await walk('trace-payload-capture', 'pii,system-prompt', {updates: ['to-pagerduty', 'to-slack', 'to-teams'], exporter: 'kafka-connect', connector: 'spans-export', index: 'traces-2026'})
    // Paged at the start and resolved once contained, one alert for the incident; both channels told twice.
    const alert = notify.state.alerts.get([...notify.state.alerts.keys()].find((k) => k.endsWith(`-${w.incident}`))!)!
    assert.deepEqual([alert.summary, alert.severity, alert.events], [`P1 prompt leak ${w.incident}: trace-payload-capture`, 'critical', ['trigger', 'resolve']])
    assert.match(notify.state.slackHookPosts[0]!, new RegExp(`^:rotating_light: P1 ${w.incident}: trace-payload-capture\\. Containment started \\(runbook trace-payload-capture\\)\\.`))
    assert.match(notify.state.slackHookPosts[1]!, new RegExp(`^:white_check_mark: ${w.incident} is contained: `))
    assert.deepEqual(notify.state.teamsPosts.map((p) => p.title), [`P1 ${w.incident}: containment started`, `${w.incident} is contained`])
    const order = w.json.steps.map((s) => s.id)
    assert.ok(order.indexOf('resolve-page') === order.indexOf('contained') + 1, 'the page is resolved right after the containing step')
    assert.ok(state.paused.has('kafka:spans-export'))
    assert.deepEqual(state.docs.get('traces-2026'), [{id: 3}])
    assert.deepEqual(stages(w, 'index'), ['preserve', 'delete', 'verify', 'done'])
    assert.deepEqual(w.json.steps.filter((s) => s.status === 'skipped').map((s) => s.id), ['dag'])
    assert.ok(w.json.steps.some((s) => s.id === 'notify' && s.status === 'done'), 'pii: legal notified')
    containedAfter(w, 'contained')
  })

  it('cross-tenant-cache-bleed: purge the shared cache (Redis) and the persisted answers (PostgreSQL)', async () => {
    const {createClient} = await import('redis')
    const client = createClient({url: redis.url})
    await client.connect()
    await client.set('llm-cache:a', 'tenant A answer')
    await client.set('llm-cache:b', 'tenant B answer')
    await client.set('session:x', 'stays')
    await db.query("INSERT INTO chat_messages (conversation_id, body) VALUES ('c1', 'bled answer'), ('c2', 'bled answer 2'), ('c3', 'fine')")
    const w = await walk('cross-tenant-cache-bleed', 'cross-tenant,pii', {persisted: true, history: 'c1,c2'})
    assert.deepEqual(await client.keys('*'), ['session:x'])
    await client.close()
    assert.deepEqual((await db.query('SELECT conversation_id FROM chat_messages ORDER BY id')).rows, [{conversation_id: 'c3'}])
    const ev = w.all.filter((x) => x.kind === 'evidence.added').map((x) => x.body!.name)
    assert.deepEqual(ev, ['redis-keys-llm-cache__.json', 'chat_messages-rows.json'])
    assert.deepEqual(stages(w, 'history'), ['preserve', 'delete', 'verify', 'done'])
    containedAfter(w, 'cache-off')
  })

  it('system-prompt-extraction: revoke the GitHub token the transcript leaked', async () => {
    const token = githubToken(rng)
    state.live.set('github', new Set([token]))
    const w = await walk('system-prompt-extraction', 'system-prompt', {'secrets-inside': true}, (t, inc) => scanWith(t, inc, `assistant: my instructions say the deploy token is ${token}\n`))
    assert.equal(state.live.get('github')!.size, 0)
    assert.deepEqual(stages(w, 'revoke-github'), ['revoke', 'check', 'done'])
    containedAfter(w, 'block')
  })

  it('training-data-contamination: pause the DAG and the training job, purge the rows, retrain and notify', async () => {
    const token = githubToken(rng)
    state.live.set('github', new Set([token]))
    await db.query("INSERT INTO training_examples (source, text) VALUES ('gateway-logs', 'leaked'), ('gateway-logs', 'leaked 2'), ('curated', 'ok')")
    const w = await walk('training-data-contamination', 'training-data,secret', {model: 'shipped'}, (t, inc) => scanWith(t, inc, `{"text": "token ${token}"}\n`))
    assert.ok(state.paused.has('airflow:build_finetune_dataset') && state.paused.has('jenkins:finetune-nightly'))
    assert.equal(state.live.get('github')!.size, 0)
    assert.deepEqual((await db.query('SELECT source FROM training_examples')).rows, [{source: 'curated'}])
    assert.ok(w.json.steps.filter((s) => s.status === 'done').map((s) => s.id).includes('notify'))
    containedAfter(w, 'training')
  })

  it('vendor-exposure: revoke the integration token through the generic HTTP provider', async () => {
    const token = 'vnd_' + randomBytes(20).toString('hex')
    state.live.set('http', new Set([token]))
    const w = await walk('vendor-exposure', 'vendor', {vendor: 'other', 'revoke-url': `${server.url}/revoke`, webhook: token})
    assert.equal(state.live.get('http')!.size, 0)
    assert.deepEqual(stages(w, 'webhook'), ['revoke', 'check', 'done'])
    assert.ok(!JSON.stringify(w.all.filter((x) => x.kind !== 'runbook.secret').map((x) => x.body)).includes(token))
    containedAfter(w, 'flows')
  })
})
