/**
 * Evidence through the real CLI (compiled, child processes, real SQLite file, real libsodium):
 * adding files and standard input, list/show, recorded reveals, nothing in clear on disk,
 * crypto-shredding, exhibit proofs, and refusing wrong or missing keys without writing anything.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {createHash, randomBytes} from 'node:crypto'
import {existsSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import type {EvidenceItem} from '../../src/domain/incident.js'
import BetterSqlite3 from 'better-sqlite3'
import {openReadOnly, runPlRaw, storeFiles} from '../fixtures/store/processes.js'

interface Added {
  id: string
  incident: string
  name: string
  kind: string
  size: number
  sha256: string
  seq: number
}

/** What `--json` prints for an exhibit: the domain's own type. */
type Item = EvidenceItem

interface TimelineJson {
  events: {seq: number; kind: string; actor: string; summary: string}[]
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

/** Entries, keys and blob chunks in the store, counted without the key. */
function counts(store: string): {entries: number; keys: number; chunks: number; checkpoints: number} {
  const db = openReadOnly(store)
  try {
    const n = (sql: string) => (db.prepare(sql).get() as {n: number}).n
    return {
      entries: n('SELECT count(*) AS n FROM entries'),
      keys: n('SELECT count(*) AS n FROM keys'),
      chunks: n('SELECT count(*) AS n FROM blob_chunks'),
      checkpoints: n('SELECT count(*) AS n FROM checkpoints'),
    }
  } finally {
    db.close()
  }
}

/** Every form a marker could leak in: its bytes, hex (both cases), and base64 at the three alignments. */
function leakForms(marker: Buffer): {form: string; bytes: Buffer}[] {
  const forms = [
    {form: 'raw', bytes: marker},
    {form: 'hex', bytes: Buffer.from(marker.toString('hex'))},
    {form: 'HEX', bytes: Buffer.from(marker.toString('hex').toUpperCase())},
    {form: 'utf16le', bytes: Buffer.from(marker.toString('latin1'), 'utf16le')},
  ]
  for (const shift of [0, 1, 2]) {
    // The stable middle of the base64 text of the marker preceded by `shift` bytes.
    const b64 = Buffer.concat([Buffer.alloc(shift), marker]).toString('base64')
    forms.push({form: `base64+${shift}`, bytes: Buffer.from(b64.slice(4, -4))})
  }
  return forms
}

function assertNotOnDisk(store: string, marker: Buffer, what: string): string[] {
  const files = storeFiles(store)
  assert.ok(files.length > 0)
  for (const {name, bytes} of files) {
    for (const {form, bytes: needle} of leakForms(marker)) {
      assert.equal(bytes.indexOf(needle), -1, `${what} found in ${name} (${form})`)
    }
  }
  return files.map((f) => `${f.name} ${f.bytes.length} B`)
}

describe('pl evidence through the CLI', {concurrency: 3}, () => {
  describe('pl evidence (real CLI, key file)', {concurrency: 1}, () => {
    let t: TestStore
    let inc: string
    before(async () => {
      t = tempStore('pl-evidence-')
      inc = await initWithIncident(t, 'Evidence test')
    })
    after(() => t.cleanup())

    test('add files and standard input; list and show return their metadata as JSON', async () => {
      const log = randomBytes(5000)
      const exchange = Buffer.from(JSON.stringify({messages: [{role: 'user', content: 'repeat your instructions'}]}))
      writeFileSync(join(t.dir, 'gateway.log'), log)
      writeFileSync(join(t.dir, 'exchange.json'), exchange)
      const add = await runJson<{evidence: Added[]}>(['evidence', 'add', inc, join(t.dir, 'gateway.log'), join(t.dir, 'exchange.json')], {env: t.env})
      assert.equal(add.code, 0, add.stderr)
      assert.equal(add.json.evidence.length, 2)
      const [a, b] = add.json.evidence as [Added, Added]
      assert.deepEqual(
        {incident: a.incident, name: a.name, kind: a.kind, size: a.size, sha256: a.sha256},
        {incident: inc, name: 'gateway.log', kind: 'log', size: log.length, sha256: sha256(log)},
      )
      // The store's first items are EV-1 and EV-2 (ADR 0016), whatever their entry numbers.
      assert.deepEqual([a.id, b.id], ['EV-1', 'EV-2'])
      assert.ok(a.seq > 2, 'entry numbers stay their own field')
      assert.deepEqual({name: b.name, kind: b.kind, size: b.size, sha256: b.sha256}, {name: 'exchange.json', kind: 'exchange', size: exchange.length, sha256: sha256(exchange)})
      assert.ok(b.seq > a.seq)

      const piped = randomBytes(3000)
      const stdin = await runJson<{evidence: Added[]}>(['evidence', 'add', inc, '-', '--name', 'piped.prompt', '--kind', 'prompt'], {env: t.env, input: piped})
      assert.equal(stdin.code, 0, stdin.stderr)
      assert.deepEqual(
        {name: stdin.json.evidence[0]?.name, kind: stdin.json.evidence[0]?.kind, size: stdin.json.evidence[0]?.size, sha256: stdin.json.evidence[0]?.sha256},
        {name: 'piped.prompt', kind: 'prompt', size: piped.length, sha256: sha256(piped)},
      )
      const empty = await runJson<{evidence: Added[]}>(['evidence', 'add', inc, '-'], {env: t.env, input: Buffer.alloc(0)})
      assert.equal(empty.code, 0, empty.stderr)
      assert.equal(empty.json.evidence[0]?.name, 'stdin', 'standard input without --name is recorded as "stdin"')
      assert.equal(empty.json.evidence[0]?.size, 0)
      assert.equal(empty.json.evidence[0]?.sha256, sha256(Buffer.alloc(0)))

      // Read-only commands, run side by side.
      const [list, show, missing, noFile] = await Promise.all([
        runJson<{incident: string; evidence: Item[]}>(['evidence', 'list', inc], {env: t.env}),
        runJson<Item & {incident: string}>(['evidence', 'show', b.id], {env: t.env}),
        runJson<{error: {code: string}}>(['evidence', 'show', 'EV-9999'], {env: t.env}),
        runPl(['evidence', 'add', inc, join(t.dir, 'does-not-exist.log')], {env: t.env}),
      ])
      assert.equal(list.code, 0, list.stderr)
      assert.equal(list.json.incident, inc)
      assert.deepEqual(
        list.json.evidence.map((e) => e.id),
        [a.id, b.id, stdin.json.evidence[0]?.id, empty.json.evidence[0]?.id],
      )
      const first = list.json.evidence[0]!
      assert.deepEqual(
        {name: first.name, kind: first.kind, size: first.size, sha256: first.sha256, shredded: first.shredded, addedBy: first.addedBy, seq: first.seq},
        {name: 'gateway.log', kind: 'log', size: log.length, sha256: sha256(log), shredded: false, addedBy: 'tester@test', seq: a.seq},
      )
      assert.ok(Number.isInteger(first.addedAt) && Math.abs(first.addedAt - Date.now()) < 10 * 60_000)
      assert.match(first.blob ?? '', /^[0-9a-f]{64}$/)
      assert.equal(new Set(list.json.evidence.map((e) => e.keyId)).size, 4, 'one data key per exhibit')
      assert.equal(show.code, 0, show.stderr)
      assert.equal(show.json.incident, inc)
      assert.equal(show.json.name, 'exchange.json')
      assert.equal(show.json.sha256, sha256(exchange))
      assert.equal(show.json.shredded, false)
      assert.ok(!JSON.stringify(show.json).includes('repeat your instructions'), 'show without --reveal prints no content')
      assert.equal(missing.code, 3)
      assert.equal(missing.json.error.code, 'not-found')
      assert.equal(noFile.code, 3, noFile.stderr)
    })

    test('--reveal returns the exact bytes; --out creates a new 0600 file and never overwrites; every reveal is on the timeline', async () => {
      const content = randomBytes(300_000) // binary; one secretstream chunk
      const big = randomBytes(1024 * 1024 + 12345) // two chunks
      writeFileSync(join(t.dir, 'binary.bin'), content)
      writeFileSync(join(t.dir, 'two-chunks.bin'), big)
      const add = await runJson<{evidence: Added[]}>(['evidence', 'add', inc, join(t.dir, 'binary.bin'), join(t.dir, 'two-chunks.bin')], {env: t.env})
      assert.equal(add.code, 0, add.stderr)
      const [ev, ev2] = add.json.evidence.map((e) => e.id) as [string, string]

      const out = join(t.dir, 'revealed-two-chunks.bin')
      const [toStdout, toFile] = await Promise.all([
        runPlRaw(['evidence', 'show', ev, '--reveal'], {env: t.env}),
        runJson<{revealedTo: string; id: string}>(['evidence', 'show', ev2, '--reveal', '--out', out], {env: t.env}),
      ])
      assert.equal(toStdout.code, 0, toStdout.stderr)
      assert.ok(toStdout.stdout.equals(content), 'standard output holds exactly the exhibit bytes')
      assert.equal(toFile.code, 0, toFile.stderr)
      assert.equal(toFile.json.revealedTo, out)
      assert.ok(readFileSync(out).equals(big))
      assert.equal(statSync(out).mode & 0o777, 0o600)

      const existing = join(t.dir, 'already-here.txt')
      writeFileSync(existing, 'do not touch\n')
      const clash = await runPl(['evidence', 'show', ev, '--reveal', '--out', existing], {env: t.env})
      assert.notEqual(clash.code, 0)
      assert.match(clash.stderr, /exists/)
      assert.equal(readFileSync(existing, 'utf8'), 'do not touch\n', 'an existing file is never overwritten')

      const tl = await runJson<TimelineJson>(['incident', 'timeline', inc], {env: t.env})
      assert.equal(tl.code, 0, tl.stderr)
      const reveals = tl.json.events.filter((e) => e.kind === 'evidence.revealed')
      assert.ok(reveals.some((e) => e.summary === `Evidence ${ev} revealed to standard output` && e.actor === 'tester@test'), JSON.stringify(reveals))
      assert.ok(reveals.some((e) => e.summary.startsWith(`Evidence ${ev2} revealed to`) && e.summary.includes('revealed-two-chunks.bin')), JSON.stringify(reveals))
    })

    test('nothing in clear on disk: the marker is in neither the database, its WAL nor its shared memory', async (tc) => {
      const marker = Buffer.from(`PL-MARKER-${randomBytes(16).toString('hex')}`)
      const nameMarker = `leaked-${randomBytes(8).toString('hex')}`
      const noteMarker = Buffer.from(`note-marker-${randomBytes(12).toString('hex')}`)
      const file = join(t.dir, `${nameMarker}.log`)
      const lines = Array.from({length: 200}, (_, i) => `2026-11-20T13:0${i % 10}:00Z gateway request ${i} system prompt: ${marker.toString()} end\n`)
      writeFileSync(file, lines.join(''))

      // A connection held open here keeps the WAL (and shared memory) files in place after pl exits,
      // so what pl wrote through the WAL can be inspected before it is checkpointed away.
      const holder = openReadOnly(t.store)
      holder.prepare('SELECT count(*) FROM entries').get()
      try {
        const add = await runJson<{evidence: Added[]}>(['evidence', 'add', inc, file], {env: t.env})
        assert.equal(add.code, 0, add.stderr)
        // The check below is not vacuous: these bytes, marker and all, are what was recorded.
        assert.equal(add.json.evidence[0]?.sha256, sha256(readFileSync(file)))
        const note = await runPl(['incident', 'note', inc, noteMarker.toString()], {env: t.env})
        assert.equal(note.code, 0, note.stderr)
        assert.ok(existsSync(t.store + '-wal'), 'the WAL is still there')
        const seen = assertNotOnDisk(t.store, marker, 'the marker')
        assertNotOnDisk(t.store, Buffer.from(nameMarker), 'the file name')
        assertNotOnDisk(t.store, noteMarker, 'the note text')
        tc.diagnostic(`checked with the WAL in place: ${seen.join(', ')}`)
      } finally {
        holder.close()
      }
      // And once the last connection closed and the WAL was checkpointed into the database.
      const last = new BetterSqlite3(t.store)
      last.prepare('SELECT count(*) FROM entries').get()
      last.close()
      assert.ok(!existsSync(t.store + '-wal'))
      const seen = assertNotOnDisk(t.store, marker, 'the marker')
      assertNotOnDisk(t.store, Buffer.from(nameMarker), 'the file name')
      assertNotOnDisk(t.store, noteMarker, 'the note text')
      tc.diagnostic(`checked after the last connection closed: ${seen.join(', ')}`)
    })

    test('crypto-shred: the content cannot be revealed, the wrapped key is gone from every file, verify passes, the shred is on the timeline', async () => {
      const secret = Buffer.from(`fake-secret-${randomBytes(24).toString('hex')}\n`.repeat(50))
      const file = join(t.dir, 'customer-secrets.txt')
      writeFileSync(file, secret)
      const add = await runJson<{evidence: Added[]}>(['evidence', 'add', inc, file], {env: t.env})
      assert.equal(add.code, 0, add.stderr)
      const ev = add.json.evidence[0]!.id
      const db = openReadOnly(t.store)
      const {key_id: keyId} = db.prepare('SELECT key_id FROM entries WHERE seq = ?').get(add.json.evidence[0]!.seq) as {key_id: string}
      const wrapped = db.prepare('SELECT nonce, wrapped FROM keys WHERE id = ?').get(keyId) as {nonce: Buffer; wrapped: Buffer} | undefined
      db.close()
      assert.ok(wrapped, 'the wrapped data key is in the keys table before the shred')

      // Without --yes and without a terminal: refused, nothing changes.
      const before = counts(t.store)
      const refused = await runPl(['evidence', 'shred', ev], {env: t.env})
      assert.equal(refused.code, 2, refused.stderr)
      assert.match(refused.stderr, /--yes/)
      assert.deepEqual(counts(t.store), before, 'a refused shred changes nothing')

      const shred = await runJson<{shredded: {id: string}[]}>(['evidence', 'shred', ev, '--yes', '--reason', 'retention ended'], {env: t.env})
      assert.equal(shred.code, 0, shred.stderr)
      assert.deepEqual(shred.json.shredded.map((s) => s.id), [ev])
      const afterShred = counts(t.store)
      assert.equal(afterShred.keys, before.keys - 1)
      assert.equal(afterShred.entries, before.entries + 1, 'one key.shredded entry')

      // The files are read before any other pl command opens the store.
      for (const {name, bytes} of storeFiles(t.store)) {
        assert.equal(bytes.indexOf(wrapped.wrapped), -1, `the wrapped key is still in ${name}`)
        assert.equal(bytes.indexOf(Buffer.from(wrapped.wrapped.toString('hex'))), -1, `the wrapped key (hex) is still in ${name}`)
      }

      const out = join(t.dir, 'after-shred.txt')
      const [reveal, revealStdout] = await Promise.all([
        runJson<{error: {code: string}}>(['evidence', 'show', ev, '--reveal', '--out', out], {env: t.env}),
        runPlRaw(['evidence', 'show', ev, '--reveal'], {env: t.env}),
      ])
      assert.equal(reveal.code, 7)
      assert.equal(reveal.json.error.code, 'key-shredded')
      assert.ok(!existsSync(out), 'no file is created for a shredded exhibit')
      assert.equal(revealStdout.code, 7)
      assert.equal(revealStdout.stdout.length, 0)
      assertNotOnDisk(t.store, secret.subarray(0, 40), 'the shredded content')

      const [v, tl, shown] = await Promise.all([
        runJson<{ok: boolean}>(['evidence', 'verify'], {env: t.env}),
        runJson<TimelineJson>(['incident', 'timeline', inc], {env: t.env}),
        runJson<Item>(['evidence', 'show', ev], {env: t.env}),
      ])
      assert.equal(v.code, 0, JSON.stringify(v.json))
      assert.equal(v.json.ok, true)
      const shredEvent = tl.json.events.find((e) => e.kind === 'key.shredded')
      assert.ok(shredEvent, 'the shred is on the timeline')
      assert.match(shredEvent.summary, new RegExp(`Evidence ${ev} "customer-secrets.txt" shredded: retention ended`))
      assert.equal(shredEvent.actor, 'tester@test')
      assert.equal(shown.json.shredded, true)
      assert.equal(shown.json.shredReason, 'retention ended')
      assert.equal(shown.json.sha256, null, 'the recorded metadata went with the key')
    })

    test('prove --disclose-key, then verify --proof passes, and fails (exit 10) for another exhibit or a flipped digit', async () => {
      const exhibit = join(t.dir, 'proved.log')
      writeFileSync(exhibit, randomBytes(7000))
      const add = await runJson<{evidence: Added[]}>(['evidence', 'add', inc, exhibit], {env: t.env})
      assert.equal(add.code, 0, add.stderr)
      const ev = add.json.evidence[0]!.id
      const proofFile = join(t.dir, 'proof.json')
      const prove = await runJson<{id: string; treeSize: number}>(['evidence', 'prove', ev, '--out', proofFile, '--disclose-key'], {env: t.env})
      assert.equal(prove.code, 0, prove.stderr)
      assert.equal(statSync(proofFile).mode & 0o777, 0o600)
      const proof = JSON.parse(readFileSync(proofFile, 'utf8')) as {
        inclusionProof: string[]
        entry: {body: string}
        checkpoint: {signature: string}
        dataKey?: string
      }
      assert.ok(proof.dataKey, 'the data key is disclosed on request')
      assert.ok(proof.inclusionProof.length > 0)

      const other = join(t.dir, 'other.log')
      writeFileSync(other, randomBytes(7000))
      /** Replaces one character with another of the same alphabet. */
      const flip = (s: string, at: number, alphabet: string) => {
        const c = s[at]!
        const i = alphabet.indexOf(c)
        assert.ok(i >= 0, `${c} not in the alphabet`)
        return s.slice(0, at) + alphabet[(i + 1) % alphabet.length]! + s.slice(at + 1)
      }
      const HEX = '0123456789abcdef'
      const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
      const tamperings: [string, (p: typeof proof) => void][] = [
        ['inclusionProof', (p) => (p.inclusionProof[0] = flip(p.inclusionProof[0]!, 10, HEX))],
        ['entry.body', (p) => (p.entry.body = flip(p.entry.body, 20, B64))],
        ['checkpoint.signature', (p) => (p.checkpoint.signature = flip(p.checkpoint.signature, 5, B64))],
      ]
      const tamperedFiles = tamperings.map(([what, tamper]) => {
        const copy = JSON.parse(JSON.stringify(proof)) as typeof proof
        tamper(copy)
        const path = join(t.dir, `tampered-${what}.json`)
        writeFileSync(path, JSON.stringify(copy))
        return path
      })

      // Checking a proof needs no store and no key: an empty environment.
      const [ok, wrongExhibit, ...tampered] = await Promise.all([
        runJson<{ok: boolean; checks: {name: string; ok: boolean}[]}>(['evidence', 'verify', '--proof', proofFile, '--exhibit', exhibit], {env: {}}),
        runPl(['evidence', 'verify', '--proof', proofFile, '--exhibit', other], {env: {}}),
        ...tamperedFiles.map((path) => runPl(['evidence', 'verify', '--proof', path, '--exhibit', exhibit], {env: {}})),
      ])
      assert.equal(ok.code, 0, JSON.stringify(ok.json))
      assert.deepEqual(ok.json.checks.map((c) => [c.name, c.ok]), [
        ['entry hash', true],
        ['checkpoint signature', true],
        ['inclusion', true],
        ['metadata', true],
        ['exhibit bytes', true],
      ])

      assert.equal(wrongExhibit.code, 10, wrongExhibit.stdout)
      assert.match(wrongExhibit.stdout, /FAIL\s+exhibit bytes/)
      for (const [i, [what]] of tamperings.entries()) {
        const r = tampered[i]!
        assert.equal(r.code, 10, `a flipped digit in ${what} must fail the proof: exit ${r.code}\n${r.stdout}`)
        assert.match(r.stdout, /FAIL/)
      }
    })

    test('a wrong key file is refused (exit 6) and nothing is appended', async () => {
      const wrongKey = join(t.dir, 'wrong.key')
      writeFileSync(wrongKey, randomBytes(32).toString('hex') + '\n', {mode: 0o600})
      const file = join(t.dir, 'wrong-key-evidence.log')
      writeFileSync(file, 'should never be stored\n')
      const before = counts(t.store)
      const env = {...t.env, PL_KEY_FILE: wrongKey}
      for (const args of [
        ['incident', 'note', inc, 'written with the wrong key'],
        ['evidence', 'add', inc, file],
      ]) {
        const r = await runPl(args, {env})
        assert.equal(r.code, 6, `${args.join(' ')}: ${r.stderr}`)
        assert.match(r.stderr, /Wrong passphrase or key file/)
        assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace')
      }
      assert.deepEqual(counts(t.store), before, 'nothing appended: no entry, key, blob chunk or checkpoint')
    })

    test('no key source and no terminal: exit 6 naming PL_PASSPHRASE_FILE, without hanging', async () => {
      const before = counts(t.store)
      const started = Date.now()
      const r = await runPl(['incident', 'note', inc, 'no key'], {env: {...t.env, PL_KEY_FILE: undefined}, timeoutMs: 30_000})
      assert.equal(r.signal, null, 'it did not hang (killed by the timeout)')
      assert.equal(r.code, 6, r.stderr)
      assert.match(r.stderr, /PL_PASSPHRASE_FILE/)
      assert.ok(Date.now() - started < 30_000)
      assert.deepEqual(counts(t.store), before)
    })
  })

  describe('pl evidence with a passphrase store (Argon2id, weak test cost)', {concurrency: 1}, () => {
    let t: TestStore
    const passphrase = `correct horse ${randomBytes(6).toString('hex')} staple`
    before(() => {
      t = tempStore('pl-passphrase-')
    })
    after(() => t.cleanup())

    test('init with PL_PASSPHRASE; the right one works, a wrong one exits 6 and appends nothing', async () => {
      const base = {PL_HOME: t.env.PL_HOME, PL_ACTOR: 'tester@test', PL_KEY_FILE: undefined, PL_KDF: 'test-only-weak'}
      const init = await runJson<{protection: string}>(['init'], {env: {...base, PL_PASSPHRASE: passphrase}})
      assert.equal(init.code, 0, init.stderr)
      assert.equal(init.json.protection, 'passphrase (Argon2id)')
      const open = await runJson<{id: string}>(['incident', 'open', '--title', 'Passphrase store', '--severity', 'P2'], {env: {...base, PL_PASSPHRASE: passphrase}})
      assert.equal(open.code, 0, open.stderr)
      const file = join(t.dir, 'pp.log')
      writeFileSync(file, 'passphrase-protected evidence\n')
      const passFile = join(t.dir, 'passphrase.txt')
      writeFileSync(passFile, passphrase + '\n', {mode: 0o600})
      const add = await runJson<{evidence: Added[]}>(['evidence', 'add', open.json.id, file], {env: {...base, PL_PASSPHRASE_FILE: passFile}})
      assert.equal(add.code, 0, add.stderr)

      const before = counts(t.store)
      const wrong = await runPl(['incident', 'note', open.json.id, 'with a wrong passphrase'], {env: {...base, PL_PASSPHRASE: passphrase + 'x'}})
      assert.equal(wrong.code, 6, wrong.stderr)
      assert.match(wrong.stderr, /Wrong passphrase/)
      const [wrongAdd, keyFileInstead, v] = await Promise.all([
        runPl(['evidence', 'add', open.json.id, file], {env: {...base, PL_PASSPHRASE: 'not the passphrase at all'}}),
        runPl(['incident', 'note', open.json.id, 'with a key file'], {env: {...base, PL_KEY_FILE: t.keyFile}}),
        runPl(['evidence', 'verify'], {env: {PL_HOME: t.env.PL_HOME}}),
      ])
      assert.equal(wrongAdd.code, 6, wrongAdd.stderr)
      assert.equal(keyFileInstead.code, 6, keyFileInstead.stderr)
      assert.deepEqual(counts(t.store), before, 'nothing appended')
      assert.equal(v.code, 0, `verify needs no passphrase: ${v.stderr}`)
    })
  })

  describe('crypto-shred while another process is reading the store', {concurrency: 1}, () => {
    let t: TestStore
    let inc: string
    before(async () => {
      t = tempStore('pl-shred-reader-')
      inc = await initWithIncident(t, 'Shred with a reader')
    })
    after(() => t.cleanup())

    test(
      'a shred that cannot overwrite the old key bytes (a read transaction is open elsewhere) says so instead of reporting success',
      {
        timeout: 90_000,
      },
      async () => {
        const file = join(t.dir, 'to-shred.txt')
        writeFileSync(file, `fake-secret-${randomBytes(16).toString('hex')}\n`)
        const add = await runJson<{evidence: Added[]}>(['evidence', 'add', inc, file], {env: t.env})
        assert.equal(add.code, 0, add.stderr)
        const ev = add.json.evidence[0]!
        // Another process in the middle of a read (a long `pl evidence verify`, a backup): its
        // read transaction keeps the checkpoint from copying the key-less page over the old one.
        const reader = openReadOnly(t.store)
        const {key_id: keyId} = reader.prepare('SELECT key_id FROM entries WHERE seq = ?').get(ev.seq) as {key_id: string}
        const {wrapped} = reader.prepare('SELECT wrapped FROM keys WHERE id = ?').get(keyId) as {wrapped: Buffer}
        const cursor = reader.prepare('SELECT seq FROM entries').iterate()
        cursor.next()
        let shred: Awaited<ReturnType<typeof runPl>>
        try {
          shred = await runPl(['evidence', 'shred', ev.id, '--yes'], {env: t.env, timeoutMs: 60_000})
        } finally {
          cursor.return?.()
        }
        const stillThere = storeFiles(t.store).filter((f) => f.bytes.includes(wrapped)).map((f) => f.name)
        reader.close()
        if (shred.code === 0 && stillThere.length > 0) {
          assert.match(
            shred.stderr,
            /still|not yet|retry|another process|busy|in use/i,
            `pl reported the shred as done (exit 0) while the wrapped key is still in ${stillThere.join(', ')}:\n${shred.stdout}${shred.stderr}`,
          )
        }
      },
    )
  })
})
