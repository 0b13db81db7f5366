/**
 * Issue 14, item 9 (F13): verify during normal concurrent writes reads one snapshot and reports
 * entries a running command is still sealing as in flight, never as an interrupted command (11).
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'

describe('verify while another pl command writes', () => {
  let t: TestStore
  let incident: string
  before(async () => {
    t = tempStore('pl-verify-live-')
    incident = await initWithIncident(t)
  })
  after(() => t.cleanup())

  test('every verify run during a stream of notes exits 0', async () => {
    let writing = true
    const writer = (async () => {
      let n = 0
      while (writing) {
        const r = await runPl(['incident', 'note', incident, `note ${n++}`], {env: t.env})
        assert.equal(r.code, 0, r.stderr)
      }
      return n
    })()
    const codes: (number | null)[] = []
    for (let i = 0; i < 12; i++) {
      const r = await runJson<{ok: boolean; problems: unknown[]}>(['evidence', 'verify'], {env: t.env})
      codes.push(r.code)
      assert.equal(r.code, 0, `run ${i}: ${JSON.stringify(r.json.problems)}`)
    }
    writing = false
    const notes = await writer
    assert.ok(notes > 0, 'the writer wrote while verify ran')
    assert.deepEqual(new Set(codes), new Set([0]))
  })
})
