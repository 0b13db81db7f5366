/**
 * Issue 14, item 4: what the environment refuses (a full disk, a read-only or forbidden store, a
 * PL_HOME that is a file) and stores that are not stores (not SQLite, truncated, empty, altered
 * tables, meta or integers) are named with their own exit code, never exit 70, and never with a
 * hint to `pl init` over an existing file. Each case is an adversarial run's repro.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {spawn, spawnSync} from 'node:child_process'
import {chmodSync, closeSync, copyFileSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {BIN, childEnv, initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {RunResult, TestStore} from '../helpers/cli.js'
import {attackerKey, copyStore, openRaw, replaceSigningKey, settle, tamper} from '../helpers/tamper.js'

const ROOT = process.getuid?.() === 0

/** Runs pl as an unprivileged user when the tests run as root (root ignores file modes). */
function runUnprivileged(args: readonly string[], env: Record<string, string>): Promise<RunResult> {
  const [cmd, ...rest] = ROOT ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args] : [process.execPath, BIN, ...args]
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd!, rest, {env: childEnv({HOME: tmpdir(), ...env}), stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code, signal) => resolvePromise({code, signal, stdout, stderr}))
  })
}

/** No stack trace, no "bug in pl", no `pl init` offered over a file that exists. */
function assertNamed(r: RunResult, code: number, message: RegExp): void {
  assert.equal(r.code, code, `exit ${r.code}\n${r.stderr}${r.stdout}`)
  assert.match(r.stderr + r.stdout, message)
  assert.doesNotMatch(r.stderr + r.stdout, /unexpected error|bug in pl|\n\s+at /)
  assert.doesNotMatch(r.stderr + r.stdout, /pl init/)
}

