/**
 * Evidence ids people can say (issue 15, item 7; ADR 0016): EV-1, EV-2, … counted over the store's
 * items in seq order from clear headers; former ids (EV-<entry>) resolve for items recorded before
 * the numbering entry; an id naming two items is refused; entry:<seq> always names one.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import fc from 'fast-check'
import {displayName, evidenceNumbering, parseEntryRef, parseEvidenceId} from '../../src/domain/evidence.js'

const items = (kind: string, ...seqs: number[]) => seqs.map((seq) => ({seq, kind}))

describe('evidence numbering', () => {
  it('a store numbered from the start: EV-1, EV-2, … in seq order, over exhibits, captured values and answers', () => {
    const n = evidenceNumbering([{seq: 2, kind: 'evidence.numbering'}, ...items('evidence.added', 3, 8), ...items('secret.captured', 5), ...items('runbook.secret', 6), ...items('note', 4, 7)])
    assert.deepEqual([3, 5, 6, 8, 4].map((seq) => n.idOf(seq)), ['EV-1', 'EV-2', 'EV-3', 'EV-4', undefined])
    assert.equal(n.count, 4)
    assert.equal(n.formerIdOf(3), undefined, 'nothing was recorded before numbering')
    assert.deepEqual(n.resolve('ev-2'), {found: true, seq: 5, id: 'EV-2', via: 'id'})
    assert.deepEqual(n.resolve(' EV-4 '), {found: true, seq: 8, id: 'EV-4', via: 'id'})
    assert.deepEqual(n.resolve('EV-5'), {found: false, reason: 'no-such-item'}, 'entry 5 is EV-2: EV-5 was never its id')
    assert.deepEqual(n.resolve('entry:8'), {found: true, seq: 8, id: 'EV-4', via: 'entry'})
    assert.deepEqual(n.resolve('entry:4'), {found: false, reason: 'no-such-item'}, 'entry 4 is a note')
    assert.deepEqual(n.resolve('INC-2026-0001'), {found: false, reason: 'not-an-id'})
    assert.equal(n.shownId('EV-3', 9), 'EV-3', 'a record written after numbering holds today\'s id')
  })

  it('an old store (no numbering entry): every item keeps its former id as an alias; a clash is ambiguous', () => {
    const n = evidenceNumbering(items('evidence.added', 4, 9, 15, 22))
    assert.deepEqual([4, 9, 15, 22].map((seq) => [n.idOf(seq), n.formerIdOf(seq)]), [
      ['EV-1', 'EV-4'],
      ['EV-2', 'EV-9'],
      ['EV-3', 'EV-15'],
      ['EV-4', 'EV-22'],
    ])
    assert.deepEqual(n.resolve('EV-9'), {found: true, seq: 9, id: 'EV-2', via: 'former-id'})
    assert.deepEqual(n.resolve('EV-22'), {found: true, seq: 22, id: 'EV-4', via: 'former-id'})
    assert.deepEqual(n.resolve('EV-1'), {found: true, seq: 4, id: 'EV-1', via: 'id'})
    assert.deepEqual(n.resolve('EV-4'), {found: false, reason: 'ambiguous', numbered: 22, former: 4})
    assert.deepEqual(n.resolve('entry:4'), {found: true, seq: 4, id: 'EV-1', via: 'entry'})
    assert.equal(n.shownId('EV-9', 30), 'EV-2', 'a reveal recorded before numbering named entry 9')
    assert.equal(n.shownId('EV-10', 30), 'EV-10', 'an id naming no item is shown as recorded')
  })

  it('a store upgraded in use: items before the numbering entry keep aliases, items after do not', () => {
    const n = evidenceNumbering([...items('evidence.added', 4, 9), {seq: 30, kind: 'evidence.numbering'}, ...items('evidence.added', 31, 40)])
    assert.deepEqual([4, 9, 31, 40].map((seq) => n.idOf(seq)), ['EV-1', 'EV-2', 'EV-3', 'EV-4'])
    assert.deepEqual([31, 40].map((seq) => n.formerIdOf(seq)), [undefined, undefined])
    assert.deepEqual(n.resolve('EV-4'), {found: false, reason: 'ambiguous', numbered: 40, former: 4})
    assert.deepEqual(n.resolve('EV-9'), {found: true, seq: 9, id: 'EV-2', via: 'former-id'})
    assert.deepEqual(n.resolve('EV-3'), {found: true, seq: 31, id: 'EV-3', via: 'id'})
    assert.equal(n.shownId('EV-4', 20), 'EV-1')
    assert.equal(n.shownId('EV-4', 41), 'EV-4')
  })

  it('property: numbers are 1..n without gaps in seq order, and every item is found by its id or its entry', () => {
    const kinds = fc.constantFrom('evidence.added', 'secret.captured', 'runbook.secret', 'note', 'timeline.mark', 'key.shredded')
    fc.assert(
      fc.property(fc.array(kinds, {maxLength: 60}), fc.option(fc.nat(60)), (kindsBySeq, markerAt) => {
        const headers = kindsBySeq.map((kind, i) => ({seq: i + 1, kind: markerAt !== null && i === markerAt ? 'evidence.numbering' : kind}))
        const n = evidenceNumbering([...headers].reverse())
        const itemSeqs = headers.filter((h) => ['evidence.added', 'secret.captured', 'runbook.secret'].includes(h.kind)).map((h) => h.seq)
        assert.deepEqual(itemSeqs.map((seq) => n.idOf(seq)), itemSeqs.map((_, i) => `EV-${i + 1}`))
        for (const seq of itemSeqs) {
          const id = n.idOf(seq)!
          assert.deepEqual(n.resolve(`entry:${seq}`), {found: true, seq, id, via: 'entry'})
          const byId = n.resolve(id)
          if (byId.found) assert.equal(byId.seq, seq)
          else assert.equal(byId.reason, 'ambiguous', 'an id is only ever refused because it is also another item\'s former id')
          const former = n.formerIdOf(seq)
          if (former !== undefined) {
            const byFormer = n.resolve(former)
            assert.ok(byFormer.found ? byFormer.seq === seq : byFormer.reason === 'ambiguous')
          }
        }
      }),
      {seed: 16, numRuns: 300},
    )
  })

  it('parses ids and entry references, refusing what is not one', () => {
    assert.equal(parseEvidenceId('EV-12'), 12)
    assert.equal(parseEvidenceId('EV-0'), undefined)
    assert.equal(parseEvidenceId('EV-99999999999999999999'), undefined)
    assert.equal(parseEvidenceId('EV-1\u0000'), undefined)
    assert.equal(parseEntryRef('entry:40'), 40)
    assert.equal(parseEntryRef('entry:-1'), undefined)
  })

  it('file names are shown one way: the last part of the recorded path, the path beside it', () => {
    assert.deepEqual(displayName('app.log'), {name: 'app.log'})
    assert.deepEqual(displayName('/var/log/app/app.log'), {name: 'app.log', path: '/var/log/app/app.log'})
    assert.deepEqual(displayName('C:\\logs\\app.log'), {name: 'app.log', path: 'C:\\logs\\app.log'})
    assert.deepEqual(displayName('dir/'), {name: 'dir/'})
  })
})
