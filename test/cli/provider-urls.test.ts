/**
 * Provider URLs through the real CLI (#13, #14): a walk whose PL_GITHUB_URL holds a password stops
 * the step with exit 2 naming the variable, and the password is in no output and no ledger entry
 * (the run, `runbook status`, the postmortem, `pl doctor`); a URL that is not one (`not a url`, a
 * port out of range, another scheme) is a usage error naming the variable (exit 2, never "a bug in
 * pl"), and `pl doctor` reports it as a configuration problem.
 */
import assert from 'node:assert/strict'
import {randomBytes} from 'node:crypto'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {githubToken, Rng} from '../fixtures/scan/fakes.js'
import {entries} from '../fixtures/providers/ledger.js'
import {providerEnv, providerServer} from '../fixtures/providers/providers.js'
import type {ProviderServer} from '../fixtures/providers/server.js'

const rng = new Rng(Date.now() % 2 ** 31)

const RUNBOOK = `name: url-test
title: URLs
steps:
  - id: token
    title: The leaked token
    question: {type: password, message: Token}
  - id: revoke
    title: Revoke it
    action: {type: revoke-token, provider: github, params: {tokens: "{{ answers.token }}"}}
`

interface Doctor {
  ok: boolean
  runbooks: {problems: {step: string; kind: string; variables: string[]; message: string}[]; reached: {address: string; ok: boolean; detail: string}[]}[]
}

describe('provider URLs: a password never shown or recorded, a malformed URL a usage error', () => {
  let t: TestStore
  let server: ProviderServer
  let file: string
  let answers: string
  let incident: string
  before(async () => {
    t = tempStore('pl-provider-url-')
    ;({server} = providerServer())
    await server.start()
    file = join(t.dir, 'url.yaml')
    writeFileSync(file, RUNBOOK)
    answers = join(t.dir, 'answers.yaml')
    writeFileSync(answers, `token: "${githubToken(rng)}"\n`)
    incident = await initWithIncident(t, 'provider urls')
  })
  after(async () => {
    await server.stop()
    t.cleanup()
  })

  it('a password in PL_GITHUB_URL: exit 2 naming the variable; the password is in no output and no entry', async () => {
    const pw = `pw${randomBytes(9).toString('base64url')}`
    const withPassword = server.url.replace('http://', `http://user:${pw}@`)
    const env = {...t.env, ...providerEnv(server.url), PL_GITHUB_URL: withPassword}
    const run = await runPl(['runbook', 'run', file, '--incident', incident, '--answers', answers, '--yes'], {env})
    assert.equal(run.code, 2, run.stderr)
    assert.match(run.stderr, /PL_GITHUB_URL holds a user name and password \(http:\/\/user:…@127\.0\.0\.1:\d+\)/)
    assert.match(run.stderr, /Preflight[\s\S]*step revoke \(github\): PL_GITHUB_URL holds a user name and password/)
    const outputs = [run.stdout, run.stderr]
    outputs.push((await runPl(['runbook', 'status', incident], {env})).stdout)
    outputs.push((await runPl(['runbook', 'status', incident, '--json'], {env})).stdout)
    outputs.push((await runPl(['report', 'postmortem', incident], {env})).stdout)
    outputs.push((await runPl(['incident', 'timeline', incident], {env})).stdout)
    const doctor = await runJson<Doctor>(['doctor', '--runbook', file], {env})
    assert.equal(doctor.code, 1)
    assert.deepEqual(doctor.json.runbooks[0]!.problems.map((p) => [p.step, p.kind, p.variables]), [['revoke', 'address', ['PL_GITHUB_URL']]])
    outputs.push(JSON.stringify(doctor.json), (await runPl(['doctor', '--runbook', file], {env})).stdout)
    for (const out of outputs) assert.ok(!out.includes(pw), `the password is shown: ${out}`)
    const recorded = JSON.stringify(await entries(t, incident))
    assert.ok(!recorded.includes(pw), 'the password is recorded')
    assert.match(recorded, /PL_GITHUB_URL holds a user name and password/)
  })

  it('a URL that is not one: exit 2 naming the variable, never a bug; doctor names it as an address problem', async () => {
    for (const [value, said] of [
      ['not a url', /PL_GITHUB_URL is not a URL: "not a url"/],
      ['http://127.0.0.1:99999', /PL_GITHUB_URL is not a URL: "http:\/\/127\.0\.0\.1:99999" \(the port must be 1–65535\)/],
      ['ftp://127.0.0.1/', /PL_GITHUB_URL is not an http\(s\) URL: "ftp:\/\/127\.0\.0\.1\/"/],
    ] as const) {
      const env = {...t.env, ...providerEnv(server.url), PL_GITHUB_URL: value}
      const r = await runJson<{error: {message: string; hints: string[]}}>(['runbook', 'run', file, '--incident', incident, '--answers', answers, '--yes'], {env})
      assert.equal(r.code, 2, `${value}: ${r.stderr}`)
      assert.match(r.json.error.message, /^Step revoke failed and is still pending: The github provider's address: /, value)
      assert.match(r.json.error.message, said, value)
      assert.ok(!/bug in pl/i.test(r.stderr), value)
      const doctor = await runJson<Doctor>(['doctor', '--runbook', file], {env})
      assert.equal(doctor.code, 1, value)
      const problem = doctor.json.runbooks[0]!.problems
      assert.deepEqual(problem.map((p) => [p.kind, p.variables]), [['address', ['PL_GITHUB_URL']]], value)
      assert.match(problem[0]!.message, said, value)
    }
  })
})
