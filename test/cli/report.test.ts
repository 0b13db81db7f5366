/**
 * `pl report postmortem` through the real CLI: a fully worked incident (opened with a backdated
 * start, evidence, a scan with --incident, marks, a note, root cause by flags) gives every section
 * in Markdown; its JSON validates against docs/postmortem.schema.json; the evidence appendix is
 * checked offline here (entry hash → leaf → audit path → signed root).
 */
import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'

import {verifyEd25519} from '../../src/crypto/ed25519.js'
import type {Postmortem} from '../../src/domain/postmortem.js'
import type {Prompter} from '../../src/prompts/types.js'
import {noPrompter} from '../../src/prompts/types.js'
import {incidentKey} from '../../src/services/incidents.js'
import {writePostmortem} from '../../src/services/report.js'
import {withLedger} from '../../src/services/store-access.js'
import {fromHex} from '../../src/domain/bytes.js'
import {leafHash, verifyInclusion} from '../../src/domain/merkle.js'
import {checkpointMessage} from '../../src/domain/codec.js'
import {Rng, githubToken} from '../fixtures/scan/fakes.js'
import type {TestStore} from '../helpers/cli.js'
import {REPO, runJson, runPl, tempStore} from '../helpers/cli.js'
import {anyEntry} from '../helpers/any-entry.js'

type Schema = {
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  required?: string[]
  properties?: Record<string, Schema>
  additionalProperties?: boolean | Schema
  items?: Schema
  pattern?: string
  format?: string
}

