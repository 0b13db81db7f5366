/**
 * Issue 16, item 6: checkpoints as C2SP signed notes. `pl evidence checkpoint --format note` writes
 * a tlog-checkpoint note signed with the store key; `pl init` and `pl store info` print the
 * verifier key; `pl evidence verify --checkpoint` takes the note wherever it takes the JSON file
 * and names what is wrong with a tampered one. A store made by an older pl (schema 1, no notes,
 * no meta statement) keeps verifying and is upgraded by its key holder's next command.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {generateKeyPairSync, sign} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {checkpointNoteText, formatNote, noteKeyId, parseVerifierKey} from '../../src/domain/note.js'
import type {VerifyReport} from '../../src/domain/verify/report.js'
import type {StoreInfo} from '../../src/services/store/info.js'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {attackerKey, copyStore, openRaw, problemKeys, replaceSigningKey, tamper} from '../helpers/tamper.js'

let t: TestStore
let incident: string
let info: StoreInfo
let early: string
let notePath: string
let note: string

async function ok(args: string[]): Promise<string> {
  const r = await runPl(args, {env: t.env})
  assert.equal(r.code, 0, `pl ${args.join(' ')}: ${r.stderr}`)
  return r.stdout
}

function verify(store: string, ...args: string[]) {
  return runJson<VerifyReport>(['evidence', 'verify', '--store', store, ...args], {env: t.env})
}

/** Writes `text` as a note file next to the store and returns its path. */
let files = 0
function noteFile(text: string): string {
  files += 1
  const path = join(t.dir, `given-${files}.note`)
  writeFileSync(path, text)
  return path
}

