/**
 * Issue 14, item 3 (ADR 0009 part 4): the signed meta statement. `pl init` signs the meta values
 * every check starts from; verify, without a key, names the value that changed; a changed KDF or
 * key-check value is tampering (exit 10) for the key holder too, not a wrong passphrase (F3).
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {randomBytes} from 'node:crypto'
import type {VerifyReport} from '../../src/domain/verify/report.js'
import {runJson, runPl, tempStore} from '../helpers/cli.js'
import type {RunResult, TestStore} from '../helpers/cli.js'
import {attackerKey, copyStore, problemKeys, replaceSigningKey, settle, tamper} from '../helpers/tamper.js'

let t: TestStore
let env: Record<string, string>
const passphrase = `pass-${randomBytes(8).toString('hex')}`
let incident: string
let copies = 0

function copy(): string {
  copies += 1
  return copyStore(t.store, t.dir, `meta-${copies}.db`)
}

function setMeta(path: string, key: string, change: (value: string) => string): void {
  tamper(path, (db) => {
    const {value} = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as {value: string}
    db.prepare('UPDATE meta SET value = ? WHERE key = ?').run(change(value), key)
  })
}

function verify(store: string, ...args: string[]) {
  return runJson<VerifyReport>(['evidence', 'verify', '--store', store, ...args], {env})
}

function assertTamperingNamed(r: RunResult, key: string): void {
  assert.equal(r.code, 10, r.stderr)
  assert.match(r.stderr, new RegExp(`"${key}" differs from the signed meta statement`))
  assert.doesNotMatch(r.stderr, /Wrong passphrase/)
}

describe('the signed meta statement', () => {
  before(async () => {
    t = tempStore('pl-meta-')
    env = {PL_HOME: t.env.PL_HOME!, PL_ACTOR: 'tester@test', PL_KDF: 'test-only-weak', PL_PASSPHRASE: passphrase}
    assert.equal((await runPl(['init'], {env})).code, 0)
    const open = await runJson<{id: string}>(['incident', 'open', '--title', 'Meta', '--severity', 'P2', '--class', 'secret'], {env})
    incident = open.json.id
    settle(t.store)
  })
  after(() => t.cleanup())

  test('pl init writes it: an intact store verifies with no warning', async () => {
    const r = await verify(t.store)
    assert.equal(r.code, 0, JSON.stringify(r.json.problems))
    assert.deepEqual(r.json.warnings, [])
  })

  test('F3: a changed KDF (opslimit 1→2) is named by verify and is tampering for the key holder, not a wrong passphrase', async () => {
    const path = copy()
    setMeta(path, 'kdf', (v) => JSON.stringify({...(JSON.parse(v) as object), opslimit: 2}))
    const v = await verify(path)
    assert.equal(v.code, 10)
    assert.deepEqual(problemKeys(v.json), ['meta'])
    assert.match(v.json.problems[0]!.message, /"kdf" differs from the signed meta statement/)
    assertTamperingNamed(await runPl(['incident', 'note', incident, 'after the change', '--store', path], {env}), 'kdf')
    assertTamperingNamed(await runPl(['evidence', 'verify', '--deep', '--store', path], {env}), 'kdf')
  })

  test('F3: a changed key-check value is named the same way', async () => {
    const path = copy()
    setMeta(path, 'kek_check', (v) => (v[0] === '0' ? '1' : '0') + v.slice(1))
    const v = await verify(path)
    assert.equal(v.code, 10)
    assert.match(v.json.problems[0]!.message, /"kek_check" differs/)
    assertTamperingNamed(await runPl(['incident', 'note', incident, 'after the change', '--store', path], {env}), 'kek_check')
  })

  test('a wrong passphrase on an intact store is still a wrong passphrase (exit 6)', async () => {
    const r = await runPl(['incident', 'note', incident, 'wrong', '--store', t.store], {env: {...env, PL_PASSPHRASE: 'not the passphrase'}})
    assert.equal(r.code, 6, r.stderr)
    assert.match(r.stderr, /Wrong passphrase/)
  })

  test('a statement altered, malformed or removed (checkpoint notes exist) is tampering, exit 10', async () => {
    const altered = copy()
    setMeta(altered, 'meta_statement', (v) => v.replace(/"created":"(\d)/, (_, d: string) => `"created":"${(Number(d) + 1) % 10}`))
    const a = await verify(altered)
    assert.equal(a.code, 10)
    assert.match(a.json.problems[0]!.message, /does not verify under the store's public key \(and the meta value "created" differs from it\)/)
    const k = await runPl(['incident', 'note', incident, 'x', '--store', altered], {env})
    assert.equal(k.code, 10, k.stderr)
    const malformed = copy()
    setMeta(malformed, 'meta_statement', () => '{not json')
    const m = await verify(malformed)
    assert.equal(m.code, 10)
    assert.match(m.json.problems[0]!.message, /The signed meta statement is not JSON/)
    const removed = copy()
    tamper(removed, (db) => db.prepare("DELETE FROM meta WHERE key = 'meta_statement'").run())
    const r = await verify(removed)
    assert.equal(r.code, 10)
    assert.match(r.json.problems[0]!.message, /meta statement is gone although checkpoint notes/)
  })

  test('under a pinned key, a statement re-signed with the swapped key names the public key', async () => {
    const info = await runJson<{publicKey: string}>(['store', 'info', '--store', t.store], {env})
    const path = copy()
    tamper(path, (db) => replaceSigningKey(db, attackerKey(), true))
    assert.equal((await verify(path)).code, 0, 'a whole rewrite is a valid store without an anchor')
    const pinned = await verify(path, '--public-key', info.json.publicKey)
    assert.equal(pinned.code, 10)
    assert.ok(problemKeys(pinned.json).includes('public-key'))
    assert.match(pinned.json.problems.find((p) => p.code === 'meta')!.message, /does not verify under the pinned key/)
  })
})
