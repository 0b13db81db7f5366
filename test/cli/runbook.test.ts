/**
 * pl runbook through the real CLI: list/show/validate, no-terminal failures naming the missing
 * answers, --dry-run touching nothing, the secret-in-prompt-logs walk end to end against local
 * providers (GitHub revocation, Vault, Kafka Connect, file and Redis purges), password answers kept
 * under their own key, and resume after the process is killed mid-walk.
 */
import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import {randomBytes} from 'node:crypto'
import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {BIN, childEnv, initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {githubToken, Rng} from '../fixtures/scan/fakes.js'
import {hasRedis, startRedis} from '../fixtures/providers/databases.js'
import {entries, evidenceText} from '../fixtures/providers/ledger.js'
import {providerEnv, providerServer} from '../fixtures/providers/providers.js'
import type {ProviderState} from '../fixtures/providers/providers.js'
import type {ProviderServer} from '../fixtures/providers/server.js'

const rng = new Rng(Date.now() % 2 ** 31)

describe('pl runbook', () => {
  let t: TestStore
  let incident: string
  let server: ProviderServer
  let state: ProviderState
  let env: Record<string, string>
  before(async () => {
    t = tempStore('pl-runbook-')
    incident = await initWithIncident(t, 'Token in gateway logs')
    ;({server, state} = providerServer())
    await server.start()
    env = {...t.env, ...providerEnv(server.url)}
  })
  after(async () => {
    await server.stop()
    t.cleanup()
  })

  it('lists, shows and validates the shipped runbooks', async () => {
    const list = await runJson<{runbooks: {name: string; source: string}[]}>(['runbook', 'list'], {env})
    assert.equal(list.code, 0)
    assert.deepEqual(list.json.runbooks.map((r) => r.name), [
      'cross-tenant-cache-bleed',
      'secret-in-prompt-logs',
      'system-prompt-extraction',
      'trace-payload-capture',
      'training-data-contamination',
      'vendor-exposure',
    ])
    const show = await runPl(['runbook', 'show', 'secret-in-prompt-logs'], {env})
    assert.equal(show.code, 0)
    assert.match(show.stdout, /action: revoke-token\/github/)
    assert.match(show.stdout, /marks the incident contained/)
    const v = await runPl(['runbook', 'validate', ...list.json.runbooks.map((r) => join('runbooks', `${r.name}.yaml`))], {env})
    assert.equal(v.code, 0, v.stderr)
  })

  it('validate: exit 2 with file:line:col, and an invalid runbook never runs', async () => {
    const file = join(t.dir, 'bad.yaml')
    writeFileSync(file, 'name: bad\ntitle: Bad\nsteps:\n  - id: a\n    title: A\n    action: {type: purge, provider: files}\n')
    const v = await runPl(['runbook', 'validate', file], {env})
    assert.equal(v.code, 2)
    assert.match(v.stdout, /bad\.yaml:6:13: step a action: purge\/files needs the parameter "path"/)
    const r = await runPl(['runbook', 'run', file, '--incident', incident, '--yes'], {env})
    assert.equal(r.code, 2)
    assert.match(r.stderr, /invalid; nothing was run/)
    const kinds = (await entries(t, incident)).map((e) => e.kind)
    assert.ok(!kinds.includes('runbook.step'))
  })

  it('without a terminal, names every missing answer at once', async () => {
    const r = await runJson<{error: {code: string; missing: string[]}}>(['runbook', 'run', 'secret-in-prompt-logs', '--incident', incident], {env})
    assert.equal(r.code, 2)
    // Steps whose condition waits on a missing answer are named too.
    for (const key of ['preserve', 'leaked', 'openai-project', 'log-connector', 'purge-logs', 'root-cause']) assert.ok(r.json.error.missing.includes(key), key)
    const r2 = await runPl(['runbook', 'run', 'vendor-exposure', '--incident', incident, '--yes'], {env})
    assert.equal(r2.code, 2)
    assert.match(r2.stderr, /no answer for: revoke-url, webhook/)
  })

  it('without a terminal, --incident is required and named', async () => {
    const r = await runPl(['runbook', 'run', 'secret-in-prompt-logs', '--yes'], {env})
    assert.equal(r.code, 2)
    assert.match(r.stderr, /Pass --incident INC/)
  })

  it('--dry-run shows each action and touches nothing', async () => {
    const before = (await entries(t, incident)).length
    const seen = server.requests.length
    const r = await runPl(['runbook', 'run', 'secret-in-prompt-logs', '--incident', incident, '--yes', '--dry-run'], {env})
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stderr, /would: revoke 0 github token/)
    assert.match(r.stderr, /would: preserve, delete and verify files matching logs\/\*\*\/\*\.jsonl/)
    assert.equal((await entries(t, incident)).length, before)
    assert.equal(server.requests.length, seen)
  })

  it('--dry-run counts what each purge would preserve and delete, deleting nothing; a count that fails is said and the walk goes on', async () => {
    const dir = join(t.dir, 'count-logs')
    mkdirSync(join(dir, 'a'), {recursive: true})
    for (const f of ['one.jsonl', 'a/two.jsonl', 'a/three.jsonl', 'keep.txt']) writeFileSync(join(dir, f), 'You are…')
    state.docs.set('count-traces', [{'gen_ai.prompt': 'x'}, {trace: 'y'}])
    const file = join(t.dir, 'count.yaml')
    writeFileSync(
      file,
      `name: count-test
title: Count
steps:
  - id: files
    title: Purge the log copies
    action: {type: purge, provider: files, params: {path: "${dir}/**/*.jsonl"}}
  - id: cache
    title: Purge the cache
    action: {type: purge, provider: redis, params: {pattern: "prompt:*"}}
  - id: traces
    title: Purge the traces
    action: {type: purge, provider: elasticsearch, params: {index: count-traces, query: {exists: {field: gen_ai.prompt}}}}
`,
    )
    const before = (await entries(t, incident)).length
    const r = await runPl(['runbook', 'run', file, '--incident', incident, '--dry-run'], {env: {...env, PL_REDIS_URL: 'redis://127.0.0.1:1'}})
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stderr, /would: preserve, delete and verify files matching .*\*\*\/\*\.jsonl \(would preserve and delete 3 files\)/)
    assert.match(r.stderr, /would: preserve, delete and verify Redis keys matching prompt:\* at PL_REDIS_URL \(count unavailable: redis: could not connect/)
    assert.match(r.stderr, /would: preserve, _delete_by_query and verify documents of count-traces \(would preserve and delete 1 document of count-traces\)/)
    assert.ok(existsSync(join(dir, 'one.jsonl')) && existsSync(join(dir, 'a/three.jsonl')))
    assert.equal(state.docs.get('count-traces')!.length, 2)
    assert.equal(server.count('POST', '/count-traces/_delete_by_query'), 0)
    assert.equal((await entries(t, incident)).length, before)
  })

  it('walks secret-in-prompt-logs end to end: revoke → check dead, pause, preserve → purge → verify, contained', {skip: !hasRedis() && 'redis-server not installed'}, async () => {
    const redis = await startRedis()
    try {
      const s = tempStore('pl-runbook-e2e-')
      const inc = await initWithIncident(s, 'Token in gateway logs')
      const token = githubToken(rng)
      const vaultToken = 'hvs.' + randomBytes(18).toString('hex')
      state.live.set('github', new Set([token]))
      state.live.set('vault', new Set([vaultToken]))
      const logs = join(s.dir, 'logs', '2026', '11')
      mkdirSync(logs, {recursive: true})
      writeFileSync(join(logs, 'gateway.jsonl'), JSON.stringify({prompt: `use token ${token} to open the PR`}) + '\n')
      writeFileSync(join(logs, 'other.txt'), 'kept\n')
      const scan = await runPl(['scan', join(logs, 'gateway.jsonl'), '--incident', inc], {env: s.env})
      assert.equal(scan.code, 1, scan.stderr)
      const {createClient} = await import('redis')
      const client = createClient({url: redis.url})
      await client.connect()
      await client.set('prompt-cache:1', `cached answer quoting ${token}`)
      await client.hSet('prompt-cache:2', {prompt: 'p', answer: 'a'})
      await client.set('unrelated', 'stays')
      const answers = join(s.dir, 'answers.yaml')
      writeFileSync(
        answers,
        [
          'leaked: [github, vault]',
          `revoke-vault: "${vaultToken}"`,
          'log-connector: gateway-logs-sink',
          `purge-logs: "${join(s.dir, 'logs')}/**/*.jsonl"`,
          'cache: true',
          'notify: true',
          'root-cause: token pasted into a prompt template',
        ].join('\n'),
      )
      const e = {...s.env, ...providerEnv(server.url), PL_REDIS_URL: redis.url}
      const r = await runJson<{complete: boolean; marked: string[]; steps: {id: string; status: string}[]}>(['runbook', 'run', 'secret-in-prompt-logs', '--incident', inc, '--answers', answers, '--yes'], {env: e})
      assert.equal(r.code, 0, r.stderr)
      assert.equal(r.json.complete, true)
      assert.deepEqual(r.json.marked, ['contained'])
      assert.deepEqual(
        r.json.steps.filter((x) => x.status === 'skipped').map((x) => x.id),
        // No update channel ticked (--yes takes the default, none): the notify steps' conditions do not hold.
        ['page-oncall', 'announce-slack', 'announce-teams', 'revoke-slack', 'openai-project', 'revoke-openai', 'revoke-gitlab', 'resolve-page', 'contained-slack', 'contained-teams'],
      )
      // The providers: the token and the Vault token are dead, the connector paused.
      assert.equal(state.live.get('github')!.size, 0)
      assert.equal(state.live.get('vault')!.size, 0)
      assert.ok(state.paused.has('kafka:gateway-logs-sink'))
      // Purged from the sources…
      assert.equal(existsSync(join(logs, 'gateway.jsonl')), false)
      assert.equal(existsSync(join(logs, 'other.txt')), true)
      assert.deepEqual((await client.keys('*')).sort(), ['unrelated'])
      await client.close()
      // …and kept in the evidence store.
      const all = await entries(s, inc)
      const added = all.filter((x) => x.kind === 'evidence.added')
      const logEv = added.find((x) => String(x.body!.name).endsWith('gateway.jsonl'))!
      assert.match(await evidenceText(s, inc, logEv.seq), new RegExp(token))
      const cacheEv = added.find((x) => String(x.body!.name).startsWith('redis-keys'))!
      const cached = JSON.parse(await evidenceText(s, inc, cacheEv.seq)) as {keys: Record<string, unknown>}
      assert.deepEqual(Object.keys(cached.keys).sort(), ['prompt-cache:1', 'prompt-cache:2'])
      assert.deepEqual(cached.keys['prompt-cache:2'], {prompt: 'p', answer: 'a'})
      // preserve → delete → verify recorded for each purge, in that order.
      for (const step of ['purge-logs', 'purge-cache']) {
        const stages = all.filter((x) => x.kind === 'action.result' && x.body!.step === step).map((x) => x.body!.stage)
        assert.deepEqual(stages, ['preserve', 'delete', 'verify', 'done'], step)
      }
      // Revoke → check dead, targets masked; no raw token in any runbook record.
      const github = all.filter((x) => x.kind === 'action.result' && x.body!.step === 'revoke-github')
      assert.deepEqual(github.map((x) => [x.body!.stage, x.body!.ok]), [['revoke', true], ['check', true], ['done', true]])
      const records = JSON.stringify(all.filter((x) => x.kind === 'runbook.step' || x.kind === 'action.result').map((x) => x.body))
      assert.ok(!records.includes(token) && !records.includes(vaultToken))
      // The password answer lives under a key of its own, not the incident's.
      const secret = all.find((x) => x.kind === 'runbook.secret')!
      assert.equal(secret.body!.value, vaultToken)
      assert.notEqual(secret.keyId, all[0]!.keyId)
      // Contained after the purges and the verification step, before the backups step.
      const markSeq = all.find((x) => x.kind === 'timeline.mark' && x.body!.phase === 'contained')!.seq
      const doneSeq = (id: string) => all.find((x) => x.kind === 'runbook.step' && x.body!.step === id && x.body!.status === 'done')!.seq
      assert.ok(markSeq > doneSeq('purge-cache') && markSeq >= doneSeq('contained') && markSeq < doneSeq('backups'))
      const shown = await runJson<{status: string}>(['incident', 'show', inc], {env: s.env})
      assert.equal(shown.json.status, 'contained')
      // Run again: nothing left to do, nothing repeated.
      const revokes = server.count('POST', '/credentials/revoke')
      const again = await runJson<{steps: {status: string}[]}>(['runbook', 'run', 'secret-in-prompt-logs', '--incident', inc], {env: e})
      assert.equal(again.code, 0, again.stderr)
      assert.ok(again.json.steps.every((x) => x.status === 'already-done'))
      assert.equal(server.count('POST', '/credentials/revoke'), revokes)
      s.cleanup()
    } finally {
      await redis.stop()
    }
  })

  it('resumes after the process is killed mid-walk without repeating the completed action', async () => {
    const s = tempStore('pl-runbook-resume-')
    const inc = await initWithIncident(s, 'resume')
    const rbFile = join(s.dir, 'resume.yaml')
    writeFileSync(
      rbFile,
      `name: resume-test
title: Resume
steps:
  - id: revoke
    title: Revoke
    question: {type: input, message: Token}
    action: {type: revoke-token, provider: github, params: {tokens: "{{ answers.revoke }}"}}
  - id: pause
    title: Pause
    action: {type: pause-pipeline, provider: kafka-connect, params: {connector: resume-sink}}
    mark: contained
`,
    )
    const token = githubToken(rng)
    state.live.set('github', new Set([token]))
    const answers = join(s.dir, 'a.json')
    writeFileSync(answers, JSON.stringify({revoke: token}))
    // The pause request hangs: the process is killed while it waits.
    server.failNext('PUT', '/connectors/resume-sink/pause', 'hang')
    const e = {...s.env, ...providerEnv(server.url), PL_HTTP_TIMEOUT_MS: '60000'}
    const revokesBefore = server.count('POST', '/credentials/revoke')
    const child = spawn(process.execPath, [BIN, 'runbook', 'run', rbFile, '--incident', inc, '--answers', answers, '--yes'], {env: childEnv(e), stdio: 'ignore'})
    for (let i = 0; i < 300 && server.count('PUT', '/connectors/resume-sink/pause') === 0; i++) await new Promise((r) => setTimeout(r, 50))
    assert.equal(server.count('PUT', '/connectors/resume-sink/pause'), 1)
    child.kill('SIGKILL')
    await new Promise((r) => child.once('exit', r))
    const r = await runJson<{resumedAt: string; steps: {id: string; status: string}[]; marked: string[]}>(['runbook', 'run', rbFile, '--incident', inc, '--yes'], {env: e})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.resumedAt, 'pause')
    assert.deepEqual(r.json.steps.map((x) => x.status), ['already-done', 'done'])
    assert.deepEqual(r.json.marked, ['contained'])
    assert.equal(server.count('POST', '/credentials/revoke') - revokesBefore, 1, 'the revocation was sent once')
    assert.ok(state.paused.has('kafka:resume-sink'))
    const verify = await runPl(['evidence', 'verify'], {env: s.env})
    assert.equal(verify.code, 0, verify.stderr)
    s.cleanup()
  })

  it('a provider failure leaves the step pending; the rerun resumes there', async () => {
    const s = tempStore('pl-runbook-fail-')
    const inc = await initWithIncident(s, 'fail')
    const rbFile = join(s.dir, 'fail.yaml')
    writeFileSync(
      rbFile,
      `name: fail-test
title: Fail
steps:
  - id: ack
    title: Ack
    action: {type: manual, params: {task: Acknowledged}}
  - id: pause
    title: Pause
    action: {type: pause-pipeline, provider: jenkins, params: {job: nightly}}
    mark: contained
`,
    )
    const e = {...s.env, ...providerEnv(server.url)}
    const bad = await runJson<{error: {code: string; status: number; step: string}}>(['runbook', 'run', rbFile, '--incident', inc, '--yes'], {env: {...e, JENKINS_API_TOKEN: 'revoked'}})
    assert.equal(bad.code, 8)
    assert.equal(bad.json.error.status, 401)
    assert.equal(bad.json.error.step, 'pause')
    const recorded = await entries(s, inc)
    assert.ok(!recorded.some((x) => x.kind === 'runbook.step' && x.body!.step === 'pause'), 'never marked done')
    assert.ok(recorded.some((x) => x.kind === 'action.result' && x.body!.step === 'pause' && x.body!.stage === 'failed'))
    assert.ok(!recorded.some((x) => x.kind === 'timeline.mark' && x.body!.phase === 'contained'))
    const good = await runJson<{resumedAt: string; marked: string[]}>(['runbook', 'run', rbFile, '--incident', inc, '--yes'], {env: e})
    assert.equal(good.code, 0, good.stderr)
    assert.equal(good.json.resumedAt, 'pause')
    assert.deepEqual(good.json.marked, ['contained'])
    s.cleanup()
  })
})
