import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import type {IncidentClass, LedgerEntry, Phase, Severity} from '../../src/domain/entry.js'
import {foldIncident} from '../../src/domain/incident.js'
import {DEFAULT_SLO, computeMetrics, mean, median, parseDurationText, percentile, verdict} from '../../src/domain/metrics.js'
import {inclusionProof, inclusionProofs, leafHash} from '../../src/domain/merkle.js'
import {buildPostmortem, describeBody} from '../../src/domain/postmortem.js'

const MIN = 60_000
const T0 = Date.UTC(2026, 0, 10, 12, 0)

/** An incident's entries: opened, then marks (phase, minutes after T0), each recorded a minute later. */
function incident(n: number, severity: Severity, classes: IncidentClass[], marks: [Phase, number][]) {
  const id = `INC-2026-${String(n).padStart(4, '0')}`
  const entries: LedgerEntry[] = [{seq: 1, ts: T0, incident: id, kind: 'incident.opened', actor: 'a', keyId: 'k', body: {title: `t${n}`, severity, classes}}]
  marks.forEach(([phase, minutes], i) => entries.push({seq: i + 2, ts: T0 + (minutes + 1) * MIN, incident: id, kind: 'timeline.mark', actor: 'a', keyId: 'k', body: {phase, at: T0 + minutes * MIN}}))
  return foldIncident(entries)
}

describe('statistics', () => {
  it('mean, median (even and odd) and nearest-rank p90', () => {
    assert.equal(mean([]), null)
    assert.equal(mean([1, 2, 6]), 3)
    assert.equal(median([5, 1, 3]), 3)
    assert.equal(median([4, 1, 3, 2]), 2.5)
    // nearest rank: ceil(0.9 × 10) = 9th of 10; ceil(0.9 × 3) = 3rd of 3.
    assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90), 9)
    assert.equal(percentile([10, 30, 20], 90), 30)
    assert.equal(percentile([7], 90), 7)
    assert.equal(percentile([], 90), null)
  })

  it('durations as written in config and flags', () => {
    assert.equal(parseDurationText('5m'), 5 * MIN)
    assert.equal(parseDurationText('1h30m'), 90 * MIN)
    assert.equal(parseDurationText('90'), 90_000)
    assert.equal(parseDurationText('2d'), 2 * 86_400_000)
    assert.equal(parseDurationText('soon'), undefined)
    assert.equal(parseDurationText('5 minutes'), undefined)
  })
})

describe('SLO verdict at the boundary', () => {
  it('a duration equal to its target meets it (the demo contains in exactly 30 min); one second more misses it', () => {
    const target = 30 * 60_000
    assert.equal(verdict(target, target), 'met')
    assert.equal(verdict(target - 1000, target), 'met')
    assert.equal(verdict(target + 1000, target), 'missed')
    assert.equal(verdict(undefined, target), 'unknown')
  })
})

