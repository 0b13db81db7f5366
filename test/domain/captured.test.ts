/** The fold of captured values (domain/captured.ts): described by scans, shredded by key or record. */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {capturedLabel, capturesFor, foldCaptured} from '../../src/domain/captured.js'
import type {CapturedValue} from '../../src/domain/captured.js'
import {evidenceNumbering} from '../../src/domain/evidence.js'

const fp = (c: string) => c.repeat(64)

describe('foldCaptured', () => {
  const captures = [
    {seq: 3, keyId: 'k_a', ts: 100, actor: 'ana'},
    {seq: 4, keyId: 'k_b', ts: 100, actor: 'ana'},
    {seq: 9, keyId: 'k_c', ts: 200, actor: 'bo'},
  ]
  // A store with no numbering entry: the items were recorded before numbering (ADR 0016), so
  // entries 3, 4 and 9 are EV-1, EV-2 and EV-3, and shred records name them by entry number.
  const numbering = evidenceNumbering(captures.map(({seq}) => ({seq, kind: 'secret.captured'})))
  const scan1 = [
    {fingerprint: fp('a'), rule: 'github-token', category: 'secret', masked: 'ghp_…aaaa', entry: 3, occurrences: 2},
    {fingerprint: fp('b'), rule: 'email', category: 'pii', masked: 'x…@example.com', entry: 4, occurrences: 1},
  ]
  // A later scan refers to the entry already captured, and captures a new value.
  const scan2 = [
    {fingerprint: fp('a'), rule: 'github-token', category: 'secret', masked: 'ghp_…aaaa', entry: 3, occurrences: 1, earlier: true},
    {fingerprint: fp('c'), rule: 'github-token', category: 'secret', masked: 'ghp_…cccc', entry: 9, occurrences: 1},
    {fingerprint: fp('d'), rule: 'github-token', entry: 42, occurrences: 1},
  ]

  it('describes each entry from the scans that refer to it, summing occurrences', () => {
    const values = foldCaptured({captures, scans: [scan1, scan2], shreds: [], hasKey: () => true, numbering})
    assert.deepEqual(values.map((v) => [v.id, v.formerId, v.rule, v.category, v.masked, v.occurrences, v.scans, v.shredded]), [
      ['EV-1', 'EV-3', 'github-token', 'secret', 'ghp_…aaaa', 3, 2, false],
      ['EV-2', 'EV-4', 'email', 'pii', 'x…@example.com', 1, 1, false],
      ['EV-3', 'EV-9', 'github-token', 'secret', 'ghp_…cccc', 1, 1, false],
    ])
    assert.equal(values[2]?.capturedBy, 'bo')
  })

  it('an entry no scan describes keeps null fields; malformed members are ignored', () => {
    const [v] = foldCaptured({captures: [captures[0]!], scans: [[{entry: 3, rule: 7, occurrences: 'x'}]], shreds: [], hasKey: () => true, numbering})
    assert.deepEqual([v?.rule, v?.masked, v?.fingerprint, v?.occurrences, v?.scans], [null, null, null, 0, 1])
  })

  it('a value is shredded when its key is gone; a key.shredded record (by key or id) gives when, who and why', () => {
    const values = foldCaptured({
      captures,
      scans: [scan1, scan2],
      shreds: [
        {seq: 10, ts: 300, actor: 'cy', body: {keyId: 'k_a', evidence: 'EV-3', reason: 'revoked'}},
        // Recorded before numbering: EV-4 is entry 4, shown now as EV-2.
        {seq: 11, ts: 301, actor: 'cy', body: {evidence: 'EV-4'}},
      ],
      hasKey: (k) => k === 'k_c' || k === 'k_b',
      numbering,
    })
    assert.deepEqual(values.map((v) => [v.id, v.shredded, v.shreddedAt, v.shreddedBy, v.shredReason]), [
      ['EV-1', true, 300, 'cy', 'revoked'],
      ['EV-2', true, 301, 'cy', undefined],
      ['EV-3', false, undefined, undefined, undefined],
    ])
    const gone = foldCaptured({captures: [captures[0]!], scans: [scan1], shreds: [], hasKey: () => false, numbering})
    assert.equal(gone[0]?.shredded, true, 'a key gone without a record is shredded all the same')
    assert.equal(gone[0]?.shreddedAt, undefined)
  })
})

describe('capturesFor', () => {
  const value = (seq: number, fingerprint: string | null, shredded: boolean, rule = 'github-token', category = 'secret'): CapturedValue => ({
    id: `EV-${seq}`,
    seq,
    kind: 'captured',
    rule,
    category,
    masked: `m${seq}`,
    fingerprint,
    occurrences: 1,
    scans: 1,
    keyId: `k_${seq}`,
    capturedAt: 0,
    capturedBy: 'ana',
    shredded,
  })

  it('hands out the newest live capture of each value, by rule id or category', () => {
    const values = [value(3, fp('a'), false), value(4, fp('b'), false, 'email', 'pii'), value(9, fp('c'), false)]
    assert.deepEqual(capturesFor(values, 'github-token').live.map((v) => v.id), ['EV-3', 'EV-9'])
    assert.deepEqual(capturesFor(values, 'pii').live.map((v) => v.id), ['EV-4'])
    assert.deepEqual(capturesFor(values, 'slack-token'), {live: [], lost: []})
  })

  it('a value whose every capture is shredded is lost; one captured again after its shred is live', () => {
    const values = [value(3, fp('a'), true), value(5, fp('b'), true), value(9, fp('a'), false), value(11, fp('b'), true), value(12, null, false)]
    const {live, lost} = capturesFor(values, 'secret')
    assert.deepEqual(live.map((v) => v.id), ['EV-9'])
    assert.deepEqual(lost.map((v) => v.id), ['EV-11'])
  })

  it('labels a value by rule and masked form', () => {
    assert.equal(capturedLabel({rule: 'github-token', masked: 'ghp_…aaaa'}), 'github-token ghp_…aaaa')
    assert.equal(capturedLabel({rule: null, masked: null}), 'value [masked]')
  })
})
