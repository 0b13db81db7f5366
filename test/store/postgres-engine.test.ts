/**
 * The PostgreSQL engine under the store (src/store/pg/, docs/adr/0020) on a private server: a
 * deferred write goes with the transaction's next statement and fails the transaction (or its
 * savepoint) as its own error; a COMMIT the server answers with ROLLBACK is an error, never a
 * success; a COMMIT after the connection dropped is not sent again on a new one; cursors read
 * ahead and stop cleanly; values come back with their types.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {ExternalError, UserError} from '../../src/errors.js'
import {PgDatabase} from '../../src/store/pg/database.js'
import {PgError} from '../../src/store/pg/sync-client.js'
import {startPostgres} from '../fixtures/providers/databases.js'
import type {PrivatePostgres} from '../fixtures/providers/databases.js'
import {dbUrl, PG_SKIP, sql, withTriggersDisabled} from '../fixtures/store/postgres.js'
import {randomBytes} from 'node:crypto'
import pg from 'pg'
import {xchachaDecrypt} from '../../src/crypto/xchacha.js'
import {encodeHeader, entryHash, ZERO_HASH} from '../../src/domain/codec.js'
import {PG_MIGRATIONS} from '../../src/store/pg/schema.js'

/** The INSERT of `n` entry rows a sealed append sends (the store's own statement has this shape). */
const insert = (n: number): string =>
  `INSERT INTO entries (seq, ts, incident, kind, actor, key_id, blob, nonce, body, prev, hash) VALUES ${Array.from({length: n}, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`

/** A note entry of a sealed append, under `key`. */
const note = (text: string, key: Uint8Array) => ({incident: 'INC-1', kind: 'note', keyId: 'k_1', blob: null, plaintext: Buffer.from(JSON.stringify({text})), key})

