/**
 * A GitHub token whose checksum fails (a truncated, mistyped or example copy) is shown, not
 * dropped: confidence low with the reason, counted apart, exit 0 unless --fail-on low.
 */
import assert from 'node:assert/strict'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {Rng, githubToken, githubTokenBadChecksum} from '../fixtures/scan/fakes.js'
import type {ScanReport} from '../../src/domain/scan/report.js'
import type {SarifLog} from '../../src/render/sarif.js'

describe('pl scan: lower-confidence findings', () => {
  let t: TestStore
  let env: Record<string, string>
  let file: string
  const rng = new Rng(21)
  const bad = githubTokenBadChecksum(rng)

  before(() => {
    t = tempStore('pl-confidence-')
    env = {PL_HOME: join(t.dir, 'home'), PL_ACTOR: 'tester@test'}
    file = join(t.dir, 'app.log')
    writeFileSync(file, `2026-11-20T13:02:00Z WARN deploy used token ${bad} from the README\n`)
  })
  after(() => t.cleanup())

  it('a checksum-failing token is reported with confidence low and the reason, and does not fail the scan', async () => {
    const r = await runJson<ScanReport>(['scan', file], {env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.findings.length, 1)
    assert.deepEqual(
      {rule: r.json.findings[0]?.rule, confidence: r.json.findings[0]?.confidence, reason: r.json.findings[0]?.reason},
      {rule: 'github-token', confidence: 'low', reason: 'checksum fails: a truncated copy, an example, or a test value'},
    )
    assert.equal(r.json.stats.lowConfidence, 1)
    assert.ok(!JSON.stringify(r.json).includes(bad), 'the value is never printed')

    const table = await runPl(['scan', file], {env})
    assert.equal(table.code, 0)
    assert.match(table.stdout, /github-token .*low confidence \(checksum fails: a truncated copy, an example, or a test value\)/)
    assert.match(table.stderr, /1 of low confidence/)

    const sarif = JSON.parse((await runPl(['scan', file, '--format', 'sarif'], {env})).stdout) as SarifLog
    assert.equal(sarif.runs[0]?.results[0]?.level, 'note')
    assert.equal(sarif.runs[0]?.results[0]?.properties.confidence, 'low')
  })

  it('--fail-on low makes it fail the scan; a valid token fails it without', async () => {
    assert.equal((await runPl(['scan', file, '--fail-on', 'low'], {env})).code, 1)
    const good = join(t.dir, 'good.log')
    writeFileSync(good, `token ${githubToken(rng)}\n`)
    const r = await runJson<ScanReport>(['scan', good], {env})
    assert.equal(r.code, 1)
    assert.equal(r.json.findings[0]?.confidence, undefined)
    assert.equal((await runPl(['scan', file, '--fail-on', 'medium'], {env})).code, 2)
  })

  it('a log full of private addresses: the table lists three and counts the rest on one row; --all-low and JSON list each', async () => {
    const log = join(t.dir, 'gateway.jsonl')
    const lines = Array.from({length: 40}, (_, i) => JSON.stringify({client_ip: `10.0.${i}.${(i * 7) % 250 + 1}`, request: {messages: [{role: 'user', content: 'where is my order?'}]}}))
    // One finding that matters, among them.
    lines.splice(20, 0, JSON.stringify({client_ip: '10.9.9.9', reply: `use ${githubToken(rng)}`}))
    writeFileSync(log, `${lines.join('\n')}\n`)
    const table = await runPl(['scan', log], {env})
    assert.equal(table.code, 1, table.stderr)
    const rows = table.stdout.split('\n').filter((l) => l.includes('ip-address'))
    assert.equal(rows.length, 4, table.stdout)
    assert.match(rows[3] ?? '', /^…\s+ip-address\s+38 more\s+low confidence \(private \(RFC 1918\) address[^)]*\); --all-low lists each/)
    assert.match(table.stdout, /github-token/)
    const all = await runPl(['scan', log, '--all-low'], {env})
    assert.equal(all.stdout.split('\n').filter((l) => l.includes('ip-address')).length, 41)
    const json = await runJson<ScanReport>(['scan', log], {env})
    assert.equal(json.json.findings.filter((f) => f.rule === 'ip-address').length, 41)

    // Recorded to an incident: the token's raw value is captured under a key of its own; the private
    // addresses are listed in the findings but not captured (no data key per address).
    const store = tempStore('pl-confidence-incident-')
    try {
      const incident = await initWithIncident(store, 'Gateway log with client addresses')
      const recorded = await runJson<{incident: {secretsCaptured: number}; findings: {rule: string}[]}>(['scan', log, '--incident', incident], {env: store.env})
      assert.equal(recorded.code, 1, recorded.stderr)
      assert.equal(recorded.json.findings.filter((f) => f.rule === 'ip-address').length, 41)
      assert.equal(recorded.json.incident.secretsCaptured, 1)
    } finally {
      store.cleanup()
    }
  })
})
