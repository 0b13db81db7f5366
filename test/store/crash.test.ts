/**
 * Crash safety with real processes: a worker appends to the store in a loop (batches of varying
 * size, checkpoints now and then, small blobs now and then) and is SIGKILLed at random moments,
 * many times. After every kill the SQLite file is intact and every acknowledged entry is there;
 * verify never reports tampering (at most an unsealed tail), and after `pl evidence checkpoint`
 * the whole chain verifies.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import {randomBytes, randomInt} from 'node:crypto'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {BIN, childEnv, initWithIncident, runJson, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {allSeqs, firstGap, integrityCheck, openReadOnly, sleep, spawnWorker} from '../fixtures/store/processes.js'

const ROUNDS = 25

interface VerifyJson {
  ok: boolean
  entries: number
  unsealed: {from: number; to: number} | null
  problems: {code: string; message: string}[]
  firstBadEntry: number | null
  blobs: {checked: number; orphanStreams: number}
  warnings: string[]
}

describe('crash safety: SIGKILL in the middle of a stream of appends', () => {
  let t: TestStore
  let incident: string
  before(async () => {
    t = tempStore('pl-crash-')
    incident = await initWithIncident(t, 'Crash test')
  })
  after(() => t.cleanup())

  test(`${ROUNDS} random kills lose no acknowledged entry and never corrupt the store`, {timeout: 180_000}, async (tc) => {
    const acked = new Set<number>()
    let killedMidStream = 0
    let killedBeforeReady = 0
    let checkpointsSeen = 0
    let pragmasSeen = 0
    const baseSeed = randomInt(1, 1_000_000)
    tc.diagnostic(`seeds ${baseSeed}..${baseSeed + ROUNDS - 1}`)
    const verifyCodes: number[] = []
    const spawnRound = (round: number) =>
      spawnWorker({
        store: t.store,
        keyFile: t.keyFile,
        incident,
        actor: 'crash-worker@test',
        seed: baseSeed + round,
        maxBatch: [1, 4, 16, 64][round % 4]!,
        blobEvery: [0, 2, 3][round % 3]!,
        checkpointEvery: [0, 2, 5, 11][(round >> 1) % 4]!,
        waitGo: true,
      })
    // The next workers load Node and libsodium while this one runs; each opens the store only
    // after the one before it is dead.
    const LOOKAHEAD = 3
    const queue = Array.from({length: Math.min(LOOKAHEAD, ROUNDS)}, (_, i) => spawnRound(i))
    tc.after(() => {
      for (const w of queue) w.child.kill('SIGKILL')
    })
    for (let round = 0; round < ROUNDS; round++) {
      const seed = baseSeed + round
      const w = queue.shift()!
      if (round + LOOKAHEAD < ROUNDS) queue.push(spawnRound(round + LOOKAHEAD))
      await w.loaded
      w.go()
      if (round % 6 === 5) {
        // Now and then while it is still opening the store (and sealing the tail the last kill left).
        await sleep(randomInt(0, 30))
        killedBeforeReady += 1
      } else {
        await w.ready
        // Wait for the stream to start, then kill at a random moment of it.
        for (let waited = 0; w.acks.length === 0 && waited < 10_000; waited += 2) await sleep(2)
        await sleep(randomInt(0, 250))
        if (w.acks.length > 0) killedMidStream += 1
      }
      w.child.kill('SIGKILL')
      const exit = await w.exited
      assert.equal(exit.signal, 'SIGKILL', `round ${round} (seed ${seed}): the worker ended on its own: code ${exit.code}\n${exit.stderr}`)
      checkpointsSeen += w.checkpoints.length
      if (w.pragmas) {
        // What every pl connection gets from openDatabase: WAL, and synchronous=FULL (2) so an
        // acknowledged append also survives power loss, which a SIGKILL cannot show.
        assert.deepEqual(w.pragmas, {journalMode: 'wal', synchronous: 2})
        pragmasSeen += 1
      }
      for (const seq of w.acks) {
        assert.ok(!acked.has(seq), `round ${round}: seq ${seq} was acknowledged twice`)
        acked.add(seq)
      }

      const db = openReadOnly(t.store)
      try {
        assert.equal(integrityCheck(db), 'ok', `round ${round} (seed ${seed}): integrity_check`)
        const seqs = allSeqs(db)
        assert.equal(firstGap(seqs), undefined, `round ${round}: seqs have a gap`)
        const present = new Set(seqs)
        const lost = [...acked].filter((s) => !present.has(s))
        assert.deepEqual(lost, [], `round ${round} (seed ${seed}): acknowledged entries lost`)
        const rows = db.prepare('SELECT seq, kind, actor FROM entries WHERE seq = ?')
        for (const seq of w.acks) {
          const r = rows.get(seq) as {kind: string; actor: string}
          assert.equal(r.actor, 'crash-worker@test')
          assert.ok(r.kind === 'note' || r.kind === 'evidence.added', `seq ${seq} is ${r.kind}`)
        }
      } finally {
        db.close()
      }

      if (round % 8 === 3 || round === ROUNDS - 1) {
        // Without the key: never "tampered" (10), at most "not fully sealed" (11).
        const v = await runJson<VerifyJson>(['evidence', 'verify'], {env: t.env})
        verifyCodes.push(v.code ?? -1)
        assert.ok(v.code === 0 || v.code === 11, `round ${round}: verify exited ${v.code}: ${JSON.stringify(v.json.problems)}`)
        if (v.code === 11) {
          assert.ok(v.json.problems.length > 0 && v.json.problems.every((p) => p.code === 'unsealed'), JSON.stringify(v.json.problems))
          assert.ok(v.json.unsealed)
        } else assert.equal(v.json.unsealed, null)
      }
    }
    tc.diagnostic(
      `${acked.size} acknowledged entries over ${ROUNDS} kills (${killedMidStream} mid-stream, ${killedBeforeReady} soon after start), ` +
        `${checkpointsSeen} worker checkpoints, verify exit codes before sealing: ${verifyCodes.join(',')}`,
    )
    assert.ok(killedMidStream >= ROUNDS / 2, `most kills hit a worker that was appending (${killedMidStream})`)
    assert.ok(acked.size > ROUNDS, 'the workers acknowledged entries')
    assert.ok(pragmasSeen > 0)

    // Seal whatever the last kills left unsealed (authenticated with the key), then verify all.
    const cp = await runJson<{size: number; signature: string}>(['evidence', 'checkpoint'], {env: t.env})
    assert.equal(cp.code, 0, cp.stderr)
    const db = openReadOnly(t.store)
    const maxSeq = (db.prepare('SELECT max(seq) AS m FROM entries').get() as {m: number}).m
    const incidentEntries = (db.prepare('SELECT count(*) AS n FROM entries WHERE incident = ?').get(incident) as {n: number}).n
    db.close()
    assert.equal(cp.json.size, maxSeq)
    const v = await runJson<VerifyJson>(['evidence', 'verify'], {env: t.env})
    assert.equal(v.code, 0, JSON.stringify(v.json.problems))
    tc.diagnostic(`verify after sealing: ${v.json.entries} entries, ${v.json.blobs.checked} blobs, warnings: ${v.json.warnings.join(' ') || 'none'}`)
    assert.equal(v.json.ok, true)
    assert.ok(v.json.blobs.checked > 0, 'some acknowledged entries carry blobs')
    assert.equal(v.json.entries, maxSeq)
    assert.equal(v.json.unsealed, null)
    assert.equal(v.json.firstBadEntry, null)

    // Every entry still decrypts and folds into the incident.
    const show = await runJson<{entryCount: number}>(['incident', 'show', incident], {env: t.env})
    assert.equal(show.code, 0, show.stderr)
    assert.equal(show.json.entryCount, incidentEntries)
  })
  test('a pl evidence add killed in the middle of its stream leaves only harmless orphan chunks', {timeout: 120_000}, async (tc) => {
    const file = join(t.dir, 'interrupted.log')
    const block = randomBytes(1024 * 1024)
    writeFileSync(file, Buffer.concat(Array.from({length: 48}, () => block)))
    const db = openReadOnly(t.store)
    const chunks = db.prepare('SELECT count(*) AS n FROM blob_chunks')
    const entries = db.prepare('SELECT count(*) AS n FROM entries')
    const count = (stmt: typeof chunks) => (stmt.get() as {n: number}).n
    const chunksBefore = count(chunks)
    const entriesBefore = count(entries)
    const child = spawn(process.execPath, [BIN, 'evidence', 'add', incident, file], {env: childEnv(t.env), stdio: 'ignore'})
    const closed = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)))
    try {
      // Chunks are committed 16 MiB at a time: kill right after the first group is in.
      for (let waited = 0; count(chunks) === chunksBefore && waited < 60_000; waited += 10) await sleep(10)
      assert.ok(count(chunks) > chunksBefore, 'the add got as far as committing chunks')
    } finally {
      child.kill('SIGKILL')
    }
    assert.equal(await closed, 'SIGKILL')
    tc.diagnostic(`killed after ${count(chunks) - chunksBefore} committed chunks of 48`)
    assert.equal(integrityCheck(db), 'ok')
    assert.equal(count(entries), entriesBefore, 'no entry refers to the interrupted blob')
    db.close()

    const v = await runJson<VerifyJson>(['evidence', 'verify'], {env: t.env})
    assert.equal(v.code, 0, JSON.stringify(v.json.problems))
    assert.ok(v.json.blobs.orphanStreams >= 1)
    assert.match(v.json.warnings.join('\n'), /interrupted blob upload/)
    const list = await runJson<{evidence: {name: string | null}[]}>(['evidence', 'list', incident], {env: t.env})
    assert.ok(!list.json.evidence.some((e) => e.name === 'interrupted.log'))
  })
})
