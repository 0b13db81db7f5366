/**
 * The store format spec (docs/store-format.md) is sufficient: an independent verifier written from
 * it alone, in Python with the standard library only (test/independent/verify_store.py), agrees
 * with `pl evidence verify` on a store built by the real CLI — same entry count, same checkpoints,
 * same root — and reports the same problems, first bad entry and exit code when a copy is
 * tampered with or a checkpoint is forged.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {copyFileSync, readFileSync, writeFileSync} from 'node:fs'
import {generateKeyPairSync, randomBytes, sign} from 'node:crypto'
import {join} from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type {Database} from 'better-sqlite3'
import {initWithIncident, REPO, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import type {CheckpointFile} from '../../src/domain/checkpoint.js'
import type {VerifyReport} from '../../src/domain/verify/report.js'

const SCRIPT = join(REPO, 'test', 'independent', 'verify_store.py')

type Report = Omit<VerifyReport, 'warnings'>

interface Verdict {
  code: number | null
  report: Report
}

let t: TestStore
let copies = 0
/** The checkpoint file taken half-way, and the final one. */
let early: string
let final: string
let finalCheckpoint: CheckpointFile

function requirePython(): void {
  const r = spawnSync('python3', ['--version'], {encoding: 'utf8'})
  if (r.error || r.status !== 0) {
    throw new Error(
      'python3 was not found on PATH. The independent verifier (test/independent/verify_store.py) is Python 3 ' +
        'with the standard library only; install python3 (CI has it) to run this test.',
    )
  }
}

function python(store: string, checkpoint?: string): Verdict {
  const r = spawnSync('python3', [SCRIPT, store, ...(checkpoint ? ['--checkpoint', checkpoint] : [])], {encoding: 'utf8', cwd: REPO})
  if (r.error) throw r.error
  try {
    return {code: r.status, report: JSON.parse(r.stdout) as Report}
  } catch {
    throw new Error(`verify_store.py did not print JSON (exit ${r.status}).\nstdout: ${r.stdout}\nstderr: ${r.stderr}`)
  }
}

async function pl(store: string, checkpoint?: string): Promise<Verdict> {
  const r = await runJson<Report>(['evidence', 'verify', '--store', store, ...(checkpoint ? ['--checkpoint', checkpoint] : [])], {env: t.env})
  return {code: r.code, report: r.json}
}

/** Runs both verifiers on the same store and returns both verdicts. */
async function both(store: string, checkpoint?: string): Promise<{ours: Verdict; theirs: Verdict}> {
  return {ours: await pl(store, checkpoint), theirs: python(store, checkpoint)}
}

