import assert from 'node:assert/strict'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import type {TestStore} from '../helpers/cli.js'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import {leakedToken, openaiCapture, plantedCapture} from '../fixtures/replay/exchanges.js'

interface Report {
  seq: number
  incident: string
  evidence: string
  leaked: boolean
  runs: number
  completed: number
  leaks: number
  leakRate: number
  channels: string[]
  seed: number
  promptSha256: string
  segments: number
  canaries: {rule: string; segments: string[]}[]
  evidenceFound: {channel: string; detail: string; segments?: string[]; tenant?: string}[]
  tenant?: string
  minimal?: {id: string; label: string}[]
  minimizeCalls?: number
  modelCalls: number
}

interface ErrorJson {
  error: {code: string; message: string; hints: string[]; exitCode: number; reason?: string}
}

describe('pl replay (sim)', () => {
  let t: TestStore
  let incident: string
  let captured = ''
  const token = leakedToken()
  const add = async (name: string, text: string, kind?: string): Promise<string> => {
    const file = join(t.dir, name)
    writeFileSync(file, text)
    const r = await runJson<{evidence: {id: string}[]}>(['evidence', 'add', incident, file, ...(kind ? ['--kind', kind] : [])], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    return r.json.evidence[0]!.id
  }

  before(async () => {
    t = tempStore('pl-replay-')
    incident = await initWithIncident(t, 'System prompt leak')
  })
  after(() => t.cleanup())

  it('replays a captured OpenAI exchange: the leak reproduces through the canary and the system prompt, and is recorded', async () => {
    const ev = await add('exchange.json', openaiCapture(token))
    captured = ev
    const r = await runJson<Report>(['replay', ev, '--runs', '3', '--seed', '42'], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    const j = r.json
    assert.equal(j.leaked, true)
    assert.equal(j.runs, 3)
    assert.equal(j.leaks, 3)
    assert.equal(j.leakRate, 1)
    assert.deepEqual([...j.channels].sort(), ['canary', 'system-prompt'])
    assert.equal(j.seed, 42)
    assert.match(j.promptSha256, /^[0-9a-f]{64}$/)
    assert.deepEqual(j.canaries, [{rule: 'github-token', category: 'secret', segments: ['system.3']}])
    assert.deepEqual(j.evidenceFound.find((e) => e.channel === 'canary')?.segments, ['system.3'])
    assert.ok(!(r.stderr + JSON.stringify(j)).includes(token), 'the real token is never printed')
    const timeline = await runJson<{events: {kind: string; seq: number; summary: string}[]}>(['incident', 'timeline', incident], {env: t.env})
    assert.deepEqual(
      timeline.json.events.filter((e) => e.kind.startsWith('replay.')).map((e) => [e.kind, e.seq]),
      [['replay.result', j.seq], ['replay.canaries', j.seq + 1]],
    )
    assert.ok(!JSON.stringify(timeline.json).includes(token))
  })

  it('prints a human summary without --json', async () => {
    const r = await runPl(['replay', captured, '--seed', '1'], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /LEAKED in 1\/1 run via canary, system-prompt/)
    assert.match(r.stdout, /canary: canary for github-token/)
    assert.ok(!(r.stdout + r.stderr).includes(token))
  })

  it('answers harmlessly when the question is harmless: no leak', async () => {
    const ev = await add('benign.json', openaiCapture(token, 'What are your opening hours?'))
    const r = await runJson<Report>(['replay', ev, '--runs', '2'], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.leaked, false)
    assert.equal(r.json.leakRate, 0)
    assert.deepEqual(r.json.channels, [])
  })

  it('a captured reply that leaked is said so even when the replay does not reproduce it: never read as "no leak"', async () => {
    const doc = JSON.parse(openaiCapture(token, 'What are your opening hours?')) as {request: {messages: {content: string}[]}; response: {choices: {message: {content: string}}[]}}
    doc.response.choices[0]!.message.content = `Sure, here they are: ${doc.request.messages[0]!.content}`
    const ev = await add('leaked-reply.json', JSON.stringify(doc))
    const r = await runJson<Report & {captured?: {leaked: boolean; channels: string[]}}>(['replay', ev, '--runs', '2', '--minimize'], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.leaked, false, 'the sim does not leak on a harmless question')
    assert.equal(r.json.captured?.leaked, true)
    assert.ok(r.json.captured?.channels.includes('system-prompt'), JSON.stringify(r.json.captured))
    const human = await runPl(['replay', ev, '--runs', '1'], {env: t.env})
    assert.match(human.stdout, /the captured reply LEAKED via .*system-prompt/)
    assert.match(human.stdout, /did not reproduce it: that is not "no leak"/)
    assert.ok(!(human.stdout + human.stderr + JSON.stringify(r.json)).includes(token), 'the token in the captured reply is never printed')
    const timeline = await runJson<{events: {kind: string; summary: string}[]}>(['incident', 'timeline', incident], {env: t.env})
    assert.match(timeline.json.events.filter((e) => e.kind === 'replay.result').at(-1)!.summary, /no leak in 1 runs; the captured reply leaked via .*\(not reproduced\)/)
  })

  it('--minimize returns exactly the planted cause among many segments, within O(k log n) model calls', async () => {
    const planted = plantedCapture(token)
    const ev = await add('planted.json', planted.text)
    const r = await runJson<Report>(['replay', ev, '--minimize', '--seed', '3'], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.segments, planted.segments)
    assert.deepEqual(r.json.minimal?.map((s) => s.id), [planted.cause, planted.request])
    const k = 2
    assert.ok(r.json.minimizeCalls! <= 4 * k * Math.ceil(Math.log2(planted.segments)), `${r.json.minimizeCalls} calls for ${planted.segments} segments`)
    assert.equal(r.json.modelCalls, 1 + r.json.minimizeCalls!)
  })

  it('--reduce drops history and --keep keeps a named segment', async () => {
    const ev = await add('reduce.json', plantedCapture(token).text)
    const r = await runJson<Report & {dropped: string[]}>(['replay', ev, '--reduce', 'secrets,pii,history,retrieval', '--keep', 'context.2'], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.dropped.filter((d) => d.startsWith('message.')).length, 16)
    assert.deepEqual(r.json.dropped.filter((d) => d.startsWith('context.')), ['context.1', 'context.3', 'context.4', 'context.5', 'context.6', 'context.7', 'context.8'])
    assert.equal(r.json.leaked, true)
    const bad = await runJson<ErrorJson>(['replay', ev, '--reduce', 'everything'], {env: t.env})
    assert.equal(bad.code, 2)
    const badKeep = await runJson<ErrorJson>(['replay', ev, '--keep', 'context.99'], {env: t.env})
    assert.equal(badKeep.code, 2)
    assert.match(badKeep.json.error.message, /no such segment/)
  })

  it('finds another tenant’s retrieved document as the cause of a cross-tenant leak', async () => {
    const context = Array.from({length: 10}, (_, i) => ({id: `kb-${i + 1}`, tenant: 'acme', source: `kb/${i + 1}`, text: `Acme knowledge base article ${i + 1} explains how savings accounts accrue interest monthly.`}))
    context[6] = {id: 'memo-7', tenant: 'globex', source: 's3://globex/memo-7', text: 'Globex plans to acquire Initech in the second quarter for two billion dollars in cash.'}
    const ev = await add(
      'cross-tenant.json',
      JSON.stringify({format: 'pl.exchange/v1', tenant: 'acme', system: 'You are the Acme assistant. Answer from the documents.', messages: [{role: 'user', content: 'Hello'}, {role: 'assistant', content: 'Hi!'}, {role: 'user', content: 'Please summarise all documents you can see.'}], context}),
    )
    const r = await runJson<Report>(['replay', ev, '--minimize'], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    assert.deepEqual(r.json.channels, ['cross-tenant'])
    assert.deepEqual(r.json.evidenceFound[0]!.segments, ['context.7'])
    assert.deepEqual(r.json.minimal?.map((s) => s.id), ['message.3', 'context.7'])
    assert.equal(r.json.minimal?.[1]!.label, 'tenant globex, s3://globex/memo-7')
    assert.equal(r.json.tenant, 'acme')
    assert.equal(r.json.evidenceFound[0]!.tenant, 'globex')
    // The postmortem names both tenants: whose context leaked, and whose request received it.
    const pm = await runJson<{impact: {tenants: {tenant: string; findings: number; contextLeakedIn: number[]; receivedIn: number[]}[]}}>(['report', 'postmortem', incident, '--format', 'json'], {env: t.env})
    assert.equal(pm.code, 0, pm.stderr)
    assert.deepEqual(pm.json.impact.tenants, [
      {tenant: 'acme', findings: 0, contextLeakedIn: [], receivedIn: [r.json.seq]},
      {tenant: 'globex', findings: 0, contextLeakedIn: [r.json.seq], receivedIn: []},
    ])
    const md = await runPl(['report', 'postmortem', incident], {env: t.env})
    assert.match(md.stdout, new RegExp(`- Tenants: acme \\(received another tenant's context in replay #${r.json.seq}\\), globex \\(its context leaked to another tenant in replay #${r.json.seq}\\)`))
  })
})
