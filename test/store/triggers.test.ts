/**
 * The append-only triggers (src/store/schema.ts), attacked with raw SQL through a second,
 * ordinary better-sqlite3 connection to a real store file: the database itself must refuse to
 * change or remove a row of the ledger tables, and refuse entries out of sequence (which is what
 * stops INSERT OR REPLACE, whose implicit delete fires no delete trigger). Only the keys table
 * may lose rows (crypto-shredding). Triggers are defence in depth; the chain and the signed
 * checkpoints are the guarantee (see tamper.test.ts).
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {createHash, randomBytes} from 'node:crypto'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Database} from 'better-sqlite3'
import {loadCrypto} from '../../src/crypto/sodium.js'
import {openDatabase} from '../../src/store/database.js'
import {UnlockedLedger} from '../../src/store/ledger.js'
import {initialiseStore} from '../../src/store/meta.js'
import {verifyLedger} from '../../src/store/verify.js'
import {openRaw} from '../helpers/tamper.js'
import {anyEntry} from '../helpers/any-entry.js'

const APPEND_ONLY = (table: string) => new RegExp(`^pl: ${table} is append-only$`)
const IN_SEQUENCE = /^pl: entries must be appended in sequence$/

let dir: string
let store: string
let db: Database
let last: number

/** A digest of every row of every table: "nothing changed" means this is equal before and after. */
function snapshot(conn: Database): string {
  const h = createHash('sha256')
  for (const table of ['meta', 'entries', 'keys', 'blobs', 'blob_chunks', 'checkpoints']) {
    for (const row of conn.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()) {
      h.update(table + JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)))
    }
  }
  return h.digest('hex')
}

/** Runs `sql`, expects the database to abort it with `message`, and nothing to have changed. */
function refused(sql: string, message: RegExp, ...params: unknown[]): void {
  const before = snapshot(db)
  assert.throws(() => db.prepare(sql).run(...params), (error: Error & {code?: string}) => {
    assert.match(error.message, message, sql)
    assert.equal(error.code, 'SQLITE_CONSTRAINT_TRIGGER', sql)
    return true
  })
  assert.equal(snapshot(db), before, `nothing changed after: ${sql}`)
}

/** Runs `sql` inside a transaction that is rolled back, and returns whether the row changed. */
function changesRow(sql: string, select: string, ...params: unknown[]): boolean {
  const read = () => JSON.stringify(db.prepare(select).all(), (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v))
  const before = read()
  db.exec('BEGIN')
  try {
    try {
      db.prepare(sql).run(...params)
    } catch {
      return false
    }
    return read() !== before
  } finally {
    db.exec('ROLLBACK')
  }
}

const ENTRY_VALUES = '(?, 1, \'INC-X\', \'note\', \'mallory\', \'k_x\', NULL, x\'00\', x\'00\', x\'00\', x\'00\')'