/** A problem reduced to what must agree: code, and the entry or checkpoint it names. */
function problemKeys(report: Report): string[] {
  return report.problems.map((p) => `${p.code}${p.seq === undefined ? '' : `@${p.seq}`}${p.checkpointSize === undefined ? '' : `#${p.checkpointSize}`}`).sort()
}

function assertAgree(ours: Verdict, theirs: Verdict): void {
  assert.equal(theirs.code, ours.code, 'exit codes differ')
  assert.equal(theirs.report.ok, ours.report.ok)
  assert.equal(theirs.report.entries, ours.report.entries)
  assert.equal(theirs.report.firstBadEntry, ours.report.firstBadEntry)
  assert.deepEqual(problemKeys(theirs.report), problemKeys(ours.report))
  assert.deepEqual(theirs.report.external, ours.report.external)
}

/** Moves the WAL into the main file, so that copying the one file copies the whole store. */
function settle(path: string): void {
  const db = new BetterSqlite3(path, {fileMustExist: true})
  try {
    db.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    db.close()
  }
}

function copyOfStore(): string {
  settle(t.store)
  copies += 1
  const to = join(t.dir, `copy-${copies}.db`)
  copyFileSync(t.store, to)
  return to
}

/**
 * What an attacker with write access to the file does: drop the named triggers, change rows, and
 * (unless told otherwise) put the triggers back from their own SQL, all in one transaction.
 */
function tamper(path: string, triggers: readonly string[], change: (db: Database) => void, restore = true): void {
  const db = new BetterSqlite3(path, {fileMustExist: true})
  try {
    const sql = triggers.map((name) => {
      const row = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(name) as {sql: string} | undefined
      if (!row) throw new Error(`no trigger ${name}`)
      return row.sql
    })
    db.transaction(() => {
      for (const name of triggers) db.exec(`DROP TRIGGER "${name}"`)
      change(db)
      if (restore) for (const s of sql) db.exec(s)
    })()
  } finally {
    db.close()
  }
}

async function ok(args: string[]): Promise<void> {
  const r = await runPl(args, {env: t.env})
  if (r.code !== 0) throw new Error(`pl ${args.join(' ')} failed (${r.code}): ${r.stderr}`)
}

describe('an independent verifier written from docs/store-format.md', () => {
  before(async () => {
    requirePython()
    t = tempStore('pl-independent-')
    // Given a store built through the real CLI: an incident, exhibits (small, empty, and one of
    // three 1 MiB chunks), marks and a note, with a checkpoint file anchored half-way.
    const incident = await initWithIncident(t, 'Independent verification')
    const small = join(t.dir, 'gateway.log')
    writeFileSync(small, '2026-11-20T13:02:00Z POST /v1/chat system="You are a helpful assistant" key=sk-test-not-real\n')
    const empty = join(t.dir, 'empty.txt')
    writeFileSync(empty, '')
    const big = join(t.dir, 'capture.bin')
    writeFileSync(big, randomBytes(2 * 1024 * 1024 + 12345))
    await ok(['evidence', 'add', incident, small])
    await ok(['incident', 'mark', incident, 'acknowledged', '--note', 'paged the gateway team'])
    early = join(t.dir, 'early.checkpoint.json')
    await ok(['evidence', 'checkpoint', '--out', early])
    await ok(['evidence', 'add', incident, empty, big])
    await ok(['incident', 'note', incident, 'Token revoked; gateway logging of prompts disabled.'])
    await ok(['incident', 'mark', incident, 'contained'])
    const c = await runJson<CheckpointFile>(['evidence', 'checkpoint'], {env: t.env})
    assert.equal(c.code, 0)
    finalCheckpoint = c.json
    final = join(t.dir, 'final.checkpoint.json')
    writeFileSync(final, JSON.stringify(finalCheckpoint, null, 2) + '\n')
  })

  after(() => t?.cleanup())

  test("passes the spec's own test vectors (--self-test)", () => {
    const r = spawnSync('python3', [SCRIPT, '--self-test'], {encoding: 'utf8'})
    assert.equal(r.status, 0, r.stdout + r.stderr)
    assert.equal((JSON.parse(r.stdout) as {ok: boolean}).ok, true)
  })

  test('agrees with pl on an intact store: entry count, checkpoints and root', async () => {
    const {ours, theirs} = await both(t.store)
    assert.equal(ours.code, 0, JSON.stringify(ours.report.problems))
    assert.equal(theirs.code, 0, JSON.stringify(theirs.report.problems))
    assert.equal(theirs.report.ok, true)
    assertAgree(ours, theirs)
    assert.equal(theirs.report.checkpoints, ours.report.checkpoints)
    assert.deepEqual(theirs.report.latestCheckpoint, ours.report.latestCheckpoint)
    assert.deepEqual(theirs.report.blobs, ours.report.blobs)
    assert.equal(theirs.report.blobs.checked, 3)
    assert.equal(theirs.report.storeId, finalCheckpoint.storeId)
    assert.equal(theirs.report.publicKey, finalCheckpoint.publicKey)
    assert.equal(theirs.report.entries, finalCheckpoint.size)
    assert.equal(theirs.report.latestCheckpoint?.root, finalCheckpoint.root)
  })

  test('agrees that the store is consistent with the checkpoint file anchored half-way', async () => {
    const {ours, theirs} = await both(t.store, early)
    assert.equal(theirs.code, 0, JSON.stringify(theirs.report.problems))
    assertAgree(ours, theirs)
    const anchored = JSON.parse(readFileSync(early, 'utf8')) as CheckpointFile
    assert.deepEqual(theirs.report.external, {size: anchored.size, consistent: true})
  })

  test('a flipped bit in the body of one entry: both name it as the first bad entry and exit 10', async () => {
    const copy = copyOfStore()
    let seq = 0
    tamper(copy, ['entries_no_update'], (db) => {
      const row = db.prepare("SELECT seq, body FROM entries WHERE kind = 'note' ORDER BY seq LIMIT 1").get() as {seq: number; body: Buffer}
      seq = row.seq
      const body = Buffer.from(row.body)
      body[7] = body[7]! ^ 0x10
      db.prepare('UPDATE entries SET body = ? WHERE seq = ?').run(body, seq)
    })
    const {ours, theirs} = await both(copy)
    assert.equal(ours.code, 10)
    assert.equal(theirs.code, 10)
    assert.equal(ours.report.firstBadEntry, seq)
    assert.equal(theirs.report.firstBadEntry, seq)
    assert.deepEqual(problemKeys(theirs.report), [`entry-altered@${seq}`])
    assertAgree(ours, theirs)
  })

  test('a flipped bit in any column of an entry, a deleted row, two swapped rows: both report the same', async () => {
    // The last exhibit: an entry with a blob, so that every column holds a value.
    const reader = new BetterSqlite3(t.store, {readonly: true, fileMustExist: true})
    const seq = (reader.prepare('SELECT max(seq) AS seq FROM entries WHERE blob IS NOT NULL').get() as {seq: number}).seq
    reader.close()
    const columns = ['ts', 'incident', 'kind', 'actor', 'key_id', 'blob', 'nonce', 'body', 'prev', 'hash'] as const
    const attacks: [string, (db: Database) => void][] = columns.map((column) => [
      `flip ${column} of entry ${seq}`,
      (db) => {
        const value = (db.prepare(`SELECT ${column} AS v FROM entries WHERE seq = ?`).get(seq) as {v: number | string | Buffer}).v
        if (typeof value === 'number') {
          db.prepare(`UPDATE entries SET ${column} = ? WHERE seq = ?`).run(value ^ 8, seq)
        } else {
          // Text is flipped in its UTF-8 bytes and stored back byte for byte, even if no longer UTF-8.
          const bytes = Buffer.from(value)
          bytes[1] = bytes[1]! ^ 0x40
          db.prepare(`UPDATE entries SET ${column} = ${typeof value === 'string' ? 'CAST(? AS TEXT)' : '?'} WHERE seq = ?`).run(bytes, seq)
        }
      },
    ])
    attacks.push(['delete entry 3', (db) => db.prepare('DELETE FROM entries WHERE seq = 3').run()])
    attacks.push([
      'swap entries 2 and 3',
      (db) => {
        const rows = db.prepare('SELECT * FROM entries WHERE seq IN (2, 3) ORDER BY seq').all() as Record<string, unknown>[]
        const set = db.prepare(`UPDATE entries SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE seq = @seq`)
        set.run({...rows[1], seq: 2})
        set.run({...rows[0], seq: 3})
      },
    ])
    for (const [name, attack] of attacks) {
      const copy = copyOfStore()
      tamper(copy, ['entries_no_update', 'entries_no_delete'], attack)
      const {ours, theirs} = await both(copy)
      assert.equal(theirs.code, 10, name)
      assert.notEqual(theirs.report.firstBadEntry, null, name)
      try {
        assertAgree(ours, theirs)
      } catch (error) {
        throw new Error(`${name}: the verifiers disagree: pl ${problemKeys(ours.report).join(' ')} / python ${problemKeys(theirs.report).join(' ')}`, {cause: error})
      }
    }
  })

  test('the same flip with the trigger left dropped: both also report the schema', async () => {
    const copy = copyOfStore()
    tamper(
      copy,
      ['entries_no_update'],
      (db) => {
        const row = db.prepare('SELECT body FROM entries WHERE seq = 2').get() as {body: Buffer}
        const body = Buffer.from(row.body)
        body[0] = body[0]! ^ 0x01
        db.prepare('UPDATE entries SET body = ? WHERE seq = 2').run(body)
      },
      false,
    )
    const {ours, theirs} = await both(copy)
    assert.equal(theirs.code, 10)
    assert.deepEqual(problemKeys(theirs.report), ['entry-altered@2', 'schema'])
    assertAgree(ours, theirs)
  })

  test('a forged signature in the checkpoints table is caught by both', async () => {
    const copy = copyOfStore()
    tamper(copy, ['checkpoints_no_update'], (db) => {
      const sig = Buffer.from((db.prepare('SELECT sig FROM checkpoints WHERE size = ?').get(finalCheckpoint.size) as {sig: Buffer}).sig)
      sig[40] = sig[40]! ^ 0x04
      db.prepare('UPDATE checkpoints SET sig = ? WHERE size = ?').run(sig, finalCheckpoint.size)
    })
    const {ours, theirs} = await both(copy)
    assert.equal(theirs.code, 10)
    assert.deepEqual(problemKeys(theirs.report), [`checkpoint-signature#${finalCheckpoint.size}`])
    assert.equal(theirs.report.firstBadEntry, null)
    assertAgree(ours, theirs)
  })

  test('an altered signature in a checkpoint file is caught by both', async () => {
    const sig = Buffer.from(finalCheckpoint.signature, 'base64')
    sig[3] = sig[3]! ^ 0x80
    const forged = join(t.dir, 'altered.checkpoint.json')
    writeFileSync(forged, JSON.stringify({...finalCheckpoint, signature: sig.toString('base64')}))
    const {ours, theirs} = await both(t.store, forged)
    assert.equal(theirs.code, 10)
    assert.deepEqual(problemKeys(theirs.report), ['external-checkpoint'])
    assert.deepEqual(theirs.report.external, {size: finalCheckpoint.size, consistent: false})
    assertAgree(ours, theirs)
  })

  test("a checkpoint file validly signed with someone else's key is caught by both", async () => {
    // The attacker's signature is genuine Ed25519 (made by node:crypto), so the Python code must
    // accept the signature itself and refuse only the key.
    const {publicKey, privateKey} = generateKeyPairSync('ed25519')
    const raw = Buffer.from(publicKey.export({format: 'jwk'}).x ?? '', 'base64url')
    const message = `pl-checkpoint v1\n${finalCheckpoint.storeId}\n${finalCheckpoint.size}\n${finalCheckpoint.root}\n${finalCheckpoint.ts}\n`
    const forged = join(t.dir, 'resigned.checkpoint.json')
    writeFileSync(
      forged,
      JSON.stringify({...finalCheckpoint, publicKey: raw.toString('hex'), signature: sign(null, Buffer.from(message), privateKey).toString('base64')}),
    )
    const {ours, theirs} = await both(t.store, forged)
    assert.equal(theirs.code, 10)
    // The file pins its key, but no stored checkpoint is signed by it: no checkpoint is blamed.
    assert.deepEqual(problemKeys(theirs.report), ['external-checkpoint', 'public-key'])
    assertAgree(ours, theirs)
  })

  test('a pinned public key: both accept the right one, and both report public-key and every checkpoint under a wrong one', async () => {
    const {publicKey} = generateKeyPairSync('ed25519')
    const other = Buffer.from(publicKey.export({format: 'jwk'}).x ?? '', 'base64url').toString('hex')
    const vkey = (await runJson<{verifierKey: string}>(['store', 'info'], {env: t.env})).json.verifierKey
    for (const key of [finalCheckpoint.publicKey, vkey, other]) {
      const r = spawnSync('python3', [SCRIPT, t.store, '--public-key', key], {encoding: 'utf8', cwd: REPO})
      const theirs: Verdict = {code: r.status, report: JSON.parse(r.stdout) as Report}
      const mine = await runJson<Report>(['evidence', 'verify', '--store', t.store, '--public-key', key], {env: t.env})
      const ours: Verdict = {code: mine.code, report: mine.json}
      assertAgree(ours, theirs)
      assert.deepEqual(problemKeys(theirs.report), problemKeys(ours.report))
      if (key === other) {
        assert.equal(theirs.code, 10)
        assert.ok(problemKeys(theirs.report).includes('public-key'))
        assert.equal(problemKeys(theirs.report).filter((k) => k.startsWith('checkpoint-signature#')).length, ours.report.checkpoints)
      } else assert.equal(theirs.code, 0)
    }
  })

  test('a checkpoint note: both accept it, and both refuse it altered (size) or the store truncated below it', async () => {
    const notePath = join(t.dir, 'final.note')
    await ok(['evidence', 'checkpoint', '--format', 'note', '--out', notePath])
    const good = await both(t.store, notePath)
    assert.equal(good.theirs.code, 0, JSON.stringify(good.theirs.report.problems))
    assertAgree(good.ours, good.theirs)
    const text = readFileSync(notePath, 'utf8')
    const size = Number(text.split('\n')[1])
    const altered = join(t.dir, 'altered.note')
    writeFileSync(altered, text.replace(`\n${size}\n`, `\n${size - 1}\n`))
    const bad = await both(t.store, altered)
    assert.equal(bad.theirs.code, 10)
    // Its signature fails: its root is not compared, so no entry is blamed.
    assert.deepEqual(problemKeys(bad.theirs.report), ['external-checkpoint'])
    assertAgree(bad.ours, bad.theirs)
    const copy = copyOfStore()
    tamper(copy, ['entries_no_delete', 'checkpoints_no_delete', 'checkpoint_notes_no_delete'], (db) => {
      db.prepare('DELETE FROM entries WHERE seq = ?').run(size)
      db.prepare('DELETE FROM checkpoints WHERE size = ?').run(size)
      db.prepare('DELETE FROM checkpoint_notes WHERE size = ?').run(size)
    })
    const truncated = await both(copy, notePath)
    assert.equal(truncated.theirs.code, 10)
    assert.deepEqual(problemKeys(truncated.theirs.report), [`truncated@${size}#${size}`])
    assertAgree(truncated.ours, truncated.theirs)
  })

  test('meta: both name a changed kek_check against the signed meta statement, and a forged stored note signature', async () => {
    const copy = copyOfStore()
    tamper(copy, ['meta_no_update'], (db) => {
      const {value} = db.prepare("SELECT value FROM meta WHERE key = 'kek_check'").get() as {value: string}
      db.prepare("UPDATE meta SET value = ? WHERE key = 'kek_check'").run((value[0] === 'a' ? 'b' : 'a') + value.slice(1))
    })
    const meta = await both(copy)
    assert.equal(meta.theirs.code, 10)
    assert.deepEqual(problemKeys(meta.theirs.report), ['meta'])
    assert.match(meta.theirs.report.problems[0]!.message, /kek_check/)
    assertAgree(meta.ours, meta.theirs)
    const notes = copyOfStore()
    tamper(notes, ['checkpoint_notes_no_update'], (db) => {
      const sig = Buffer.from((db.prepare('SELECT sig FROM checkpoint_notes WHERE size = ?').get(finalCheckpoint.size) as {sig: Buffer}).sig)
      sig[9] = sig[9]! ^ 0x20
      db.prepare('UPDATE checkpoint_notes SET sig = ? WHERE size = ?').run(sig, finalCheckpoint.size)
    })
    const note = await both(notes)
    assert.equal(note.theirs.code, 10)
    assert.deepEqual(problemKeys(note.theirs.report), [`checkpoint-signature#${finalCheckpoint.size}`])
    assertAgree(note.ours, note.theirs)
  })

  test('a truncated tail is caught by both against the anchored checkpoint', async () => {
    const copy = copyOfStore()
    const n = finalCheckpoint.size
    tamper(copy, ['entries_no_delete', 'checkpoints_no_delete', 'checkpoint_notes_no_delete'], (db) => {
      db.prepare('DELETE FROM entries WHERE seq = ?').run(n)
      db.prepare('DELETE FROM checkpoints WHERE size = ?').run(n)
      db.prepare('DELETE FROM checkpoint_notes WHERE size = ?').run(n)
    })
    const alone = await both(copy)
    // Without the anchored checkpoint the shorter store is internally consistent.
    assert.equal(alone.theirs.code, 0)
    assertAgree(alone.ours, alone.theirs)
    const {ours, theirs} = await both(copy, final)
    assert.equal(theirs.code, 10)
    assert.equal(theirs.report.firstBadEntry, n)
    assert.deepEqual(problemKeys(theirs.report), [`truncated@${n}#${n}`])
    assertAgree(ours, theirs)
  })

  test('entries no signed checkpoint covers: both exit 11', async () => {
    const copy = copyOfStore()
    // As a crash before the checkpoint leaves it: neither the checkpoint nor its note (one transaction).
    tamper(copy, ['checkpoints_no_delete', 'checkpoint_notes_no_delete'], (db) => {
      db.prepare('DELETE FROM checkpoints WHERE size = ?').run(finalCheckpoint.size)
      db.prepare('DELETE FROM checkpoint_notes WHERE size = ?').run(finalCheckpoint.size)
    })
    const {ours, theirs} = await both(copy)
    assert.equal(ours.code, 11)
    assert.equal(theirs.code, 11)
    assert.deepEqual(theirs.report.problems.map((p) => p.code), ['unsealed'])
    assertAgree(ours, theirs)
  })
})
