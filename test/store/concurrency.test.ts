/**
 * Concurrency with real processes: two append workers and the real CLI (`pl incident note` in a
 * loop) write to one store at the same time. Afterwards every entry each of them was told was
 * committed is there exactly once, the sequence has no gaps, and `pl evidence verify` passes.
 * Two `pl incident open` started at the same moment get different ids.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {allSeqs, firstGap, integrityCheck, openReadOnly, spawnWorker} from '../fixtures/store/processes.js'

interface VerifyJson {
  ok: boolean
  entries: number
  unsealed: unknown
  problems: {code: string; message: string}[]
}

describe('concurrency: several processes appending to one store', () => {
  let t: TestStore
  let incident: string
  before(async () => {
    t = tempStore('pl-concurrency-')
    incident = await initWithIncident(t, 'Concurrency test')
  })
  after(() => t.cleanup())

  test('two workers and a pl incident note loop: every entry present once, no gaps, verify exits 0', {timeout: 120_000}, async (tc) => {
    const before = openReadOnly(t.store)
    const startCount = allSeqs(before).length
    before.close()

    // The workers append until told to stop (a cap keeps a failing run from hanging).
    const common = {store: t.store, keyFile: t.keyFile, incident, durationMs: 60_000, waitGo: true}
    const a = spawnWorker({...common, actor: 'worker-a@test', seed: 11, maxBatch: 6, pauseMs: 4, blobEvery: 9, checkpointEvery: 7})
    const b = spawnWorker({...common, actor: 'worker-b@test', seed: 22, maxBatch: 3, pauseMs: 4, checkpointEvery: 5})
    await Promise.all([a.loaded, b.loaded])
    const started = Date.now()
    a.go()
    b.go()
    await Promise.all([a.ready, b.ready])
    // Meanwhile the real CLI appends too: two loops of `pl incident note`, one process per note.
    const NOTES_PER_LOOP = 3
    const notes: {text: string; seq: number}[] = []
    const cliLoop = async (loop: number) => {
      for (let i = 0; i < NOTES_PER_LOOP; i++) {
        const text = `cli loop ${loop} note ${i} while the workers append`
        const r = await runJson<{seq: number}>(['incident', 'note', incident, text], {env: t.env})
        assert.equal(r.code, 0, `loop ${loop} note ${i}: ${r.stderr}`)
        notes.push({text, seq: r.json.seq})
      }
    }
    try {
      await Promise.all([cliLoop(1), cliLoop(2)])
    } finally {
      a.stop()
      b.stop()
    }
    const [ea, eb] = await Promise.all([a.exited, b.exited])
    assert.equal(ea.code, 0, ea.stderr)
    assert.equal(eb.code, 0, eb.stderr)
    assert.equal(ea.done, a.acks.length)
    assert.equal(eb.done, b.acks.length)
    notes.sort((x, y) => x.seq - y.seq)
    tc.diagnostic(`worker a: ${a.acks.length} entries, worker b: ${b.acks.length}, pl incident note: ${notes.length}, in ${Date.now() - started} ms`)
    assert.ok(a.acks.length > 0 && b.acks.length > 0)
    assert.equal(notes.length, 2 * NOTES_PER_LOOP)

    // Each acknowledged seq was given to one writer only.
    const claimed = [...a.acks, ...b.acks, ...notes.map((n) => n.seq)]
    assert.equal(new Set(claimed).size, claimed.length, 'a seq was acknowledged to two writers')

    const db = openReadOnly(t.store)
    let markers = 0
    try {
      assert.equal(integrityCheck(db), 'ok')
      const seqs = allSeqs(db)
      assert.equal(firstGap(seqs), undefined, 'seqs have a gap')
      // Worker a adds exhibits: the first one is preceded by the store's one evidence.numbering entry (ADR 0016).
      markers = (db.prepare("SELECT count(*) AS n FROM entries WHERE kind = 'evidence.numbering'").get() as {n: number}).n
      assert.equal(markers, 1, 'one numbering entry, however the writers interleaved')
      assert.equal(seqs.length, startCount + claimed.length + markers, 'every entry is one some writer acknowledged')
      const byActor = (actor: string) =>
        (db.prepare("SELECT seq FROM entries WHERE actor = ? AND kind <> 'evidence.numbering' ORDER BY seq").all(actor) as {seq: number}[]).map((r) => r.seq)
      assert.deepEqual(byActor('worker-a@test'), [...a.acks].sort((x, y) => x - y))
      assert.deepEqual(byActor('worker-b@test'), [...b.acks].sort((x, y) => x - y))
      assert.deepEqual(byActor('tester@test').slice(-notes.length), notes.map((n) => n.seq))
      // The writers really interleaved (not one after the other).
      const interleaved = seqs.slice(startCount).some((s, i, all) => i > 0 && a.acks.includes(s) && b.acks.includes(all[i - 1]!))
      assert.ok(interleaved, 'the two workers interleaved their appends')
    } finally {
      db.close()
    }

    const show = await runJson<{notes: {text: string}[]}>(['incident', 'show', incident], {env: t.env})
    assert.equal(show.code, 0, show.stderr)
    const texts = new Set(show.json.notes.map((n) => n.text))
    for (const n of notes) assert.ok(texts.has(n.text), `note "${n.text}" is in the incident`)

    const v = await runJson<VerifyJson>(['evidence', 'verify'], {env: t.env})
    assert.equal(v.code, 0, JSON.stringify(v.json.problems))
    assert.equal(v.json.ok, true)
    assert.equal(v.json.entries, startCount + claimed.length + markers)
  })

  test('three pl incident open at the same moment get three different ids', {timeout: 60_000}, async () => {
    const opened = await Promise.all(
      [1, 2, 3].map((i) => runJson<{id: string}>(['incident', 'open', '--title', `Simultaneous ${i}`, '--severity', 'P2'], {env: t.env})),
    )
    for (const o of opened) assert.equal(o.code, 0, o.stderr)
    const ids = opened.map((o) => o.json.id)
    assert.equal(new Set(ids).size, 3, `ids: ${ids.join(', ')}`)
    for (const id of ids) assert.match(id, /^INC-\d{4}-\d{4}$/)
    const list = await runJson<{incidents: {id: string; title: string}[]}>(['incident', 'list'], {env: t.env})
    for (const [i, id] of ids.entries()) {
      assert.equal(list.json.incidents.find((x) => x.id === id)?.title, `Simultaneous ${i + 1}`)
    }
    const v = await runPl(['evidence', 'verify'], {env: t.env})
    assert.equal(v.code, 0, v.stderr)
  })
})
