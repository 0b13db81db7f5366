/**
 * Tamper evidence, end to end: one store is built through the real CLI (init, an incident, four
 * exhibits, one of them shredded, marks and a note, and an external checkpoint taken half-way),
 * then every case copies it, attacks the copy with better-sqlite3 directly (triggers dropped and
 * put back, so that verify judges the data), and runs `pl evidence verify --store COPY --json`.
 *
 * How verify reports things (src/store/verify.ts), which the exact expectations below rely on:
 * - an entry whose stored hash does not match its own header, nonce, body and prev is
 *   `entry-altered` at that entry (whatever field was changed, prev and hash included);
 * - an entry that is self-consistent but whose prev does not match the hash stored before it is
 *   `chain-broken`, reported at the entry BEFORE it (the one that was rewritten);
 * - checkpoints are checked against the Merkle root of the stored hashes: a changed hash (not a
 *   changed body) also breaks `checkpoint-root` of every checkpoint at or after it;
 * - `firstBadEntry` is the smallest entry any problem names; checkpoint-only problems name none.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {RunResult, TestStore} from '../helpers/cli.js'
import type {CheckpointFile} from '../../src/domain/checkpoint.js'
import type {VerifyReport} from '../../src/domain/verify/report.js'
import {verifyLedger} from '../../src/store/verify.js'
import {
  appendChained,
  appendGarbage,
  attackerKey,
  checkpointFileOf,
  checkpointSizes,
  copyStore,
  ENTRY_COLUMNS,
  flipBitOf,
  flipEntryBit,
  openRaw,
  problemKeys,
  rawEntries,
  rechainFrom,
  replaceSigningKey,
  deleteCheckpointsAbove,
  rewriteEntry,
  settle,
  swapEntries,
  tamper,
  withTriggersDropped,
} from '../helpers/tamper.js'
import type {EntryColumn} from '../helpers/tamper.js'
import {checkpointMessage} from '../../src/domain/codec.js'

interface Base {
  t: TestStore
  store: string
  cases: string
  /** Number of entries (the last one is an evidence.added with a blob). */
  n: number
  mid: number
  sizes: number[]
  /** The checkpoint file taken half-way with `pl evidence checkpoint --out`. */
  early: string
  earlySize: number
  /** The last signed checkpoint (size n), exported from the table before any tampering. */
  final: string
  /** A checkpoint file of another store (size 0). */
  other: string
  incidentKey: string
  shreddedKey: string
  cleanup(): void
}

interface ErrorJson {
  error: {code: string; message: string; seq?: number}
}

let b: Base
let caseNo = 0

async function ok(args: string[], env: Record<string, string>): Promise<RunResult> {
  const r = await runPl(args, {env})
  if (r.code !== 0) throw new Error(`pl ${args.join(' ')} failed (${r.code}): ${r.stderr}`)
  return r
}