/** The subset of JSON Schema the postmortem schema uses; returns the problems found. */
function validate(schema: Schema, value: unknown, path = '$'): string[] {
  const problems: string[] = []
  const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v)
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type]
    const t = typeOf(value)
    if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) return [`${path}: ${t} is not ${types.join('|')}`]
  }
  if (schema.enum !== undefined && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} not in enum`)
  if (schema.const !== undefined && value !== schema.const) problems.push(`${path}: not ${JSON.stringify(schema.const)}`)
  if (typeof value === 'string' && schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) problems.push(`${path}: does not match ${schema.pattern}`)
  if (typeof value === 'string' && schema.format === 'date-time' && Number.isNaN(Date.parse(value))) problems.push(`${path}: not a date-time`)
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => problems.push(...validate(schema.items!, v, `${path}[${i}]`)))
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>
    for (const k of schema.required ?? []) if (!(k in obj)) problems.push(`${path}: missing ${k}`)
    for (const [k, v] of Object.entries(obj)) {
      const sub = schema.properties?.[k]
      if (sub) problems.push(...validate(sub, v, `${path}.${k}`))
      else if (schema.additionalProperties === false) problems.push(`${path}: unexpected ${k}`)
      else if (typeof schema.additionalProperties === 'object') problems.push(...validate(schema.additionalProperties, v, `${path}.${k}`))
    }
  }
  return problems
}

const SCHEMA = JSON.parse(readFileSync(join(REPO, 'docs', 'postmortem.schema.json'), 'utf8')) as Schema


describe('pl report postmortem', () => {
  let t: TestStore
  let id: string
  // A GitHub token with a valid checksum, made at test time.
  const token = githubToken(new Rng(Date.now() % 100_000))
  // Absolute event times, so the durations do not depend on how long the commands take.
  const base = Math.floor(Date.now() / 60_000) * 60_000 - 60 * 60_000
  const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString()

  before(async () => {
    t = tempStore('pl-report-')
    assert.equal((await runPl(['init'], {env: t.env})).code, 0)
    const open = await runJson<{id: string}>(
      ['incident', 'open', '--title', 'Token in gateway logs', '--severity', 'P1', '--class', 'secret', '--started-at', at(0), '--detected-at', at(10)],
      {env: t.env},
    )
    id = open.json.id
    const log = join(t.dir, 'gateway.jsonl')
    writeFileSync(log, `{"tenant":"acme","msg":"ok"}\n{"tenant":"acme","headers":{"authorization":"token ${token}"}}\n`)
    assert.equal((await runPl(['evidence', 'add', id, log], {env: t.env})).code, 0)
    const scan = await runPl(['scan', log, '--incident', id, '--format', 'json'], {env: t.env})
    assert.equal(scan.code, 1, scan.stderr)
    assert.equal((await runPl(['incident', 'mark', id, 'acknowledged', '--at', at(15)], {env: t.env})).code, 0)
    assert.equal((await runPl(['incident', 'mark', id, 'contained', '--at', at(30), '--note', 'token revoked'], {env: t.env})).code, 0)
    assert.equal((await runPl(['incident', 'note', id, 'Header logging was on in the gateway.'], {env: t.env})).code, 0)
    assert.equal((await runPl(['incident', 'mark', id, 'resolved', '--at', at(50)], {env: t.env})).code, 0)
  })
  after(() => t.cleanup())

  it('writes every section in Markdown and records root cause and action items given by flags', async () => {
    const r = await runPl(['report', 'postmortem', id, '--root-cause', 'Header logging enabled in the gateway', '--action-item', 'Disable header logging', '--action-item', 'Scan logs daily'], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    for (const heading of [
      '## Summary',
      '## Impact',
      '## Timeline',
      '## Detection latency, time to contain and exposure vs SLO',
      '## Containment actions and results',
      '## Replay findings',
      '## Root cause and action items',
      '## Evidence appendix',
    ]) {
      assert.ok(r.stdout.includes(heading), `missing ${heading}`)
    }
    assert.match(r.stdout, /github-token/)
    assert.match(r.stdout, /- Tenants: acme \(1 finding in its records\)/)
    assert.match(r.stdout, /Root cause: Header logging enabled in the gateway/)
    assert.match(r.stdout, /- \[ \] Scan logs daily/)
    assert.match(r.stdout, /\| detection latency \| 10m 00s \| started → detected \| \*\*missed\*\*/)
    assert.match(r.stdout, /\| time to contain \| 20m 00s \| detected → contained \| met/)
    assert.match(r.stdout, /No containment actions recorded\./)
    assert.match(r.stdout, /Verification: \*\*OK\*\*/)
    assert.ok(!r.stdout.includes(token), 'the raw token must never be printed')
  })

  it('reuses the recorded root cause; JSON validates against the schema and carries seconds', async () => {
    const r = await runPl(['report', 'postmortem', id, '--format', 'json'], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    assert.ok(!r.stdout.includes(token))
    const pm = JSON.parse(r.stdout) as Postmortem
    assert.deepEqual(validate(SCHEMA, pm), [])
    assert.equal(pm.rootCause.recorded, true)
    assert.deepEqual(pm.rootCause.actionItems, ['Disable header logging', 'Scan logs daily'])
    assert.equal(pm.metrics.detectionLatency.seconds, 600)
    assert.equal(pm.metrics.timeToContain.seconds, 1200)
    assert.equal(pm.metrics.exposureWindow.seconds, 1800)
    assert.equal(pm.metrics.timeToContain.targetSeconds, 1800)
    assert.equal(pm.impact.credentials.length, 1)
    assert.equal(pm.impact.credentials[0]!.rule, 'github-token')
    assert.deepEqual(pm.impact.tenants, [{tenant: 'acme', findings: 1, contextLeakedIn: [], receivedIn: []}])
    assert.ok(pm.impact.evidence.length === 1)
    assert.ok(pm.timeline.some((e) => e.kind === 'postmortem.input'))
    // A schema violation is caught by the validator.
    assert.notDeepEqual(validate(SCHEMA, {...pm, metrics: {...pm.metrics, timeToContain: {...pm.metrics.timeToContain, seconds: '1200'}}}), [])
    assert.notDeepEqual(validate(SCHEMA, {...pm, extra: 1}), [])
  })

  it('the evidence appendix verifies offline: hashes, inclusion proofs and the checkpoint signature', async () => {
    const {json: pm} = await runJson<Postmortem>(['report', 'postmortem', id], {env: t.env})
    const ap = pm.appendix
    assert.equal(ap.verification.ok, true)
    const c = ap.checkpoint
    assert.ok(verifyEd25519(fromHex(c.publicKey), checkpointMessage(c.storeId, c.size, fromHex(c.root), c.ts), new Uint8Array(Buffer.from(c.signature, 'base64'))))
    const kinds = new Set(ap.proofs.map((p) => p.kind))
    for (const k of ['incident.opened', 'timeline.mark', 'evidence.added', 'scan.findings', 'secret.captured', 'postmortem.input']) assert.ok(kinds.has(k), `no proof for ${k}`)
    const hashes = new Map(ap.entries.map((e) => [e.seq, e.hash]))
    for (const p of ap.proofs) {
      assert.equal(hashes.get(p.seq), p.hash)
      const result = verifyInclusion(p.leafIndex, p.treeSize, leafHash(fromHex(p.hash)), p.path.map(fromHex), fromHex(c.root))
      assert.deepEqual(result, {ok: true}, `proof of #${p.seq}`)
    }
    // A flipped bit in a proven hash no longer reaches the signed root.
    const p = ap.proofs[0]!
    const bad = (p.hash[0] === '0' ? '1' : '0') + p.hash.slice(1)
    assert.equal(verifyInclusion(p.leafIndex, p.treeSize, leafHash(fromHex(bad)), p.path.map(fromHex), fromHex(c.root)).ok, false)
    // The store's own verification agrees with the report.
    const verify = await runJson<{ok: boolean}>(['evidence', 'verify'], {env: t.env})
    assert.equal(verify.json.ok, true)
  })

  it('without a terminal and nothing given, root cause and action items say "not recorded"; --input YAML is recorded', async () => {
    const other = await runJson<{id: string}>(['incident', 'open', '--title', 'Other', '--severity', 'P2', '--class', 'pii'], {env: t.env})
    const r = await runPl(['report', 'postmortem', other.json.id], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /Root cause: not recorded\./)
    assert.match(r.stdout, /No replay results recorded\./)
    assert.match(r.stdout, /\| time to contain \| unknown \(mark missing\)/)
    const input = join(t.dir, 'pm.yaml')
    writeFileSync(input, 'rootCause: A shared notebook\nactionItems:\n  - Lock notebooks\n')
    const out = join(t.dir, 'pm.md')
    const w = await runPl(['report', 'postmortem', other.json.id, '--input', input, '--out', out], {env: t.env})
    assert.equal(w.code, 0, w.stderr)
    assert.match(readFileSync(out, 'utf8'), /Root cause: A shared notebook/)
    writeFileSync(input, 'rootCause: x\nactionItems:\n  - ok\n  - 3\n')
    const bad = await runPl(['report', 'postmortem', other.json.id, '--input', input], {env: t.env})
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /pm\.yaml:4:5: actionItems\.1/)
  })

  it('on a terminal, asks for root cause and action items once and records them', async () => {
    const other = await runJson<{id: string}>(['incident', 'open', '--title', 'Asked', '--severity', 'P3', '--class', 'pii'], {env: t.env})
    const answers = ['Notebook shared publicly', 'Lock notebooks', 'Review sharing weekly', '']
    const asked: string[] = []
    const scripted: Prompter = {
      ...noPrompter,
      interactive: true,
      input: ({message}) => {
        asked.push(message)
        return Promise.resolve(answers.shift()!)
      },
    }
    const session = {storePath: t.store, env: {PL_KEY_FILE: t.keyFile}, prompter: scripted, actor: 'asker@test', now: () => Date.now()}
    const pm = await writePostmortem(session, {incident: other.json.id})
    assert.equal(asked.length, 4)
    assert.equal(pm.rootCause.text, 'Notebook shared publicly')
    assert.deepEqual(pm.rootCause.actionItems, ['Lock notebooks', 'Review sharing weekly'])
    assert.equal(pm.rootCause.actor, 'asker@test')
    // Recorded: the next report does not ask again.
    const again = await writePostmortem({...session, prompter: {...scripted, input: () => Promise.reject(new Error('asked again'))}}, {incident: other.json.id})
    assert.equal(again.rootCause.seq, pm.rootCause.seq)
  })

  it('shows runbook, action and replay entries generically, never their secret-looking fields', async () => {
    const other = await runJson<{id: string}>(['incident', 'open', '--title', 'Runbook', '--severity', 'P1', '--class', 'secret'], {env: t.env})
    const incident = other.json.id
    const session = {storePath: t.store, env: {PL_KEY_FILE: t.keyFile}, prompter: noPrompter, actor: 'runbook@test', now: () => Date.now()}
    // Entries of kinds other features write (bodies are stored as canonical JSON: fields come back sorted); their exact shape is theirs, so only generic fields are relied on.
    await withLedger(session, (ledger) => {
      const keyId = incidentKey(ledger, incident)
      ledger.append([
        anyEntry({incident, kind: 'runbook.step', keyId, body: {runbook: 'secret-in-prompt-logs', step: 'revoke-token', status: 'done', token: token}}),
        anyEntry({incident, kind: 'action.result', keyId, body: {action: 'github.revoke', ok: true, detail: 'HTTP 204'}}),
        anyEntry({incident, kind: 'replay.result', keyId, body: {leaked: true, minimalContext: 'turns 3-4', prompt: 'secret prompt text'}}),
      ])
    })
    const r = await runPl(['report', 'postmortem', incident], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    // Containment is a table, one row per step, its outcome in words (issue 15: no raw key: value dump).
    assert.match(r.stdout, /\| secret-in-prompt-logs › revoke-token \| done \| Done \| 0s \| #\d+ \|/)
    assert.match(r.stdout, /\| github\.revoke \| done \| Succeeded: detail: HTTP 204 \| 0s \| #\d+ \|/)
    assert.doesNotMatch(r.stdout.slice(r.stdout.indexOf('## Containment'), r.stdout.indexOf('## Replay')), /\b1\d{12}\b|ok: true/)
    assert.match(r.stdout, /replay\.result .*leaked: true; minimalContext: turns 3-4/)
    assert.ok(!r.stdout.includes('No containment actions recorded'))
    assert.ok(!r.stdout.includes(token))
    assert.ok(!r.stdout.includes('secret prompt text'))
  })

  it('an unknown incident is not found', async () => {
    const r = await runPl(['report', 'postmortem', 'INC-2026-0999'], {env: t.env})
    assert.equal(r.code, 3)
  })
})
