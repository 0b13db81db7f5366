// Warnings print local times: fix the zone before the module under test runs.
process.env.TZ = 'Europe/Berlin'

import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import fc from 'fast-check'

import {PHASES} from '../../src/domain/entry.js'
import type {EntryBodies, KnownKind, LedgerEntry, Phase} from '../../src/domain/entry.js'
import {BugError} from '../../src/errors.js'

const {foldIncident} = await import('../../src/domain/incident.js')
const {isIncidentId, nextIncidentId} = await import('../../src/domain/incident-id.js')
const {METRICS} = await import('../../src/domain/incident-metrics.js')
const {buildTimeline} = await import('../../src/domain/timeline.js')

const ID = 'INC-2026-0042'
const MINUTE = 60_000
/** 20 November 2026, hh:mm UTC (Berlin is UTC+1 then). */
const at = (hh: number, mm: number): number => Date.UTC(2026, 10, 20, hh, mm)

interface Header {
  ts: number
  actor?: string
  keyId?: string
}

function entry<K extends KnownKind>(seq: number, kind: K, body: EntryBodies[K] | null, header: Header): LedgerEntry {
  return {seq, ts: header.ts, incident: ID, kind, actor: header.actor ?? 'alice', keyId: header.keyId ?? 'k-incident', body}
}

function other(seq: number, kind: string, body: unknown, ts: number): LedgerEntry {
  return {seq, ts, incident: ID, kind, actor: 'runbook', keyId: 'k-incident', body}
}

function opened(ts = at(13, 30)): LedgerEntry {
  const body = {
    title: 'System prompt in analytics',
    severity: 'P1',
    classes: ['system-prompt', 'secret'],
    owner: 'alice',
    summary: 'Prompts exported to the analytics warehouse',
  } as const
  return entry(1, 'incident.opened', {...body, classes: [...body.classes]}, {ts})
}

function mark(
  seq: number,
  phase: Phase,
  eventTime: number,
  ts: number,
  extra: {note?: string; actor?: string} = {},
): LedgerEntry {
  const body = extra.note === undefined ? {phase, at: eventTime} : {phase, at: eventTime, note: extra.note}
  return entry(seq, 'timeline.mark', body, {ts, ...(extra.actor === undefined ? {} : {actor: extra.actor})})
}

function note(seq: number, text: string | null, ts: number): LedgerEntry {
  return entry(seq, 'note', text === null ? null : {text}, {ts})
}

const SHA = 'ab'.repeat(32)
const BLOB = 'cd'.repeat(32)

function evidence(
  seq: number,
  id: string,
  ts: number,
  keyId: string,
  extra: Partial<EntryBodies['evidence.added']> = {},
): LedgerEntry {
  const body = {evidence: id, name: `${id}.log`, kind: 'log', size: 1, sha256: SHA, blob: BLOB} as const
  return entry(seq, 'evidence.added', {...body, ...extra}, {ts, keyId})
}

/**
 * A whole incident: the leak began at 13:02 (marked late and then corrected to 12:50), was detected
 * at 13:20, contained at 14:10 and resolved at 15:00; evidence added, revealed once, then shredded.
 */
function lifecycle(): LedgerEntry[] {
  return [
    opened(),
    mark(2, 'started', at(13, 2), at(13, 31), {note: 'deploy 41'}),
    mark(3, 'detected', at(13, 20), at(13, 31) + 30_000),
    entry(4, 'note', {text: 'paged security'}, {ts: at(13, 35), actor: 'bob'}),
    evidence(5, 'EV-1', at(13, 40), 'k-ev-1', {name: 'analytics-export.jsonl', size: 2048, mediaType: 'application/jsonl'}),
    mark(6, 'acknowledged', at(13, 32), at(13, 41)),
    mark(7, 'started', at(12, 50), at(13, 45), {note: 'first bad request was earlier', actor: 'bob'}),
    mark(8, 'contained', at(14, 10), at(14, 12)),
    entry(9, 'evidence.revealed', {evidence: 'EV-1', to: 'stdout'}, {ts: at(14, 20), actor: 'bob'}),
    entry(
      10,
      'key.shredded',
      {keyId: 'k-ev-1', evidence: 'EV-1', name: 'analytics-export.jsonl', reason: 'purged after review'},
      {ts: at(14, 30), actor: 'carol'},
    ),
    other(11, 'scan.findings', {findings: [{detector: 'openai', masked: 'sk-…9f'}]}, at(14, 31)),
    other(12, 'vendor.ticket', {step: 'revoke'}, at(14, 32)),
    other(13, 'scan.findings', {findings: []}, at(14, 33)),
    mark(14, 'resolved', at(15, 0), at(15, 0)),
  ]
}

