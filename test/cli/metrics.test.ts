/**
 * `pl metrics` through the real CLI, against hand-computed values. The child runs in
 * Europe/Berlin so that local times given to --at cross the March 2026 clock change.
 */
import assert from 'node:assert/strict'
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'

import type {MetricsJson} from '../../src/render/metrics.js'
import type {TestStore} from '../helpers/cli.js'
import {runJson, runPl, tempStore} from '../helpers/cli.js'
import type {Person} from '../helpers/responders.js'
import {newPerson} from '../helpers/responders.js'

/** `pl metrics --json` as `env`'s person runs it, which must succeed. */
async function metricsAs(env: Record<string, string | undefined>, ...args: string[]): Promise<MetricsJson> {
  const r = await runJson<MetricsJson>(['metrics', ...args], {env})
  assert.equal(r.code, 0, r.stderr)
  return r.json
}

describe('pl metrics', () => {
  let t: TestStore
  let env: Record<string, string>
  const ids: string[] = []

  const open = async (args: string[]) => {
    const r = await runJson<{id: string}>(['incident', 'open', '--title', `incident ${ids.length + 1}`, ...args], {env})
    assert.equal(r.code, 0, r.stderr)
    ids.push(r.json.id)
    return r.json.id
  }
  const mark = async (id: string, phase: string, at: string, ...more: string[]) => {
    const r = await runPl(['incident', 'mark', id, phase, '--at', at, ...more], {env})
    assert.equal(r.code, 0, r.stderr)
  }
  const metrics = (...args: string[]) => metricsAs(env, ...args)

  before(async () => {
    t = tempStore('pl-metrics-')
    env = {...t.env, TZ: 'Europe/Berlin'}
    assert.equal((await runPl(['init'], {env})).code, 0)
    // 1. P1 secret across the clock change (02:00 CET → 03:00 CEST on 29 March 2026): started
    //    01:30 local, detected 03:30 local is one hour, not two. Contained 03:50, resolved 05:30.
    const a = await open(['--severity', 'P1', '--class', 'secret', '--started-at', '2026-03-29T01:30', '--detected-at', '2026-03-29T03:30'])
    await mark(a, 'contained', '2026-03-29T03:50')
    await mark(a, 'resolved', '2026-03-29T05:30')
    // 2. P1 pii: detection 3 min; contained at 10:40, corrected to 10:20 (TTC 17 min).
    const b = await open(['--severity', 'P1', '--class', 'pii', '--started-at', '2026-06-01T10:00Z', '--detected-at', '2026-06-01T10:03Z'])
    await mark(b, 'contained', '2026-06-01T10:40Z')
    await mark(b, 'contained', '2026-06-01T10:20Z', '--correct') // a correction is never silent (issue 15)
    // 3. P2 secret: no start mark; contained before detected (out of order).
    const c = await open(['--severity', 'P2', '--class', 'secret', '--detected-at', '2026-07-01T09:00Z'])
    await mark(c, 'contained', '2026-07-01T08:50Z')
    // 4. P1 secret: detection 2 min, not contained yet.
    await open(['--severity', 'P1', '--class', 'secret', '--started-at', '2026-09-01T11:58Z', '--detected-at', '2026-09-01T12:00Z'])
  })
  after(() => t.cleanup())

  it('aggregates against hand-computed values; missing and out-of-order marks are listed', async () => {
    const m = await metrics()
    assert.equal(m.incidents, 4)
    // Detection latency: 3600 (DST), 180, 120 s; #3 missing.
    assert.equal(m.perIncident[0]!.detectionLatency, 3600)
    assert.equal(m.detectionLatency.count, 3)
    assert.equal(m.detectionLatency.mean, 1300)
    assert.equal(m.detectionLatency.median, 180)
    assert.equal(m.detectionLatency.p90, 3600)
    assert.deepEqual(m.detectionLatency.missing, {count: 1, incidents: [ids[2]]})
    // Time to contain: 1200, 1020 (corrected mark) s; #3 out of order, #4 missing.
    assert.equal(m.timeToContain.count, 2)
    assert.equal(m.timeToContain.mean, 1110)
    assert.equal(m.timeToContain.median, 1110)
    assert.equal(m.timeToContain.p90, 1200)
    assert.deepEqual(m.timeToContain.outOfOrder, {count: 1, incidents: [ids[2]]})
    assert.deepEqual(m.timeToContain.missing, {count: 1, incidents: [ids[3]]})
    // Resolved − detected, both after the clock change: two hours.
    assert.equal(m.perIncident[0]!.timeToResolve, 7200)
    assert.deepEqual(m.perIncident[2]!.outOfOrder, ['timeToContain'])
    // SLO (defaults, P1): detection < 300 s met by #2 and #4, missed by #1; TTC < 1800 s met by #1 and #2, #4 unknown.
    const det = m.slo.find((s) => s.severity === 'P1' && s.metric === 'detectionLatency')!
    assert.deepEqual([det.targetSeconds, det.measured, det.met, det.missed], [300, 3, 2, [ids[0]]])
    assert.equal(det.attainment, 2 / 3)
    const ttc = m.slo.find((s) => s.severity === 'P1' && s.metric === 'timeToContain')!
    assert.deepEqual([ttc.targetSeconds, ttc.measured, ttc.met, ttc.attainment, ttc.unknown], [1800, 2, 2, 1, [ids[3]]])
  })

  it('filters by window, severity and class', async () => {
    const idsOf = (m: MetricsJson) => m.perIncident.map((r) => r.id)
    assert.deepEqual(idsOf(await metrics('--since', '2026-05-01', '--until', '2026-08-01')), [ids[1], ids[2]])
    assert.deepEqual(idsOf(await metrics('--severity', 'P2')), [ids[2]])
    assert.deepEqual(idsOf(await metrics('--class', 'pii')), [ids[1]])
    assert.deepEqual(idsOf(await metrics('--class', 'secret', '--severity', 'P1')), [ids[0], ids[3]])
    // 90 days back from now (November 2026 or later) excludes March to July.
    assert.ok(!idsOf(await metrics('--since', '90d')).includes(ids[0]!))
    const bad = await runPl(['metrics', '--since', 'whenever'], {env})
    assert.equal(bad.code, 2)
  })

  it('targets from config.yaml, overridden by flags; a bad config names file and line', async () => {
    mkdirSync(env.PL_HOME!, {recursive: true})
    const config = join(env.PL_HOME!, 'config.yaml')
    writeFileSync(config, 'slo:\n  P1:\n    detectionLatency: 2h\n  P2:\n    timeToContain: 1h\n')
    const m = await metrics()
    assert.equal(m.slo.find((s) => s.severity === 'P1' && s.metric === 'detectionLatency')!.attainment, 1)
    assert.equal(m.slo.find((s) => s.severity === 'P1' && s.metric === 'timeToContain')!.targetSeconds, 1800)
    assert.deepEqual(m.slo.find((s) => s.severity === 'P2' && s.metric === 'timeToContain')!.unknown, [ids[2]])
    const flagged = await metrics('--detection-target', '1m')
    assert.equal(flagged.slo.find((s) => s.severity === 'P1' && s.metric === 'detectionLatency')!.attainment, 0)
    writeFileSync(config, 'slo:\n  P1:\n    detectionLatency: soon\n')
    const bad = await runPl(['metrics'], {env})
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /config\.yaml:3:23: slo\.P1\.detectionLatency: "soon" is not a duration/)
    writeFileSync(config, 'slo:\n  P1:\n    detection: 5m\n')
    assert.match((await runPl(['metrics'], {env})).stderr, /config\.yaml:3:5: slo\.P1: Unrecognized key/)
    writeFileSync(config, '')
  })

  it('table, CSV and HTML forms', async () => {
    const table = await runPl(['metrics'], {env})
    assert.equal(table.code, 0, table.stderr)
    assert.match(table.stdout, /time to contain \(MTTC = mean\)\s+2\s+18m 30s/)
    assert.match(table.stdout, /Missing marks \(3\)/)
    assert.match(table.stdout, /Marks out of order \(1\)/)
    const csv = await runPl(['metrics', '--format', 'csv'], {env})
    const lines = csv.stdout.trim().split('\n')
    assert.equal(lines.length, 5)
    assert.equal(lines[0], 'id,title,severity,classes,detected_at,detection_latency_s,time_to_contain_s,exposure_window_s,time_to_resolve_s,missing,out_of_order,access')
    assert.match(lines[1]!, /^INC-\d{4}-0001,incident 1,P1,secret,2026-03-29T01:30:00\.000Z,3600,1200,4800,7200,,,$/)
    const html = await runPl(['metrics', '--format', 'html'], {env})
    assert.match(html.stdout, /^<!doctype html>/)
    assert.equal((html.stdout.match(/<svg class="chart"/g) ?? []).length, 2)
    assert.ok(!/(src|href)="http/.test(html.stdout))
  })
})

