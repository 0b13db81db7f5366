import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'

describe('pl incident (flags only, no terminal)', () => {
  let t: TestStore
  let id: string
  before(async () => {
    t = tempStore()
    id = await initWithIncident(t, 'System prompt in gateway logs')
  })
  after(() => t.cleanup())

  test('open assigns INC-<year>-0001 and records started and detected marks', async () => {
    assert.match(id, /^INC-\d{4}-0001$/)
    const r = await runJson<{id: string; phases: Record<string, {at: number; recordedAt: number}>; status: string}>(
      ['incident', 'open', '--title', 'Second', '--severity', 'P2', '--started-at', '2026-11-20T13:02:00Z', '--detected-at', '2026-11-20T13:20:00Z'],
      {env: t.env},
    )
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.json.id, /^INC-\d{4}-0002$/)
    assert.equal(r.json.phases.started?.at, Date.parse('2026-11-20T13:02:00Z'))
    assert.equal(r.json.phases.detected?.at, Date.parse('2026-11-20T13:20:00Z'))
    assert.ok(r.json.phases.detected!.recordedAt >= r.json.phases.detected!.at)
    assert.equal(r.json.status, 'open')
  })

  test('without a terminal, a missing --title or --severity fails fast naming the flag', async () => {
    const r = await runPl(['incident', 'open', '--severity', 'P1'], {env: t.env})
    assert.equal(r.code, 2)
    assert.match(r.stderr, /--title/)
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace')
  })

  test('mark with a backdated --at, a correction, then the timeline and list filters', async () => {
    const m1 = await runJson<{phases: Record<string, {at: number}>}>(['incident', 'mark', id, 'contained', '--at', '2026-11-20T14:00:00Z'], {env: t.env})
    assert.equal(m1.code, 0, m1.stderr)
    // Without a terminal, a phase marked already is not rewritten without --correct (issue 15).
    const refused = await runJson<{error: {code: string; message: string; hints: string[]; change: {old: number; new: number}}}>(
      ['incident', 'mark', id, 'contained', '--at', '2026-11-20T14:05:00Z'],
      {env: t.env},
    )
    assert.equal(refused.code, 2)
    assert.match(refused.json.error.message, /already has a contained mark: .* → .*Nothing was recorded/)
    assert.ok(refused.json.error.hints.some((h) => /^time to contain: .* → /.test(h)), refused.json.error.hints.join('\n'))
    assert.ok(refused.json.error.hints.some((h) => /--correct/.test(h)))
    assert.equal(refused.json.error.change.new, Date.parse('2026-11-20T14:05:00Z'))
    const m2 = await runJson<{phases: Record<string, {at: number; corrects?: number}>; marks: unknown[]}>(
      ['incident', 'mark', id, 'contained', '--at', '2026-11-20T14:05:00Z', '--note', 'later than first thought', '--correct'],
      {env: t.env},
    )
    assert.equal(m2.json.phases.contained?.at, Date.parse('2026-11-20T14:05:00Z'))
    assert.ok(m2.json.phases.contained?.corrects, 'the correction names the mark it corrects')
    const tl = await runJson<{events: {summary: string; superseded: boolean}[]}>(['incident', 'timeline', id], {env: t.env})
    assert.equal(tl.json.events.filter((e) => e.superseded).length, 1)
    const contained = await runJson<{incidents: {id: string}[]}>(['incident', 'list', '--status', 'contained'], {env: t.env})
    assert.deepEqual(contained.json.incidents.map((i) => i.id), [id])
    const open = await runJson<{incidents: {id: string}[]}>(['incident', 'list', '--status', 'open'], {env: t.env})
    assert.ok(!open.json.incidents.some((i) => i.id === id))
  })

  test('notes are stored and an unknown incident is a not-found error (exit 3)', async () => {
    const n = await runJson<{seq: number}>(['incident', 'note', id, 'Rotated the gateway key'], {env: t.env})
    assert.equal(n.code, 0)
    const show = await runJson<{notes: {text: string}[]}>(['incident', 'show', id], {env: t.env})
    assert.equal(show.json.notes.at(-1)?.text, 'Rotated the gateway key')
    const missing = await runJson<{error: {code: string}}>(['incident', 'show', 'INC-1999-0001'], {env: t.env})
    assert.equal(missing.code, 3)
    assert.equal(missing.json.error.code, 'not-found')
  })

  test('a time in the future or garbage is refused with exit 2 and nothing appended', async () => {
    const before = await runJson<{entryCount: number}>(['incident', 'show', id], {env: t.env})
    const future = await runPl(['incident', 'mark', id, 'resolved', '--at', '2099-01-01T00:00:00Z'], {env: t.env})
    assert.equal(future.code, 2)
    const garbage = await runPl(['incident', 'mark', id, 'resolved', '--at', 'teatime'], {env: t.env})
    assert.equal(garbage.code, 2)
    assert.match(garbage.stderr, /teatime/)
    const afterShow = await runJson<{entryCount: number}>(['incident', 'show', id], {env: t.env})
    assert.equal(afterShow.json.entryCount, before.json.entryCount)
  })
})
