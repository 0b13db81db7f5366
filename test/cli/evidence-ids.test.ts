/**
 * Evidence ids people can say (issue 15, item 7; ADR 0016), through the real CLI:
 * - EV-1, EV-2, … in the order items were added, the entry number as its own field;
 * - a store written by an older pl (ids were entry numbers): its items are renumbered, and their
 *   former ids still resolve everywhere an id is accepted; an id that names two items is refused
 *   with both named, and entry:N names either;
 * - two concurrent `pl evidence add` get two different ids and the store one numbering entry;
 * - ids recorded by an older pl (a shred) are shown as today's ids on the timeline.
 */
import assert from 'node:assert/strict'
import {randomBytes} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, test} from 'node:test'
import {loadCrypto} from '../../src/crypto/sodium.js'
import {fromHex} from '../../src/domain/bytes.js'
import {canonicalJson, encodeHeader, entryHash} from '../../src/domain/codec.js'
import type {EntryHeader} from '../../src/domain/codec.js'
import {openDatabase} from '../../src/store/database.js'
import {UnlockedLedger} from '../../src/store/ledger.js'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'

interface Item {
  id: string
  formerId?: string
  seq: number
  name: string | null
  path?: string
  shredded: boolean
}

/**
 * Appends an exhibit the way a pl from before numbering did: no `evidence.numbering` entry, and
 * the entry number as its id (EV-<seq>). Returns its seq.
 */
