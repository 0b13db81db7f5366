/**
 * Attacks found while writing the independent verifier (docs/store-format.md), each now refused.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {copyFileSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import Database from 'better-sqlite3'
import {loadCrypto} from '../../src/crypto/sodium.js'
import {fromHex} from '../../src/domain/bytes.js'
import {entryHash, encodeHeader} from '../../src/domain/codec.js'
import {openDatabase} from '../../src/store/database.js'
import {UnlockedLedger} from '../../src/store/ledger.js'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {anyEntry} from '../helpers/any-entry.js'

interface Report {
  ok: boolean
  firstBadEntry: number | null
  problems: {code: string; seq?: number}[]
}

/** A copy of the store (WAL folded in) that a test may tamper with. */
function copyStore(t: TestStore, name: string): string {
  const db = new Database(t.store)
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  const copy = join(t.dir, `${name}.db`)
  copyFileSync(t.store, copy)
  return copy
}

describe('regressions: tampering that once passed', () => {
  let t: TestStore
  let incident: string
  before(async () => {
    t = tempStore('pl-regress-')
    incident = await initWithIncident(t)
    const file = join(t.dir, 'exhibit.txt')
    writeFileSync(file, 'exhibit one\n')
    const add = await runJson<{evidence: {id: string}[]}>(['evidence', 'add', incident, file, file], {env: t.env})
    assert.equal(add.code, 0, add.stderr)
    const shred = await runPl(['evidence', 'shred', add.json.evidence[0]!.id, '--yes'], {env: t.env})
    assert.equal(shred.code, 0, shred.stderr)
  })
  after(() => t.cleanup())

  test('a correctly chained row under a shredded key id is never sealed into the record', async () => {
    const copy = copyStore(t, 'forged-shredded-key')
    const db = new Database(copy)
    const shreddedKey = (db.prepare("SELECT key_id FROM entries WHERE kind = 'evidence.added' AND key_id NOT IN (SELECT id FROM keys)").get() as {key_id: string}).key_id
    const last = db.prepare('SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1').get() as {seq: number; hash: Buffer}
    const header = {seq: last.seq + 1, ts: Date.now(), incident, kind: 'timeline.mark', actor: 'alice@host', keyId: shreddedKey, blob: null}
    const nonce = Buffer.alloc(24, 7)
    const body = Buffer.alloc(64, 9)
    const hash = entryHash(last.hash, encodeHeader(header), nonce, body)
    db.prepare('INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(header.seq, header.ts, incident, header.kind, header.actor, shreddedKey, null, nonce, body, last.hash, hash)
    db.close()
    const note = await runPl(['incident', 'note', incident, 'anything', '--store', copy], {env: t.env})
    assert.equal(note.code, 10, note.stderr)
    assert.match(note.stderr, new RegExp(`Entry ${header.seq}`))
    const verify = await runJson<Report>(['evidence', 'verify', '--store', copy])
    assert.equal(verify.code, 11, 'still unsealed, never signed over')
    assert.equal(verify.json.firstBadEntry, header.seq)
  })

  test('a wrapped key deleted behind pl\'s back is caught by --deep', async () => {
    const copy = copyStore(t, 'deleted-key')
    const db = new Database(copy)
    const victim = db.prepare("SELECT key_id, seq FROM entries WHERE kind = 'evidence.added' AND key_id IN (SELECT id FROM keys)").get() as {key_id: string; seq: number}
    db.prepare('DELETE FROM keys WHERE id = ?').run(victim.key_id)
    db.close()
    const shallow = await runPl(['evidence', 'verify', '--store', copy])
    assert.equal(shallow.code, 0, 'without the key the loss is invisible (documented in the threat model)')
    const deep = await runJson<Report>(['evidence', 'verify', '--deep', '--store', copy], {env: t.env})
    assert.equal(deep.code, 10)
    assert.equal(deep.json.firstBadEntry, victim.seq)
    assert.ok(deep.json.problems.some((p) => p.code === 'key-missing'))
  })

  test('an authentic body of the wrong shape is named by --deep with its entry', async () => {
    const copy = copyStore(t, 'malformed-body')
    const crypto = await loadCrypto()
    const db = openDatabase(copy)
    const ledger = await UnlockedLedger.unlock(db, {crypto, material: {kind: 'keyfile', key: fromHex(readFileSync(t.keyFile, 'utf8').trim())}, actor: 'tester@test', now: () => Date.now()})
    const [row] = ledger.append([anyEntry({incident, kind: 'note', keyId: ledger.createKey(), body: {text: 5}})])
    ledger.checkpoint()
    ledger.close()
    const shallow = await runPl(['evidence', 'verify', '--store', copy])
    assert.equal(shallow.code, 0, 'without the key a body cannot be read, only its chain checked')
    const deep = await runJson<Report>(['evidence', 'verify', '--deep', '--store', copy], {env: t.env})
    assert.equal(deep.code, 10, deep.stderr)
    assert.equal(deep.json.firstBadEntry, row!.seq)
    assert.deepEqual(deep.json.problems.map((p) => [p.code, p.seq]), [['malformed-body', row!.seq]])
  })

  test('moving a byte from the body to the nonce keeps the hash but fails verification', async () => {
    const copy = copyStore(t, 'nonce-shift')
    const db = new Database(copy)
    db.exec('DROP TRIGGER entries_no_update')
    const row = db.prepare('SELECT seq, nonce, body FROM entries WHERE seq = 2').get() as {seq: number; nonce: Buffer; body: Buffer}
    db.prepare('UPDATE entries SET nonce = ?, body = ? WHERE seq = 2').run(Buffer.concat([row.nonce, row.body.subarray(0, 1)]), row.body.subarray(1))
    db.close()
    const r = await runJson<Report>(['evidence', 'verify', '--store', copy])
    assert.equal(r.code, 10)
    assert.equal(r.json.firstBadEntry, 2)
  })

  test('a row with seq 0 is reported, not skipped', async () => {
    const copy = copyStore(t, 'seq-zero')
    const db = new Database(copy)
    db.exec('DROP TRIGGER entries_in_sequence')
    db.exec('INSERT INTO entries SELECT 0, ts, incident, kind, actor, key_id, blob, nonce, body, prev, hash FROM entries WHERE seq = 1')
    db.close()
    const r = await runJson<Report>(['evidence', 'verify', '--store', copy])
    assert.equal(r.code, 10)
    assert.equal(r.json.firstBadEntry, 0)
  })

  test('a reveal to a file that already exists is refused before it is recorded', async () => {
    const list = await runJson<{evidence: {id: string; shredded: boolean}[]}>(['evidence', 'list', incident], {env: t.env})
    const kept = list.json.evidence.find((e) => !e.shredded)!.id
    const existing = join(t.dir, 'existing.txt')
    writeFileSync(existing, 'keep me\n')
    const before = await runJson<{reveals: unknown[]}>(['incident', 'show', incident], {env: t.env})
    const r = await runPl(['evidence', 'show', kept, '--reveal', '--out', existing], {env: t.env})
    assert.equal(r.code, 2)
    assert.match(r.stderr, /already exists/)
    assert.equal(readFileSync(existing, 'utf8'), 'keep me\n')
    const afterShow = await runJson<{reveals: unknown[]}>(['incident', 'show', incident], {env: t.env})
    assert.equal(afterShow.json.reveals.length, before.json.reveals.length, 'no reveal recorded')
  })

  test('an exhibit proof without the key cannot vouch for an exhibit file; with the key, edited metadata fails', async () => {
    const list = await runJson<{evidence: {id: string; shredded: boolean}[]}>(['evidence', 'list', incident], {env: t.env})
    const kept = list.json.evidence.find((e) => !e.shredded)!.id
    const forged = join(t.dir, 'forged.txt')
    writeFileSync(forged, 'not the exhibit\n')
    const digest = (await import('node:crypto')).createHash('sha256').update(readFileSync(forged)).digest('hex')
    for (const disclose of [false, true]) {
      const proofFile = join(t.dir, `proof-${disclose}.json`)
      const prove = await runPl(['evidence', 'prove', kept, '--out', proofFile, ...(disclose ? ['--disclose-key'] : [])], {env: t.env})
      assert.equal(prove.code, 0, prove.stderr)
      const proof = JSON.parse(readFileSync(proofFile, 'utf8')) as {exhibit: {sha256: string; size: number}}
      proof.exhibit.sha256 = digest
      proof.exhibit.size = readFileSync(forged).length
      writeFileSync(proofFile, JSON.stringify(proof))
      const check = await runPl(['evidence', 'verify', '--proof', proofFile, '--exhibit', forged])
      assert.equal(check.code, disclose ? 10 : 2, check.stdout + check.stderr)
    }
  })
})