describe('the environment refuses: user errors with their own codes', () => {
  let t: TestStore
  let incident: string
  before(async () => {
    t = tempStore('pl-env-')
    incident = await initWithIncident(t)
    settle(t.store)
    chmodSync(t.dir, 0o755)
    chmodSync(t.keyFile, 0o644)
  })
  after(() => t.cleanup())

  test('a full disk: "the disk holding … is full; nothing was written" (exit 12), and the store still verifies', async (ctx) => {
    const mnt = join(t.dir, 'small-disk')
    mkdirSync(mnt)
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mnt]).status === 0
    try {
      const store = join(mnt, 'evidence.db')
      copyFileSync(t.store, store)
      const exhibit = join(t.dir, 'exhibit.bin')
      writeFileSync(exhibit, Buffer.alloc(3 * 1024 * 1024, 7))
      let r: RunResult
      if (mounted) {
        // Fill the small disk to the last byte, then ask pl to record on it.
        const fd = openSync(join(mnt, 'filler'), 'w')
        try {
          for (;;) writeSync(fd, Buffer.alloc(64 * 1024))
        } catch {
          // ENOSPC: the disk is full.
        } finally {
          closeSync(fd)
        }
        r = await runPl(['incident', 'note', incident, 'while the disk is full', '--store', store], {env: t.env})
      } else {
        ctx.diagnostic('tmpfs cannot be mounted here: a file size limit (ulimit -f) stands in for the full disk')
        const limitKiB = Math.ceil(statSync(store).size / 1024) + 64
        r = await new Promise<RunResult>((resolvePromise) => {
          const child = spawn('bash', ['-c', `ulimit -f ${limitKiB}; exec "$0" "$@"`, process.execPath, BIN, 'evidence', 'add', incident, exhibit, '--store', store], {env: childEnv(t.env)})
          let stdout = ''
          let stderr = ''
          child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
          child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
          child.on('close', (code, signal) => resolvePromise({code, signal, stdout, stderr}))
        })
      }
      assertNamed(r, 12, new RegExp(`The disk holding ${store.replaceAll('/', '\\/')} is full.*nothing was written`))
      if (mounted) rmSync(join(mnt, 'filler'))
      const verify = await runPl(['evidence', 'verify', '--store', store])
      assert.equal(verify.code, 0, verify.stderr)
      const again = await runPl(['incident', 'note', incident, 'space again', '--store', store], {env: t.env})
      assert.equal(again.code, 0, again.stderr)
    } finally {
      if (mounted) spawnSync('umount', [mnt])
    }
  })

  test('a read-only copy (0444 file in a 0555 directory) verifies as an unprivileged user, and nothing is written beside it', async () => {
    const dir = join(t.dir, 'read-only')
    mkdirSync(dir)
    const copy = copyStore(t.store, dir, 'evidence.db')
    chmodSync(copy, 0o444)
    chmodSync(dir, 0o555)
    try {
      const verify = await runUnprivileged(['evidence', 'verify', '--store', copy], {})
      assert.equal(verify.code, 0, verify.stderr)
      assert.match(verify.stdout, /Verified/)
      assert.deepEqual(readdirSync(dir), ['evidence.db'], 'no -wal or -shm left beside the original')
      const write = await runUnprivileged(['incident', 'note', incident, 'on a read-only copy', '--store', copy], {PL_KEY_FILE: t.keyFile, PL_ACTOR: 'tester@test'})
      assertNamed(write, 13, /is read-only \(the file\)/)
      assert.deepEqual(readdirSync(dir), ['evidence.db'])
    } finally {
      chmodSync(dir, 0o755)
    }
  })

  test('a read-only mount: verify exits 0 and writes nothing; a keyed command names the read-only store (exit 13)', async (ctx) => {
    const mnt = join(t.dir, 'ro-mount')
    mkdirSync(mnt)
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mnt]).status !== 0) {
      ctx.skip('mounting is not allowed here: the read-only directory and file cases above stand in')
      return
    }
    try {
      const copy = copyStore(t.store, mnt, 'evidence.db')
      assert.equal(spawnSync('mount', ['-o', 'remount,ro', mnt]).status, 0)
      const verify = await runPl(['evidence', 'verify', '--store', copy])
      assert.equal(verify.code, 0, verify.stderr)
      const write = await runPl(['incident', 'note', incident, 'on a read-only mount', '--store', copy], {env: t.env})
      assertNamed(write, 13, /is read-only/)
      assert.deepEqual(readdirSync(mnt), ['evidence.db'])
    } finally {
      spawnSync('umount', [mnt])
    }
  })

  test('a store its user may only read, in a writable directory: verify leaves no -shm behind, a write names the read-only file', async () => {
    const dir = join(t.dir, 'owner-read-only')
    mkdirSync(dir)
    const copy = copyStore(t.store, dir, 'evidence.db')
    chmodSync(dir, 0o777)
    chmodSync(copy, 0o444)
    const verify = await runUnprivileged(['evidence', 'verify', '--store', copy], {})
    assert.equal(verify.code, 0, verify.stderr)
    assert.deepEqual(readdirSync(dir), ['evidence.db'])
    // A command that only reads reads it (tester 11, defect 7: it used to be refused like a write).
    const read = await runUnprivileged(['evidence', 'list', incident, '--store', copy], {PL_KEY_FILE: t.keyFile, PL_ACTOR: 'tester@test'})
    assert.equal(read.code, 0, read.stderr)
    assert.deepEqual(readdirSync(dir), ['evidence.db'])
    const write = await runUnprivileged(['incident', 'note', incident, 'on a read-only file', '--store', copy], {PL_KEY_FILE: t.keyFile, PL_ACTOR: 'tester@test'})
    assertNamed(write, 13, /is read-only \(the file\)/)
    assert.deepEqual(readdirSync(dir), ['evidence.db'], 'no -shm with the read-only mode left for later writers')
  })

  /** The commands that only read, each of which must work on a store that refuses writes (tester 11, defect 7). */
  const readers = (store: string, scanFile: string): string[][] => [
    ['evidence', 'verify', '--store', store],
    ['evidence', 'verify', '--deep', '--store', store],
    ['incident', 'timeline', incident, '--store', store],
    ['incident', 'list', '--store', store],
    ['incident', 'show', incident, '--store', store],
    ['evidence', 'list', incident, '--store', store],
    ['store', 'info', '--store', store],
    ['report', 'postmortem', incident, '--store', store],
    ['scan', scanFile, '--store', store],
  ]

  test('a full disk where not even the -shm file fits: every command that only reads works (exit 0); a write still exits 12 (tester 11, defect 7)', async (ctx) => {
    const mnt = join(t.dir, 'full-disk')
    mkdirSync(mnt)
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mnt]).status !== 0) {
      ctx.skip('mounting is not allowed here: the file size limit case below stands in')
      return
    }
    try {
      const store = copyStore(t.store, mnt, 'evidence.db')
      const scanFile = join(t.dir, 'tiny.jsonl')
      writeFileSync(scanFile, '{"msg":"nothing secret"}\n')
      const fd = openSync(join(mnt, 'filler'), 'w')
      try {
        for (;;) writeSync(fd, Buffer.alloc(4096))
      } catch {
        // ENOSPC: the disk is full to the last page.
      } finally {
        closeSync(fd)
      }
      for (const args of readers(store, scanFile)) {
        const r = await runPl(args, {env: t.env})
        assert.equal(r.code, 0, `${args.join(' ')}: exit ${r.code}\n${r.stderr}`)
      }
      const write = await runPl(['incident', 'note', incident, 'while the disk is full', '--store', store], {env: t.env})
      assertNamed(write, 12, /is full.*nothing was written/)
      rmSync(join(mnt, 'filler'))
      const again = await runPl(['incident', 'note', incident, 'space again', '--store', store], {env: t.env})
      assert.equal(again.code, 0, again.stderr)
      assert.equal((await runPl(['evidence', 'verify', '--store', store])).code, 0)
    } finally {
      spawnSync('umount', [mnt])
    }
  })

  test('a -shm file the file size limit refuses (ulimit -f): the commands that only read work without it; a write exits 12 (tester 11, defect 7)', async () => {
    const dir = join(t.dir, 'size-limit')
    mkdirSync(dir)
    const store = copyStore(t.store, dir, 'evidence.db')
    const scanFile = join(t.dir, 'tiny-limit.jsonl')
    writeFileSync(scanFile, '{"msg":"nothing secret"}\n')
    // 8 KiB: the 32 KiB -shm cannot be sized; the store, already there and only read, is not touched.
    const limited = (args: readonly string[]) =>
      new Promise<RunResult>((resolvePromise) => {
        const child = spawn('bash', ['-c', 'ulimit -f 8; exec "$0" "$@"', process.execPath, BIN, ...args], {env: childEnv(t.env)})
        let stdout = ''
        let stderr = ''
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
        child.on('close', (code, signal) => resolvePromise({code, signal, stdout, stderr}))
      })
    for (const args of readers(store, scanFile)) {
      const r = await limited(args)
      assert.equal(r.code, 0, `${args.join(' ')}: exit ${r.code} ${r.signal ?? ''}\n${r.stderr}`)
    }
    const timeline = await limited(['incident', 'timeline', incident, '--store', store])
    assert.match(timeline.stdout, /Test incident|opened/i)
    const write = await limited(['incident', 'note', incident, 'over the limit', '--store', store])
    assertNamed(write, 12, /is full.*nothing was written/)
  })

  test('a PL_HOME without permission: exit 13 naming it, for a keyed command and for verify', async () => {
    const home = join(t.dir, 'locked-home')
    mkdirSync(home)
    copyStore(t.store, home, 'evidence.db')
    chmodSync(home, 0o000)
    try {
      for (const args of [['incident', 'list'], ['evidence', 'verify']]) {
        const r = await runUnprivileged(args, {PL_HOME: home, PL_KEY_FILE: t.keyFile})
        assertNamed(r, 13, /permission denied/i)
        assert.doesNotMatch(r.stderr, /No evidence store/)
      }
    } finally {
      chmodSync(home, 0o755)
    }
  })

  test('PL_HOME naming a file: exit 13 saying it is a file, not a directory', async () => {
    const file = join(t.dir, 'not-a-folder')
    writeFileSync(file, 'x')
    for (const args of [['incident', 'list'], ['init'], ['evidence', 'verify']]) {
      const r = await runPl(args, {env: {...t.env, PL_HOME: file}})
      assertNamed(r, 13, new RegExp(`${file.replaceAll('/', '\\/')} is a file, not a directory`))
    }
    assert.equal(readFileSync(file, 'utf8'), 'x')
  })

  test('pl init in a folder other users may write to warns, naming it and the fix; a private folder says nothing', async () => {
    const shared = join(t.dir, 'shared-home')
    mkdirSync(shared)
    chmodSync(shared, 0o777)
    const r = await runPl(['init', '--kdf', 'test-only-weak'], {env: {PL_HOME: shared, PL_PASSPHRASE: 'correct horse battery staple'}})
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stderr, new RegExp(`${shared.replaceAll('/', '\\/')} is writable by other users \\(mode 777\\).*chmod 700`))
    const own = join(t.dir, 'own-home')
    mkdirSync(own, {mode: 0o700})
    const quiet = await runPl(['init', '--kdf', 'test-only-weak'], {env: {PL_HOME: own, PL_PASSPHRASE: 'correct horse battery staple'}})
    assert.equal(quiet.code, 0, quiet.stderr)
    assert.doesNotMatch(quiet.stderr, /writable by other users/)
  })
})

