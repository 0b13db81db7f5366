/**
 * Ctrl-C during `pl evidence add` (tester 11, defect 8): the stream stops, nothing of the exhibit
 * is recorded, pl says so with how much unreferenced chunk data stays, and exits 130 (not killed
 * by the signal, so a shell line goes on); exhibits added before it in the same command stay.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import {randomBytes} from 'node:crypto'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {BIN, childEnv, collectRun, initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {openRaw} from '../helpers/tamper.js'

const MiB = 1024 * 1024

describe('Ctrl-C during pl evidence add', () => {
  let t: TestStore
  let incident: string
  before(async () => {
    t = tempStore('pl-add-cancel-')
    incident = await initWithIncident(t)
  })
  after(() => t.cleanup())

  /** Chunks committed so far (read beside the writer: WAL readers do not block it). */
  const chunks = (): number => {
    const db = openRaw(t.store)
    try {
      return (db.prepare('SELECT count(*) AS n FROM blob_chunks').get() as {n: number}).n
    } finally {
      db.close()
    }
  }

  test('a pipe still open: exit 130, "Cancelled: nothing was recorded" with the MiB left unreferenced; the earlier file is kept; verify passes', async () => {
    const small = join(t.dir, 'small.log')
    writeFileSync(small, 'first exhibit\n')
    const before = chunks()
    const child = spawn(process.execPath, [BIN, 'evidence', 'add', incident, small, '-', '--name', 'piped.log'], {env: childEnv(t.env), stdio: ['pipe', 'pipe', 'pipe']})
    const done = collectRun(child)
    child.stdin.on('error', () => {})
    // 40 MiB: more than one commit of chunks (16 of 1 MiB); then the pipe stays open, as a
    // producer still running would leave it.
    const block = randomBytes(MiB)
    for (let i = 0; i < 40; i++) if (!child.stdin.write(block)) await new Promise((r) => child.stdin.once('drain', r))
    for (let waited = 0; chunks() < before + 16 && waited < 30_000; waited += 100) await sleep(100)
    assert.ok(chunks() >= before + 16, 'chunks were committed before the interrupt')
    child.kill('SIGINT')
    const r = await done
    assert.equal(r.signal, null, 'pl ends by itself, not killed by the signal')
    assert.equal(r.code, 130, r.stderr)
    assert.match(r.stderr, /Cancelled: nothing was recorded of piped\.log \(\d+\.\d MiB of unreferenced encrypted chunks stay in the store/)
    assert.match(r.stderr, /EV-\d+, added before it, is recorded/)
    assert.doesNotMatch(r.stderr, /\n\s+at /)
    const list = await runJson<{evidence: {name: string}[]}>(['evidence', 'list', incident], {env: t.env})
    assert.deepEqual(
      list.json.evidence.map((e) => e.name),
      ['small.log'],
    )
    const verify = await runPl(['evidence', 'verify'], {env: t.env})
    assert.equal(verify.code, 0, verify.stderr)
    assert.match(verify.stdout, /interrupted blob upload/)
  })
})