describe('isIncidentId', () => {
  it('accepts INC-yyyy-nnnn, four digits or more', () => {
    for (const id of ['INC-2026-0001', 'INC-2026-9999', 'INC-2026-10000', 'INC-1999-0420']) assert.ok(isIncidentId(id), id)
  })

  it('refuses other shapes, and numbers that would collide with a shorter spelling', () => {
    const refused = ['', 'INC-2026-0000', 'INC-2026-001', 'INC-2026-01234', 'inc-2026-0001', 'INC-26-0001']
    refused.push(' INC-2026-0001', 'INC-2026-0001 ', 'INC-2026-00a1', 'INC_2026_0001')
    for (const id of refused) assert.equal(isIncidentId(id), false, id)
  })
})

describe('nextIncidentId', () => {
  it('starts each year at 0001', () => {
    assert.equal(nextIncidentId(2026, []), 'INC-2026-0001')
    assert.equal(nextIncidentId(2027, ['INC-2026-0005']), 'INC-2027-0001')
  })

  it('is one more than the highest id of that year, whatever the order and gaps', () => {
    const existing = ['INC-2026-0007', 'INC-2026-0001', 'INC-2025-0042', 'not-an-id', 'INC-2026-0000']
    assert.equal(nextIncidentId(2026, existing), 'INC-2026-0008')
  })

  it('grows past four digits', () => {
    assert.equal(nextIncidentId(2026, ['INC-2026-9999']), 'INC-2026-10000')
    assert.equal(nextIncidentId(2026, ['INC-2026-10000', 'INC-2026-0003']), 'INC-2026-10001')
  })

  it('treats a year that is not four digits as a bug', () => {
    for (const year of [26, 2026.5, 10000, Number.NaN]) assert.throws(() => nextIncidentId(year, []), BugError)
  })

  it('yields a valid id that is new and above every id of its year (property)', () => {
    const years = fc.integer({min: 2020, max: 2030})
    const ids = fc.array(fc.tuple(years, fc.integer({min: 1, max: 20_000})))
    fc.assert(
      fc.property(years, ids, (year, existing) => {
        const ids = existing.map(([y, n]) => `INC-${y}-${String(n).padStart(4, '0')}`)
        const next = nextIncidentId(year, ids)
        assert.ok(isIncidentId(next))
        assert.ok(!ids.includes(next))
        const number = Number(next.split('-')[2])
        assert.equal(number, Math.max(0, ...existing.filter(([y]) => y === year).map(([, n]) => n)) + 1)
      }),
    )
  })
})