describe('append-only triggers refuse raw SQL on the ledger tables', () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pl-triggers-'))
    store = join(dir, 'evidence.db')
    const crypto = await loadCrypto()
    const material = {kind: 'keyfile', key: new Uint8Array(randomBytes(32))} as const
    const plDb = openDatabase(store, {create: true})
    await initialiseStore(plDb, crypto, material, {now: Date.now(), kdfPreset: 'test-only-weak'})
    const ledger = await UnlockedLedger.unlock(plDb, {crypto, material, actor: 'tester@test', now: () => Date.now()})
    ledger.checkpoint()
    const incidentKey = ledger.createKey()
    const evidenceKey = ledger.createKey()
    ledger.append([
      anyEntry({incident: 'INC-2026-0001', kind: 'incident.opened', keyId: incidentKey, body: {title: 'Trigger test'}}),
      {incident: 'INC-2026-0001', kind: 'note', keyId: incidentKey, body: {text: 'first note'}},
    ])
    const blob = await ledger.writeBlob(
      evidenceKey,
      (async function* () {
        yield new TextEncoder().encode('some evidence')
      })(),
    )
    ledger.append([anyEntry({incident: 'INC-2026-0001', kind: 'evidence.added', keyId: evidenceKey, blob: blob.id, body: {name: 'a.log'}})])
    ledger.checkpoint()
    ledger.close()
    db = openRaw(store)
    last = (db.prepare('SELECT max(seq) AS m FROM entries').get() as {m: number}).m
    // The opening, the note, the store's evidence.numbering entry (ADR 0016) and the exhibit.
    assert.equal(last, 4)
    assert.equal(verifyLedger(db).ok, true)
  })
  after(() => {
    db?.close()
    rmSync(dir, {recursive: true, force: true})
  })

  describe('entries', () => {
    test('UPDATE of any column, of one row or all, is refused', () => {
      for (const column of ['ts', 'incident', 'kind', 'actor', 'key_id', 'blob', 'nonce', 'body', 'prev', 'hash']) {
        refused(`UPDATE entries SET ${column} = ${column} WHERE seq = 2`, APPEND_ONLY('entries'))
      }
      refused('UPDATE entries SET seq = seq + 100 WHERE seq = 3', APPEND_ONLY('entries'))
      refused("UPDATE entries SET actor = 'mallory'", APPEND_ONLY('entries'))
      refused("UPDATE OR REPLACE entries SET seq = 1 WHERE seq = 2", APPEND_ONLY('entries'))
    })

    test('DELETE of one row, of the last row, and of every row is refused', () => {
      refused('DELETE FROM entries WHERE seq = 2', APPEND_ONLY('entries'))
      refused('DELETE FROM entries WHERE seq = ?', APPEND_ONLY('entries'), last)
      refused('DELETE FROM entries', APPEND_ONLY('entries'))
    })

    test('INSERT OR REPLACE / REPLACE INTO / upsert on an existing seq is refused (out of sequence)', () => {
      refused(`INSERT OR REPLACE INTO entries VALUES ${ENTRY_VALUES}`, IN_SEQUENCE, 2)
      refused(`INSERT OR REPLACE INTO entries VALUES ${ENTRY_VALUES}`, IN_SEQUENCE, last)
      refused(`REPLACE INTO entries VALUES ${ENTRY_VALUES}`, IN_SEQUENCE, 1)
      refused(`INSERT INTO entries VALUES ${ENTRY_VALUES} ON CONFLICT (seq) DO UPDATE SET body = excluded.body`, IN_SEQUENCE, 2)
      refused(`INSERT OR IGNORE INTO entries VALUES ${ENTRY_VALUES}`, IN_SEQUENCE, 2)
    })

    test('an out-of-sequence INSERT is refused: duplicate seq, a gap, seq 0, negative, or no seq at all', () => {
      refused(`INSERT INTO entries VALUES ${ENTRY_VALUES}`, IN_SEQUENCE, 1)
      refused(`INSERT INTO entries VALUES ${ENTRY_VALUES}`, IN_SEQUENCE, last)
      refused(`INSERT INTO entries VALUES ${ENTRY_VALUES}`, IN_SEQUENCE, last + 2)
      refused(`INSERT INTO entries VALUES ${ENTRY_VALUES}`, IN_SEQUENCE, 0)
      refused(`INSERT INTO entries VALUES ${ENTRY_VALUES}`, IN_SEQUENCE, -1)
      refused("INSERT INTO entries (ts, incident, kind, actor, key_id, nonce, body, prev, hash) VALUES (1, 'I', 'k', 'a', 'k_x', x'00', x'00', x'00', x'00')", IN_SEQUENCE)
    })

    test('control: the next seq is accepted by the triggers (the chain, not the triggers, judges its content)', () => {
      db.exec('BEGIN')
      try {
        db.prepare(`INSERT INTO entries VALUES ${ENTRY_VALUES}`).run(last + 1)
        const report = verifyLedger(db)
        assert.equal(report.ok, false)
        assert.equal(report.firstBadEntry, last + 1)
      } finally {
        db.exec('ROLLBACK')
      }
    })
  })

  describe('checkpoints, blobs, blob_chunks and meta', () => {
    test('UPDATE and DELETE are refused on each', () => {
      refused('UPDATE checkpoints SET sig = zeroblob(64) WHERE size = 0', APPEND_ONLY('checkpoints'))
      refused('UPDATE checkpoints SET size = 99', APPEND_ONLY('checkpoints'))
      refused('DELETE FROM checkpoints WHERE size = ?', APPEND_ONLY('checkpoints'), last)
      refused('DELETE FROM checkpoints', APPEND_ONLY('checkpoints'))
      refused('UPDATE blobs SET size = size + 1', APPEND_ONLY('blobs'))
      refused('DELETE FROM blobs', APPEND_ONLY('blobs'))
      refused("UPDATE blob_chunks SET data = x'00'", APPEND_ONLY('blob_chunks'))
      refused('DELETE FROM blob_chunks', APPEND_ONLY('blob_chunks'))
      refused("UPDATE meta SET value = '00' WHERE key = 'sign_public_key'", APPEND_ONLY('meta'))
      refused("DELETE FROM meta WHERE key = 'kek_check'", APPEND_ONLY('meta'))
    })

    for (const [table, sql, select] of [
      ['checkpoints', 'INSERT OR REPLACE INTO checkpoints (size, root, ts, sig) VALUES (0, zeroblob(32), 1, zeroblob(64))', 'SELECT * FROM checkpoints WHERE size = 0'],
      ['meta', "INSERT OR REPLACE INTO meta (key, value) VALUES ('sign_public_key', '00')", "SELECT * FROM meta WHERE key = 'sign_public_key'"],
      ['blobs', 'INSERT OR REPLACE INTO blobs SELECT id, stream, header, chunks, size + 1, created FROM blobs', 'SELECT * FROM blobs'],
      ['blob_chunks', "INSERT OR REPLACE INTO blob_chunks SELECT stream, idx, x'00' FROM blob_chunks", 'SELECT * FROM blob_chunks'],
    ] as const) {
      test(
        `INSERT OR REPLACE cannot rewrite a row of ${table}`,

        () => {
          assert.equal(changesRow(sql, select), false, sql)
        },
      )
    }

    test('with the replace triggers dropped, what INSERT OR REPLACE rewrites is still caught by verify', () => {
      for (const [sql, code] of [
        ['INSERT OR REPLACE INTO checkpoints (size, root, ts, sig) VALUES (0, zeroblob(32), 1, zeroblob(64))', 'checkpoint-signature'],
        // A key of the right shape (a malformed one is refused outright as altered meta, issue 14).
        [`INSERT OR REPLACE INTO meta (key, value) VALUES ('sign_public_key', '${'11'.repeat(32)}')`, 'checkpoint-signature'],
        ["INSERT OR REPLACE INTO blob_chunks SELECT stream, idx, x'00' FROM blob_chunks", 'blob'],
      ] as const) {
        db.exec('BEGIN')
        try {
          const table = /INTO (\w+)/.exec(sql)![1]!
          db.exec(`DROP TRIGGER ${table}_no_replace`)
          db.prepare(sql).run()
          const report = verifyLedger(db)
          assert.equal(report.ok, false, sql)
          assert.ok(
            report.problems.some((p) => p.code === code),
            `${sql}: ${JSON.stringify(report.problems)}`,
          )
        } finally {
          db.exec('ROLLBACK')
        }
      }
    })
  })

  describe('keys', () => {
    test('UPDATE is refused; DELETE (crypto-shredding) is allowed', () => {
      refused("UPDATE keys SET wrapped = x'00'", /^pl: keys are never rewritten, only shredded$/)
      refused('UPDATE keys SET id = id', /^pl: keys are never rewritten, only shredded$/)
      const {n} = db.prepare('SELECT count(*) AS n FROM keys').get() as {n: number}
      const victim = (db.prepare("SELECT key_id FROM entries WHERE kind = 'evidence.added'").get() as {key_id: string}).key_id
      assert.equal(db.prepare('DELETE FROM keys WHERE id = ?').run(victim).changes, 1)
      assert.equal((db.prepare('SELECT count(*) AS n FROM keys').get() as {n: number}).n, n - 1)
      // Shredding leaves the chain intact: verify needs no key.
      assert.equal(verifyLedger(db).ok, true)
    })
  })
})