describe('computeMetrics', () => {
  // Hand-computed: detection latencies 2, 10, 4 min (mean 16/3, median 4, p90 10);
  // TTC 20, 40 min and one missing (mean 30 = MTTC, median 30, p90 40).
  const a = incident(1, 'P1', ['secret'], [['started', 0], ['detected', 2], ['contained', 22], ['resolved', 60]])
  const b = incident(2, 'P1', ['pii'], [['started', 0], ['detected', 10], ['contained', 50]])
  const c = incident(3, 'P2', ['secret'], [['started', 0], ['detected', 4]])

  it('aggregates against hand-computed values and lists incidents missing a mark', () => {
    const r = computeMetrics([a, b, c], {}, DEFAULT_SLO)
    assert.equal(r.incidents.length, 3)
    const dl = r.summaries.detectionLatency
    assert.equal(dl.count, 3)
    assert.equal(dl.mean, (16 / 3) * MIN)
    assert.equal(dl.median, 4 * MIN)
    assert.equal(dl.p90, 10 * MIN)
    const ttc = r.summaries.timeToContain
    assert.equal(ttc.count, 2)
    assert.equal(ttc.mean, 30 * MIN)
    assert.equal(ttc.median, 30 * MIN)
    assert.equal(ttc.p90, 40 * MIN)
    assert.deepEqual(ttc.missing, ['INC-2026-0003'])
    // Listed in detection order.
    assert.deepEqual(r.summaries.timeToResolve.missing, ['INC-2026-0003', 'INC-2026-0002'])
    assert.deepEqual(r.incidents.find((x) => x.id === 'INC-2026-0003')!.missing, ['timeToContain', 'exposureWindow', 'timeToResolve'])
  })

  it('SLO attainment by severity: a duration equal to its target meets it, unknown counted apart', () => {
    const r = computeMetrics([a, b, c], {}, DEFAULT_SLO)
    const det = r.slo.find((s) => s.severity === 'P1' && s.metric === 'detectionLatency')!
    assert.deepEqual([det.incidents, det.measured, det.met, det.attainment, det.missed], [2, 2, 1, 0.5, ['INC-2026-0002']])
    const ttc = r.slo.find((s) => s.severity === 'P1' && s.metric === 'timeToContain')!
    assert.deepEqual([ttc.met, ttc.measured, ttc.missed], [1, 2, ['INC-2026-0002']])
    const exactly = incident(4, 'P1', ['secret'], [['started', 0], ['detected', 5], ['contained', 35]])
    const e = computeMetrics([exactly], {}, DEFAULT_SLO)
    assert.equal(e.incidents[0]!.slo.detectionLatency, 'met')
    assert.equal(e.incidents[0]!.slo.timeToContain, 'met')
    const unknown = computeMetrics([incident(5, 'P1', ['secret'], [['detected', 5]])], {}, DEFAULT_SLO)
    assert.deepEqual(unknown.slo.find((s) => s.metric === 'detectionLatency')!.unknown, ['INC-2026-0005'])
    assert.equal(unknown.slo.find((s) => s.metric === 'detectionLatency')!.attainment, null)
  })

  it('flags out-of-order marks and keeps them out of the statistics', () => {
    const bad = incident(6, 'P1', ['secret'], [['started', 0], ['detected', 10], ['contained', 5]])
    const r = computeMetrics([a, bad], {}, DEFAULT_SLO)
    assert.deepEqual(r.summaries.timeToContain.outOfOrder, ['INC-2026-0006'])
    assert.equal(r.summaries.timeToContain.count, 1)
    assert.equal(r.summaries.timeToContain.mean, 20 * MIN)
    assert.deepEqual(r.incidents.find((x) => x.id === 'INC-2026-0006')!.outOfOrder, ['timeToContain'])
    assert.equal(r.incidents.find((x) => x.id === 'INC-2026-0006')!.slo.timeToContain, 'unknown')
    // Exposure (contained − started = 5 min) is still in order.
    assert.equal(r.summaries.exposureWindow.count, 2)
  })

  it('uses the latest (correcting) mark of a phase, including backdated ones', () => {
    // Detected at +30, corrected to +3 (backdated): latency 3 min, TTC 20 − 3 = 17 min.
    const corrected = incident(7, 'P1', ['secret'], [['started', 0], ['detected', 30], ['contained', 20], ['detected', 3]])
    const r = computeMetrics([corrected], {}, DEFAULT_SLO)
    assert.equal(r.incidents[0]!.durations.detectionLatency, 3 * MIN)
    assert.equal(r.incidents[0]!.durations.timeToContain, 17 * MIN)
    assert.deepEqual(r.incidents[0]!.outOfOrder, [])
  })

  it('filters by window of detection time, severity and class', () => {
    const all = [a, b, c]
    const ids = (f: Parameters<typeof computeMetrics>[1]) => computeMetrics(all, f, DEFAULT_SLO).incidents.map((x) => x.id)
    // Detected at T0+2, T0+10, T0+4 minutes; since inclusive, until exclusive.
    assert.deepEqual(ids({since: T0 + 4 * MIN}), ['INC-2026-0003', 'INC-2026-0002'])
    assert.deepEqual(ids({until: T0 + 4 * MIN}), ['INC-2026-0001'])
    assert.deepEqual(ids({since: T0 + 3 * MIN, until: T0 + 10 * MIN}), ['INC-2026-0003'])
    assert.deepEqual(ids({severities: ['P2']}), ['INC-2026-0003'])
    assert.deepEqual(ids({classes: ['secret']}), ['INC-2026-0001', 'INC-2026-0003'])
    assert.deepEqual(ids({classes: ['pii'], severities: ['P2']}), [])
    const empty = computeMetrics([], {}, DEFAULT_SLO)
    assert.equal(empty.summaries.timeToContain.mean, null)
  })

  it('lists an incident without access (ADR 0014) as such, out of the statistics and the SLO; the severity and class filters keep it, the window reads its opening', () => {
    // What a responder without a grant folds: the headers, every body unreadable (opened at T0, marks after it).
    const hidden = foldIncident(
      [1, 2, 3].map((seq): LedgerEntry => ({seq, ts: T0 + seq * MIN, incident: 'INC-2026-0009', kind: seq === 1 ? 'incident.opened' : 'timeline.mark', actor: 'bob', keyId: 'k9', body: null, noAccess: true})),
    )
    assert.equal(hidden.access, false)
    const r = computeMetrics([a, b, hidden], {}, DEFAULT_SLO)
    assert.deepEqual(r.incidents.find((x) => x.id === 'INC-2026-0009'), {id: 'INC-2026-0009', access: false, title: null, severity: null, classes: [], detectedAt: T0 + MIN, durations: hidden.metrics, missing: [], outOfOrder: [], slo: {}})
    // Not missing marks, not counted: the statistics are those of a and b alone.
    for (const summary of Object.values(r.summaries)) assert.ok(!summary.missing.includes('INC-2026-0009') && !summary.outOfOrder.includes('INC-2026-0009'))
    assert.equal(r.summaries.detectionLatency.count, 2)
    assert.deepEqual(r.summaries.timeToResolve.missing, ['INC-2026-0002'])
    for (const s of r.slo) assert.ok(!s.unknown.includes('INC-2026-0009') && s.incidents === 2)
    const ids = (f: Parameters<typeof computeMetrics>[1]) => computeMetrics([a, b, hidden], f, DEFAULT_SLO).incidents.map((x) => x.id)
    assert.deepEqual(ids({severities: ['P2'], classes: ['pii']}), ['INC-2026-0009'])
    assert.deepEqual(ids({since: T0 + MIN}), ['INC-2026-0009', 'INC-2026-0001', 'INC-2026-0002'])
    assert.deepEqual(ids({since: T0 + 2 * MIN}), ['INC-2026-0001', 'INC-2026-0002'])
  })
})