async function buildBase(): Promise<Base> {
  const t = tempStore('pl-tamper-')
  const o = tempStore('pl-tamper-other-')
  const files = join(t.dir, 'files')
  const cases = join(t.dir, 'cases')
  mkdirSync(files)
  mkdirSync(cases)
  const file = (name: string, text: string) => {
    writeFileSync(join(files, name), text)
    return join(files, name)
  }
  const early = join(t.dir, 'early.checkpoint.json')
  const other = join(o.dir, 'other.checkpoint.json')
  const main = async () => {
    const incident = await initWithIncident(t, 'Prompt leak — 日本語 ✓')
    const added = await runJson<{evidence: {id: string}[]}>(
      ['evidence', 'add', incident, file('gateway.log', 'system prompt: you are…\n'), file('chat.jsonl', '{"role":"user"}\n'), file('trace.txt', 'trace 🚨\n'), file('prompt.txt', 'You are a helpful…\n')],
      {env: t.env},
    )
    assert.equal(added.code, 0, added.stderr)
    await ok(['incident', 'mark', incident, 'acknowledged'], t.env)
    await ok(['evidence', 'checkpoint', '--out', early], t.env)
    await ok(['incident', 'note', incident, 'Rotated the key — 鍵を交換 🔑'], t.env)
    await ok(['evidence', 'shred', added.json.evidence[0]!.id, '--yes', '--reason', 'test'], t.env)
    await ok(['incident', 'mark', incident, 'contained'], t.env)
    await ok(['evidence', 'add', incident, file('after.log', 'late evidence\n')], t.env)
  }
  const otherStore = async () => {
    await ok(['init'], o.env)
    await ok(['evidence', 'checkpoint', '--out', other], o.env)
  }
  await Promise.all([main(), otherStore()])
  settle(t.store)
  const db = openRaw(t.store)
  const rows = rawEntries(db)
  const keys = new Set((db.prepare('SELECT id FROM keys').all() as {id: string}[]).map((r) => r.id))
  const sizes = checkpointSizes(db)
  db.close()
  const n = rows.length
  const last = rows.at(-1)!
  assert.ok(n >= 10, `the base store has ${n} entries`)
  assert.ok(last.blob !== null, 'the last entry carries a blob')
  const shredded = rows.find((r) => r.kind === 'evidence.added' && !keys.has(r.key_id))
  assert.ok(shredded, 'one exhibit key was shredded')
  const earlyFile = JSON.parse(readFileSync(early, 'utf8')) as CheckpointFile
  const final = join(t.dir, 'final.checkpoint.json')
  writeFileSync(final, JSON.stringify(checkpointFileOf(t.store, n)))
  return {
    t,
    store: t.store,
    cases,
    n,
    mid: Math.ceil(n / 2),
    sizes,
    early,
    earlySize: earlyFile.size,
    final,
    other,
    incidentKey: rows[0]!.key_id,
    shreddedKey: shredded.key_id,
    cleanup: () => {
      t.cleanup()
      o.cleanup()
    },
  }
}

/** A fresh copy of the base store, attacked by `fn` (triggers dropped and restored). */
function attacked(name: string, fn?: (db: ReturnType<typeof openRaw>) => void): string {
  caseNo += 1
  const path = copyStore(b.store, b.cases, `${caseNo}-${name.replaceAll(/[^a-z0-9]+/gi, '-')}.db`)
  if (fn) tamper(path, fn)
  return path
}

async function verify(store: string, ...extra: string[]): Promise<{code: number | null; report: VerifyReport}> {
  const r = await runJson<VerifyReport>(['evidence', 'verify', '--store', store, ...extra], {env: b.t.env})
  return {code: r.code, report: r.json}
}

/** Each problem names what it is about: the entry (by number) or the checkpoint (by size). */
function assertProblemsNamed(report: VerifyReport): void {
  for (const p of report.problems) {
    if (p.seq !== undefined) assert.match(p.message, new RegExp(`\\b${p.seq}\\b`), `${p.code} names entry ${p.seq}: ${p.message}`)
    if (p.checkpointSize !== undefined) assert.match(p.message, new RegExp(`\\b${p.checkpointSize}\\b`), `${p.code} names checkpoint ${p.checkpointSize}`)
  }
}

/** Tampering found: exit 10, not ok, the first bad entry as given, every problem named. */
function assertTampered(r: {code: number | null; report: VerifyReport}, firstBad: number | null): void {
  assert.equal(r.code, 10, JSON.stringify(r.report.problems))
  assert.equal(r.report.ok, false)
  assert.equal(r.report.firstBadEntry, firstBad, JSON.stringify(r.report.problems))
  assertProblemsNamed(r.report)
}

const atOrAfter = (k: number) => b.sizes.filter((s) => s >= k).map((s) => `checkpoint-root#${s}`)

/**
 * What a flipped bit in one column of entry k yields. The stored hash no longer matches the
 * recomputed one, so the entry itself is `entry-altered` whatever the column. A flipped hash
 * additionally breaks the link to entry k+1 (its prev is the old hash; reported at k, the entry
 * rewritten) and the Merkle root of every checkpoint covering k. A changed blob address points to
 * no stored blob. Nothing else is reported: k+1 still chains to the hash stored in k's row for
 * every other column.
 */