describe('files that are not (or no longer) evidence stores: exit 4 or 10, named', () => {
  let t: TestStore
  let incident: string
  before(async () => {
    t = tempStore('pl-hostile-')
    incident = await initWithIncident(t)
    for (const text of ['one', 'two', 'three']) assert.equal((await runPl(['incident', 'note', incident, text], {env: t.env})).code, 0)
    settle(t.store)
  })
  after(() => t.cleanup())

  const copyOf = (name: string) => copyStore(t.store, t.dir, `${name}.db`)
  const both = async (store: string) => [await runPl(['evidence', 'verify', '--store', store]), await runPl(['incident', 'list', '--store', store], {env: t.env})]

  test('cut to 50 and 60 bytes: damaged, exit 10', async () => {
    for (const size of [50, 60]) {
      const copy = copyOf(`cut-${size}`)
      truncateSync(copy, size)
      for (const r of await both(copy)) assertNamed(r, 10, /is damaged/)
    }
  })

  test('truncated at a page boundary: exit 10 (or 4 when the header is gone), never 70', async () => {
    const copy = copyOf('cut-page')
    const size = statSync(copy).size
    truncateSync(copy, Math.floor(size / 4096 / 2) * 4096)
    for (const r of await both(copy)) {
      assert.equal(r.code, 10, r.stderr)
      assert.doesNotMatch(r.stderr, /unexpected error|pl init/)
    }
  })

  test('a file that is not SQLite: exit 4, not a store', async () => {
    const file = join(t.dir, 'notes.txt')
    writeFileSync(file, 'meeting notes, not a database\n'.repeat(20))
    for (const r of await both(file)) assertNamed(r, 4, /not a SQLite database/)
  })

  test('an empty file: exit 4 and nothing is written into it (F14)', async () => {
    const file = join(t.dir, 'empty.db')
    writeFileSync(file, '')
    for (const r of await both(file)) assertNamed(r, 4, /is empty/)
    assert.equal(statSync(file).size, 0)
  })

  test('a dropped entries or checkpoints table: exit 10 naming it', async () => {
    for (const table of ['entries', 'checkpoints']) {
      const copy = copyOf(`dropped-${table}`)
      const db = openRaw(copy)
      db.exec(`DROP TABLE ${table}`)
      db.close()
      for (const r of await both(copy)) assertNamed(r, 10, new RegExp(`table ${table}`))
    }
  })

  test('meta values of the wrong shape: exit 10 naming the value', async () => {
    const cases: [string, string][] = [
      ['kdf', '{not json'],
      ['sign_public_key', 'zz'],
      ['kek_check', '00'],
      ['store_id', 'x'],
    ]
    for (const [key, value] of cases) {
      const copy = copyOf(`meta-${key}`)
      tamper(copy, (db) => db.prepare('UPDATE meta SET value = ? WHERE key = ?').run(value, key))
      for (const r of await both(copy)) assertNamed(r, 10, new RegExp(`"${key}"`))
    }
  })

  test('a seq of 2^62 or 2^53+1: exit 10 for verify and for a keyed command, never signed', async () => {
    for (const seq of ['4611686018427387904', '9007199254740993']) {
      const copy = copyOf(`seq-${seq}`)
      const before = tamper(copy, (db) => {
        db.exec(`INSERT INTO entries SELECT ${seq}, ts, incident, kind, actor, key_id, blob, nonce, body, prev, hash FROM entries WHERE seq = 3`)
        return (db.prepare('SELECT count(*) AS n FROM checkpoints').get() as {n: number}).n
      })
      const [verify, list] = await both(copy)
      assertNamed(verify!, 10, /seq/)
      assertNamed(list!, 10, /not numbered/)
      const db = openRaw(copy)
      assert.equal((db.prepare('SELECT count(*) AS n FROM checkpoints').get() as {n: number}).n, before)
      db.close()
    }
  })

  test('ts = 2^63-1: verify and --deep exit 10 naming the entry', async () => {
    const copy = copyOf('ts-max')
    tamper(copy, (db) => db.exec('UPDATE entries SET ts = 9223372036854775807 WHERE seq = 2'))
    const verify = await runJson<{problems: {seq?: number}[]}>(['evidence', 'verify', '--store', copy])
    assert.equal(verify.code, 10)
    assert.ok(verify.json.problems.some((p) => p.seq === 2))
    const deep = await runPl(['evidence', 'verify', '--deep', '--store', copy], {env: t.env})
    assertNamed(deep, 10, /Entry 2/)
  })

  test('F2: a row forged at seq 0 is never sealed: the keyed command exits 10 and signs nothing', async () => {
    const copy = copyOf('seq-zero')
    const checkpoints = tamper(copy, (db) => {
      db.exec('INSERT INTO entries SELECT 0, ts, incident, kind, actor, key_id, blob, nonce, body, prev, hash FROM entries WHERE seq = 3')
      return (db.prepare('SELECT count(*) AS n FROM checkpoints').get() as {n: number}).n
    })
    const note = await runPl(['incident', 'note', incident, 'after the forgery', '--store', copy], {env: t.env})
    assertNamed(note, 10, /entry 0 was inserted behind pl's back/)
    const db = openRaw(copy)
    assert.equal((db.prepare('SELECT count(*) AS n FROM checkpoints').get() as {n: number}).n, checkpoints, 'no checkpoint signed over the forged row')
    db.close()
  })

  test('F1: a swapped signing key is caught by the key holder and by a pinned key', async () => {
    const copy = copyOf('swapped-key')
    const info = await runJson<{publicKey: string}>(['evidence', 'verify', '--store', copy])
    const original = info.json.publicKey
    tamper(copy, (db) => replaceSigningKey(db, attackerKey(), true))
    const plain = await runPl(['evidence', 'verify', '--store', copy])
    assert.equal(plain.code, 0, 'without an anchor outside the file, a re-signed store is a valid store')
    const pinned = await runJson<{problems: {code: string}[]}>(['evidence', 'verify', '--store', copy, '--public-key', original])
    assert.equal(pinned.code, 10)
    assert.equal(pinned.json.problems[0]?.code, 'public-key')
    const note = await runPl(['incident', 'note', incident, 'on a re-signed store', '--store', copy], {env: t.env})
    assertNamed(note, 10, /"sign_public_key" is not the public key of its signing key/)
    // Without a pin, checkpoints that verify beside ones that do not: verify says it cannot tell which side is honest.
    const split = copyOf('split-signatures')
    tamper(split, (db) => {
      const latest = db.prepare('SELECT size, sig FROM checkpoints ORDER BY size DESC LIMIT 1').get() as {size: number; sig: Buffer}
      const sig = Buffer.from(latest.sig)
      sig[0] = sig[0]! ^ 1
      db.prepare('UPDATE checkpoints SET sig = ? WHERE size = ?').run(sig, latest.size)
    })
    const unsure = await runJson<{warnings: string[]}>(['evidence', 'verify', '--store', split])
    assert.equal(unsure.code, 10)
    assert.match(unsure.json.warnings.join('\n'), /either those were forged, or the key in meta was replaced/)
    const badPin = await runPl(['evidence', 'verify', '--store', copy, '--public-key', 'zz'])
    assertNamed(badPin, 2, /--public-key must be 64 hex characters/)
  })
})

describe('flags beyond what a number holds (F14)', () => {
  test('--seed 99999999999999999999 is refused (exit 2), not rounded so that every run gets the same seed', async () => {
    const r = await runPl(['replay', 'EV-1', '--seed', '99999999999999999999'])
    assert.equal(r.code, 2, r.stderr)
    assert.match(r.stderr, /seed/)
  })
})

describe('a store address with a scheme other than postgres:// (tester 11, defect 9)', () => {
  test('mysql://, postgress://, https:// in --store or PL_STORE are refused (exit 2) naming the scheme; nothing is created', async () => {
    const t = tempStore('pl-scheme-')
    try {
      for (const [args, env] of [
        [['init', '--store', 'mysql://x:hunter2@y/z'], {}],
        [['incident', 'list', '--store', 'postgress://alice@127.0.0.1/pl'], {}],
        [['incident', 'list'], {PL_STORE: 'https://wiki.example/pl-store'}],
      ] as const) {
        const r = await runPl(args, {env: {...t.env, ...env}})
        const scheme = /^(\w+):/.exec(env.PL_STORE ?? args.at(-1)!)![1]!
        assert.equal(r.code, 2, `${args.join(' ')}: exit ${r.code}\n${r.stderr}`)
        assert.match(r.stderr, new RegExp(`Unsupported store address scheme "${scheme}"`))
        assert.match(r.stderr, /postgres:\/\/USER@HOST\/DB/)
        assert.match(r.stderr, /file path/)
        assert.doesNotMatch(r.stderr, /hunter2/)
      }
      // Run from the temp dir: a relative "mysql:/…" tree would have appeared there.
      const cwd = spawnSync(process.execPath, [BIN, 'init', '--store', 'mysql://x@y/z'], {cwd: t.dir, env: childEnv(t.env), encoding: 'utf8'})
      assert.equal(cwd.status, 2, cwd.stderr)
      assert.ok(!readdirSync(t.dir).some((f) => f.startsWith('mysql')), 'no local store created under a mysql: directory')
      const pg = await runPl(['incident', 'list', '--store', 'postgresql://nobody@127.0.0.1:1/none'], {env: t.env})
      assert.doesNotMatch(pg.stderr, /Unsupported store address scheme/)
    } finally {
      t.cleanup()
    }
  })
})
