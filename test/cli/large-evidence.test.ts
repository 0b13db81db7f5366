/**
 * Large evidence through the real CLI: a 100 MB and a 1 GB file are streamed into the store with
 * flat memory (peak RSS of the child, sampled from /proc, barely grows with the size), the
 * recorded SHA-256 is the one `sha256sum` computes, and `--reveal --out` gives the exact bytes back.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {randomBytes} from 'node:crypto'
import {closeSync, openSync, rmSync, statSync, writeSync} from 'node:fs'
import {join} from 'node:path'
import {initWithIncident, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {runPlMeasured, runProgram, sha256File} from '../fixtures/store/processes.js'
import {startPostgres} from '../fixtures/providers/databases.js'
import type {PrivatePostgres} from '../fixtures/providers/databases.js'
import {PG_SKIP, pgTempStore} from '../fixtures/store/postgres.js'

const MiB = 1024 * 1024

/** Writes `mib` MiB quickly: one random MiB, repeated, with the chunk index stamped into each copy. */
function makeFile(path: string, mib: number): void {
  const block = randomBytes(MiB)
  const fd = openSync(path, 'wx', 0o600)
  try {
    for (let i = 0; i < mib; i++) {
      block.writeUInt32BE(i, 0)
      writeSync(fd, block)
    }
  } finally {
    closeSync(fd)
  }
}

async function sha256sum(path: string): Promise<string> {
  const r = await runProgram('sha256sum', [path])
  assert.equal(r.code, 0, r.stderr)
  const digest = r.stdout.split(/\s+/)[0] ?? ''
  assert.match(digest, /^[0-9a-f]{64}$/)
  return digest
}

const mb = (bytes: number) => (bytes / MiB).toFixed(1)

describe('large evidence: flat memory, exact SHA-256, exact bytes back', () => {
  let t: TestStore
  let inc: string
  before(async () => {
    t = tempStore('pl-large-')
    inc = await initWithIncident(t, 'Large evidence')
  })
  after(() => t.cleanup())

  test('100 MB and 1 GB files: peak RSS flat, SHA-256 equals sha256sum, --reveal --out reproduces the bytes', {timeout: 600_000}, async (tc) => {
    await largeScenario(t, inc, tc)
  })

  // The same on a PostgreSQL team store: chunks stream into bytea rows through the worker thread.
  describe('on PostgreSQL', {skip: PG_SKIP}, () => {
    let server: PrivatePostgres
    let team: TestStore
    let teamInc: string
    before(async () => {
      server = await startPostgres()
      team = await pgTempStore(server)
      teamInc = await initWithIncident(team, 'Large evidence on PostgreSQL')
    })
    after(async () => {
      team?.cleanup()
      await server?.stop()
    })
    test('100 MB and 1 GB files: peak RSS flat, SHA-256 equals sha256sum, --reveal --out reproduces the bytes', {timeout: 900_000}, async (tc) => {
      await largeScenario(team, teamInc, tc)
    })
  })
})

async function largeScenario(t: TestStore, inc: string, tc: {diagnostic(message: string): void}): Promise<void> {
  {
    const measured: {mib: number; peakRss: number; seconds: number; id: string; file: string; sha256: string}[] = []
    for (const mib of [100, 1024]) {
      const file = join(t.dir, `capture-${mib}.log`)
      const started = Date.now()
      makeFile(file, mib)
      tc.diagnostic(`generated ${mib} MiB in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      const [add, expected] = await Promise.all([
        runPlMeasured(['evidence', 'add', inc, file, '--json'], {env: t.env, timeoutMs: 300_000}),
        sha256sum(file),
      ])
      assert.equal(add.code, 0, add.stderr)
      assert.ok(add.rssSamples >= 3, `RSS was sampled (${add.rssSamples} samples)`)
      const [ev] = (JSON.parse(add.stdout) as {evidence: {id: string; size: number; sha256: string}[]}).evidence
      assert.ok(ev)
      assert.equal(ev.size, mib * MiB)
      assert.equal(ev.sha256, expected, 'the recorded SHA-256 is the one sha256sum computes')
      tc.diagnostic(`add ${mib} MiB: peak RSS ${mb(add.peakRss)} MiB, ${add.seconds.toFixed(1)} s (${(mib / add.seconds).toFixed(0)} MiB/s), ${add.rssSamples} samples`)
      measured.push({mib, peakRss: add.peakRss, seconds: add.seconds, id: ev.id, file, sha256: expected})
    }
    const [small, large] = measured as [(typeof measured)[number], (typeof measured)[number]]
    const growth = large.peakRss - small.peakRss
    tc.diagnostic(`peak RSS growth from 100 MiB to 1 GiB: ${mb(growth)} MiB`)
    assert.ok(growth < 64 * MiB, `memory is flat: peak RSS grew by ${mb(growth)} MiB from 100 MiB to 1 GiB`)
    assert.ok(small.peakRss < 300 * MiB, `peak RSS at 100 MiB: ${mb(small.peakRss)} MiB`)
    assert.ok(large.peakRss < 300 * MiB, `peak RSS at 1 GiB: ${mb(large.peakRss)} MiB`)


    // The exact bytes come back, streamed as well (hashed here with node:crypto, which is faster).
    const out = join(t.dir, 'revealed.log')
    const reveal = await runPlMeasured(['evidence', 'show', large.id, '--reveal', '--out', out], {env: t.env, timeoutMs: 300_000})
    assert.equal(reveal.code, 0, reveal.stderr)
    tc.diagnostic(`reveal 1024 MiB: peak RSS ${mb(reveal.peakRss)} MiB, ${reveal.seconds.toFixed(1)} s`)
    assert.equal(statSync(out).size, large.mib * MiB)
    assert.equal(await sha256File(out), large.sha256, '--reveal --out reproduces the 1 GiB file exactly')
    assert.ok(reveal.peakRss < 300 * MiB, `peak RSS of the reveal: ${mb(reveal.peakRss)} MiB`)
    rmSync(out)
    rmSync(large.file)
    rmSync(small.file)
  }
}