describe('postmortem building blocks', () => {
  it('the generic body reader skips secret-looking fields', () => {
    const lines = describeBody({step: 'revoke-token', status: 'done', raw: 'x', token: 'y', apiKey: 'z', value: 'v', headers: 'h', attempts: 2, targets: ['a', 'b']})
    assert.deepEqual(lines, ['step: revoke-token', 'status: done', 'attempts: 2', 'targets: a, b'])
    assert.deepEqual(describeBody(null), [])
    // A replay's minimal leaking context: records named by id and label; other nested data skipped.
    assert.deepEqual(describeBody({leaked: true, minimal: [{id: 's3', label: 'tool output'}, {id: 's4'}], verdicts: [{run: 1}]}), ['leaked: true', 'minimal: s3 tool output, s4'])
  })

  it('never reads the raw value of a captured secret', () => {
    const raw = 'ghp_' + 'A'.repeat(36)
    const id = 'INC-2026-0001'
    const entries: LedgerEntry[] = [
      {seq: 1, ts: T0, incident: id, kind: 'incident.opened', actor: 'a', keyId: 'k', body: {title: 't', severity: 'P1', classes: ['secret']}},
      {seq: 2, ts: T0, incident: id, kind: 'secret.captured', actor: 'a', keyId: 'k2', body: {fingerprint: 'f'.repeat(64), rule: 'github-token', category: 'secret', raw}},
      {seq: 3, ts: T0, incident: id, kind: 'runbook.step', actor: 'a', keyId: 'k', body: {step: 'revoke', result: 'ok', secret: raw}},
    ]
    const pm = buildPostmortem({
      incident: foldIncident(entries),
      timeline: [],
      entries,
      hashes: new Map(),
      checkpoint: {format: 'pl-checkpoint/1', storeId: 's', size: 3, root: '00', ts: T0, publicKey: '00', signature: ''},
      proofs: [],
      verification: {ok: true, entries: 3, checkpoints: 1, firstBadEntry: null, problems: [], warnings: []},
      slo: DEFAULT_SLO,
      generatedAt: T0,
    })
    assert.ok(!JSON.stringify(pm).includes(raw))
    assert.deepEqual(pm.containment.actions[0]!.details, ['step: revoke', 'result: ok'])
  })
})

describe('inclusionProofs', () => {
  it('gives the same audit paths as inclusionProof, leaf by leaf', () => {
    for (const size of [1, 2, 3, 5, 8, 13, 64, 100]) {
      const leaves = Array.from({length: size}, (_, i) => leafHash(new Uint8Array([i, size])))
      const indices = Array.from({length: size}, (_, i) => i)
      assert.deepEqual(inclusionProofs(leaves, indices, size), indices.map((i) => inclusionProof(leaves, i, size)), `size ${size}`)
    }
  })
})