describe('checkpoints as C2SP signed notes', () => {
  before(async () => {
    t = tempStore('pl-note-')
    incident = await initWithIncident(t)
    await ok(['incident', 'note', incident, 'first note'])
    early = join(t.dir, 'early.note')
    await ok(['evidence', 'checkpoint', '--format', 'note', '--out', early])
    await ok(['incident', 'mark', incident, 'acknowledged'])
    await ok(['incident', 'note', incident, 'second note'])
    info = (await runJson<StoreInfo>(['store', 'info'], {env: t.env})).json
    notePath = join(t.dir, 'final.note')
    const printed = await ok(['evidence', 'checkpoint', '--format', 'note', '--out', notePath])
    note = readFileSync(notePath, 'utf8')
    assert.equal(printed, note, 'what is printed is what is written')
  })
  after(() => t.cleanup())

  test('pl init prints the verifier key; pl store info gives engine, id, size, latest checkpoint and the keys', async () => {
    const other = tempStore('pl-note-init-')
    try {
      const init = await runPl(['init'], {env: other.env})
      assert.equal(init.code, 0, init.stderr)
      const printed = /verifier key \(the same key, for checkpoint notes\): (\S+)/.exec(init.stdout)?.[1]
      const hex = /signing key \(pin it for audits\): ([0-9a-f]{64})/.exec(init.stdout)?.[1]
      assert.ok(printed && hex, init.stdout)
      const parsed = parseVerifierKey(printed)
      assert.ok(!('error' in parsed), JSON.stringify(parsed))
      assert.equal(Buffer.from(parsed.publicKey).toString('hex'), hex)
    } finally {
      other.cleanup()
    }
    assert.equal(info.engine, 'sqlite')
    assert.equal(info.schema, 4)
    assert.equal(info.metaStatement, true)
    assert.equal(info.origin, `pl-evidence/${info.storeId}`)
    assert.ok(info.latestCheckpoint?.note)
    assert.equal(info.latestCheckpoint?.size, info.entries)
    // name+hash+base64(0x01 ‖ key), the hash being the first 4 bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ key).
    const [name, hash, key] = [info.verifierKey.slice(0, info.verifierKey.indexOf('+')), ...info.verifierKey.slice(info.verifierKey.indexOf('+') + 1).split(/\+(.*)/s)]
    assert.equal(name, info.origin)
    const raw = Buffer.from(key!, 'base64')
    assert.equal(raw[0], 0x01)
    assert.equal(raw.subarray(1).toString('hex'), info.publicKey)
    assert.equal(hash, Buffer.from(noteKeyId(info.origin, raw.subarray(1))).toString('hex'))
    const text = await runPl(['store', 'info'], {env: t.env})
    assert.match(text.stdout, new RegExp(`verifier key: +${info.verifierKey.replaceAll('+', '\\+')}`))
    assert.match(text.stdout, /engine: +sqlite \(schema 4\)/)
  })

  test('the note is a tlog-checkpoint: origin, size, base64 root, a blank line, one Ed25519 signature line', () => {
    const lines = note.split('\n')
    assert.equal(lines[0], info.origin)
    assert.equal(lines[1], String(info.entries))
    assert.equal(Buffer.from(lines[2]!, 'base64').toString('hex'), info.latestCheckpoint?.root)
    assert.equal(lines[3], '')
    assert.match(lines[4]!, new RegExp(`^\u2014 ${info.origin} [A-Za-z0-9+/]{91}=$`))
    assert.equal(lines[5], '')
    assert.equal(lines.length, 6)
    const sig = Buffer.from(lines[4]!.split(' ')[2]!, 'base64')
    assert.equal(sig.length, 4 + 64)
    assert.equal(sig.subarray(0, 4).toString('hex'), info.verifierKey.split('+')[1])
  })

  test('verify --checkpoint takes the note (and --public-key the verifier key): consistent, exit 0', async () => {
    for (const given of [early, notePath]) {
      const r = await verify(t.store, '--checkpoint', given)
      assert.equal(r.code, 0, JSON.stringify(r.json.problems))
      assert.equal(r.json.external?.consistent, true)
    }
    const pinned = await verify(t.store, '--checkpoint', notePath, '--public-key', info.verifierKey)
    assert.equal(pinned.code, 0, JSON.stringify(pinned.json.problems))
    const badKey = await runPl(['evidence', 'verify', '--store', t.store, '--public-key', info.verifierKey.replace(/\+(.)/, (_, c: string) => `+${c === '0' ? '1' : '0'}`)], {env: t.env})
    assert.equal(badKey.code, 2)
    assert.match(badKey.stderr, /not a verifier key: its hash/)
  })

  test('a tampered note is refused (exit 10), naming what is wrong', async () => {
    const [origin, size, root, , sigLine] = note.split('\n') as [string, string, string, string, string]
    const flipped = Buffer.from(sigLine.split(' ')[2]!, 'base64')
    flipped[10] = flipped[10]! ^ 1
    const other = generateKeyPairSync('ed25519')
    const otherRaw = Buffer.from(other.publicKey.export({format: 'jwk'}).x ?? '', 'base64url')
    const text = checkpointNoteText(origin, Number(size), Buffer.from(root, 'base64'))
    const resigned = formatNote(text, [{name: origin, keyId: noteKeyId(origin, otherRaw), signature: sign(null, Buffer.from(text), other.privateKey)}])
    const cases: [string, string, RegExp][] = [
      ['a changed size', note.replace(`\n${size}\n`, `\n${Number(size) - 1}\n`), /signature does not verify under this store's key/],
      ['a changed root', note.replace(root, Buffer.alloc(32, 7).toString('base64')), /signature does not verify under this store's key/],
      ['a flipped signature bit', note.replace(sigLine, `${sigLine.split(' ').slice(0, 2).join(' ')} ${flipped.toString('base64')}`), /signature does not verify/],
      ["another log's origin", note.replaceAll(origin, 'pl-evidence/' + '0'.repeat(32)), /is for the log "pl-evidence\/0{32}", not this store's/],
      ['signed by another key', resigned, /signed by key id [0-9a-f]{8}, not by this store's key \(key id [0-9a-f]{8}\)/],
      ['signed under another name', note.replace(`\u2014 ${origin}`, '\u2014 example.com/log'), /carries no signature by the key name/],
    ]
    for (const [what, forged, message] of cases) {
      const r = await verify(t.store, '--checkpoint', noteFile(forged))
      assert.equal(r.code, 10, `${what}: ${JSON.stringify(r.json.problems)}`)
      assert.ok(problemKeys(r.json).includes('external-checkpoint'), what)
      assert.match(r.json.problems.map((p) => p.message).join('\n'), message, what)
      assert.equal(r.json.external?.consistent, false, what)
    }
  })

  test('a note that is not one is a usage error naming the line (exit 2)', async () => {
    const lines = note.split('\n')
    const cases: [string, string, RegExp][] = [
      ['no blank line', note.replace('\n\n', '\n'), /no blank line/],
      ['a size with a leading zero', note.replace(`\n${lines[1]}\n`, `\n0${lines[1]}\n`), /line 2 \(the tree size\)/],
      ['a short root', note.replace(lines[2]!, Buffer.alloc(31).toString('base64')), /line 3 \(the root hash\)/],
      ['an extension line', note.replace(`${lines[2]}\n`, `${lines[2]}\nextra\n`), /has 4 lines/],
      ['a tab', note.replace(lines[0]!, `${lines[0]}\t`), /control character/],
      ['no em dash', note.replace('\u2014', '-'), /signature line 1 does not start with an em dash/],
    ]
    for (const [what, bad, message] of cases) {
      const r = await runPl(['evidence', 'verify', '--store', t.store, '--checkpoint', noteFile(bad)], {env: t.env})
      assert.equal(r.code, 2, `${what}: ${r.stderr}`)
      assert.match(r.stderr, message, what)
      assert.match(r.stderr, /is not a checkpoint note/, what)
    }
  })

  test('a truncated tail is caught against the earlier note', async () => {
    const copy = copyStore(t.store, t.dir, 'truncated.db')
    const size = Number(readFileSync(early, 'utf8').split('\n')[1])
    tamper(copy, (db) => {
      db.prepare('DELETE FROM entries WHERE seq > ?').run(size - 1)
      db.prepare('DELETE FROM checkpoints WHERE size > ?').run(size - 1)
      db.prepare('DELETE FROM checkpoint_notes WHERE size > ?').run(size - 1)
    })
    const alone = await verify(copy)
    assert.equal(alone.code, 0, JSON.stringify(alone.json.problems))
    const against = await verify(copy, '--checkpoint', early)
    assert.equal(against.code, 10)
    assert.equal(against.json.firstBadEntry, size)
    assert.deepEqual(problemKeys(against.json), [`truncated@${size}#${size}`])
  })

  test('a stored note signature altered, or left behind by a deleted checkpoint, is named', async () => {
    const altered = copyStore(t.store, t.dir, 'note-altered.db')
    tamper(altered, (db) => {
      const r = db.prepare('SELECT size, sig FROM checkpoint_notes ORDER BY size DESC LIMIT 1').get() as {size: number; sig: Buffer}
      const sig = Buffer.from(r.sig)
      sig[3] = sig[3]! ^ 2
      db.prepare('UPDATE checkpoint_notes SET sig = ? WHERE size = ?').run(sig, r.size)
    })
    const a = await verify(altered)
    assert.equal(a.code, 10)
    assert.deepEqual(problemKeys(a.json), [`checkpoint-signature#${info.entries}`])
    assert.match(a.json.problems[0]!.message, /its note signature does not verify/)
    const dropped = copyStore(t.store, t.dir, 'note-table-dropped.db')
    const db = openRaw(dropped)
    db.exec('DROP TABLE checkpoint_notes')
    // …and none of the responders' schema 2 (no one enrolled: the tables are empty).
    db.exec('DROP TABLE signatures')
    db.exec('DROP TABLE grants')
    db.exec('DROP INDEX entries_roster')
    db.exec('ALTER TABLE keys DROP COLUMN incident')
    db.close()
    const d = await verify(dropped)
    assert.equal(d.code, 10)
    assert.match(d.json.problems.map((p) => p.message).join('\n'), /checkpoint_notes was dropped/)
  })
})

describe('a JSON checkpoint file pins the key it carries (issue 14, item 1)', () => {
  let s: TestStore
  let anchored: string
  before(async () => {
    s = tempStore('pl-pin-')
    const inc = await initWithIncident(s)
    anchored = join(s.dir, 'anchored.json')
    assert.equal((await runPl(['evidence', 'checkpoint', '--out', anchored], {env: s.env})).code, 0)
    assert.equal((await runPl(['incident', 'note', inc, 'after the anchor'], {env: s.env})).code, 0)
  })
  after(() => s.cleanup())

  test('a key swapped in meta without re-signing: alone every checkpoint looks bad; with the file, the honest checkpoints stand and the key is named', async () => {
    const path = copyStore(s.store, s.dir, 'swapped.db')
    tamper(path, (db) => replaceSigningKey(db, attackerKey(), false))
    const alone = await runJson<VerifyReport>(['evidence', 'verify', '--store', path], {env: s.env})
    assert.equal(alone.code, 10)
    assert.ok(problemKeys(alone.json).filter((k) => k.startsWith('checkpoint-signature')).length > 0)
    const pinned = await runJson<VerifyReport>(['evidence', 'verify', '--store', path, '--checkpoint', anchored], {env: s.env})
    assert.equal(pinned.code, 10)
    assert.deepEqual(problemKeys(pinned.json), ['external-checkpoint', 'meta', 'public-key'])
    assert.match(pinned.json.problems.find((p) => p.code === 'public-key')!.message, /differs from the key [0-9a-f]{64} that signed the given checkpoint file, under which some stored checkpoints verify/)
    assert.match(pinned.json.problems.find((p) => p.code === 'meta')!.message, /"sign_public_key" differs from the signed meta statement/)
  })

  test('a store re-signed whole: exit 10 saying the key differs and that it cannot tell which side is honest, blaming no checkpoint', async () => {
    const path = copyStore(s.store, s.dir, 'resigned.db')
    tamper(path, (db) => replaceSigningKey(db, attackerKey(), true))
    assert.equal((await runPl(['evidence', 'verify', '--store', path], {env: s.env})).code, 0)
    const pinned = await runJson<VerifyReport>(['evidence', 'verify', '--store', path, '--checkpoint', anchored], {env: s.env})
    assert.equal(pinned.code, 10)
    assert.deepEqual(problemKeys(pinned.json), ['external-checkpoint', 'public-key'])
    assert.match(pinned.json.problems.find((p) => p.code === 'public-key')!.message, /either the store was re-signed with a new key \(meta altered\), or the file is not this store's/)
  })
})

describe('a store made by an older pl (schema 1: no notes, no meta statement)', () => {
  let old: TestStore
  before(async () => {
    old = tempStore('pl-note-old-')
    const inc = await initWithIncident(old)
    assert.equal((await runPl(['incident', 'note', inc, 'before the upgrade'], {env: old.env})).code, 0)
    // What the previous release wrote: migration 1 only, and no meta statement.
    const db = openRaw(old.store)
    db.exec('DROP TABLE checkpoint_notes')
    // …nor the cosignatures of schema 4…
    db.exec('DROP TABLE cosignatures')
    // …and none of the responders' schema 2 (no one enrolled: the tables are empty).
    db.exec('DROP TABLE signatures')
    db.exec('DROP TABLE grants')
    db.exec('DROP INDEX entries_roster')
    db.exec('ALTER TABLE keys DROP COLUMN incident')
    db.exec('DROP TRIGGER meta_no_delete')
    db.prepare("DELETE FROM meta WHERE key = 'meta_statement'").run()
    db.exec("CREATE TRIGGER meta_no_delete BEFORE DELETE ON meta BEGIN SELECT RAISE(ABORT, 'pl: meta is append-only'); END")
    db.pragma('user_version = 1')
    db.close()
  })
  after(() => old.cleanup())

  test('verifies as it is, without writing, and says it has no meta statement yet', async () => {
    const r = await runJson<VerifyReport>(['evidence', 'verify', '--store', old.store], {env: old.env})
    assert.equal(r.code, 0, JSON.stringify(r.json.problems))
    assert.match(r.json.warnings.join('\n'), /no signed meta statement yet/)
    const i = await runJson<StoreInfo>(['store', 'info', '--store', old.store], {env: old.env})
    assert.equal(i.json.schema, 1)
    assert.equal(i.json.metaStatement, false)
    assert.equal(i.json.latestCheckpoint?.note, false)
    const db = openRaw(old.store)
    assert.equal(db.pragma('user_version', {simple: true}), 1, 'verify and info never migrate')
    db.close()
  })

  test('the key holder\'s next command migrates it, signs the meta statement, and checkpoints get notes', async () => {
    const checkpoint = await runJson<{note: string; size: number}>(['evidence', 'checkpoint', '--format', 'note', '--store', old.store], {env: old.env})
    assert.equal(checkpoint.code, 0, checkpoint.stderr)
    const i = await runJson<StoreInfo>(['store', 'info', '--store', old.store], {env: old.env})
    assert.equal(i.json.schema, 4)
    assert.equal(i.json.metaStatement, true)
    assert.equal(i.json.latestCheckpoint?.note, true, 'the latest checkpoint, signed by the older pl, got its note')
    const given = join(old.dir, 'upgraded.note')
    writeFileSync(given, checkpoint.json.note)
    const r = await runJson<VerifyReport>(['evidence', 'verify', '--store', old.store, '--checkpoint', given], {env: old.env})
    assert.equal(r.code, 0, JSON.stringify(r.json.problems))
    assert.deepEqual(r.json.warnings, [])
  })
})