function expectedForFlip(column: EntryColumn, k: number): string[] {
  const keys = [`entry-altered@${k}`]
  if (column === 'blob') keys.push(`blob@${k}`)
  if (column === 'hash') {
    if (k < b.n) keys.push(`chain-broken@${k}`)
    keys.push(...atOrAfter(k))
  }
  return keys.sort()
}

describe('tamper evidence: pl evidence verify on attacked copies of a real store', () => {
  before(async () => {
    b = await buildBase()
  })
  after(() => b?.cleanup())

  test('the untouched store verifies against the earlier checkpoint file: consistent, exit 0', async () => {
    const r = await verify(attacked('untouched'), '--checkpoint', b.early)
    assert.equal(r.code, 0, JSON.stringify(r.report.problems))
    assert.equal(r.report.ok, true)
    assert.equal(r.report.entries, b.n)
    assert.equal(r.report.firstBadEntry, null)
    assert.deepEqual(r.report.external, {size: b.earlySize, consistent: true})
  })

  describe('a flipped bit in one column of entry k → exit 10, firstBadEntry k', {concurrency: 3}, () => {
    // Every column through the CLI, k rotating over the first, a middle and the last entry (the
    // blob column lands on the last entry, which has a blob); every column × every k in-process below.
    ENTRY_COLUMNS.forEach((column, i) => {
      test(`${column}`, async () => {
        const k = [1, b.mid, b.n][i % 3]!
        const r = await verify(attacked(`flip-${column}-${k}`, (db) => flipEntryBit(db, k, column, 8 * i + (i % 7))))
        assertTampered(r, k)
        assert.deepEqual(problemKeys(r.report), expectedForFlip(column, k), `${column} of entry ${k}`)
      })
    })
  })

  test('every column × every entry, in-process on the same store (verifyLedger, no key)', () => {
    const path = attacked('matrix')
    const db = openRaw(path)
    try {
      for (const column of ENTRY_COLUMNS) {
        for (let k = 1; k <= b.n; k++) {
          db.exec('BEGIN')
          try {
            withTriggersDropped(db, () => flipEntryBit(db, k, column, 8 * k + (k % 8)))
            const report = verifyLedger(db)
            assert.equal(report.firstBadEntry, k, `${column} of entry ${k}: ${JSON.stringify(report.problems)}`)
            assert.deepEqual(problemKeys(report), expectedForFlip(column, k), `${column} of entry ${k}`)
          } finally {
            db.exec('ROLLBACK')
          }
        }
      }
      assert.equal(verifyLedger(db).ok, true, 'every mutation was rolled back')
    } finally {
      db.close()
    }
  })

  describe('rewritten entries (hash recomputed by the attacker)', {concurrency: 3}, () => {
    test('entry k rewritten with a matching hash: caught at k+1, whose prev no longer matches; reported as k', async () => {
      // Entry k is self-consistent, so it is not `entry-altered`; entry k+1 still chains to the old
      // hash, which verify reports as `chain-broken` at k (the entry that was rewritten). The new
      // hash also changes the Merkle root of every checkpoint covering k.
      const k = b.mid
      const r = await verify(attacked('rewrite-mid', (db) => rewriteEntry(db, k)))
      assertTampered(r, k)
      assert.deepEqual(problemKeys(r.report), [`chain-broken@${k}`, ...atOrAfter(k)].sort())
    })

    test('the last entry rewritten with a matching hash: caught by the signed checkpoint over it', async () => {
      const r = await verify(attacked('rewrite-last', (db) => rewriteEntry(db, b.n)))
      assert.equal(r.code, 10)
      assert.deepEqual(problemKeys(r.report), [`checkpoint-root#${b.n}`])
    })

    test(
      'the last entry rewritten with a matching hash: the first bad entry is named',
      () => {
        const path = attacked('rewrite-last-named', (db) => rewriteEntry(db, b.n))
        const db = openRaw(path)
        try {
          assert.equal(verifyLedger(db).firstBadEntry, b.n)
        } finally {
          db.close()
        }
      },
    )

    test('entries k..n rewritten and re-chained consistently: every signed checkpoint covering k fails', () => {
      // The chain itself is intact again; only the signed Merkle roots betray the rewrite (no
      // first entry after the last matching checkpoint is named). In-process: the exit code path is the one above.
      const k = b.mid
      const path = attacked('rechain', (db) => {
        rewriteEntry(db, k)
        rechainFrom(db, k + 1)
      })
      const db = openRaw(path)
      try {
        const report = verifyLedger(db)
        assert.equal(report.ok, false)
        assert.deepEqual(problemKeys(report), atOrAfter(k).sort())
      } finally {
        db.close()
      }
    })
  })

  describe('deleted, swapped and appended rows', {concurrency: 3}, () => {
    test('a middle row deleted → exit 10, firstBadEntry names it', async () => {
      const k = b.mid
      const r = await verify(attacked('delete-mid', (db) => db.prepare('DELETE FROM entries WHERE seq = ?').run(k)))
      assertTampered(r, k)
      const keys = problemKeys(r.report)
      // Entry k is missing; k+1 chains to it (reported at k); the roots of checkpoints after k differ.
      for (const want of [`sequence@${k}`, `chain-broken@${k}`, ...b.sizes.filter((s) => s > k).map((s) => `checkpoint-root#${s}`)]) {
        assert.ok(keys.includes(want), `${want} in ${keys.join(', ')}`)
      }
    })

    test(
      'a middle row deleted is not misreported as a truncated tail',
      () => {
        const path = attacked('delete-mid-truncated', (db) => db.prepare('DELETE FROM entries WHERE seq = ?').run(b.mid))
        const db = openRaw(path)
        try {
          const report = verifyLedger(db)
          assert.deepEqual(
            report.problems.filter((p) => p.code === 'truncated').map((p) => p.message),
            [],
          )
        } finally {
          db.close()
        }
      },
    )

    test('the first row deleted → exit 10, firstBadEntry 1', async () => {
      const r = await verify(attacked('delete-first', (db) => db.prepare('DELETE FROM entries WHERE seq = 1').run()))
      assertTampered(r, 1)
      const keys = problemKeys(r.report)
      assert.ok(keys.includes('sequence@1') && keys.includes('chain-broken@1'), keys.join(', '))
    })

    test('the last row deleted (truncation) → caught by the internal signed checkpoint over it', async () => {
      const r = await verify(attacked('delete-last', (db) => db.prepare('DELETE FROM entries WHERE seq = ?').run(b.n)))
      assertTampered(r, b.n)
      assert.deepEqual(problemKeys(r.report), [`truncated@${b.n}#${b.n}`])
    })

    test('the last row and its checkpoint deleted: undetectable alone (exit 0), caught against the exported checkpoint', async () => {
      const path = attacked('delete-last-and-checkpoint', (db) => {
        db.prepare('DELETE FROM entries WHERE seq = ?').run(b.n)
        deleteCheckpointsAbove(db, b.n - 1)
      })
      // Documented limitation (docs/threat-model.md): without an anchor outside the file, a
      // consistent truncation of the tail is a smaller valid store.
      const alone = await verify(path)
      assert.equal(alone.code, 0, JSON.stringify(alone.report.problems))
      const against = await verify(path, '--checkpoint', b.final)
      assertTampered(against, b.n)
      assert.deepEqual(problemKeys(against.report), [`truncated@${b.n}#${b.n}`])
      assert.deepEqual(against.report.external, {size: b.n, consistent: false})
    })

    test('two adjacent rows swapped (every column but seq) → firstBadEntry is the first of them', async () => {
      const [i, j] = [b.mid, b.mid + 1]
      const r = await verify(attacked('swap-adjacent', (db) => swapEntries(db, i, j)))
      assertTampered(r, i)
      const keys = problemKeys(r.report)
      // seq is part of the hashed header, so each moved row fails its own hash.
      assert.ok(keys.includes(`entry-altered@${i}`) && keys.includes(`entry-altered@${j}`), keys.join(', '))
    })

    test('the first and the last row swapped → firstBadEntry 1', async () => {
      const r = await verify(attacked('swap-ends', (db) => swapEntries(db, 1, b.n)))
      assertTampered(r, 1)
      const keys = problemKeys(r.report)
      assert.ok(keys.includes('entry-altered@1') && keys.includes(`entry-altered@${b.n}`), keys.join(', '))
    })

    test('a garbage row appended with the triggers dropped → exit 10; pl incident list refuses it', async () => {
      const path = attacked('append-garbage', (db) => appendGarbage(db))
      const k = b.n + 1
      const r = await verify(path)
      assertTampered(r, k)
      assert.deepEqual(problemKeys(r.report), [`entry-altered@${k}`, `unsealed@${k}`])
      const list = await runJson<ErrorJson>(['incident', 'list', '--store', path], {env: b.t.env})
      assert.equal(list.code, 10, JSON.stringify(list.json))
      assert.equal(list.json.error.code, 'integrity')
      assert.equal(list.json.error.seq, k)
    })

    test('a correctly chained forged row (existing key): verify says unsealed (exit 11); list and checkpoint refuse (exit 10)', async () => {
      const k = b.n + 1
      const path = attacked('append-chained', (db) => assert.equal(appendChained(db, {keyId: b.incidentKey}), k))
      const r = await verify(path)
      // Its hash and prev are right, so only the missing signed checkpoint over it shows.
      assert.equal(r.code, 11, JSON.stringify(r.report.problems))
      assert.equal(r.report.firstBadEntry, k)
      assert.deepEqual(problemKeys(r.report), [`unsealed@${k}`])
      assert.deepEqual(r.report.unsealed, {from: k, to: k})
      assertProblemsNamed(r.report)
      // Commands that unlock the store authenticate the unsealed tail with the data keys first:
      // the forger had no key, so the AEAD fails.
      const [list, seal] = await Promise.all([
        runJson<ErrorJson>(['incident', 'list', '--store', path], {env: b.t.env}),
        runJson<ErrorJson>(['evidence', 'checkpoint', '--store', path], {env: b.t.env}),
      ])
      for (const x of [list, seal]) {
        assert.equal(x.code, 10, JSON.stringify(x.json))
        assert.equal(x.json.error.code, 'integrity')
        assert.equal(x.json.error.seq, k)
        assert.match(x.json.error.message, new RegExp(`Entry ${k}\\b`))
      }
      const db = openRaw(path)
      try {
        assert.deepEqual(checkpointSizes(db), b.sizes, 'no checkpoint was signed over the forged entry')
      } finally {
        db.close()
      }
    })

    test('a correctly chained forged row with an unknown key: pl incident list refuses (exit 10)', async () => {
      const k = b.n + 1
      const path = attacked('append-unknown-key', (db) => appendChained(db, {keyId: 'k_000000000000000000000000'}))
      const list = await runJson<ErrorJson>(['incident', 'list', '--store', path], {env: b.t.env})
      assert.equal(list.code, 10, JSON.stringify(list.json))
      assert.equal(list.json.error.seq, k)
      assert.match(list.json.error.message, /not written by pl/)
    })

    test(
      'a correctly chained forged row using a SHREDDED key id is refused, not sealed',
      async () => {
        const path = attacked('append-shredded-key', (db) => appendChained(db, {keyId: b.shreddedKey}))
        const seal = await runJson<ErrorJson>(['evidence', 'checkpoint', '--store', path], {env: b.t.env})
        assert.equal(seal.code, 10, 'pl evidence checkpoint must not sign a checkpoint over a forged entry')
      },
    )
  })

  describe('truncation against an earlier checkpoint file', {concurrency: 3}, () => {
    test('tail and checkpoints truncated: verify alone passes, the earlier checkpoint names the first missing entry', async () => {
      // Keep entries 1..s where s is a checkpoint size before the exported one, and drop every
      // later entry and checkpoint: the file is then a smaller, internally valid store.
      const s = Math.max(...b.sizes.filter((x) => x > 0 && x < b.earlySize))
      const path = attacked('truncate-all', (db) => {
        db.prepare('DELETE FROM entries WHERE seq > ?').run(s)
        deleteCheckpointsAbove(db, s)
      })
      const alone = await verify(path)
      assert.equal(alone.code, 0, JSON.stringify(alone.report.problems))
      assert.equal(alone.report.entries, s)
      const against = await verify(path, '--checkpoint', b.early)
      assertTampered(against, s + 1)
      assert.deepEqual(problemKeys(against.report), [`truncated@${s + 1}#${b.earlySize}`])
      assert.deepEqual(against.report.external, {size: b.earlySize, consistent: false})
      const human = await runPl(['evidence', 'verify', '--store', path, '--checkpoint', b.early], {env: b.t.env})
      assert.equal(human.code, 10)
      assert.match(human.stderr, new RegExp(`First bad entry: ${s + 1}\\n`))
      assert.match(human.stdout, /NOT consistent/)
    })
  })

  describe('checkpoints, signatures and the public key', {concurrency: 3}, () => {
    const mid = () => b.sizes.filter((s) => s > 0)[1]!

    test('altered signature (size s) and timestamp (size 0) in the checkpoints table → exit 10, both checkpoints named', async () => {
      const s = mid()
      const r = await verify(
        attacked('checkpoint-sig', (db) => {
          const {sig} = db.prepare('SELECT sig FROM checkpoints WHERE size = ?').get(s) as {sig: Buffer}
          db.prepare('UPDATE checkpoints SET sig = ? WHERE size = ?').run(flipBitOf(sig, 77), s)
          db.prepare('UPDATE checkpoints SET ts = ts + 1 WHERE size = 0').run()
        }),
      )
      assertTampered(r, null)
      assert.deepEqual(problemKeys(r.report), ['checkpoint-signature#0', `checkpoint-signature#${s}`])
    })

    test('an altered root of the latest checkpoint → its signature and its root both fail', async () => {
      const r = await verify(
        attacked('checkpoint-root', (db) => {
          const {root} = db.prepare('SELECT root FROM checkpoints WHERE size = ?').get(b.n) as {root: Buffer}
          db.prepare('UPDATE checkpoints SET root = ? WHERE size = ?').run(flipBitOf(root, 3), b.n)
        }),
      )
      assertTampered(r, null)
      assert.deepEqual(problemKeys(r.report), [`checkpoint-root#${b.n}`, `checkpoint-signature#${b.n}`])
    })

    test('the exported checkpoint file with an altered signature → exit 10, not consistent', async () => {
      const c = JSON.parse(JSON.stringify(checkpointFileOf(b.store, b.earlySize))) as CheckpointFile
      const sig = Buffer.from(c.signature, 'base64')
      const file = join(b.cases, 'early-bad-sig.json')
      writeFileSync(file, JSON.stringify({...c, signature: flipBitOf(sig, 100).toString('base64')}))
      const r = await verify(attacked('external-sig'), '--checkpoint', file)
      assertTampered(r, null)
      assert.deepEqual(problemKeys(r.report), ['external-checkpoint'])
      assert.match(r.report.problems[0]!.message, /invalid signature/)
      assert.deepEqual(r.report.external, {size: b.earlySize, consistent: false})
    })

    test('a checkpoint file re-signed with another key → refused as not this store’s', async () => {
      const c = checkpointFileOf(b.store, b.earlySize)
      const key = attackerKey()
      const file = join(b.cases, 'early-resigned.json')
      const sig = key.sign(checkpointMessage(c.storeId, c.size, Buffer.from(c.root, 'hex'), c.ts))
      writeFileSync(file, JSON.stringify({...c, publicKey: key.publicKey.toString('hex'), signature: sig.toString('base64')}))
      const r = await verify(attacked('external-resigned'), '--checkpoint', file)
      assertTampered(r, null)
      // The file pins its key (issue 14 item 1), but every stored checkpoint is the store's own:
      // which side is honest cannot be told, so no checkpoint is blamed.
      assert.deepEqual(problemKeys(r.report), ['external-checkpoint', 'public-key'])
      assert.match(r.report.problems.map((p) => p.message).join('\n'), /another store or with another key/)
      assert.match(r.report.problems.find((p) => p.code === 'public-key')!.message, /either the store was re-signed with a new key \(meta altered\), or the file is not this store's/)
    })

    test('a checkpoint file of another store (size 0, same empty root) → refused by store identity', async () => {
      const r = await verify(attacked('external-other-store'), '--checkpoint', b.other)
      assertTampered(r, null)
      assert.deepEqual(problemKeys(r.report), ['external-checkpoint'])
      assert.match(r.report.problems[0]!.message, /another store/)
    })

    test('the public key in meta replaced → every checkpoint signature fails', async () => {
      const key = attackerKey()
      const r = await verify(attacked('meta-key', (db) => replaceSigningKey(db, key, false)))
      assertTampered(r, null)
      // The signed meta statement names the replaced value as well.
      assert.deepEqual(problemKeys(r.report), [...b.sizes.map((s) => `checkpoint-signature#${s}`), 'meta'].sort())
      assert.match(r.report.problems.find((p) => p.code === 'meta')!.message, /"sign_public_key"/)
    })

    test('the whole file rewritten (entry 2 altered, chain, roots and signatures redone under a new key): passes alone, refused against the earlier checkpoint', async () => {
      // Someone who can rewrite the whole file can make a valid store of it: only a checkpoint
      // kept elsewhere (which carries the store's public key and the root) tells (threat model).
      const key = attackerKey()
      const path = attacked('rewrite-everything', (db) => {
        rewriteEntry(db, 2)
        rechainFrom(db, 3)
        replaceSigningKey(db, key, true)
      })
      const [alone, against] = await Promise.all([verify(path), verify(path, '--checkpoint', b.early)])
      assert.equal(alone.code, 0, JSON.stringify(alone.report.problems))
      assertTampered(against, null)
      // Signed with another key, and entries 1..E no longer hash to the root it signed.
      assert.deepEqual(problemKeys(against.report), ['external-checkpoint', `external-checkpoint#${b.earlySize}`, 'public-key'])
      assert.match(against.report.problems.map((p) => p.message).join('\n'), /another key/)
      assert.deepEqual(against.report.external, {size: b.earlySize, consistent: false})
    })

    test('append-only triggers dropped and left dropped → exit 10 naming them', async () => {
      const path = attacked('no-triggers')
      const db = openRaw(path)
      try {
        db.exec('DROP TRIGGER entries_no_update; DROP TRIGGER entries_in_sequence')
      } finally {
        db.close()
      }
      const r = await verify(path)
      assertTampered(r, null)
      assert.deepEqual(problemKeys(r.report), ['schema'])
      assert.match(r.report.problems[0]!.message, /entries_no_update, entries_in_sequence/)
    })
  })

  describe('the human output', {concurrency: 3}, () => {
    test('a flipped body bit: every problem on stderr, "First bad entry: k", VERIFICATION FAILED', async () => {
      const k = b.mid
      const r = await runPl(['evidence', 'verify', '--store', attacked('human-body', (db) => flipEntryBit(db, k, 'body', 5))], {env: b.t.env})
      assert.equal(r.code, 10)
      assert.match(r.stderr, new RegExp(`✗ Entry ${k}: its hash does not match`))
      assert.match(r.stderr, new RegExp(`^First bad entry: ${k}$`, 'm'))
      assert.match(r.stderr, /VERIFICATION FAILED/)
      assert.doesNotMatch(r.stdout, /Verified/)
    })

    test('an unsealed forged tail: exit 11, "First bad entry", and the advice to seal', async () => {
      const k = b.n + 1
      const r = await runPl(['evidence', 'verify', '--store', attacked('human-unsealed', (db) => appendChained(db, {keyId: b.incidentKey}))], {env: b.t.env})
      assert.equal(r.code, 11)
      assert.match(r.stderr, new RegExp(`^First bad entry: ${k}$`, 'm'))
      assert.match(r.stderr, /Not fully sealed/)
    })
  })
})