async function appendAsOlderPl(ledger: UnlockedLedger, incident: string, name: string, text: string): Promise<number> {
  const keyId = ledger.createKey()
  const blob = await ledger.writeBlob(
    keyId,
    (async function* () {
      yield new TextEncoder().encode(text)
    })(),
  )
  const last = ledger.db.prepare('SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1').get() as {seq: number; hash: Buffer}
  const seq = last.seq + 1
  const header: EntryHeader = {seq, ts: Date.now(), incident, kind: 'evidence.added', actor: 'older-pl@test', keyId, blob: blob.id}
  const body = {evidence: `EV-${seq}`, name, kind: 'log', size: blob.size, sha256: blob.sha256, blob: blob.id}
  const encoded = encodeHeader(header)
  const {nonce, ciphertext} = ledger.crypto.seal(ledger.key(keyId)!, Buffer.from(canonicalJson(body), 'utf8'), encoded)
  const hash = entryHash(new Uint8Array(last.hash), encoded, nonce, ciphertext)
  ledger.db
    .prepare('INSERT INTO entries (seq, ts, incident, kind, actor, key_id, blob, nonce, body, prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(seq, header.ts, incident, header.kind, header.actor, keyId, blob.id, nonce, ciphertext, last.hash, hash)
  return seq
}

describe('evidence ids: EV-1, EV-2, … (ADR 0016)', {concurrency: 1}, () => {
  let t: TestStore
  let incident: string
  const legacy: {seq: number; name: string}[] = []
  const list = async () => {
    const r = await runJson<{evidence: Item[]}>(['evidence', 'list', incident], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    return r.json.evidence
  }

  before(async () => {
    t = tempStore('pl-evidence-ids-')
    incident = await initWithIncident(t, 'Evidence ids')
    // A store an older pl wrote: three exhibits, a note between two of them.
    const crypto = await loadCrypto()
    const db = openDatabase(t.store)
    const ledger = await UnlockedLedger.unlock(db, {crypto, material: {kind: 'keyfile', key: fromHex(readFileSync(t.keyFile, 'utf8').trim())}, actor: 'older-pl@test', now: () => Date.now()})
    const incidentKey = (db.prepare("SELECT key_id AS k FROM entries WHERE kind = 'incident.opened'").get() as {k: string}).k
    legacy.push({seq: await appendAsOlderPl(ledger, incident, 'a.log', 'alpha\n'), name: 'a.log'})
    ledger.append([{incident, kind: 'note', keyId: incidentKey, body: {text: 'between two exhibits'}}])
    legacy.push({seq: await appendAsOlderPl(ledger, incident, 'b.log', 'bravo\n'), name: 'b.log'})
    legacy.push({seq: await appendAsOlderPl(ledger, incident, 'c.log', 'charlie\n'), name: 'c.log'})
    ledger.checkpoint()
    ledger.close()
  })
  after(() => t.cleanup())

  test('an older store: items are EV-1, EV-2, EV-3 in order, each with its former id; former ids resolve', async () => {
    const items = await list()
    assert.deepEqual(
      items.map((e) => [e.id, e.formerId, e.seq, e.name]),
      legacy.map((l, i) => [`EV-${i + 1}`, `EV-${l.seq}`, l.seq, l.name]),
    )
    // A former id (from a report printed before numbering) names the same exhibit.
    const b = legacy[1]!
    const show = await runJson<Item>(['evidence', 'show', `EV-${b.seq}`], {env: t.env})
    assert.equal(show.code, 0, show.stderr)
    assert.deepEqual([show.json.id, show.json.formerId, show.json.name], ['EV-2', `EV-${b.seq}`, 'b.log'])
    const human = await runPl(['evidence', 'show', 'EV-2'], {env: t.env})
    assert.equal(human.code, 0, human.stderr)
    assert.match(human.stdout, new RegExp(`^EV-2 {2}\\(incident ${incident}\\) {2}entry ${b.seq}; formerly EV-${b.seq}$`, 'm'))
    // The reveal accepts it too, and the prove: everywhere an id is accepted.
    const reveal = await runPl(['evidence', 'show', `EV-${b.seq}`, '--reveal'], {env: t.env})
    assert.equal(reveal.code, 0, reveal.stderr)
    assert.equal(reveal.stdout, 'bravo\n')
    const proofFile = join(t.dir, 'b.proof.json')
    const prove = await runPl(['evidence', 'prove', `EV-${b.seq}`, '--out', proofFile], {env: t.env})
    assert.equal(prove.code, 0, prove.stderr)
    const proof = JSON.parse(readFileSync(proofFile, 'utf8')) as {evidence: string; entry: {seq: number}}
    assert.deepEqual([proof.evidence, proof.entry.seq], ['EV-2', b.seq])
    const byEntry = await runJson<Item>(['evidence', 'show', `entry:${b.seq}`], {env: t.env})
    assert.equal(byEntry.json.id, 'EV-2')
  })

  test('new items continue the count after one numbering entry; an id naming two items is refused, entry:N names either', async () => {
    // Add exhibits until some EV-n is both the n-th item and another exhibit's former id.
    const clash = (items: Item[]) => items.find((e) => e.formerId !== undefined && items.some((o) => o.id === e.formerId && o.seq !== e.seq))
    let items = await list()
    for (let i = 0; i === 0 || (clash(items) === undefined && i < 8); i++) {
      const file = join(t.dir, `new-${i}.log`)
      writeFileSync(file, `new ${i}\n`)
      const add = await runJson<{evidence: {id: string; seq: number}[]}>(['evidence', 'add', incident, file], {env: t.env})
      assert.equal(add.code, 0, add.stderr)
      items = await list()
      assert.equal(add.json.evidence[0]!.id, `EV-${items.length}`, 'the next number, gap-free')
    }
    assert.deepEqual(items.map((e) => e.id), items.map((_, i) => `EV-${i + 1}`))
    assert.ok(items.slice(legacy.length).every((e) => e.formerId === undefined), 'items added since numbering have no former id')
    const old = clash(items)!
    const numbered = items.find((e) => e.id === old.formerId)!
    const refused = await runJson<{error: {code: string; message: string; hints: string[]}}>(['evidence', 'show', old.formerId!], {env: t.env})
    assert.equal(refused.code, 2, refused.stderr)
    assert.equal(refused.json.error.code, 'usage')
    assert.match(refused.json.error.message, new RegExp(`${old.formerId} names two evidence items`))
    assert.match(refused.json.error.hints.join('\n'), new RegExp(`entry:${numbered.seq}`))
    assert.match(refused.json.error.hints.join('\n'), new RegExp(`entry:${old.seq}`))
    const shred = await runPl(['evidence', 'shred', old.formerId!, '--yes'], {env: t.env})
    assert.equal(shred.code, 2, 'a destructive command refuses an ambiguous id, and shreds nothing')
    assert.ok((await list()).every((e) => !e.shredded))
    for (const e of [old, numbered]) {
      const r = await runJson<Item>(['evidence', 'show', `entry:${e.seq}`], {env: t.env})
      assert.equal(r.code, 0, r.stderr)
      assert.equal(r.json.id, e.id)
    }
    const db = openDatabase(t.store, {readonly: true})
    try {
      const markers = db.prepare("SELECT seq FROM entries WHERE kind = 'evidence.numbering'").all() as {seq: number}[]
      assert.equal(markers.length, 1)
      assert.ok(markers[0]!.seq > legacy[2]!.seq && markers[0]!.seq < items[legacy.length]!.seq, 'between the last old item and the first new one')
    } finally {
      db.close()
    }
  })

  test('a shred by former id records today\'s id; the timeline shows ids and file names one way', async () => {
    const a = legacy[0]!
    // By its former id when that names it alone, else by its entry.
    const items = await list()
    const ref = items.some((e) => e.id === `EV-${a.seq}`) ? `entry:${a.seq}` : `EV-${a.seq}`
    const shred = await runJson<{shredded: {id: string; seq: number}[]}>(['evidence', 'shred', ref, '--yes', '--reason', 'retention ended'], {env: t.env})
    assert.equal(shred.code, 0, shred.stderr)
    assert.deepEqual(shred.json.shredded.map((s) => [s.id, s.seq]), [['EV-1', a.seq]])
    const timeline = await runJson<{events: {seq: number; summary: string}[]}>(['incident', 'timeline', incident], {env: t.env})
    assert.equal(timeline.code, 0, timeline.stderr)
    const summaries = timeline.json.events.map((e) => e.summary)
    assert.ok(summaries.includes('Evidence EV-1 added: [content shredded]'), summaries.join('\n'))
    assert.ok(summaries.includes('Evidence EV-1 "a.log" shredded: retention ended'), summaries.join('\n'))
    assert.ok(summaries.includes('Evidence EV-2 added: "b.log" (log, 6 B)'), summaries.join('\n'))
    assert.ok(summaries.some((s) => s.startsWith('Evidence ids count items in the order they are added') && s.includes('the 3 earlier item(s)')))
    const pm = await runJson<{impact: {evidence: {id: string; formerId?: string; name: string | null; seq: number}[]}}>(['report', 'postmortem', incident, '--format', 'json'], {env: t.env})
    assert.equal(pm.code, 0, pm.stderr)
    assert.deepEqual(pm.json.impact.evidence.slice(0, 3).map((e) => [e.id, e.formerId, e.name]), [
      ['EV-1', `EV-${a.seq}`, 'a.log'],
      ['EV-2', `EV-${legacy[1]!.seq}`, 'b.log'],
      ['EV-3', `EV-${legacy[2]!.seq}`, 'c.log'],
    ])
    const verify = await runPl(['evidence', 'verify'], {env: t.env})
    assert.equal(verify.code, 0, verify.stdout + verify.stderr)
  })
})

describe('evidence ids under concurrent writers', () => {
  let t: TestStore
  after(() => t?.cleanup())

  test('two concurrent `pl evidence add` get EV-1 and EV-2, and the store one numbering entry', async () => {
    t = tempStore('pl-evidence-ids-race-')
    const incident = await initWithIncident(t, 'Race')
    const files = [0, 1, 2, 3].map((i) => {
      const file = join(t.dir, `race-${i}.log`)
      writeFileSync(file, randomBytes(64 * 1024))
      return file
    })
    const adds = await Promise.all([
      runJson<{evidence: {id: string; seq: number}[]}>(['evidence', 'add', incident, files[0]!, files[1]!], {env: t.env}),
      runJson<{evidence: {id: string; seq: number}[]}>(['evidence', 'add', incident, files[2]!, files[3]!], {env: t.env}),
    ])
    for (const a of adds) assert.equal(a.code, 0, a.stderr)
    const given = adds.flatMap((a) => a.json.evidence).sort((x, y) => x.seq - y.seq)
    assert.deepEqual(given.map((e) => e.id), ['EV-1', 'EV-2', 'EV-3', 'EV-4'], 'distinct, gap-free, in entry order')
    const db = openDatabase(t.store, {readonly: true})
    try {
      assert.equal((db.prepare("SELECT count(*) AS n FROM entries WHERE kind = 'evidence.numbering'").get() as {n: number}).n, 1)
    } finally {
      db.close()
    }
  })
})
