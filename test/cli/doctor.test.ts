/**
 * `pl doctor` and the walk's preflight: every address and credential variable missing (named with
 * its step, never a value, exit 1), every variable present against a local server (exit 0), an
 * address that refuses connections, and a dry run that names the unset variables.
 */
import assert from 'node:assert/strict'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {freePort} from '../fixtures/providers/databases.js'
import {ADMIN, providerEnv, providerServer} from '../fixtures/providers/providers.js'
import type {ProviderServer} from '../fixtures/providers/server.js'

const RUNBOOK = `name: doctor-test
title: Doctor
steps:
  - id: revoke-openai
    title: Revoke OpenAI
    action: {type: revoke-token, provider: openai, params: {tokens: "{{ secrets.openai-api-key }}", project: proj_x}}
  - id: revoke-vault
    title: Revoke Vault
    action: {type: revoke-token, provider: vault, params: {tokens: "{{ secrets.vault-token }}"}}
  - id: pause-dag
    title: Pause the DAG
    action: {type: pause-pipeline, provider: airflow, params: {dag: export}}
  - id: pause-job
    title: Pause the job
    action: {type: pause-pipeline, provider: jenkins, params: {job: nightly}}
  - id: pause-sink
    title: Pause the sink
    action: {type: pause-pipeline, provider: kafka-connect, params: {connector: sink}}
  - id: tell
    title: Tell legal
    action: {type: manual, params: {task: Legal told}}
`

interface Doctor {
  ok: boolean
  runbooks: {runbook: string; steps: number; problems: {step: string; kind: string; variables: string[]; message: string}[]; reached: {address: string; ok: boolean}[]}[]
}

describe('pl doctor and the preflight', () => {
  let t: TestStore
  let server: ProviderServer
  let file: string
  before(async () => {
    t = tempStore('pl-doctor-')
    ;({server} = providerServer())
    await server.start()
    file = join(t.dir, 'doctor.yaml')
    writeFileSync(file, RUNBOOK)
  })
  after(async () => {
    await server.stop()
    t.cleanup()
  })

  it('every variable missing: each is named with its step; exit 1', async () => {
    const r = await runJson<Doctor>(['doctor', '--runbook', file], {env: t.env})
    assert.equal(r.code, 1, r.stderr)
    assert.equal(r.json.ok, false)
    const c = r.json.runbooks[0]!
    assert.equal(c.steps, 5, 'the manual step needs nothing')
    assert.deepEqual(
      c.problems.filter((p) => p.kind !== 'unreachable').map((p) => [p.step, p.kind, p.variables]),
      [
        ['revoke-openai', 'credential', ['OPENAI_ADMIN_KEY']],
        ['revoke-vault', 'address', ['PL_VAULT_URL']],
        ['revoke-vault', 'credential', ['VAULT_TOKEN']],
        ['pause-dag', 'address', ['PL_AIRFLOW_URL']],
        ['pause-dag', 'credential', ['AIRFLOW_TOKEN', 'AIRFLOW_USERNAME', 'AIRFLOW_PASSWORD']],
        ['pause-job', 'address', ['PL_JENKINS_URL']],
        ['pause-job', 'credential', ['JENKINS_USER', 'JENKINS_API_TOKEN']],
        ['pause-sink', 'address', ['PL_KAFKA_CONNECT_URL']],
      ],
    )
    assert.match(c.problems.find((p) => p.step === 'pause-dag' && p.kind === 'credential')!.message, /needs a credential in AIRFLOW_TOKEN, or AIRFLOW_USERNAME and AIRFLOW_PASSWORD, which is unset/)
    const plain = await runPl(['doctor', '--runbook', file], {env: t.env})
    assert.equal(plain.code, 1)
    assert.match(plain.stdout, /doctor-test: \d+ problem\(s\)/)
    assert.match(plain.stdout, /pause-sink\s+kafka-connect\s+step pause-sink \(kafka-connect\) needs its address in PL_KAFKA_CONNECT_URL, which is unset/)
  })

  it('every variable present and reachable: exit 0; an address refusing connections is named; no value is printed', async () => {
    const env = {...t.env, ...providerEnv(server.url), PL_OPENAI_URL: server.url}
    const r = await runJson<Doctor>(['doctor', '--runbook', file], {env})
    assert.equal(r.code, 0, JSON.stringify(r.json))
    assert.equal(r.json.ok, true)
    assert.deepEqual(r.json.runbooks[0]!.reached, [{address: server.url, ok: true, detail: 'answered 404'}])
    const closed = `http://127.0.0.1:${await freePort()}`
    const down = await runJson<Doctor>(['doctor', '--runbook', file], {env: {...env, PL_JENKINS_URL: closed}})
    assert.equal(down.code, 1)
    assert.deepEqual(down.json.runbooks[0]!.problems.map((p) => [p.step, p.kind, p.message]), [['pause-job', 'unreachable', `step pause-job (jenkins): ${closed} could not connect: connection refused (ECONNREFUSED)`]])
    const text = JSON.stringify(down.json)
    for (const secret of Object.values(ADMIN)) assert.ok(!text.includes(secret), 'no credential value printed')
  })

  it('a walk says what is missing before the first question; a dry run names every unset variable', async () => {
    const incident = await initWithIncident(t, 'preflight')
    const r = await runPl(['runbook', 'run', file, '--incident', incident, '--dry-run', '--yes'], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stderr, /Preflight — what this runbook's actions may need and is missing:/)
    for (const v of ['OPENAI_ADMIN_KEY', 'PL_VAULT_URL', 'VAULT_TOKEN', 'PL_AIRFLOW_URL', 'PL_JENKINS_URL', 'PL_KAFKA_CONNECT_URL']) assert.match(r.stderr, new RegExp(v))
    assert.ok(r.stderr.indexOf('Preflight') < r.stderr.indexOf('[1/6]'), 'before the first step')
  })
})