describe('pl metrics in a store with responders', () => {
  let t: TestStore
  let alice: Person
  let bob: Person
  /** bob's incident, which alice holds no grant on, and alice's own. */
  let hidden = ''
  let own = ''
  const json = (who: Person, ...args: string[]) => metricsAs(who.env, ...args)

  before(async () => {
    t = tempStore('pl-metrics-responders-')
    alice = await newPerson(t, 'alice')
    bob = await newPerson(t, 'bob')
    assert.equal((await runPl(['init', '--name', 'alice'], {env: {...alice.env, PL_KEY_FILE: t.keyFile}})).code, 0)
    assert.equal((await runPl(['responder', 'add', 'bob', '--key', bob.key], {env: alice.env})).code, 0)
    // bob's incident, which alice holds no grant on; then alice's own, measured.
    for (const [who, title] of [[bob, 'bob only'], [alice, 'alice sees it']] as const) {
      const r = await runJson<{id: string}>(['incident', 'open', '--title', title, '--severity', 'P1', '--class', 'secret', '--started-at', '2026-06-01T10:00Z', '--detected-at', '2026-06-01T10:03Z'], {env: who.env})
      assert.equal(r.code, 0, r.stderr)
      assert.equal((await runPl(['incident', 'mark', r.json.id, 'contained', '--at', '2026-06-01T10:20Z'], {env: who.env})).code, 0)
      if (who === bob) hidden = r.json.id
      else own = r.json.id
    }
  })
  after(() => t.cleanup())

  it('lists an incident the reader cannot read as "no access", counted apart and out of the statistics, as pl incident list does', async () => {
    const m = await json(alice)
    assert.equal(m.incidents, 2)
    assert.deepEqual(m.noAccess, {count: 1, incidents: [hidden]})
    assert.deepEqual(m.perIncident.find((r) => r.id === hidden), {
      id: hidden,
      access: false,
      title: null,
      severity: null,
      classes: [],
      detectedAt: null,
      detectionLatency: null,
      timeToContain: null,
      exposureWindow: null,
      timeToResolve: null,
      missing: [],
      outOfOrder: [],
      slo: {},
    })
    assert.equal(m.perIncident.find((r) => r.id === own)!.access, undefined)
    // Only alice's incident is measured; bob's is neither missing a mark nor unknown to the SLO.
    assert.deepEqual([m.timeToContain.count, m.timeToContain.mean, m.timeToContain.missing.count], [1, 1020, 0])
    assert.deepEqual(m.timeToResolve.missing.incidents, [own])
    assert.deepEqual(m.slo.map((s) => [s.metric, s.incidents, s.unknown]), [['detectionLatency', 1, []], ['timeToContain', 1, []]])
    // Its severity is unreadable: --severity keeps it listed; its opening (now) is what the window reads.
    assert.deepEqual((await json(alice, '--severity', 'P2')).noAccess.incidents, [hidden])
    assert.deepEqual((await json(alice, '--until', '2026-07-01')).perIncident.map((r) => r.id), [own])

    const table = await runPl(['metrics'], {env: alice.env})
    assert.equal(table.code, 0, table.stderr)
    assert.match(table.stdout, /^2 incidents \(1 you have no access to, not measured\)$/m)
    assert.match(table.stdout, new RegExp(`^${hidden}\\s+—\\s+—\\s+no access\\s+no access\\s+no access\\s+no access$`, 'm'))
    assert.match(table.stdout, new RegExp(`No access \\(1\\): .*pl incident grant INCIDENT NAME.*:\n  ${hidden}$`, 'm'))
    assert.doesNotMatch(table.stdout, /shredded/)
    assert.doesNotMatch(table.stdout, new RegExp(`${hidden}: `), 'not among the incidents missing marks')
    const csv = (await runPl(['metrics', '--format', 'csv'], {env: alice.env})).stdout.trim().split('\n')
    assert.ok(csv.includes(`${hidden},,,,,,,,,,,false`), csv.join('\n'))
    assert.match((await runPl(['metrics', '--format', 'html'], {env: alice.env})).stdout, new RegExp(`<td>${hidden}</td><td>\\[no access\\]</td>`))

    // Granted, it is measured like any other.
    assert.equal((await runPl(['incident', 'grant', hidden, 'alice'], {env: bob.env})).code, 0)
    const granted = await json(alice)
    assert.deepEqual([granted.noAccess.count, granted.timeToContain.count], [0, 2])
    assert.equal(granted.perIncident.find((r) => r.id === hidden)!.title, 'bob only')
  })
})