describe('foldIncident', () => {
  it('folds a whole lifecycle', () => {
    const state = foldIncident(lifecycle())
    assert.equal(state.id, ID)
    assert.equal(state.title, 'System prompt in analytics')
    assert.equal(state.severity, 'P1')
    assert.deepEqual(state.classes, ['system-prompt', 'secret'])
    assert.equal(state.owner, 'alice')
    assert.equal(state.summary, 'Prompts exported to the analytics warehouse')
    assert.equal(state.openedAt, at(13, 30))
    assert.equal(state.openedBy, 'alice')
    assert.equal(state.status, 'resolved')
    assert.equal(state.entryCount, 14)
    assert.equal(state.lastActivity, at(15, 0))
    assert.deepEqual(state.warnings, [])
    assert.deepEqual(state.shreddedEntries, [])
    assert.deepEqual(state.otherEntries, {'scan.findings': 2, 'vendor.ticket': 1})
    assert.deepEqual(state.notes, [{text: 'paged security', ts: at(13, 35), actor: 'bob', seq: 4}])
    assert.deepEqual(state.reveals, [{evidence: 'EV-1', to: 'stdout', ts: at(14, 20), actor: 'bob', seq: 9}])
  })

  it('lets a later mark of a phase correct an earlier one, keeping the history', () => {
    const state = foldIncident(lifecycle())
    assert.deepEqual(state.phases.started, {
      phase: 'started',
      at: at(12, 50),
      recordedAt: at(13, 45),
      seq: 7,
      actor: 'bob',
      note: 'first bad request was earlier',
      corrects: 2,
    })
    const detected = {phase: 'detected', at: at(13, 20), recordedAt: at(13, 31) + 30_000, seq: 3, actor: 'alice'}
    assert.deepEqual(state.phases.detected, detected)
    assert.deepEqual(
      state.marks.map((m) => [m.seq, m.phase]),
      [[2, 'started'], [3, 'detected'], [6, 'acknowledged'], [7, 'started'], [8, 'contained'], [14, 'resolved']],
    )
    assert.deepEqual(state.marks[0], {
      phase: 'started',
      at: at(13, 2),
      recordedAt: at(13, 31),
      seq: 2,
      actor: 'alice',
      note: 'deploy 41',
      supersededBy: 7,
    })
  })

  it('wins by record order, not by event time: a correction may move a mark later', () => {
    const state = foldIncident([
      opened(),
      mark(2, 'detected', at(13, 0), at(13, 31)),
      mark(3, 'detected', at(13, 25), at(13, 40)),
    ])
    assert.equal(state.phases.detected?.at, at(13, 25))
    assert.equal(state.phases.detected?.corrects, 2)
  })

  it('chains several corrections of one phase', () => {
    const state = foldIncident([
      opened(),
      mark(2, 'contained', at(14, 0), at(14, 0)),
      mark(3, 'contained', at(14, 5), at(14, 6)),
      mark(4, 'contained', at(14, 3), at(14, 9)),
    ])
    assert.deepEqual(
      state.marks.map((m) => [m.seq, m.corrects, m.supersededBy]),
      [[2, undefined, 3], [3, 2, 4], [4, 3, undefined]],
    )
    assert.equal(state.phases.contained?.seq, 4)
  })

  it('computes the metrics from the effective marks', () => {
    assert.deepEqual(foldIncident(lifecycle()).metrics, {
      detectionLatency: 30 * MINUTE,
      timeToContain: 50 * MINUTE,
      exposureWindow: 80 * MINUTE,
      timeToResolve: 100 * MINUTE,
    })
  })

  it('describes every metric by the marks it is measured between', () => {
    assert.deepEqual(METRICS.timeToContain, {label: 'time to contain', from: 'detected', to: 'contained'})
    assert.deepEqual(Object.keys(METRICS), ['detectionLatency', 'timeToContain', 'exposureWindow', 'timeToResolve'])
  })

  it('moves status to the furthest of acknowledged, contained and resolved', () => {
    const status = (...marks: LedgerEntry[]): string => foldIncident([opened(), ...marks]).status
    assert.equal(status(), 'open')
    assert.equal(status(mark(2, 'started', at(13, 0), at(13, 31)), mark(3, 'detected', at(13, 10), at(13, 31))), 'open')
    assert.equal(status(mark(2, 'acknowledged', at(13, 31), at(13, 31))), 'acknowledged')
    assert.equal(status(mark(2, 'contained', at(14, 0), at(14, 0)), mark(3, 'acknowledged', at(13, 31), at(14, 1))), 'contained')
    assert.equal(status(mark(2, 'resolved', at(15, 0), at(15, 0)), mark(3, 'acknowledged', at(13, 31), at(15, 1))), 'resolved')
  })

  it('leaves metrics undefined, never 0, when marks are missing, and says which', () => {
    const state = foldIncident([opened()])
    assert.deepEqual(state.metrics, {
      detectionLatency: undefined,
      timeToContain: undefined,
      exposureWindow: undefined,
      timeToResolve: undefined,
    })
    assert.ok(Object.hasOwn(state.metrics, 'timeToContain'))
    assert.deepEqual(state.warnings, [
      'No started mark: detection latency and exposure window are unknown.',
      'No detected mark: detection latency, time to contain and time to resolve are unknown.',
      'No contained mark: time to contain and exposure window are unknown.',
      'No resolved mark: time to resolve is unknown.',
    ])
    assert.deepEqual(state.phases, {})
    assert.deepEqual(state.marks, [])
  })

  it('computes what it can from partial marks', () => {
    const state = foldIncident([opened(), mark(2, 'started', at(13, 0), at(13, 31)), mark(3, 'detected', at(13, 4), at(13, 31))])
    assert.deepEqual(state.metrics, {
      detectionLatency: 4 * MINUTE,
      timeToContain: undefined,
      exposureWindow: undefined,
      timeToResolve: undefined,
    })
    assert.deepEqual(state.warnings, [
      'No contained mark: time to contain and exposure window are unknown.',
      'No resolved mark: time to resolve is unknown.',
    ])
  })

  it('warns about marks out of order and keeps the negative metrics', () => {
    const state = foldIncident([
      opened(),
      mark(2, 'started', at(13, 10), at(13, 31)),
      mark(3, 'detected', at(13, 5), at(13, 31)),
      mark(4, 'contained', at(13, 0), at(13, 40)),
    ])
    assert.deepEqual(state.warnings, [
      'The detected mark (2026-11-20 14:05:00 +01:00) is 5m 00s before the started mark (2026-11-20 14:10:00 +01:00); ' +
        'correct whichever is wrong with a new mark.',
      'The contained mark (2026-11-20 14:00:00 +01:00) is 5m 00s before the detected mark (2026-11-20 14:05:00 +01:00); ' +
        'correct whichever is wrong with a new mark.',
      'No resolved mark: time to resolve is unknown.',
    ])
    assert.equal(state.metrics.detectionLatency, -5 * MINUTE)
    assert.equal(state.metrics.timeToContain, -5 * MINUTE)
    assert.equal(state.metrics.exposureWindow, -10 * MINUTE)
  })

  it('compares across a missing phase, and includes acknowledged', () => {
    const state = foldIncident([
      opened(),
      mark(2, 'started', at(13, 0), at(13, 31)),
      mark(3, 'acknowledged', at(12, 59), at(13, 31)),
      mark(4, 'resolved', at(12, 0), at(13, 32)),
    ])
    const order = state.warnings.filter((w) => w.startsWith('The '))
    assert.equal(order.length, 2)
    assert.match(order[0] ?? '', /^The acknowledged mark .* is 1m 00s before the started mark/)
    assert.match(order[1] ?? '', /^The resolved mark .* is 59m 00s before the acknowledged mark/)
  })

  it('stops warning once a correction puts the marks in order', () => {
    const state = foldIncident([
      opened(),
      mark(2, 'started', at(13, 30), at(13, 31)),
      mark(3, 'detected', at(13, 20), at(13, 31)),
      mark(4, 'started', at(13, 2), at(13, 33)),
      mark(5, 'contained', at(14, 0), at(14, 0)),
      mark(6, 'resolved', at(15, 0), at(15, 0)),
    ])
    assert.deepEqual(state.warnings, [])
    assert.equal(state.metrics.detectionLatency, 18 * MINUTE)
  })

  it('lists evidence and marks it shredded by its key id', () => {
    const [item] = foldIncident(lifecycle()).evidence
    assert.deepEqual(item, {
      id: 'EV-1',
      name: 'analytics-export.jsonl',
      kind: 'log',
      size: 2048,
      sha256: SHA,
      blob: BLOB,
      mediaType: 'application/jsonl',
      keyId: 'k-ev-1',
      addedAt: at(13, 40),
      addedBy: 'alice',
      seq: 5,
      shredded: true,
      shreddedAt: at(14, 30),
      shreddedBy: 'carol',
      shredReason: 'purged after review',
    })
  })

  it('marks evidence shredded by its evidence id too, and leaves other items alone', () => {
    const state = foldIncident([
      opened(),
      evidence(2, 'EV-1', at(13, 40), 'k-1'),
      evidence(3, 'EV-2', at(13, 41), 'k-2', {kind: 'trace'}),
      entry(4, 'key.shredded', {keyId: 'k-other', evidence: 'EV-2'}, {ts: at(14, 0)}),
      entry(5, 'key.shredded', {keyId: 'k-unrelated'}, {ts: at(14, 1)}),
    ])
    const [first, second] = state.evidence
    assert.equal(first?.shredded, false)
    assert.equal(first?.shreddedAt, undefined)
    assert.equal(second?.shredded, true)
    assert.equal(second?.shreddedAt, at(14, 0))
    assert.equal(second?.shredReason, undefined)
    assert.equal(second?.mediaType, undefined)
  })

  it('uses the first shred entry when an item is shredded twice', () => {
    const state = foldIncident([
      opened(),
      evidence(2, 'EV-1', at(13, 40), 'k-1'),
      entry(3, 'key.shredded', {keyId: 'k-1'}, {ts: at(14, 0), actor: 'bob'}),
      entry(4, 'key.shredded', {keyId: 'k-1', evidence: 'EV-1'}, {ts: at(14, 5), actor: 'carol'}),
    ])
    assert.equal(state.evidence[0]?.shreddedAt, at(14, 0))
    assert.equal(state.evidence[0]?.shreddedBy, 'bob')
  })

  describe('with shredded bodies', () => {
    it('survives a shredded opening entry', () => {
      const state = foldIncident([entry(1, 'incident.opened', null, {ts: at(13, 30), actor: 'alice'})])
      assert.equal(state.title, null)
      assert.equal(state.severity, null)
      assert.deepEqual(state.classes, [])
      assert.equal('owner' in state, false)
      assert.equal('summary' in state, false)
      assert.equal(state.openedAt, at(13, 30))
      assert.equal(state.openedBy, 'alice')
      assert.deepEqual(state.shreddedEntries, [1])
    })

    it('keeps shredded notes and reveals in place, without content', () => {
      const state = foldIncident([opened(), note(2, null, at(13, 35)), entry(3, 'evidence.revealed', null, {ts: at(13, 36)})])
      assert.deepEqual(state.notes, [{text: null, ts: at(13, 35), actor: 'alice', seq: 2}])
      assert.deepEqual(state.reveals, [{evidence: null, to: null, ts: at(13, 36), actor: 'alice', seq: 3}])
      assert.deepEqual(state.shreddedEntries, [2, 3])
    })

    it('numbers a shredded item like any other (ADR 0016) and recovers its name from its shred entry', () => {
      const state = foldIncident([
        opened(),
        entry(2, 'evidence.added', null, {ts: at(13, 40), keyId: 'k-2', actor: 'bob'}),
        entry(3, 'key.shredded', {keyId: 'k-2', evidence: 'EV-1', name: 'prompt.txt'}, {ts: at(14, 0), actor: 'carol'}),
      ])
      assert.deepEqual(state.evidence, [
        {
          id: 'EV-1',
          name: 'prompt.txt',
          kind: null,
          size: null,
          sha256: null,
          blob: null,
          keyId: 'k-2',
          addedAt: at(13, 40),
          addedBy: 'bob',
          seq: 2,
          shredded: true,
          shreddedAt: at(14, 0),
          shreddedBy: 'carol',
        },
      ])
    })

    it('counts an item whose body is gone as shredded even with no readable shred entry', () => {
      const state = foldIncident([
        opened(),
        entry(2, 'evidence.added', null, {ts: at(13, 40), keyId: 'k-2'}),
        entry(3, 'key.shredded', null, {ts: at(14, 0)}),
      ])
      const [item] = state.evidence
      assert.equal(item?.id, 'EV-1', 'numbered from the clear header (ADR 0016)')
      assert.equal(item?.name, null)
      assert.equal(item?.shredded, true)
      assert.equal(item?.shreddedAt, undefined)
      assert.deepEqual(state.shreddedEntries, [2, 3])
    })

    it('leaves the name null when the shred entry names only the key; the id is its number all the same', () => {
      const state = foldIncident([
        opened(),
        entry(2, 'evidence.added', null, {ts: at(13, 40), keyId: 'k-2'}),
        entry(3, 'key.shredded', {keyId: 'k-2'}, {ts: at(14, 0)}),
      ])
      const [item] = state.evidence
      assert.equal(item?.id, 'EV-1')
      assert.equal(item?.name, null)
      assert.equal(item?.shreddedAt, at(14, 0))
    })

    it('drops a shredded mark from the phases and says so', () => {
      const shredded = entry(3, 'timeline.mark', null, {ts: at(13, 40)})
      const state = foldIncident([opened(), mark(2, 'started', at(13, 0), at(13, 31)), shredded])
      assert.deepEqual(Object.keys(state.phases), ['started'])
      assert.equal(state.marks.length, 1)
      assert.ok(state.warnings.includes('Mark #3 is shredded; its phase and time are unknown.'))
    })
  })

  it('ignores a mark this version cannot read, with a warning', () => {
    const unknownPhase = {phase: 'mitigated', at: at(13, 50)} as unknown as EntryBodies['timeline.mark']
    const state = foldIncident([
      opened(),
      entry(2, 'timeline.mark', unknownPhase, {ts: at(13, 50)}),
      entry(3, 'timeline.mark', {phase: 'detected', at: Number.NaN}, {ts: at(13, 51)}),
    ])
    assert.deepEqual(state.marks, [])
    assert.ok(state.warnings.includes('Mark #2 is unreadable; its phase and time are unknown.'))
    assert.ok(state.warnings.includes('Mark #3 is unreadable; its phase and time are unknown.'))
    assert.deepEqual(state.shreddedEntries, [])
  })

  it('counts unknown kinds, even shredded ones or one named __proto__', () => {
    const state = foldIncident([
      opened(),
      other(2, 'replay.result', null, at(14, 0)),
      other(3, '__proto__', {}, at(14, 1)),
      other(4, 'action.result', 'x', at(14, 2)),
    ])
    assert.deepEqual(state.otherEntries, {'replay.result': 1, ['__proto__']: 1, 'action.result': 1})
    assert.equal(Object.getPrototypeOf(state.otherEntries), Object.prototype)
    assert.deepEqual(state.shreddedEntries, [2])
    assert.equal(state.entryCount, 4)
  })

  it('takes the latest record time as last activity, whatever the order of clocks', () => {
    const state = foldIncident([opened(at(13, 30)), note(2, 'a', at(14, 0)), note(3, 'b', at(13, 59))])
    assert.equal(state.lastActivity, at(14, 0))
  })

  it('ignores a second incident.opened, with a warning', () => {
    const again = entry(2, 'incident.opened', {title: 'Other', severity: 'P4', classes: []}, {ts: at(13, 31)})
    const state = foldIncident([opened(), again])
    assert.equal(state.title, 'System prompt in analytics')
    assert.ok(state.warnings.includes('Entry #2 opens the incident a second time; it is ignored.'))
  })

  it('treats input that breaks its contract as a bug', () => {
    assert.throws(() => foldIncident([]), (error: unknown) => error instanceof BugError && /got no entries/.test(error.message))
    assert.throws(
      () => foldIncident([note(1, 'x', at(13, 0))]),
      (error: unknown) => error instanceof BugError && /must be incident.opened, got note/.test(error.message),
    )
    const elsewhere = {...note(2, 'x', at(13, 31)), incident: 'INC-2026-0043'}
    assert.throws(() => foldIncident([opened(), elsewhere]), /two incidents/)
    assert.throws(() => foldIncident([opened(), note(3, 'x', at(13, 31)), note(2, 'y', at(13, 32))]), /out of seq order/)
    assert.throws(() => foldIncident([opened(), note(1, 'x', at(13, 31))]), BugError)
  })

  it('takes the last recorded mark of each phase as effective (property)', () => {
    const marks = fc.array(fc.tuple(fc.constantFrom(...PHASES), fc.integer({min: at(10, 0), max: at(16, 0)})), {maxLength: 30})
    fc.assert(
      fc.property(marks, (generated) => {
        const entries = [opened(), ...generated.map(([phase, time], i) => mark(i + 2, phase, time, at(16, 0) + i))]
        const state = foldIncident(entries)
        assert.equal(state.marks.length, generated.length)
        for (const phase of PHASES) {
          const last = generated.findLastIndex(([p]) => p === phase)
          assert.equal(state.phases[phase]?.seq, last === -1 ? undefined : last + 2)
          assert.equal(state.phases[phase]?.at, generated[last]?.[1])
        }
        for (const m of state.marks) {
          if (m.corrects !== undefined) assert.equal(state.marks.find((c) => c.seq === m.corrects)?.supersededBy, m.seq)
        }
        for (const [key, {from, to}] of Object.entries(METRICS)) {
          const value = state.metrics[key as keyof typeof state.metrics]
          const start = state.phases[from]
          const end = state.phases[to]
          assert.equal(value, start === undefined || end === undefined ? undefined : end.at - start.at)
        }
      }),
    )
  })
})

