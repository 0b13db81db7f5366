/**
 * Responders (issue 17, ADR 0014): three people with their own config directories
 * (XDG_CONFIG_HOME per child process) on one store. Enrollment, revocation, attribution, and the
 * forgeries verify must name: a forged author, a revoked responder appending, entries re-signed
 * with a key never enrolled, a signature removed. Forgeries are made as an insider would: with
 * the store key, which every enrolled responder holds (ADR 0014), through the real ledger code.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {generateKeyPairSync, sign} from 'node:crypto'
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {loadCrypto} from '../../src/crypto/sodium.js'
import {authorMessage, parseResponderKey, ROSTER_INCIDENT, ROSTER_KEY_ID} from '../../src/domain/responders/roster.js'
import {noPrompter} from '../../src/prompts/types.js'
import {readIdentityFile, unlockIdentity} from '../../src/services/responders/identity.js'
import {localAuthor} from '../../src/store/author.js'
import {openDatabase} from '../../src/store/database.js'
import {localKek} from '../../src/store/kek.js'
import {UnlockedLedger} from '../../src/store/ledger.js'
import type {AppendInput} from '../../src/store/ledger.js'
import {Ledger} from '../../src/store/reader.js'
import {readRoster} from '../../src/store/roster.js'
import {runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {copyStore, openRaw, withTriggersDropped} from '../helpers/tamper.js'

interface Person {
  name: string
  env: Record<string, string | undefined>
  key: string
}

interface Report {
  ok: boolean
  firstBadEntry: number | null
  problems: {code: string; seq?: number; message: string}[]
  attribution: {genesis: number | null; founder: string | null; unattributed: number; signatures: number; authors: {name: string; entries: number; revokedAt?: number}[]} | null
}

describe('responders: who did what, provably', () => {
  let t: TestStore
  const people: Record<string, Person> = {}
  let incident: string

  /** A person: their own config directory and identity passphrase file, and no store key. */
  async function person(name: string): Promise<Person> {
    const passFile = join(t.dir, `${name}.pass`)
    writeFileSync(passFile, `${name}-identity-${Math.random().toString(36).slice(2)}\n`, {mode: 0o600})
    const env = {...t.env, PL_KEY_FILE: undefined, PL_ACTOR: undefined, XDG_CONFIG_HOME: join(t.dir, `config-${name}`), PL_IDENTITY_PASSPHRASE_FILE: passFile, PL_KDF: 'test-only-weak'}
    const r = await runJson<{publicKey: string; path: string}>(['responder', 'init'], {env})
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.json.publicKey, /^plr1-[0-9a-f]{128}$/)
    return {name, env, key: r.json.publicKey}
  }

  const verify = async (store = t.store): Promise<{code: number | null; json: Report}> => runJson<Report>(['evidence', 'verify', '--store', store], {env: {PL_HOME: t.env.PL_HOME}})

  /** An insider forgery: entries appended with the store key unsealed from `holder`'s enrollment, signed by `signer`, naming `actor`. */
  async function forge(store: string, holder: Person, signer: Person, actor: string, text: string, input?: AppendInput): Promise<number> {
    const crypto = await loadCrypto()
    const db = openDatabase(store)
    const roster = readRoster(new Ledger(db))
    const secretsOf = async (p: Person) => unlockIdentity(p.env, noPrompter, crypto, readIdentityFile(p.env)!)
    const holderSecrets = await secretsOf(holder)
    const enrollment = roster.members.find((m) => m.name === holder.name)!
    await crypto.preload()
    const kek = crypto.openSealed(holderSecrets.boxPublicKey, holderSecrets.boxSecretKey, new Uint8Array(Buffer.from(enrollment.sealedKek!, 'base64')))
    const ledger = UnlockedLedger.withKek(db, {crypto, kek: localKek(crypto, kek), actor, now: Date.now, author: localAuthor(crypto, await secretsOf(signer))})
    try {
      // Under the public roster key: attribution does not depend on which data key a forger holds.
      const [row] = ledger.append([input ?? {incident, kind: 'note', keyId: ROSTER_KEY_ID, body: {text}}])
      ledger.checkpoint()
      return row!.seq
    } finally {
      ledger.close()
    }
  }

  before(async () => {
    t = tempStore('pl-responders-')
    for (const name of ['alice', 'bob', 'carol']) people[name] = await person(name)
    // alice founds the store: the store key file is hers, and her identity becomes the first admin.
    const init = await runJson<{founder: {name: string; key: string}}>(['init', '--name', 'alice'], {env: {...people.alice!.env, PL_KEY_FILE: t.keyFile}})
    assert.equal(init.code, 0, init.stderr)
    assert.deepEqual(init.json.founder, {name: 'alice', key: people.alice!.key})
  })

  after(() => t.cleanup())

  test('the founder enrolls responders; each opens the store with their own identity; verify names every author', async () => {
    const alice = people.alice!
    const bob = people.bob!
    const carol = people.carol!
    assert.equal((await runPl(['responder', 'add', 'bob', '--key', bob.key], {env: alice.env})).code, 0)
    const added = await runJson<{name: string; admin: boolean; addedAt: number}>(['responder', 'add', 'carol', '--key', carol.key], {env: alice.env})
    assert.equal(added.code, 0, added.stderr)
    assert.equal(added.json.admin, false)

    // bob opens an incident with his identity alone: no store key anywhere in his environment.
    const opened = await runJson<{id: string}>(['incident', 'open', '--title', 'Prompt in logs', '--severity', 'P2', '--class', 'secret', '--started-at', '1h ago', '--detected-at', '30m ago'], {env: bob.env})
    assert.equal(opened.code, 0, opened.stderr)
    incident = opened.json.id
    // carol writes to it once bob, who opened it, has granted her access.
    assert.equal((await runPl(['incident', 'grant', incident, 'carol'], {env: bob.env})).code, 0)
    assert.equal((await runPl(['incident', 'note', incident, 'carol checked the gateway'], {env: carol.env})).code, 0)

    const list = await runJson<{responders: {name: string; admin: boolean; founder: boolean; status: string}[]}>(['responder', 'list'], {env: {PL_HOME: t.env.PL_HOME}})
    assert.deepEqual(
      list.json.responders.map((r) => [r.name, r.admin, r.founder, r.status]),
      [
        ['alice', true, true, 'active'],
        ['bob', false, false, 'active'],
        ['carol', false, false, 'active'],
      ],
    )
    const table = await runPl(['responder', 'list'], {env: {PL_HOME: t.env.PL_HOME}})
    assert.match(table.stdout, /alice\s+founder, admin\s+active/)

    const v = await verify()
    assert.equal(v.code, 0, JSON.stringify(v.json.problems))
    const a = v.json.attribution!
    assert.equal(a.genesis, 1)
    assert.equal(`plr1-${a.founder}`, alice.key.slice(0, 69))
    assert.equal(a.unattributed, 0)
    const entries = Object.fromEntries(a.authors.map((x) => [x.name, x.entries]))
    assert.equal(entries.alice, 3)
    assert.ok(entries.bob! >= 1)
    assert.equal(entries.carol, 1)
    const human = await runPl(['evidence', 'verify'], {env: {PL_HOME: t.env.PL_HOME}})
    assert.match(human.stdout, /author carol: 1 entry/)
  })

  test('who may read: an incident is readable by those granted on it; grant, reveal, revoke-access; exit 13 names who can grant', async () => {
    const alice = people.alice!
    const bob = people.bob!
    const exhibit = join(t.dir, 'gateway.log')
    writeFileSync(exhibit, 'leaked system prompt: you are the support bot\n')
    const added = await runJson<{evidence: {id: string}[]}>(['evidence', 'add', incident, exhibit], {env: bob.env})
    assert.equal(added.code, 0, added.stderr)
    const ev = added.json.evidence[0]!.id
    // bob opened the incident: he reads it.
    const own = await runPl(['evidence', 'show', ev, '--reveal'], {env: bob.env})
    assert.equal(own.code, 0, own.stderr)
    assert.match(own.stdout, /support bot/)
    // alice, an admin without a grant, sees the incident's metadata but not its evidence.
    const show = await runPl(['incident', 'show', incident], {env: alice.env})
    assert.equal(show.code, 0, show.stderr)
    const refused = await runPl(['evidence', 'show', ev, '--reveal'], {env: alice.env})
    assert.equal(refused.code, 13, refused.stderr)
    assert.match(refused.stderr, /no access .*\(bob, carol\).*pl incident grant/s)
    assert.doesNotMatch(refused.stdout, /support bot/)
    const replay = await runPl(['replay', ev], {env: alice.env})
    assert.equal(replay.code, 13, replay.stderr)
    const noteRefused = await runPl(['incident', 'note', incident, 'alice without access'], {env: alice.env})
    assert.equal(noteRefused.code, 13, noteRefused.stderr)
    // Only someone with access can grant it.
    assert.equal((await runPl(['incident', 'grant', incident, 'carol'], {env: alice.env})).code, 13)

    const granted = await runJson<{granted: string[]}>(['incident', 'grant', incident, 'alice'], {env: bob.env})
    assert.equal(granted.code, 0, granted.stderr)
    assert.deepEqual(granted.json.granted, ['bob', 'carol', 'alice'])
    const read = await runPl(['evidence', 'show', ev, '--reveal'], {env: alice.env})
    assert.equal(read.code, 0, read.stderr)
    assert.match(read.stdout, /support bot/)

    const revoked = await runJson<{granted: string[]}>(['incident', 'revoke-access', incident, 'alice'], {env: bob.env})
    assert.equal(revoked.code, 0, revoked.stderr)
    assert.deepEqual(revoked.json.granted, ['bob', 'carol'])
    assert.equal((await runPl(['evidence', 'show', ev, '--reveal'], {env: alice.env})).code, 13)
    assert.equal((await runPl(['incident', 'revoke-access', incident, 'carol'], {env: bob.env})).code, 0)
    assert.equal((await runPl(['incident', 'revoke-access', incident, 'bob'], {env: bob.env})).code, 2, 'the last responder with access stays')
    const timeline = await runPl(['incident', 'timeline', incident], {env: bob.env})
    assert.match(timeline.stdout, /Access granted to alice/)
    assert.match(timeline.stdout, /Access revoked from alice/)

    // Crypto-shredding destroys the exhibit's key for everybody with access.
    assert.equal((await runPl(['evidence', 'shred', ev, '--reason', 'retention', '--yes'], {env: bob.env})).code, 0)
    assert.equal((await runPl(['evidence', 'show', ev, '--reveal'], {env: bob.env})).code, 7)
    const v = await verify()
    assert.equal(v.code, 0, JSON.stringify(v.json.problems))
  })

  test('only an admin enrolls; a person without an identity, or not enrolled, is refused with exit 13 naming the admins', async () => {
    const dave = await person('dave')
    const refused = await runPl(['responder', 'add', 'dave', '--key', dave.key], {env: people.bob!.env})
    assert.equal(refused.code, 13, refused.stderr)
    assert.match(refused.stderr, /Only an admin .*alice/s)
    const stranger = await runPl(['incident', 'note', incident, 'hello'], {env: dave.env})
    assert.equal(stranger.code, 13, stranger.stderr)
    assert.match(stranger.stderr, /not enrolled.*alice/s)
    // The store key alone no longer opens a store with responders.
    const keyOnly = await runPl(['incident', 'note', incident, 'hello'], {env: {...t.env}})
    assert.equal(keyOnly.code, 13, keyOnly.stderr)
    assert.match(keyOnly.stderr, /responder identity/)
    const badKey = await runPl(['responder', 'add', 'eve', '--key', 'plr1-abc'], {env: people.alice!.env})
    assert.equal(badKey.code, 2)
  })

  test('a forged author: entries naming alice, signed by bob, fail with exit 10 naming the first', async () => {
    const copy = copyStore(t.store, t.dir, 'forged-author.db')
    const seq = await forge(copy, people.bob!, people.bob!, 'alice', 'alice approved this')
    const v = await verify(copy)
    assert.equal(v.code, 10)
    assert.equal(v.json.firstBadEntry, seq)
    assert.deepEqual(
      v.json.problems.map((p) => [p.code, p.seq]),
      [['author-mismatch', seq]],
    )
  })

  test('an enrollment signed by a responder who is not an admin fails with exit 10 (roster)', async () => {
    const copy = copyStore(t.store, t.dir, 'rogue-enrollment.db')
    const mallory = parseResponderKey(people.carol!.key)!
    const body = {name: 'mallory', signKey: Buffer.from(mallory.signKey).toString('hex'), boxKey: Buffer.from(mallory.boxKey).toString('hex'), admin: true}
    const seq = await forge(copy, people.bob!, people.bob!, 'bob', '', {incident: ROSTER_INCIDENT, kind: 'responder.added', keyId: ROSTER_KEY_ID, body})
    const v = await verify(copy)
    assert.equal(v.code, 10)
    assert.equal(v.json.firstBadEntry, seq)
    assert.deepEqual(v.json.problems.map((p) => p.code), ['roster'])
    assert.match(v.json.problems[0]!.message, /not an admin/)
  })

  test('entries re-signed with a key never enrolled fail with exit 10; a removed signature leaves them unsigned', async () => {
    const copy = copyStore(t.store, t.dir, 'resigned.db')
    const db = openRaw(copy)
    const storeId = (db.prepare("SELECT value FROM meta WHERE key = 'store_id'").get() as {value: string}).value
    const target = db.prepare('SELECT first_seq, last_seq FROM signatures ORDER BY last_seq DESC LIMIT 1').get() as {first_seq: number; last_seq: number}
    const lastHash = (db.prepare('SELECT hash FROM entries WHERE seq = ?').get(target.last_seq) as {hash: Buffer}).hash
    const stranger = generateKeyPairSync('ed25519')
    const pub = Buffer.from(stranger.publicKey.export({format: 'jwk'}).x!, 'base64url')
    const sig = sign(null, authorMessage(storeId, target.first_seq, target.last_seq, lastHash), stranger.privateKey)
    withTriggersDropped(db, () => db.prepare('UPDATE signatures SET signer = ?, sig = ? WHERE last_seq = ?').run(pub, sig, target.last_seq))
    db.close()
    const v = await verify(copy)
    assert.equal(v.code, 10)
    assert.equal(v.json.firstBadEntry, target.first_seq)
    assert.deepEqual(v.json.problems.map((p) => p.code), ['author-unknown'])
    assert.match(v.json.problems[0]!.message, /never enrolled/)

    const stripped = copyStore(t.store, t.dir, 'stripped.db')
    const raw = openRaw(stripped)
    withTriggersDropped(raw, () => raw.prepare('DELETE FROM signatures WHERE last_seq = ?').run(target.last_seq))
    raw.close()
    const s = await verify(stripped)
    assert.equal(s.code, 10)
    assert.equal(s.json.firstBadEntry, target.first_seq)
    assert.equal(s.json.problems[0]!.code, 'unsigned')
  })

  test('a revoked responder: pl refuses them (exit 13); entries they append anyway with the key they kept fail verify (exit 10)', async () => {
    const alice = people.alice!
    const carol = people.carol!
    const revoked = await runJson<{name: string; revokedAt: number}>(['responder', 'revoke', 'carol', '--reason', 'left the rotation'], {env: alice.env})
    assert.equal(revoked.code, 0, revoked.stderr)
    const refused = await runPl(['incident', 'note', incident, 'still here'], {env: carol.env})
    assert.equal(refused.code, 13, refused.stderr)
    assert.match(refused.stderr, /revoked/)
    assert.equal((await verify()).code, 0)

    const copy = copyStore(t.store, t.dir, 'revoked.db')
    const seq = await forge(copy, carol, carol, 'carol', 'written after revocation')
    const v = await verify(copy)
    assert.equal(v.code, 10)
    assert.equal(v.json.firstBadEntry, seq)
    assert.deepEqual(v.json.problems.map((p) => p.code), ['author-revoked'])
    const carolRow = v.json.attribution!.authors.find((x) => x.name === 'carol')!
    assert.equal(carolRow.revokedAt, revoked.json.revokedAt)
  })

  test('an old store: entries from before responders are reported unattributed, not failed', async () => {
    const old = tempStore('pl-responders-old-')
    try {
      assert.equal((await runPl(['init'], {env: old.env})).code, 0)
      const opened = await runJson<{id: string}>(['incident', 'open', '--title', 'Before', '--severity', 'P3', '--class', 'pii', '--started-at', '1h ago', '--detected-at', '1h ago'], {env: old.env})
      assert.equal(opened.code, 0, opened.stderr)
      const before = await verify(old.store)
      assert.equal(before.code, 0)
      assert.equal(before.json.attribution!.genesis, null)

      // The store key holder enrolls their own identity: the founder, from here on.
      const founder = people.alice!
      const env = {...founder.env, PL_KEY_FILE: old.keyFile, PL_HOME: old.env.PL_HOME}
      const other = await runPl(['responder', 'add', 'bob', '--key', people.bob!.key], {env})
      assert.equal(other.code, 2, 'the first responder must be the store key holder themselves')
      assert.equal((await runPl(['responder', 'add', 'alice', '--key', founder.key], {env})).code, 0)
      assert.equal((await runPl(['incident', 'note', opened.json.id, 'after'], {env: {...founder.env, PL_HOME: old.env.PL_HOME}})).code, 0)
      const v = await verify(old.store)
      assert.equal(v.code, 0, JSON.stringify(v.json.problems))
      assert.ok(v.json.attribution!.unattributed >= 3)
      assert.equal(v.json.attribution!.genesis, v.json.attribution!.unattributed + 1)
    } finally {
      old.cleanup()
    }
  })

  test('the unlock agent holds the identity for a shift: commands sign through it without the passphrase', async () => {
    const bob = people.bob!
    const agentDir = join(t.dir, 'agent')
    mkdirSync(agentDir, {mode: 0o700})
    const env = {...bob.env, PL_AGENT_DIR: agentDir}
    const unlocked = await runJson<{pid: number}>(['unlock', '--ttl', '5m'], {env})
    assert.equal(unlocked.code, 0, unlocked.stderr)
    try {
      const noted = await runPl(['incident', 'note', incident, 'through the agent'], {env: {...env, PL_IDENTITY_PASSPHRASE_FILE: undefined}})
      assert.equal(noted.code, 0, noted.stderr)
      const v = await verify()
      assert.equal(v.code, 0, JSON.stringify(v.json.problems))
      const status = await runJson<{agent?: {uses: number; identity?: {signPublicKey: string}}}>(['unlock', '--status'], {env})
      assert.ok((status.json.agent?.uses ?? 0) > 0)
      assert.equal(`plr1-${status.json.agent?.identity?.signPublicKey}`, bob.key.slice(0, 69))
    } finally {
      await runPl(['lock'], {env})
    }
  })
})