describe('the PostgreSQL engine', {skip: PG_SKIP}, () => {
  let server: PrivatePostgres
  let url: string
  let db: PgDatabase
  const ids = () => (db.prepare('SELECT id FROM t ORDER BY id').all() as {id: number}[]).map((r) => r.id)
  /** A new database on the private server holding pl's tables: its URL. */
  const migrated = async (name: string): Promise<string> => {
    await sql(server.url, `CREATE DATABASE ${name}`)
    const at = dbUrl(server, name)
    for (const m of PG_MIGRATIONS) await sql(at, m.sql)
    return at
  }

  before(async () => {
    server = await startPostgres()
    await sql(server.url, 'CREATE DATABASE engine')
    url = dbUrl(server, 'engine')
    await sql(url, 'CREATE TABLE t (id INTEGER PRIMARY KEY, note TEXT)')
    db = new PgDatabase(url)
  })
  after(async () => {
    db?.close()
    await server?.stop()
  })

  test('a deferred write is sent with the next statement and seen by it; with the COMMIT when nothing follows', () => {
    db.exec('DELETE FROM t')
    db.transaction(() => {
      db.defer('INSERT INTO t (id) VALUES (?)', [1])
      assert.deepEqual(ids(), [1])
      db.defer('INSERT INTO t (id) VALUES (?)', [2])
    })()
    assert.deepEqual(ids(), [1, 2])
  })

  test('a deferred write that fails at the COMMIT rolls the whole transaction back, with its own error', () => {
    db.exec('DELETE FROM t; INSERT INTO t (id) VALUES (1)')
    assert.throws(
      () =>
        db.transaction(() => {
          db.prepare('INSERT INTO t (id) VALUES (?)').run(2)
          db.defer('INSERT INTO t (id) VALUES (?)', [1])
        })(),
      (e: unknown) => e instanceof PgError && e.code === '23505',
    )
    assert.deepEqual(ids(), [1])
    assert.equal(db.inTransaction, false)
  })

  test('inside a savepoint, a failing deferred write undoes the savepoint alone: the outer transaction goes on', () => {
    db.exec('DELETE FROM t; INSERT INTO t (id) VALUES (1)')
    db.transaction(() => {
      db.prepare('INSERT INTO t (id) VALUES (?)').run(10)
      assert.throws(() =>
        db.transaction(() => {
          db.prepare('INSERT INTO t (id) VALUES (?)').run(11)
          db.defer('INSERT INTO t (id) VALUES (?)', [1])
        })(),
      )
      db.prepare('INSERT INTO t (id) VALUES (?)').run(12)
    })()
    assert.deepEqual(ids(), [1, 10, 12])
  })

  test('a COMMIT the server answers with ROLLBACK (a failure swallowed inside the transaction) is an error, and nothing is kept', () => {
    db.exec('DELETE FROM t')
    assert.throws(
      () =>
        db.transaction(() => {
          db.prepare('INSERT INTO t (id) VALUES (?)').run(1)
          try {
            db.prepare('SELECT 1 / 0').get()
          } catch {
            // Swallowed: the server's transaction is aborted all the same.
          }
        })(),
      (e: unknown) => e instanceof ExternalError && /was not committed: the server rolled the transaction back/.test(e.message),
    )
    assert.deepEqual(ids(), [])
  })

  test('a cursor reads every row in order across batches, and one left early closes cleanly, in and out of a transaction', () => {
    const all = db.prepare('SELECT g AS n, repeat(chr(65 + g % 26), 3) AS s, decode(lpad(to_hex(g), 8, \'0\'), \'hex\') AS b FROM generate_series(1, 4500) g ORDER BY g')
    let n = 0
    for (const row of all.iterate() as Iterable<{n: number; s: string; b: Buffer}>) {
      n += 1
      assert.equal(row.n, n)
      assert.equal(row.s, String.fromCharCode(65 + (n % 26)).repeat(3))
      assert.ok(Buffer.isBuffer(row.b))
      assert.equal(row.b.readUInt32BE(0), n)
    }
    assert.equal(n, 4500)
    for (const row of all.iterate() as Iterable<{n: number}>) if (row.n === 2500) break
    assert.equal((db.prepare('SELECT 7 AS seven').get() as {seven: number}).seven, 7)
    db.exec('DELETE FROM t')
    db.transaction(() => {
      db.prepare('INSERT INTO t (id) VALUES (?)').run(1)
      for (const row of all.raw(true).iterate() as Iterable<unknown[]>) if (row[0] === 2001) break
      all.raw(false)
      db.prepare('INSERT INTO t (id) VALUES (?)').run(2)
    })()
    assert.deepEqual(ids(), [1, 2])
  })

  test('a query between a cursor\'s batches loses none of the rows read ahead (a key looked up while following a ledger of more than one batch)', () => {
    db.exec('CREATE TABLE many (id INTEGER PRIMARY KEY)')
    db.exec('INSERT INTO many SELECT g FROM generate_series(1, 3000) g')
    const seen: number[] = []
    for (const r of db.prepare('SELECT id FROM many ORDER BY id').iterate() as Iterable<{id: number}>) {
      seen.push(r.id)
      // A query now and then, as decrypting looks up a key: each comes while the next batch is read ahead.
      if (r.id % 200 === 1) assert.equal((db.prepare('SELECT count(*) AS n FROM many WHERE id <= ?').get(r.id) as {n: number}).n, r.id)
    }
    assert.deepEqual(seen, Array.from({length: 3000}, (_, i) => i + 1))
    // Two cursors read in turn, with queries between: each keeps its own batch read ahead.
    const outer: number[] = []
    const inner: number[] = []
    db.transaction(() => {
      for (const r of db.prepare('SELECT id FROM many WHERE id <= 1200 ORDER BY id').iterate() as Iterable<{id: number}>) {
        outer.push(r.id)
        if (r.id === 100) for (const q of db.prepare('SELECT id FROM many ORDER BY id DESC').iterate() as Iterable<{id: number}>) {
          inner.push(q.id)
          if (q.id % 300 === 0) db.prepare('SELECT 1 AS one').get()
        }
      }
    })()
    assert.deepEqual(outer, Array.from({length: 1200}, (_, i) => i + 1))
    assert.deepEqual(inner, Array.from({length: 3000}, (_, i) => 3000 - i))
  })

  test('values come back with their types: integers, bigints as numbers, booleans, text, bytea, nulls', () => {
    const row = db.prepare("SELECT 1::int AS i, 9007199254740991::bigint AS big, true AS yes, 'ü'::text AS txt, '\\x00ff'::bytea AS bin, NULL::text AS nothing").get() as Record<string, unknown>
    assert.deepEqual({...row, bin: [...(row.bin as Buffer)]}, {i: 1, big: 9007199254740991, yes: true, txt: 'ü', bin: [0, 255], nothing: null})
    assert.deepEqual(db.prepare('SELECT 1 AS a, 2 AS b').raw(true).get(), [1, 2])
    assert.equal(db.prepare('UPDATE t SET note = ? WHERE id > ?').run('x', 0).changes, 2)
  })

  test('a whole append sealed in the worker: numbered after the head, chained, opening under the key with the header, and the head moved', async () => {
    const sealedUrl = await migrated('sealed')
    const store = new PgDatabase(sealedUrl)
    try {
      const key = new Uint8Array(randomBytes(32))
      const entry = (text: string) => note(text, key)
      const first = store.appendSealed({ts: 5, actor: 'a@h', entries: [entry('one')]}, insert)
      // 70 rows: one INSERT of 64 and one of 6, in the same transaction.
      const more = store.appendSealed({ts: 6, actor: 'a@h', entries: Array.from({length: 70}, (_, i) => entry(`n${i}`))}, insert)
      const rows = store.prepare('SELECT seq, ts, incident, kind, actor, key_id AS "keyId", blob, nonce, body, prev, hash FROM entries ORDER BY seq').all() as {seq: number; ts: number; incident: string; kind: string; actor: string; keyId: string; blob: null; nonce: Buffer; body: Buffer; prev: Buffer; hash: Buffer}[]
      assert.deepEqual(rows.map((r) => r.seq), Array.from({length: 71}, (_, i) => i + 1))
      assert.deepEqual([...first, ...more].map((r) => r.seq), rows.map((r) => r.seq))
      let prev: Uint8Array = ZERO_HASH
      for (const r of rows) {
        const header = encodeHeader(r)
        assert.deepEqual([...r.prev], [...prev])
        assert.deepEqual([...r.hash], [...entryHash(prev, header, r.nonce, r.body)])
        const text = (JSON.parse(Buffer.from(xchachaDecrypt(key, r.nonce, r.body, header)!).toString()) as {text: string}).text
        assert.equal(text, r.seq === 1 ? 'one' : `n${r.seq - 2}`)
        prev = r.hash
      }
      const head = store.prepare('SELECT size, hash FROM head').get() as {size: number; hash: Buffer}
      assert.equal(head.size, 71)
      assert.deepEqual([...head.hash], [...prev])
    } finally {
      store.close()
    }
  })

  test('a sealed append built before the lock (docs/adr/0025) stores every value as sent: non-ASCII text, a blob id, a large ts, empty and large plaintexts, a run of 130 rows', async () => {
    const valuesUrl = await migrated('sealedvalues')
    const store = new PgDatabase(valuesUrl)
    try {
      const key = new Uint8Array(randomBytes(32))
      const ts = 2 ** 52 + 7
      const entries = [
        {incident: 'INC-ü-雪-😀', kind: 'evidence.added', keyId: 'k_é', blob: 'b_1234', plaintext: Buffer.from('{}'), key},
        {incident: 'INC-2', kind: 'note', keyId: 'k_1', blob: null, plaintext: Buffer.alloc(0), key},
        {incident: 'INC-3', kind: 'note', keyId: 'k_1', blob: null, plaintext: Buffer.from(JSON.stringify({text: 'x'.repeat(70_000)})), key},
        ...Array.from({length: 127}, (_, i) => note(`n${i}`, key)),
      ]
      const sealed = store.appendSealed({ts, actor: 'ä@høst', entries}, insert)
      const rows = store.prepare('SELECT seq, ts, incident, kind, actor, key_id AS "keyId", blob, nonce, body, prev, hash FROM entries ORDER BY seq').all() as {seq: number; ts: number; incident: string; kind: string; actor: string; keyId: string; blob: string | null; nonce: Buffer; body: Buffer; prev: Buffer; hash: Buffer}[]
      assert.equal(rows.length, 130)
      let prev: Uint8Array = ZERO_HASH
      for (const [i, r] of rows.entries()) {
        const e = entries[i]!
        assert.deepEqual([r.seq, r.ts, r.incident, r.kind, r.actor, r.keyId, r.blob], [i + 1, ts, e.incident, e.kind, 'ä@høst', e.keyId, e.blob])
        const s = sealed[i]!
        assert.deepEqual([[...r.nonce], [...r.body], [...r.prev], [...r.hash]], [[...s.nonce], [...s.body], [...s.prev], [...s.hash]])
        const header = encodeHeader(r)
        assert.deepEqual([...r.hash], [...entryHash(prev, header, r.nonce, r.body)])
        assert.deepEqual([...xchachaDecrypt(key, r.nonce, r.body, header)!], [...e.plaintext])
        prev = r.hash
      }
      // The leaves after a seq, by binary COPY: the rows after it, in order.
      assert.deepEqual([...(store.entriesBySeq(['seq'], 120) ?? [])].map((r) => r[0]), [121, 122, 123, 124, 125, 126, 127, 128, 129, 130])
    } finally {
      store.close()
    }
  })

  test('appends alike one after another (each message copied from the last, docs/adr/0030), one unlike them, and one too large for the shared memory: every row as sealed and chained, every nonce its own', async () => {
    const alikeUrl = await migrated('alike')
    const store = new PgDatabase(alikeUrl)
    try {
      const key = new Uint8Array(randomBytes(32))
      const other = new Uint8Array(randomBytes(32))
      const plans = [
        ...Array.from({length: 6}, (_, i) => [note(`same length ${i}`, key)]),
        [{...note('same length 6', other), incident: 'INC-2'}],
        [note('same length 7', key), note('same length 8', key)],
        [note('same length 9', key)],
        // Sealed rows beyond the shared memory's 256 KiB: posted instead.
        [note('y'.repeat(300_000), key)],
        [note('same length a', key)],
      ]
      const sealed = plans.flatMap((entries, i) => store.appendSealed({ts: 1000 + i, actor: 'a@h', entries}, insert))
      const entries = plans.flat()
      const rows = store.prepare('SELECT seq, ts, incident, kind, actor, key_id AS "keyId", blob, nonce, body, prev, hash FROM entries ORDER BY seq').all() as {seq: number; ts: number; incident: string; kind: string; actor: string; keyId: string; blob: string | null; nonce: Buffer; body: Buffer; prev: Buffer; hash: Buffer}[]
      assert.equal(rows.length, entries.length)
      let prev: Uint8Array = ZERO_HASH
      for (const [i, r] of rows.entries()) {
        const s = sealed[i]!
        assert.equal(s.seq, i + 1)
        assert.deepEqual([[...r.nonce], [...r.body], [...r.prev], [...r.hash]], [[...s.nonce], [...s.body], [...s.prev], [...s.hash]])
        const header = encodeHeader(r)
        assert.deepEqual([...r.prev], [...prev])
        assert.deepEqual([...r.hash], [...entryHash(prev, header, r.nonce, r.body)])
        assert.deepEqual([...xchachaDecrypt(entries[i]!.incident === 'INC-2' ? other : key, r.nonce, r.body, header)!], [...entries[i]!.plaintext])
        prev = r.hash
      }
      assert.deepEqual(
        rows.map((r) => r.ts),
        plans.flatMap((entries, i) => entries.map(() => 1000 + i)),
      )
      assert.equal(new Set(rows.map((r) => r.nonce.toString('hex'))).size, rows.length)
    } finally {
      store.close()
    }
  })

  /** Every entry row of the store, in seq order. */
  type StoredRow = {seq: number; ts: number; incident: string; kind: string; actor: string; keyId: string; blob: string | null; nonce: Buffer; body: Buffer; prev: Buffer; hash: Buffer}
  const storedRows = (store: PgDatabase): StoredRow[] => store.prepare('SELECT seq, ts, incident, kind, actor, key_id AS "keyId", blob, nonce, body, prev, hash FROM entries ORDER BY seq').all() as StoredRow[]

  test('more than 600 appends on one connection, single and multi-entry (the nonce pool drawn again and again): every nonce its own, every row chained and opening', async () => {
    const manyUrl = await migrated('manynonces')
    const store = new PgDatabase(manyUrl)
    try {
      const key = new Uint8Array(randomBytes(32))
      // 640 appends, 1 to 5 entries each (1,2,1,3,1,5,...): 1344 entries, more than five pools of 256 nonces.
      const sizes = Array.from({length: 640}, (_, i) => (i % 2 === 0 ? 1 : [2, 3, 5][i % 3]!))
      const plans = sizes.map((n, i) => Array.from({length: n}, (_, j) => note(`a${i}e${j}`, key)))
      const sealed = plans.flatMap((entries, i) => store.appendSealed({ts: 2000 + i, actor: 'a@h', entries}, insert))
      const entries = plans.flat()
      assert.ok(entries.length > 3 * 256)
      const rows = storedRows(store)
      assert.equal(rows.length, entries.length)
      assert.equal(new Set(rows.map((r) => r.nonce.toString('hex'))).size, rows.length, 'a nonce was used twice')
      let prev: Uint8Array = ZERO_HASH
      for (const [i, r] of rows.entries()) {
        assert.equal(r.nonce.length, 24)
        assert.deepEqual([...r.nonce], [...sealed[i]!.nonce])
        const header = encodeHeader(r)
        assert.deepEqual([...r.prev], [...prev])
        assert.deepEqual([...r.hash], [...entryHash(prev, header, r.nonce, r.body)])
        assert.deepEqual([...xchachaDecrypt(key, r.nonce, r.body, header)!], [...entries[i]!.plaintext])
        prev = r.hash
      }
    } finally {
      store.close()
    }
  })

  test('appends that differ from the one before only in key id (a new data key), only in actor, only in blob: each row as sent, opening under its own recorded key id', async () => {
    const shapeUrl = await migrated('oneshape')
    const store = new PgDatabase(shapeUrl)
    try {
      const keys: Record<string, Uint8Array> = {k_1: new Uint8Array(randomBytes(32)), k_2: new Uint8Array(randomBytes(32)), k_3: new Uint8Array(randomBytes(32))}
      // Same lengths throughout (plaintexts, key ids, actors, blob ids): only the value differs.
      const entry = (keyId: string, blob: string | null, text: string) => ({incident: 'INC-1', kind: 'note', keyId, blob, plaintext: Buffer.from(JSON.stringify({text})), key: keys[keyId]!})
      const plans: {actor: string; entries: ReturnType<typeof entry>[]}[] = [
        {actor: 'a@h', entries: [entry('k_1', null, 't0')]},
        {actor: 'a@h', entries: [entry('k_1', null, 't1')]}, // alike: copied
        {actor: 'a@h', entries: [entry('k_2', null, 't2')]}, // the key rotated
        {actor: 'a@h', entries: [entry('k_3', null, 't3')]}, // and again
        {actor: 'b@h', entries: [entry('k_3', null, 't4')]}, // another actor
        {actor: 'c@h', entries: [entry('k_3', null, 't5')]},
        {actor: 'c@h', entries: [entry('k_3', 'b_1', 't6')]}, // a blob
        {actor: 'c@h', entries: [entry('k_3', 'b_2', 't7')]}, // another blob
        {actor: 'c@h', entries: [entry('k_3', null, 't8')]}, // none again
        {actor: 'c@h', entries: [entry('k_3', null, 't9'), entry('k_3', null, 'ta')]},
        {actor: 'c@h', entries: [entry('k_3', null, 'tb'), entry('k_1', null, 'tc')]}, // the second row's key alone
        {actor: 'c@h', entries: [entry('k_3', null, 'td'), entry('k_1', 'b_3', 'te')]}, // the second row's blob alone
      ]
      const sealed = plans.flatMap((p) => store.appendSealed({ts: 3000, actor: p.actor, entries: p.entries}, insert))
      const sent = plans.flatMap((p) => p.entries.map((e) => ({actor: p.actor, ...e})))
      const rows = storedRows(store)
      assert.equal(rows.length, sent.length)
      let prev: Uint8Array = ZERO_HASH
      for (const [i, r] of rows.entries()) {
        const e = sent[i]!
        assert.deepEqual([r.seq, r.actor, r.keyId, r.blob], [i + 1, e.actor, e.keyId, e.blob], `row ${i + 1}`)
        assert.deepEqual([[...r.nonce], [...r.body], [...r.hash]], [[...sealed[i]!.nonce], [...sealed[i]!.body], [...sealed[i]!.hash]])
        const header = encodeHeader(r)
        assert.deepEqual([...r.prev], [...prev])
        assert.deepEqual([...r.hash], [...entryHash(prev, header, r.nonce, r.body)])
        const opened = xchachaDecrypt(keys[r.keyId]!, r.nonce, r.body, header)
        assert.ok(opened, `row ${i + 1} does not open under its recorded key ${r.keyId}`)
        assert.deepEqual([...opened], [...e.plaintext])
        prev = r.hash
      }
    } finally {
      store.close()
    }
  })
  test('a database whose bytea output is the older escape format: appends and reads still work (pl asks for hex)', async () => {
    const escapedUrl = await migrated('escaped')
    await sql(server.url, "ALTER DATABASE escaped SET bytea_output = 'escape'")
    const store = new PgDatabase(escapedUrl)
    try {
      const key = new Uint8Array(randomBytes(32))
      const entry = (text: string) => note(text, key)
      store.appendSealed({ts: 5, actor: 'a@h', entries: [entry('one')]}, insert)
      const [second] = store.appendSealed({ts: 6, actor: 'a@h', entries: [entry('two')]}, insert)
      const rows = store.prepare('SELECT seq, prev, hash FROM entries ORDER BY seq').all() as {seq: number; prev: Buffer; hash: Buffer}[]
      assert.deepEqual(rows.map((r) => r.seq), [1, 2])
      assert.equal(second?.seq, 2)
      assert.deepEqual([...(rows[1]?.prev ?? [])], [...(rows[0]?.hash ?? [])])
    } finally {
      store.close()
    }
  })

  test('a sealed append that fails (at the lock, at an INSERT, or a row the server skipped) keeps nothing, and the connection goes on', async () => {
    const failUrl = await migrated('sealedfail')
    await sql(failUrl, "ALTER TABLE entries ADD CONSTRAINT no_boom CHECK (kind <> 'boom')")
    // Named to fire before entries_in_sequence: the row is dropped without a word, the head stays.
    await sql(failUrl, "CREATE FUNCTION skip_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.kind = 'skip' THEN RETURN NULL; END IF; RETURN NEW; END $$")
    await sql(failUrl, 'CREATE TRIGGER a_skip BEFORE INSERT ON entries FOR EACH ROW EXECUTE FUNCTION skip_row()')
    const store = new PgDatabase(failUrl)
    const holder = new pg.Client({connectionString: failUrl})
    await holder.connect()
    try {
      const key = new Uint8Array(randomBytes(32))
      const entry = (kind: string) => ({incident: 'INC-1', kind, keyId: 'k_1', blob: null, plaintext: Buffer.from('{}'), key: new Uint8Array(key)})
      const size = () => (store.prepare('SELECT size FROM head').get() as {size: number}).size
      const count = () => (store.prepare('SELECT count(*) AS n FROM entries').get() as {n: number}).n
      store.appendSealed({ts: 1, actor: 'a@h', entries: [entry('note')]}, insert)

      // At an INSERT: the whole append is rolled back.
      assert.throws(() => store.appendSealed({ts: 2, actor: 'a@h', entries: [entry('note'), entry('boom')]}, insert), (e: unknown) => e instanceof PgError && e.code === '23514')
      assert.deepEqual([size(), count()], [1, 1])

      // At the lock: another session holds the head; nothing is written, and the lock is let go.
      await holder.query('BEGIN')
      await holder.query('SELECT 1 FROM head FOR UPDATE')
      store.exec("SET lock_timeout = '100ms'")
      assert.throws(() => store.appendSealed({ts: 3, actor: 'a@h', entries: [entry('note')]}, insert), (e: unknown) => e instanceof UserError && e.code === 'store-busy')
      await holder.query('ROLLBACK')
      store.exec('RESET lock_timeout')

      // A row the server did not insert is never reported as written.
      const dropped = (e: unknown) => e instanceof ExternalError && /not committed: the server did not insert every one of the \d+ entries \(a trigger dropped a row\); none was kept/.test(e.message)
      assert.throws(() => store.appendSealed({ts: 4, actor: 'a@h', entries: [entry('skip')]}, insert), dropped)
      assert.deepEqual([size(), count()], [1, 1])
      // Nor is the rest of an append one of whose rows was dropped: none of it is kept (it was, before the check ran inside the transaction).
      assert.throws(() => store.appendSealed({ts: 4, actor: 'a@h', entries: [...Array.from({length: 69}, () => entry('note')), entry('skip')]}, insert), dropped)
      assert.deepEqual([size(), count()], [1, 1])
      // Nor a row a trigger renumbered after entries_in_sequence moved the head (docs/adr/0039: each INSERT checks the seqs it kept).
      await sql(failUrl, "CREATE FUNCTION renumber_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.kind = 'renumber' THEN NEW.seq := NEW.seq + 1000; END IF; RETURN NEW; END $$")
      await sql(failUrl, 'CREATE TRIGGER z_renumber BEFORE INSERT ON entries FOR EACH ROW EXECUTE FUNCTION renumber_row()')
      assert.throws(() => store.appendSealed({ts: 4, actor: 'a@h', entries: [entry('note'), entry('renumber')]}, insert), dropped)
      assert.deepEqual([size(), count()], [1, 1])

      // The connection goes on: sealed appends, a transaction taking the head lock, plain queries.
      assert.deepEqual(store.appendSealed({ts: 5, actor: 'a@h', entries: [entry('note'), entry('note')]}, insert).map((r) => r.seq), [2, 3])
      const locked = store.transaction(() => (store.prepare('SELECT size AS seq, hash FROM head FOR UPDATE').get() as {seq: number}).seq).immediate()
      assert.equal(locked, 3)
      assert.deepEqual([size(), count()], [3, 3])
    } finally {
      await holder.end()
      store.close()
    }
  })

  test('entries read by binary COPY are the rows a cursor reads, in and out of a transaction, left early or with queries between; not when seq is no longer the key', async () => {
    const scanUrl = await migrated('scanned')
    const store = new PgDatabase(scanUrl)
    try {
      const key = new Uint8Array(randomBytes(32))
      // More than a first batch and a full one after it; text beyond ASCII, a blob id, empty bodies of all sizes.
      for (let n = 0; n < 21; n++) {
        store.appendSealed({ts: n, actor: 'ä@h', entries: Array.from({length: 64}, (_, i) => ({incident: `INC-${n}`, kind: 'note', keyId: 'k_1', blob: i % 7 === 0 ? `b_${i}` : null, plaintext: Buffer.from('x'.repeat(i * 9)), key: new Uint8Array(key)}))}, insert)
      }
      const cursor = store.prepare('SELECT seq, ts, incident, kind, actor, key_id, blob, nonce, body, prev, hash FROM entries ORDER BY seq').raw(true).all() as unknown[][]
      const plain = (rows: unknown[][]) => rows.map((r) => r.map((v) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v)))
      assert.equal(cursor.length, 21 * 64)
      assert.deepEqual(plain([...store.entriesBySeq()!]), plain(cursor))
      assert.equal(store.inTransaction, false)
      // Inside a transaction, with a query between batches (verification reads blobs meanwhile).
      const seen: unknown[][] = []
      store.transaction(() => {
        for (const r of store.entriesBySeq()!) {
          seen.push(r)
          if (seen.length % 300 === 0) assert.equal((store.prepare('SELECT count(*) AS n FROM entries').get() as {n: number}).n, cursor.length)
        }
      })()
      assert.deepEqual(plain(seen), plain(cursor))
      // Left early: the read-ahead is settled and the connection goes on.
      let taken = 0
      for (const r of store.entriesBySeq()!) {
        assert.equal(r[0], ++taken)
        if (taken === 260) break
      }
      assert.equal(store.inTransaction, false)
      assert.equal((store.prepare('SELECT max(seq) AS m FROM entries').get() as {m: number}).m, cursor.length)
      // Without the primary key a seq may repeat, and a batch after a seq could skip its twin: a cursor reads instead.
      await sql(scanUrl, 'ALTER TABLE entries DROP CONSTRAINT entries_pkey')
      assert.equal(store.entriesBySeq(), undefined)
      await sql(scanUrl, 'ALTER TABLE entries ADD PRIMARY KEY (seq)')
      assert.ok(store.entriesBySeq())
      await sql(scanUrl, 'ALTER TABLE entries ALTER COLUMN ts TYPE numeric')
      assert.equal(store.entriesBySeq(), undefined)
    } finally {
      store.close()
    }
  })

  test('the hashes of a range of entries in one value (docs/adr/0033): every seq of the range in order; none when a row is missing or repeated, a hash is not 32 bytes, or seq is no longer the key', async () => {
    const rangeUrl = await migrated('ranges')
    const store = new PgDatabase(rangeUrl)
    try {
      const key = new Uint8Array(randomBytes(32))
      for (let n = 0; n < 3; n++) store.appendSealed({ts: n, actor: 'a@h', entries: Array.from({length: 40}, (_, i) => note(`r${n}-${i}`, new Uint8Array(key)))}, insert)
      const all = (await sql<{seq: number; hash: Buffer}>(rangeUrl, 'SELECT seq, hash FROM entries ORDER BY seq')).map((r) => r.hash)
      const hex = (from: number, through: number) => Buffer.concat(all.slice(from, through)).toString('hex')
      // The ranges' values in turn, or undefined when the table is not as pl made it or any range is not whole.
      const got = (after: number, through: number, range = 1000) => {
        const ranges = store.hashesBySeq(after, through, range)
        const parts = ranges === undefined ? undefined : [...ranges]
        return parts === undefined || parts.some((p) => p === undefined) ? undefined : Buffer.concat(parts as Uint8Array[]).toString('hex')
      }
      assert.equal(got(0, 120), hex(0, 120))
      assert.equal(got(17, 81), hex(17, 81))
      assert.equal(got(119, 120), hex(119, 120))
      assert.equal(got(50, 50), '')
      // By ranges (docs/adr/0039): the same hashes, a range at a time, the last one shorter.
      assert.equal(got(0, 120, 7), hex(0, 120))
      assert.deepEqual([...(store.hashesBySeq(10, 30, 8) ?? [])].map((h) => h?.length), [8 * 32, 8 * 32, 4 * 32])
      assert.equal(store.hashesBySeq(0, 10, 0), undefined)
      // Beyond the last entry, or backwards: not there.
      assert.equal(got(100, 121), undefined)
      assert.equal(got(60, 59), undefined)
      assert.equal(store.inTransaction, false)
      // A row deleted, a hash shortened, a seq repeated (the key dropped): not the range, whatever else matches.
      await withTriggersDisabled(rangeUrl, ['DELETE FROM entries WHERE seq = 30'])
      assert.equal(got(0, 120), undefined)
      assert.equal(got(30, 120), hex(30, 120))
      // Only the range that lacks it is not there.
      assert.deepEqual([...(store.hashesBySeq(0, 60, 20) ?? [])].map((h) => h?.length), [20 * 32, undefined, 20 * 32])
      await withTriggersDisabled(rangeUrl, [`INSERT INTO entries SELECT 30, ts, incident, kind, actor, key_id, blob, nonce, body, prev, substring(hash from 1 for 31) FROM entries WHERE seq = 31`])
      assert.equal(got(0, 120), undefined)
      assert.equal(got(29, 120), undefined)
      // Seq 30 gone and 31 twice: as many rows as the range has seqs, told apart only by the key.
      await withTriggersDisabled(rangeUrl, ['DELETE FROM entries WHERE seq = 30', 'ALTER TABLE entries DROP CONSTRAINT entries_pkey', `INSERT INTO entries SELECT * FROM entries WHERE seq = 31`])
      assert.deepEqual((await sql<{n: number}>(rangeUrl, 'SELECT count(*)::int AS n FROM entries WHERE seq > 29')).map((r) => r.n), [91])
      assert.equal(got(29, 120), undefined)
      assert.equal(got(0, 120), undefined)
      assert.equal(got(31, 120), undefined)
      // Without the key, nothing is read at all: the shape is checked once, before the first range.
      assert.equal(store.hashesBySeq(31, 120, 10), undefined)
    } finally {
      store.close()
    }
  })

  test('the connection dropped inside a transaction: its COMMIT is not sent again on a new connection, and nothing is kept', () => {
    db.exec('DELETE FROM t')
    for (const deferred of [false, true]) {
      assert.throws(() =>
        db.transaction(() => {
          db.prepare('INSERT INTO t (id) VALUES (?)').run(1)
          if (deferred) db.defer('INSERT INTO t (id) VALUES (?)', [2])
          server.ctl(['restart', '-m', 'immediate'])
        })(),
      )
      assert.equal(db.inTransaction, false)
      // The next statement, outside a transaction, connects again.
      assert.deepEqual(ids(), [])
    }
  })
})