describe('buildTimeline', () => {
  it('orders by event time, so backdated marks land where they happened', () => {
    const timeline = buildTimeline(lifecycle())
    assert.deepEqual(
      timeline.map((e) => e.seq),
      [7, 2, 3, 1, 6, 4, 5, 8, 9, 10, 11, 12, 13, 14],
    )
    assert.deepEqual(timeline[0], {
      at: at(12, 50),
      recordedAt: at(13, 45),
      seq: 7,
      kind: 'timeline.mark',
      actor: 'bob',
      phase: 'started',
      summary: 'Marked started (corrects #2): first bad request was earlier',
      superseded: false,
      corrects: 2,
    })
    assert.deepEqual(timeline[1], {
      at: at(13, 2),
      recordedAt: at(13, 31),
      seq: 2,
      kind: 'timeline.mark',
      actor: 'alice',
      phase: 'started',
      summary: 'Marked started (superseded by #7): deploy 41',
      superseded: true,
      supersededBy: 7,
    })
    assert.deepEqual(timeline[3], {
      at: at(13, 30),
      recordedAt: at(13, 30),
      seq: 1,
      kind: 'incident.opened',
      actor: 'alice',
      summary: 'Incident opened: "System prompt in analytics" (P1; system-prompt, secret; owner alice)',
      superseded: false,
    })
  })

  it('summarizes each kind on one line', () => {
    const summaries = new Map(buildTimeline(lifecycle()).map((e) => [e.seq, e.summary]))
    assert.equal(summaries.get(3), 'Marked detected')
    assert.equal(summaries.get(4), 'Note: paged security')
    assert.equal(summaries.get(5), 'Evidence EV-1 added: "analytics-export.jsonl" (log, 2.0 KiB)')
    assert.equal(summaries.get(9), 'Evidence EV-1 revealed to stdout')
    assert.equal(summaries.get(10), 'Evidence EV-1 "analytics-export.jsonl" shredded: purged after review')
    assert.equal(summaries.get(11), 'Scan of 0 inputs: 1 finding (1 other); 0 values captured')
    assert.equal(summaries.get(12), 'vendor.ticket')
  })

  it('summarizes runbook steps, action results, replays and postmortem input on one line, never a kept-apart value', () => {
    const secret = 'hunter2-' + 'x'.repeat(8)
    const opened = entry(1, 'incident.opened', {title: 'T', severity: 'P1', classes: []}, {ts: at(13, 0)})
    const timeline = buildTimeline([
      opened,
      other(2, 'runbook.step', {runbook: 'secret-in-prompt-logs', step: 'leaked', status: 'answered', answer: ['github']}, at(13, 1)),
      other(3, 'runbook.secret', {runbook: 'secret-in-prompt-logs', step: 'vault', value: secret}, at(13, 2)),
      other(4, 'runbook.step', {runbook: 'secret-in-prompt-logs', step: 'vault', status: 'answered', secretEntry: 3}, at(13, 3)),
      other(5, 'action.result', {runbook: 'secret-in-prompt-logs', step: 'revoke', action: 'revoke-token', provider: 'github', stage: 'check', ok: true}, at(13, 4)),
      other(6, 'action.result', {runbook: 'r', step: 'notify', action: 'manual', provider: 'manual', stage: 'done', ok: false, error: '401 from provider'}, at(13, 5)),
      other(7, 'replay.result', {evidence: 'EV-52', model: 'sim', leaked: true, leaks: 3, completed: 3, channels: ['system-prompt'], minimal: [{label: 'system.1'}, {label: 'message.1'}]}, at(13, 6)),
      other(8, 'postmortem.input', {rootCause: 'debug logging', actionItems: ['a', 'b']}, at(13, 7)),
    ])
    const bySeq = new Map(timeline.map((e) => [e.seq, e.summary]))
    assert.equal(bySeq.get(2), 'Runbook secret-in-prompt-logs: step leaked answered (["github"])')
    assert.equal(bySeq.get(3), 'Runbook secret-in-prompt-logs: password answer to step vault kept under its own key')
    assert.equal(bySeq.get(4), 'Runbook secret-in-prompt-logs: step vault answered (answer kept under its own key)')
    assert.equal(bySeq.get(5), 'Action revoke-token/github (secret-in-prompt-logs › revoke): check ok')
    assert.equal(bySeq.get(6), 'Action manual (r › notify): done FAILED: 401 from provider')
    assert.equal(bySeq.get(7), 'Replay of EV-52 on sim: leaked in 3/3 runs via system-prompt; minimal context: system.1 + message.1')
    assert.equal(bySeq.get(8), 'Postmortem input: root cause recorded; 2 action items')
    assert.ok(!JSON.stringify(timeline).includes(secret))
  })

  it('summarizes a captured secret by rule and fingerprint prefix, never its value', () => {
    const raw = 'ghp_' + 'A'.repeat(36)
    const [event] = buildTimeline([
      entry(1, 'incident.opened', {title: 'T', severity: 'P1', classes: []}, {ts: at(13, 0)}),
      other(2, 'secret.captured', {fingerprint: 'c08fd0dea22c4e0f9a', rule: 'github-token', category: 'secret', raw}, at(13, 1)),
      other(3, 'scan.findings', {inputs: ['a.log', 'b.log'], findings: [{category: 'secret'}, {category: 'secret'}, {category: 'pii'}], secrets: [{}]}, at(13, 2)),
    ]).filter((e) => e.seq === 2)
    assert.equal(event?.summary, 'Captured github-token c08fd0dea22c… under its own key (for revocation, shreddable)')
    assert.ok(!JSON.stringify(buildTimeline([entry(1, 'incident.opened', {title: 'T', severity: 'P1', classes: []}, {ts: at(13, 0)}), other(2, 'secret.captured', {raw}, at(13, 1))])).includes(raw))
    const scan = buildTimeline([
      entry(1, 'incident.opened', {title: 'T', severity: 'P1', classes: []}, {ts: at(13, 0)}),
      other(3, 'scan.findings', {inputs: ['a.log', 'b.log'], findings: [{category: 'secret'}, {category: 'secret'}, {category: 'pii'}], secrets: [{}]}, at(13, 2)),
    ]).find((e) => e.seq === 3)
    assert.equal(scan?.summary, 'Scan of 2 inputs: 3 findings (2 secret, 1 pii); 1 value captured')
  })

  it('never puts evidence content, hashes or unknown bodies into a summary', () => {
    const text = buildTimeline(lifecycle())
      .map((e) => e.summary)
      .join('\n')
    for (const secret of [SHA, BLOB, 'sk-…9f', 'openai', 'revoke']) assert.ok(!text.includes(secret), secret)
  })

  it('says [no access to the content] for a body the reader has no grant for, not shredded', () => {
    const timeline = buildTimeline([{...entry(1, 'incident.opened', null, {ts: at(13, 30)}), noAccess: true}, {...entry(2, 'note', null, {ts: at(13, 31)}), noAccess: true}])
    assert.deepEqual(
      timeline.map((e) => e.summary),
      ['Incident opened: [no access to the content]', 'Note: [no access to the content]'],
    )
  })

  it('says [content shredded] for every shredded body', () => {
    const timeline = buildTimeline([
      entry(1, 'incident.opened', null, {ts: at(13, 30)}),
      entry(2, 'timeline.mark', null, {ts: at(13, 31)}),
      entry(3, 'note', null, {ts: at(13, 32)}),
      entry(4, 'evidence.added', null, {ts: at(13, 33), keyId: 'k-4'}),
      entry(5, 'evidence.added', null, {ts: at(13, 34), keyId: 'k-5'}),
      entry(6, 'evidence.revealed', null, {ts: at(13, 35)}),
      entry(7, 'key.shredded', null, {ts: at(13, 36)}),
      entry(8, 'key.shredded', {keyId: 'k-5', evidence: 'EV-2'}, {ts: at(13, 37)}),
      other(9, 'replay.result', null, at(13, 38)),
    ])
    assert.deepEqual(
      timeline.map((e) => e.summary),
      [
        'Incident opened: [content shredded]',
        'Mark: [content shredded]',
        'Note: [content shredded]',
        // Numbered from their headers, shredded or not (ADR 0016).
        'Evidence EV-1 added: [content shredded]',
        'Evidence EV-2 added: [content shredded]',
        'Evidence revealed: [content shredded]',
        'Key shredded: [content shredded]',
        'Evidence EV-2 shredded',
        'replay.result: [content shredded]',
      ],
    )
    assert.equal(timeline[1]?.at, at(13, 31))
    assert.equal('phase' in (timeline[1] ?? {}), false)
  })

  it('names the key when a shred is not tied to an evidence item', () => {
    const [event] = buildTimeline([entry(1, 'key.shredded', {keyId: 'k-9', name: 'scan of app.log'}, {ts: at(13, 0)})])
    assert.equal(event?.summary, 'Key k-9 "scan of app.log" shredded')
  })

  it('leaves out what an opening entry does not have', () => {
    const bare = entry(1, 'incident.opened', {title: 'Cache bleed', severity: 'P3', classes: []}, {ts: at(13, 0)})
    const [event] = buildTimeline([bare])
    assert.equal(event?.summary, 'Incident opened: "Cache bleed" (P3)')
  })

  it('places a mark it cannot read at its record time, without a phase', () => {
    const unknownPhase = {phase: 'mitigated', at: at(12, 0)} as unknown as EntryBodies['timeline.mark']
    const [event] = buildTimeline([entry(1, 'timeline.mark', unknownPhase, {ts: at(13, 0)})])
    assert.equal(event?.at, at(13, 0))
    assert.equal(event?.phase, undefined)
    assert.equal(event?.summary, 'Mark with a phase or time this version cannot read')
  })

  it('keeps summaries to one safe line: no newlines, escape sequences or bidi overrides, and a length cap', () => {
    const timeline = buildTimeline([
      opened(),
      note(2, 'line one\nline two\r\n\u001b[31mred\u001b[0m \u202eevil', at(13, 31)),
      note(3, 'x'.repeat(500), at(13, 32)),
      evidence(4, 'EV-1', at(13, 33), 'k-1', {name: 'a\u0007b.log', size: 0}),
    ])
    const summaries = timeline.map((e) => e.summary)
    assert.equal(summaries[1], 'Note: line one line two [31mred [0m evil')
    assert.equal(summaries[2], `Note: ${'x'.repeat(119)}…`)
    assert.equal(summaries[3], 'Evidence EV-1 added: "a b.log" (log, 0 B)')
  })

  it('writes sizes in binary units', () => {
    const sizes = [1023, 1024, 5 * 1024 ** 2 + 512 * 1024, 3 * 1024 ** 3, 2 ** 50]
    const timeline = buildTimeline(
      sizes.map((size, i) => evidence(i + 1, `ev-${i}`, at(13, i), `k-${i}`, {kind: 'artifact', size})),
    )
    assert.deepEqual(
      timeline.map((e) => /\(artifact, (.*)\)/.exec(e.summary)?.[1]),
      ['1023 B', '1.0 KiB', '5.5 MiB', '3.0 GiB', '1024.0 TiB'],
    )
  })

  it('breaks ties in event time by seq, and does not depend on input order', () => {
    const entries = [opened(at(13, 30)), mark(2, 'detected', at(13, 30), at(13, 40)), note(3, 'same minute', at(13, 30))]
    const forward = buildTimeline(entries)
    assert.deepEqual(
      forward.map((e) => e.seq),
      [1, 2, 3],
    )
    assert.deepEqual(buildTimeline([...entries].reverse()), forward)
  })

  it('has one event per entry, sorted, for any marks (property)', () => {
    const marks = fc.array(fc.tuple(fc.constantFrom(...PHASES), fc.integer({min: at(10, 0), max: at(16, 0)})), {maxLength: 30})
    fc.assert(
      fc.property(marks, (generated) => {
        const entries = [opened(), ...generated.map(([phase, time], i) => mark(i + 2, phase, time, at(16, 0) + i))]
        const timeline = buildTimeline(entries)
        assert.equal(timeline.length, entries.length)
        for (let i = 1; i < timeline.length; i++) {
          const a = timeline[i - 1]
          const b = timeline[i]
          assert.ok(a !== undefined && b !== undefined && (a.at < b.at || (a.at === b.at && a.seq < b.seq)))
        }
        const effective = new Set(Object.values(foldIncident(entries).phases).map((m) => m.seq))
        for (const event of timeline.filter((e) => e.kind === 'timeline.mark')) {
          assert.equal(event.superseded, !effective.has(event.seq))
        }
      }),
    )
  })
})
