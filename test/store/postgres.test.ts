/**
 * The team store on a private PostgreSQL: the real CLI and real append workers against a database
 * per test. A store made, used and verified; the roles and triggers; gap-free sequencing from
 * several processes, through a server crash and a killed writer; tampering as a superuser with the
 * triggers disabled; and connection, authentication and TLS failures named with exit 8 and the URL
 * shown without its password.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {spawnSync} from 'node:child_process'
import {initWithIncident, REPO, runJson, runPl, tempStore} from '../helpers/cli.js'
import {openRaw} from '../helpers/tamper.js'
import type {TestStore} from '../helpers/cli.js'
import type {VerifyReport} from '../../src/domain/verify/report.js'
import {freePort, startPostgres} from '../fixtures/providers/databases.js'
import type {PrivatePostgres} from '../fixtures/providers/databases.js'
import {firstGap, spawnWorker} from '../fixtures/store/processes.js'
import {dbUrl, PG_SKIP, pgSeqs, pgTempStore, sql, withTriggersDisabled} from '../fixtures/store/postgres.js'
import pg from 'pg'
import {FOLLOW_LOCK, PG_MIGRATIONS} from '../../src/store/pg/schema.js'

type PgStore = TestStore & {url: string; db: string}

async function verify(t: TestStore, ...extra: string[]): Promise<{code: number | null; report: VerifyReport}> {
  const r = await runJson<VerifyReport>(['evidence', 'verify', ...extra], {env: t.env})
  return {code: r.code, report: r.json}
}

describe('the team store on PostgreSQL', {skip: PG_SKIP}, () => {
  let server: PrivatePostgres
  before(async () => {
    server = await startPostgres()
  })
  after(async () => {
    await server?.stop()
  })

  test('init, incident, note, evidence, shred, postmortem and verify through postgres:// (the password never shown)', {timeout: 120_000}, async () => {
    const t = await pgTempStore(server)
    try {
      // A password in the URL (trust auth ignores it): kept for the connection only.
      const secret = `pw-${process.pid}-fake-only`
      const withPassword = t.url.replace('postgres://pl@', `postgres://pl:${secret}@`)
      const env = {...t.env, PL_STORE: withPassword}
      const outputs: string[] = []
      const pl = async (args: string[]) => {
        const r = await runPl(args, {env})
        outputs.push(r.stdout, r.stderr)
        return r
      }
      const init = await pl(['init', '--json'])
      assert.equal(init.code, 0, init.stderr)
      const made = JSON.parse(init.stdout) as {store: string; engine: string; roles: {sql: string; created: boolean}}
      assert.equal(made.engine, 'postgres')
      assert.equal(made.store, t.url)
      assert.match(made.roles.sql, /GRANT DELETE ON public\.keys, public\.grants TO pl_writer/)
      const open = await pl(['incident', 'open', '--title', 'Prompt in the team store', '--severity', 'P1', '--class', 'secret', '--json'])
      assert.equal(open.code, 0, open.stderr)
      const id = (JSON.parse(open.stdout) as {id: string}).id
      const file = join(t.dir, 'gateway.log')
      writeFileSync(file, 'line one\n'.repeat(5000))
      const add = await pl(['evidence', 'add', id, file, '--json'])
      assert.equal(add.code, 0, add.stderr)
      const ev = /"(EV-\d+)"/.exec(add.stdout)![1]!
      assert.equal((await pl(['incident', 'note', id, 'noted from machine two'])).code, 0)
      const show = await runJson<{notes: {text: string}[]; incident: {evidence: unknown[]}}>(['incident', 'show', id], {env})
      assert.equal(show.code, 0, show.stderr)
      assert.deepEqual(show.json.notes.map((n) => n.text), ['noted from machine two'])
      const reveal = await pl(['evidence', 'show', ev, '--reveal'])
      assert.equal(reveal.code, 0, reveal.stderr)
      assert.equal(reveal.stdout, 'line one\n'.repeat(5000))
      const shred = await pl(['evidence', 'shred', ev, '--reason', 'retention', '--yes', '--json'])
      assert.equal(shred.code, 0, shred.stderr)
      const pm = await pl(['report', 'postmortem', id, '--root-cause', 'logging', '--out', join(t.dir, 'pm.md')])
      assert.equal(pm.code, 0, pm.stderr)
      const v = await verify({...t, env})
      assert.equal(v.code, 0, JSON.stringify(v.report.problems))
      assert.equal(v.report.ok, true)
      const deep = await pl(['evidence', 'verify', '--deep'])
      assert.equal(deep.code, 0, deep.stderr)
      for (const o of outputs) assert.ok(!o.includes(secret), `the password appeared in: ${o.slice(0, 200)}`)
      const recorded = await sql<{actor: string; incident: string}>(t.url, 'SELECT actor, incident FROM entries')
      assert.ok(recorded.every((r) => !r.actor.includes(secret) && !r.incident.includes(secret)))
      // The wrapped key of the shredded exhibit is gone from the table.
      const [keys] = await sql<{n: number}>(t.url, 'SELECT count(*)::int AS n FROM keys')
      assert.ok(keys!.n >= 1)
    } finally {
      t.cleanup()
    }
  })

  test('a second pl init on the same database is refused (exit 4); a missing database is exit 4', async () => {
    const t = await pgTempStore(server)
    try {
      assert.equal((await runPl(['init'], {env: t.env})).code, 0)
      const again = await runPl(['init'], {env: t.env})
      assert.equal(again.code, 4, again.stderr)
      assert.match(again.stderr, /already exists/)
      const missing = await runPl(['incident', 'list'], {env: {...t.env, PL_STORE: dbUrl(server, 'no_such_db')}})
      assert.equal(missing.code, 4, missing.stderr)
      const empty = await pgTempStore(server)
      const none = await runPl(['incident', 'list'], {env: {...t.env, PL_STORE: empty.url}})
      assert.equal(none.code, 4, none.stderr)
      assert.match(none.stderr, /No evidence store at postgres:\/\/pl@127\.0\.0\.1:\d+\/pl_test_\d+_\d+: the database holds no pl tables/)
      // A database with a table of its own named like one of pl's: refused, nothing created.
      await sql(empty.url, 'CREATE TABLE meta (x int)')
      const over = await runPl(['init'], {env: {...t.env, PL_STORE: empty.url}})
      assert.equal(over.code, 4, over.stderr)
      assert.match(over.stderr, /already holds tables or functions named as pl's/)
      assert.deepEqual(await sql(empty.url, "SELECT 1 FROM pg_tables WHERE tablename = 'entries'"), [])
      empty.cleanup()
      // A store written by a newer pl: refused for writing and for verifying.
      await sql(t.url, 'INSERT INTO pl_schema (version, applied) VALUES (99, 0)')
      for (const args of [['incident', 'list'], ['evidence', 'verify']]) {
        const newer = await runPl(args, {env: t.env})
        assert.equal(newer.code, 4, newer.stderr)
        assert.match(newer.stderr, /written by a newer pl \(schema 99/)
      }
    } finally {
      t.cleanup()
    }
  })

  describe('triggers and roles', () => {
    let t: PgStore
    let incident: string
    before(async () => {
      t = await pgTempStore(server)
      const init = await runPl(['init', '--roles', 'create'], {env: t.env})
      assert.equal(init.code, 0, init.stderr)
      incident = await runJson<{id: string}>(['incident', 'open', '--title', 'Roles', '--severity', 'P2'], {env: t.env}).then((r) => r.json.id)
      await sql(server.url, `DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alice') THEN CREATE ROLE alice LOGIN IN ROLE pl_writer; END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'audrey') THEN CREATE ROLE audrey LOGIN IN ROLE pl_auditor; END IF;
      END $$`)
    })
    after(() => t.cleanup())

    for (const table of ['entries', 'meta', 'blobs', 'blob_chunks', 'checkpoints']) {
      test(`UPDATE, DELETE and TRUNCATE on ${table} are refused even to the superuser`, async () => {
        for (const statement of [`UPDATE ${table} SET ${table === 'meta' ? 'value = value' : table === 'blob_chunks' ? 'idx = idx' : table === 'checkpoints' ? 'ts = ts' : table === 'blobs' ? 'size = size' : 'ts = ts'}`, `DELETE FROM ${table}`, `TRUNCATE ${table} CASCADE`]) {
          // An empty table fires no row trigger: put a row in blobs and chunks first.
          if (table === 'blobs' || table === 'blob_chunks') {
            await sql(t.url, "INSERT INTO blob_chunks (stream, idx, data) VALUES ('s', 0, '\\x00') ON CONFLICT DO NOTHING")
            await sql(t.url, "INSERT INTO blobs (id, stream, header, chunks, size, created) VALUES ('b', 's', '\\x00', 1, 1, 0) ON CONFLICT DO NOTHING")
          }
          await assert.rejects(sql(t.url, statement), /append-only/, statement)
        }
      })
    }

    test('keys: UPDATE and TRUNCATE refused, DELETE allowed (shredding); entries out of sequence refused', async () => {
      await assert.rejects(sql(t.url, 'UPDATE keys SET created = created'), /append-only/)
      await assert.rejects(sql(t.url, 'TRUNCATE keys'), /append-only/)
      await assert.rejects(sql(t.url, 'DELETE FROM head'), /head moves one entry at a time/)
      const [last] = await sql<{seq: number}>(t.url, 'SELECT max(seq)::int AS seq FROM entries')
      await assert.rejects(
        sql(t.url, "INSERT INTO entries (seq, ts, incident, kind, actor, key_id, nonce, body, prev, hash) VALUES ($1, 0, 'X', 'note', 'a', 'k', '\\x00', '\\x00', '\\x00', '\\x00')", [last!.seq + 2]),
        /in sequence/,
      )
    })

    test('the writer role appends and shreds; it cannot delete entries; the auditor verifies without a key and cannot write (exit 13)', {timeout: 60_000}, async () => {
      const writer = {...t.env, PL_STORE: dbUrl(server, t.db, 'alice')}
      const note = await runPl(['incident', 'note', incident, 'from the writer role'], {env: writer})
      assert.equal(note.code, 0, note.stderr)
      await assert.rejects(sql(dbUrl(server, t.db, 'alice'), 'DELETE FROM entries'), /permission denied/)
      await assert.rejects(sql(dbUrl(server, t.db, 'alice'), 'ALTER TABLE entries DISABLE TRIGGER USER'), /must be owner/)
      const auditorEnv = {PL_STORE: dbUrl(server, t.db, 'audrey'), PL_HOME: join(t.dir, 'auditor-home')}
      const v = await runJson<VerifyReport>(['evidence', 'verify'], {env: auditorEnv})
      assert.equal(v.code, 0, JSON.stringify(v.json))
      assert.equal(v.json.ok, true)
      assert.ok(v.json.entries >= 3)
      const denied = await runPl(['incident', 'note', incident, 'an auditor may not write'], {env: {...t.env, PL_STORE: dbUrl(server, t.db, 'audrey')}})
      assert.equal(denied.code, 13, denied.stderr)
      assert.match(denied.stderr, /Permission denied on the PostgreSQL store postgres:\/\/audrey@/)
      await assert.rejects(sql(dbUrl(server, t.db, 'audrey'), 'DELETE FROM keys'), /permission denied/)
    })

    // Last in this block: it takes the store back to schema 4.
    test('a writer on a store that needs a migration is told only the owner may apply it (exit 13); once the owner writes, the writer can', {timeout: 60_000}, async () => {
      await sql(t.url, 'DELETE FROM pl_schema WHERE version = 5')
      const writer = {...t.env, PL_STORE: dbUrl(server, t.db, 'alice')}
      const denied = await runPl(['incident', 'note', incident, 'before the upgrade'], {env: writer})
      assert.equal(denied.code, 13, denied.stderr)
      assert.match(denied.stderr, /needs pl's schema upgrade 4 → 5, which only the store's owner may apply/)
      assert.match(denied.stderr, /pl evidence checkpoint --store/)
      assert.doesNotMatch(denied.stderr, /\n\s+at /)
      assert.equal((await runPl(['evidence', 'checkpoint'], {env: t.env})).code, 0)
      const note = await runPl(['incident', 'note', incident, 'after the upgrade'], {env: writer})
      assert.equal(note.code, 0, note.stderr)
    })
  })

  test('a schema-4 team store is migrated to schema 5 when a writer opens it; appends then NOTIFY only while a follower holds the lock (docs/adr/0025), and it verifies', {timeout: 60_000}, async () => {
    const t = await pgTempStore(server)
    const listener = new pg.Client({connectionString: t.url})
    try {
      const id = await initWithIncident(t)
      // The store as schema 4 left it: the NOTIFY on every append, no version 5.
      const schema4 = PG_MIGRATIONS.find((m) => m.version === 1)!.sql.match(/CREATE FUNCTION pl_notify_size\(\)[\s\S]*?END \$\$;/)![0]
      await sql(t.url, `${schema4.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION')}\nDELETE FROM pl_schema WHERE version = 5`)
      assert.deepEqual((await sql<{v: number}>(t.url, 'SELECT max(version) AS v FROM pl_schema'))[0]?.v, 4)
      const storeId = (await sql<{value: string}>(t.url, "SELECT value FROM meta WHERE key = 'store_id'"))[0]!.value
      const heard: string[] = []
      listener.on('notification', (n) => heard.push(`${n.channel} ${n.payload ?? ''}`))
      await listener.connect()
      await listener.query('LISTEN pl_ledger')
      const size = async () => (await sql<{size: number}>(t.url, 'SELECT size FROM head'))[0]!.size
      const settle = () => new Promise((r) => setTimeout(r, 300))

      // A writer opens it: migrated before it appends; nobody holds the lock, so nothing is announced.
      assert.equal((await runPl(['incident', 'note', id, 'after the upgrade'], {env: t.env})).code, 0)
      assert.deepEqual((await sql<{v: number}>(t.url, 'SELECT max(version) AS v FROM pl_schema'))[0]?.v, 5)
      await settle()
      assert.deepEqual(heard, [])

      // A follower's lock: every append is announced with the store id and the new size, and nothing else.
      await listener.query(`SELECT pg_advisory_lock_shared(${FOLLOW_LOCK})`)
      assert.equal((await runPl(['incident', 'note', id, 'heard'], {env: t.env})).code, 0)
      for (let i = 0; i < 50 && heard.length === 0; i++) await settle()
      assert.deepEqual(heard, [`pl_ledger ${storeId} ${await size()}`])

      // Let go: silent again.
      await listener.query(`SELECT pg_advisory_unlock_shared(${FOLLOW_LOCK})`)
      assert.equal((await runPl(['incident', 'note', id, 'unheard'], {env: t.env})).code, 0)
      await settle()
      assert.equal(heard.length, 1)

      const v = await verify(t)
      assert.equal(v.code, 0, JSON.stringify(v.report.problems))
    } finally {
      await listener.end().catch(() => {})
      t.cleanup()
    }
  })

  test('four writers and pl incident note at once: every acknowledged entry once, no gap, verify exits 0', {timeout: 180_000}, async (tc) => {
    const t = await pgTempStore(server)
    try {
      const incident = await initWithIncident(t, 'Concurrency on PostgreSQL')
      const start = (await pgSeqs(t.url)).length
      const workers = [1, 2, 3, 4].map((i) =>
        spawnWorker({store: t.url, keyFile: t.keyFile, incident, actor: `w${i}@test`, seed: i, maxBatch: 5, count: 60, blobEvery: i === 1 ? 7 : 0, checkpointEvery: 4, pauseMs: 3}),
      )
      const notes = await Promise.all([1, 2, 3].map((i) => runJson<{seq: number}>(['incident', 'note', incident, `cli note ${i}`], {env: t.env})))
      const exits = await Promise.all(workers.map((w) => w.exited))
      for (const e of exits) assert.equal(e.code, 0, e.stderr)
      for (const n of notes) assert.equal(n.code, 0, n.stderr)
      const claimed = [...workers.flatMap((w) => w.acks), ...notes.map((n) => n.json.seq)]
      assert.equal(new Set(claimed).size, claimed.length, 'a seq was acknowledged to two writers')
      const seqs = await pgSeqs(t.url)
      assert.equal(firstGap(seqs), undefined)
      // Worker 1 adds exhibits: the first is preceded by the store's one evidence.numbering entry (ADR 0016).
      const [markers] = await sql<{n: number}>(t.url, "SELECT count(*)::int AS n FROM entries WHERE kind = 'evidence.numbering'")
      assert.equal(markers!.n, 1, 'one numbering entry, however the writers interleaved')
      assert.equal(seqs.length, start + claimed.length + 1)
      for (const [i, w] of workers.entries()) {
        const mine = (await sql<{seq: number}>(t.url, "SELECT seq FROM entries WHERE actor = $1 AND kind <> 'evidence.numbering' ORDER BY seq", [`w${i + 1}@test`])).map((r) => r.seq)
        assert.deepEqual(mine, [...w.acks].sort((a, b) => a - b))
      }
      const [head] = await sql<{size: number}>(t.url, 'SELECT size FROM head')
      assert.equal(head!.size, seqs.length)
      tc.diagnostic(`${claimed.length} entries from 4 workers and 3 notes`)
      const v = await verify(t)
      assert.equal(v.code, 0, JSON.stringify(v.report.problems))
      // Entries sealed by the connection's thread, many of them alike from one process (their
      // messages copied from the last, docs/adr/0030): an offline SQLite copy verifies without pl too.
      const copy = join(t.dir, 'writers.db')
      const down = await runJson<{entries: number}>(['store', 'clone', t.url, '--to', copy], {env: {PL_HOME: join(t.dir, 'auditor')}})
      assert.equal(down.code, 0, down.stderr)
      assert.equal(down.json.entries, seqs.length)
      const py = spawnSync('python3', [join(REPO, 'test', 'independent', 'verify_store.py'), copy], {encoding: 'utf8'})
      assert.equal(py.status, 0, py.stdout + py.stderr)
      assert.equal((JSON.parse(py.stdout) as {ok: boolean; entries: number}).entries, seqs.length)
    } finally {
      t.cleanup()
    }
  })

  test('three pl incident open at once on PostgreSQL get three different ids', {timeout: 60_000}, async () => {
    const t = await pgTempStore(server)
    try {
      assert.equal((await runPl(['init'], {env: t.env})).code, 0)
      const opened = await Promise.all([1, 2, 3].map((i) => runJson<{id: string}>(['incident', 'open', '--title', `Same time ${i}`, '--severity', 'P2'], {env: t.env})))
      for (const o of opened) assert.equal(o.code, 0, o.stderr)
      assert.equal(new Set(opened.map((o) => o.json.id)).size, 3)
    } finally {
      t.cleanup()
    }
  })

  test('a writer SIGKILLed mid-transaction and the server restarted with -m immediate: no acknowledged entry lost, no gap, chain valid', {timeout: 240_000}, async (tc) => {
    const t = await pgTempStore(server)
    try {
      const incident = await initWithIncident(t, 'Crashes on PostgreSQL')
      const spawnAll = (round: number) =>
        [1, 2, 3, 4].map((i) => spawnWorker({store: t.url, keyFile: t.keyFile, incident, actor: `c${i}@test`, seed: round * 10 + i, maxBatch: 8, durationMs: 20_000, checkpointEvery: 3}))
      // Round 1: one writer killed while it appends.
      let workers = spawnAll(1)
      await Promise.all(workers.map((w) => w.ready))
      await new Promise((r) => setTimeout(r, 400))
      workers[0]!.child.kill('SIGKILL')
      await new Promise((r) => setTimeout(r, 300))
      for (const w of workers.slice(1)) w.child.kill('SIGTERM')
      let exits = await Promise.all(workers.map((w) => w.exited))
      const acked = new Set(workers.flatMap((w) => w.acks))
      // Round 2: the server crashes (immediate restart) under four writers.
      workers = spawnAll(2)
      await Promise.all(workers.map((w) => w.ready))
      await new Promise((r) => setTimeout(r, 400))
      server.ctl(['-m', 'immediate', 'restart'])
      exits = await Promise.all(workers.map((w) => w.exited))
      for (const w of workers) for (const s of w.acks) acked.add(s)
      const failed = exits.filter((e) => e.code !== 0)
      tc.diagnostic(`acknowledged ${acked.size}; after the restart ${failed.length} writers failed: ${failed.map((e) => e.stderr.split('\n')[0]).join(' | ')}`)
      for (const e of failed) assert.match(e.stderr, /(The connection to|Cannot reach) the PostgreSQL store postgres:\/\/pl@127\.0\.0\.1/)
      const seqs = await pgSeqs(t.url)
      assert.equal(firstGap(seqs), undefined)
      for (const s of acked) assert.ok(seqs.includes(s), `acknowledged entry ${s} was lost`)
      // Entries committed whose acknowledgement or checkpoint the crash cut off are sealed by the next command.
      const seal = await runPl(['evidence', 'checkpoint'], {env: t.env})
      assert.equal(seal.code, 0, seal.stderr)
      const v = await verify(t)
      assert.equal(v.code, 0, JSON.stringify(v.report.problems))
      assert.equal(v.report.entries, seqs.length)
    } finally {
      t.cleanup()
    }
  })

  describe('tampering as a superuser with the triggers disabled: verify without a key names the first bad entry', () => {
    let base: PgStore
    let n: number
    let early: string
    let earlySize: number
    let cases = 0
    before(async () => {
      base = await pgTempStore(server, 'pl_base')
      const incident = await initWithIncident(base, 'Tamper base')
      for (let i = 0; i < 6; i++) assert.equal((await runPl(['incident', 'note', incident, `note ${i}`], {env: base.env})).code, 0)
      mkdirSync(join(base.dir, 'cp'), {recursive: true})
      early = join(base.dir, 'cp', 'early.json')
      const cp = await runJson<{size: number}>(['evidence', 'checkpoint', '--out', early], {env: base.env})
      assert.equal(cp.code, 0, cp.stderr)
      earlySize = cp.json.size
      for (let i = 0; i < 3; i++) assert.equal((await runPl(['incident', 'note', incident, `later ${i}`], {env: base.env})).code, 0)
      n = (await pgSeqs(base.url)).length
    })
    after(() => base.cleanup())

    /** A copy of the base database, attacked with `statements` (triggers disabled around them). */
    async function attacked(statements: string[]): Promise<TestStore> {
      const name = `pl_case_${process.pid}_${++cases}`
      await sql(server.url, `CREATE DATABASE ${name} TEMPLATE ${base.db}`)
      const url = dbUrl(server, name)
      await withTriggersDisabled(url, statements)
      // The auditor's view: no key at all.
      return {...base, store: url, env: {PL_STORE: url, PL_HOME: join(base.dir, 'auditor')}}
    }

    test('the untouched copy verifies (exit 0)', async () => {
      const v = await verify(await attacked([]), '--checkpoint', early)
      assert.equal(v.code, 0, JSON.stringify(v.report.problems))
    })

    test('a flipped byte in entry 3\'s body → exit 10, firstBadEntry 3', async () => {
      const v = await verify(await attacked(["UPDATE entries SET body = overlay(body placing decode(lpad(to_hex(get_byte(body, 0) # 1), 2, '0'), 'hex') from 1 for 1) WHERE seq = 3"]))
      assert.equal(v.code, 10)
      assert.equal(v.report.firstBadEntry, 3, JSON.stringify(v.report.problems))
    })

    test('a middle row deleted → exit 10, firstBadEntry names it', async () => {
      const v = await verify(await attacked(['DELETE FROM entries WHERE seq = 4']))
      assert.equal(v.code, 10)
      assert.equal(v.report.firstBadEntry, 4, JSON.stringify(v.report.problems))
    })

    test('the tail and its checkpoints deleted: passes alone, caught against the earlier checkpoint file at the first missing entry', async () => {
      const keep = earlySize - 2
      const t = await attacked([`DELETE FROM entries WHERE seq > ${keep}`, `DELETE FROM checkpoints WHERE size > ${keep}`, `DELETE FROM checkpoint_notes WHERE size > ${keep}`, `UPDATE head SET size = ${keep}, hash = (SELECT hash FROM entries WHERE seq = ${keep})`])
      const alone = await verify(t)
      assert.equal(alone.code, 0, JSON.stringify(alone.report.problems))
      const against = await verify(t, '--checkpoint', early)
      assert.equal(against.code, 10)
      assert.equal(against.report.firstBadEntry, keep + 1, JSON.stringify(against.report.problems))
    })

    test('a forged row inserted at the end → caught (garbage exit 10; well chained: unsealed, exit 11), named', async () => {
      const garbage = await verify(
        await attacked([`INSERT INTO entries (seq, ts, incident, kind, actor, key_id, nonce, body, prev, hash) VALUES (${n + 1}, 1, 'INC-2026-0001', 'note', 'mallory', 'k_x', '\\x00', '\\x00', '\\x00', '\\x00')`]),
      )
      assert.equal(garbage.code, 10)
      assert.equal(garbage.report.firstBadEntry, n + 1, JSON.stringify(garbage.report.problems))
      // The same row, chained to the real last hash: only a signed checkpoint could vouch for it.
      const chained = await verify(
        await attacked([
          `INSERT INTO entries (seq, ts, incident, kind, actor, key_id, nonce, body, prev, hash) SELECT ${n + 1}, ts, incident, kind, 'mallory', key_id, nonce, body, hash, sha256(hash) FROM entries WHERE seq = ${n}`,
        ]),
      )
      assert.ok(chained.code === 10 || chained.code === 11, `exit ${chained.code}`)
      assert.equal(chained.report.firstBadEntry, n + 1, JSON.stringify(chained.report.problems))
    })

    test('seq 4 gone and seq 5 twice (the key dropped) after the last checkpoint: the next checkpoint refuses, naming entry 5, and signs nothing', async () => {
      const last = (await sql<{size: number}>(base.url, 'SELECT max(size)::int AS size FROM checkpoints'))[0]!.size
      const t = await attacked([
        `DELETE FROM checkpoints WHERE size = ${last}`,
        `DELETE FROM checkpoint_notes WHERE size = ${last}`,
        'ALTER TABLE entries DROP CONSTRAINT entries_pkey',
        'DELETE FROM entries WHERE seq = 4',
        'INSERT INTO entries SELECT * FROM entries WHERE seq = 5',
      ])
      // As many rows as seqs, the last one where it was: only the order of the seqs tells.
      assert.deepEqual((await pgSeqs(t.store)).slice(0, 5), [1, 2, 3, 5, 5])
      const signed = await runPl(['evidence', 'checkpoint'], {env: {...base.env, PL_STORE: t.store}})
      assert.equal(signed.code, 10, signed.stderr)
      assert.match(signed.stderr, /entry 5 was read where 4 was due/)
      assert.deepEqual((await sql<{n: number}>(t.store, 'SELECT count(*)::int AS n FROM checkpoints WHERE size >= $1', [last])).map((r) => r.n), [0])
    })

    test('meta rewritten (the public key replaced) → exit 10, every checkpoint signature fails', async () => {
      const v = await verify(await attacked(["UPDATE meta SET value = repeat('ab', 32) WHERE key = 'sign_public_key'"]))
      assert.equal(v.code, 10)
      assert.ok(v.report.problems.some((p) => p.code === 'checkpoint-signature'), JSON.stringify(v.report.problems))
    })

    test('triggers left disabled → exit 10 naming them', async () => {
      const name = `pl_case_${process.pid}_${++cases}`
      await sql(server.url, `CREATE DATABASE ${name} TEMPLATE ${base.db}`)
      const url = dbUrl(server, name)
      await sql(url, 'ALTER TABLE entries DISABLE TRIGGER USER')
      const v = await verify({...base, env: {PL_STORE: url, PL_HOME: join(base.dir, 'auditor')}})
      assert.equal(v.code, 10)
      assert.match(v.report.problems.map((p) => p.message).join('\n'), /removed or disabled: entries_in_sequence, entries_no_update, entries_no_truncate/)
    })
  })

  test('pl store clone SQLite → PostgreSQL → SQLite: the same rows byte for byte, verified by pl and by verify_store.py', {timeout: 120_000}, async () => {
    const local = tempStore('pl-clone-')
    const team = await pgTempStore(server)
    try {
      const incident = await initWithIncident(local, 'Cloned')
      const file = join(local.dir, 'big.log')
      writeFileSync(file, Buffer.alloc(3 * 1024 * 1024 + 17, 7))
      const add = await runPl(['evidence', 'add', incident, file, '--json'], {env: local.env})
      assert.equal(add.code, 0, add.stderr)
      const small = join(local.dir, 'small.log')
      writeFileSync(small, 'secret-ish\n')
      const add2 = await runPl(['evidence', 'add', incident, small, '--json'], {env: local.env})
      const ev = /"(EV-\d+)"/.exec(add2.stdout)![1]!
      assert.equal((await runPl(['evidence', 'shred', ev, '--yes', '--reason', 'test'], {env: local.env})).code, 0)
      const up = await runJson<{entries: number; root: string; verified: boolean}>(['store', 'clone', local.store, '--to', team.url], {env: local.env})
      assert.equal(up.code, 0, up.stderr)
      assert.equal(up.json.verified, true)
      // The team keeps working on PostgreSQL with the same key.
      assert.equal((await runPl(['incident', 'note', incident, 'on the team store now'], {env: {...team.env, PL_KEY_FILE: local.keyFile}})).code, 0)
      const back = join(local.dir, 'audit.db')
      const down = await runJson<{entries: number}>(['store', 'clone', team.url, '--to', back], {env: {PL_HOME: join(local.dir, 'auditor')}})
      assert.equal(down.code, 0, down.stderr)
      assert.equal(down.json.entries, up.json.entries + 1)
      const pgRows = await sql<Record<string, unknown>>(team.url, 'SELECT seq, ts, incident, kind, actor, key_id, blob, nonce, body, prev, hash FROM entries ORDER BY seq')
      const db = openRaw(back)
      try {
        const sqliteRows = db.prepare('SELECT seq, ts, incident, kind, actor, key_id, blob, nonce, body, prev, hash FROM entries ORDER BY seq').all()
        assert.deepEqual(sqliteRows, pgRows)
      } finally {
        db.close()
      }
      const py = spawnSync('python3', [join(REPO, 'test', 'independent', 'verify_store.py'), back], {encoding: 'utf8'})
      assert.equal(py.status, 0, py.stdout + py.stderr)
      assert.equal((JSON.parse(py.stdout) as {ok: boolean; entries: number}).entries, down.json.entries)
      const deep = await runPl(['evidence', 'verify', '--deep', '--store', back], {env: local.env})
      assert.equal(deep.code, 0, deep.stderr)
      const again = await runPl(['store', 'clone', local.store, '--to', team.url], {env: local.env})
      assert.equal(again.code, 4, again.stderr)
    } finally {
      local.cleanup()
      team.cleanup()
    }
  })

  test('pl unlock on a team store: a command without key material uses the agent; pl lock stops it', {timeout: 60_000}, async () => {
    const t = await pgTempStore(server)
    try {
      const incident = await initWithIncident(t, 'Agent on PostgreSQL')
      const agentDir = join(t.dir, 'agent')
      mkdirSync(agentDir, {mode: 0o700})
      const unlock = await runPl(['unlock', '--ttl', '5m'], {env: {...t.env, PL_AGENT_DIR: agentDir}})
      assert.equal(unlock.code, 0, unlock.stderr)
      const keyless = {PL_STORE: t.url, PL_HOME: t.env.PL_HOME!, PL_ACTOR: 'oncall@test', PL_AGENT_DIR: agentDir}
      try {
        const note = await runPl(['incident', 'note', incident, 'through the agent'], {env: keyless})
        assert.equal(note.code, 0, note.stderr)
        const opened = await runPl(['incident', 'open', '--title', 'Second, through the agent', '--severity', 'P3'], {env: keyless})
        assert.equal(opened.code, 0, opened.stderr)
      } finally {
        assert.equal((await runPl(['lock'], {env: keyless})).code, 0)
      }
      const after = await runPl(['incident', 'note', incident, 'no agent, no key'], {env: keyless})
      assert.equal(after.code, 6, after.stderr)
    } finally {
      t.cleanup()
    }
  })

  describe('failures: exit 8, a clear message, the URL without its password', () => {
    const secret = 'fake-pw-never-shown'
    test('connection refused', async () => {
      const port = await freePort()
      const r = await runPl(['incident', 'list'], {env: {PL_STORE: `postgres://pl:${secret}@127.0.0.1:${port}/pl`, PL_HOME: '/nonexistent'}})
      assert.equal(r.code, 8, r.stderr)
      assert.match(r.stderr, new RegExp(`Cannot reach the PostgreSQL store postgres://pl@127\\.0\\.0\\.1:${port}/pl: .*ECONNREFUSED`))
      assert.ok(!r.stderr.includes(secret) && !r.stdout.includes(secret))
    })

    test('authentication failed and TLS required (pg_hba.conf), sslmode=require against a server without TLS', async () => {
      const t = await pgTempStore(server)
      try {
        assert.equal((await runPl(['init', '--roles', 'create'], {env: t.env})).code, 0)
        await sql(server.url, `DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'carol') THEN CREATE ROLE carol LOGIN PASSWORD 'right-one' IN ROLE pl_auditor; END IF;
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dave') THEN CREATE ROLE dave LOGIN IN ROLE pl_auditor; END IF;
        END $$`)
        // pg_hba.conf is read top-down: carol needs a password, dave needs TLS; everyone else is trusted.
        const hba = join(server.data, 'pg_hba.conf')
        const before = readFileSync(hba, 'utf8')
        writeFileSync(hba, `host all carol 127.0.0.1/32 scram-sha-256\nhostssl all dave 127.0.0.1/32 trust\nhost all dave 127.0.0.1/32 reject\n${before}`)
        server.ctl(['reload'])
        await new Promise((r) => setTimeout(r, 500))
        try {
          const auth = await runPl(['evidence', 'verify'], {env: {PL_STORE: dbUrl(server, t.db, `carol:${secret}`), PL_HOME: '/nonexistent'}})
          assert.equal(auth.code, 8, auth.stderr)
          assert.match(auth.stderr, /Authentication to the PostgreSQL store postgres:\/\/carol@127\.0\.0\.1:\d+\/\w+ failed: password authentication failed/)
          assert.match(auth.stderr, /PGPASSWORD or ~\/\.pgpass/)
          assert.ok(!auth.stderr.includes(secret))
          const good = await runPl(['evidence', 'verify'], {env: {PL_STORE: dbUrl(server, t.db, 'carol'), PGPASSWORD: 'right-one', PL_HOME: '/nonexistent'}})
          assert.equal(good.code, 0, good.stderr)
          const tls = await runPl(['evidence', 'verify'], {env: {PL_STORE: dbUrl(server, t.db, 'dave'), PL_HOME: '/nonexistent'}})
          assert.equal(tls.code, 8, tls.stderr)
          assert.match(tls.stderr, /TLS to the PostgreSQL store postgres:\/\/dave@.* failed: .*no encryption/)
          assert.match(tls.stderr, /sslmode=require/)
          const require = await runPl(['evidence', 'verify'], {env: {PL_STORE: `${dbUrl(server, t.db, 'dave')}?sslmode=require`, PL_HOME: '/nonexistent'}})
          assert.equal(require.code, 8, require.stderr)
          assert.match(require.stderr, /TLS to the PostgreSQL store .* failed: The server does not support SSL connections/)
        } finally {
          writeFileSync(hba, before)
          server.ctl(['reload'])
        }
      } finally {
        t.cleanup()
      }
    })
  })
})
