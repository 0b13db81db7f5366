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
import {runJson, runPl} from '../helpers/cli.js'
import {newPerson} from '../helpers/responders.js'
import type {Person} from '../helpers/responders.js'
import type {TestStore} from '../helpers/cli.js'
import {postgresEngine, sqliteEngine} from '../fixtures/store/engines.js'
import {githubToken, Rng} from '../fixtures/scan/fakes.js'
import {dbUrl, pgTempStore, sql} from '../fixtures/store/postgres.js'

interface Report {
  ok: boolean
  firstBadEntry: number | null
  problems: {code: string; seq?: number; message: string}[]
  attribution: {genesis: number | null; founder: string | null; unattributed: number; signatures: number; authors: {name: string; entries: number; revokedAt?: number}[]} | null
}


for (const engine of [sqliteEngine(), postgresEngine()]) describe(`responders: who did what, provably (${engine.name})`, {skip: engine.skip}, () => {
  let t: TestStore
  const people: Record<string, Person> = {}
  let incident: string

  const person = (name: string): Promise<Person> => newPerson(t, name)

  const verify = async (store = t.store): Promise<{code: number | null; json: Report}> => runJson<Report>(['evidence', 'verify', '--store', store], {env: {PL_HOME: t.env.PL_HOME}})
  /** Someone with no key and no identity: verify and list read the store as they are. */
  const nobody = (): Record<string, string | undefined> => ({PL_HOME: t.env.PL_HOME, PL_STORE: t.env.PL_STORE})

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
    await engine.start()
    t = await engine.store('pl-responders-')
    for (const name of ['alice', 'bob', 'carol']) people[name] = await person(name)
    // alice founds the store: the store key file is hers, and her identity becomes the first admin.
    const init = await runJson<{founder: {name: string; key: string}}>(['init', '--name', 'alice', ...(engine.name === 'postgres' ? ['--roles', 'create'] : [])], {env: {...people.alice!.env, PL_KEY_FILE: t.keyFile}})
    assert.equal(init.code, 0, init.stderr)
    assert.deepEqual(init.json.founder, {name: 'alice', key: people.alice!.key})
    // An auditor, with no key and no identity, reads the trust root from the store.
    const info = await runJson<{founder: {name: string; key: string} | null}>(['store', 'info'], {env: nobody()})
    assert.equal(info.code, 0, info.stderr)
    assert.deepEqual(info.json.founder, {name: 'alice', key: people.alice!.key})
  })

  after(async () => {
    t?.cleanup()
    await engine.stop()
  })

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

    const list = await runJson<{responders: {name: string; admin: boolean; founder: boolean; status: string}[]}>(['responder', 'list'], {env: nobody()})
    assert.deepEqual(
      list.json.responders.map((r) => [r.name, r.admin, r.founder, r.status]),
      [
        ['alice', true, true, 'active'],
        ['bob', false, false, 'active'],
        ['carol', false, false, 'active'],
      ],
    )
    const table = await runPl(['responder', 'list'], {env: nobody()})
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
    const human = await runPl(['evidence', 'verify'], {env: nobody()})
    assert.match(human.stdout, /author carol: 1 entry/)
    // The engine under test holds the signatures and grants (not a file beside it).
    const [signed] = await engine.query<{n: number}>(t.store, 'SELECT count(*) AS n FROM signatures')
    assert.equal(Number(signed!.n), a.signatures)
    const granted = await engine.query<{incident: string}>(t.store, 'SELECT incident FROM grants')
    assert.ok(granted.some((g) => g.incident === incident))
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
    // A raw value captured by bob's scan: one more kind of item alice cannot read.
    const logs = join(t.dir, 'gateway-scan.log')
    writeFileSync(logs, `export GITHUB_TOKEN=${githubToken(new Rng(Date.now() % 2 ** 31))}\n`)
    const scanned = await runPl(['scan', logs, '--incident', incident], {env: bob.env})
    assert.equal(scanned.code, 1, scanned.stderr)
    // alice, an admin without a grant, sees the incident's headers but not its content; missing
    // access is never called "shredded" (tester 10, item 3).
    await assertNoAccess(incident, ev, alice, 'bob, carol')
    const blind = await runPl(['incident', 'timeline', incident], {env: alice.env})
    assert.equal(blind.code, 0, blind.stderr)
    assert.match(blind.stdout, /no access to the content/, 'entries she cannot open are not called shredded')
    assert.doesNotMatch(blind.stdout, /shredded/)
    // The incident list unwraps every listed incident's data keys at once: under each incident's
    // access key in a store with responders, and one she has no grant on is listed, not a failure.
    const listed = await runJson<{incidents: {id: string; title?: string}[]}>(['incident', 'list'], {env: bob.env})
    assert.equal(listed.code, 0, listed.stderr)
    assert.equal(listed.json.incidents.find((i) => i.id === incident)?.title, 'Prompt in logs')
    const listedBlind = await runJson<{incidents: {id: string; title?: string}[]}>(['incident', 'list'], {env: alice.env})
    assert.equal(listedBlind.code, 0, listedBlind.stderr)
    assert.ok(listedBlind.json.incidents.some((i) => i.id === incident))
    // Her deep verify authenticates what she can read and counts the rest apart, never as authenticated.
    const deep = await runJson<{ok: boolean; entries: number; deep: {entriesAuthenticated: number; entriesWithoutAccess: number}}>(['evidence', 'verify', '--deep', '--no-cosign'], {env: alice.env})
    assert.equal(deep.code, 0, deep.stderr)
    assert.ok(deep.json.deep.entriesWithoutAccess > 0, 'the incident she holds no grant for is counted apart')
    assert.ok(deep.json.deep.entriesAuthenticated + deep.json.deep.entriesWithoutAccess <= deep.json.entries)
    const bobDeep = await runJson<{deep: {entriesAuthenticated: number; entriesWithoutAccess: number}}>(['evidence', 'verify', '--deep', '--no-cosign'], {env: bob.env})
    assert.equal(bobDeep.code, 0, bobDeep.stderr)
    assert.ok(bobDeep.json.deep.entriesAuthenticated > deep.json.deep.entriesAuthenticated, 'bob, granted, authenticates more')
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

  /**
   * What `who` sees of `inc` (with exhibit `ev`) without a grant on it: commands that need the
   * content exit 13 naming who can grant it; listings say "no access"; nothing says shredded.
   */
  async function assertNoAccess(inc: string, ev: string, who: Person, holders: string, store?: string, gone: readonly string[] = []): Promise<void> {
    const env = who.env
    const at = store === undefined ? [] : ['--store', store]
    const refusedWith13 = async (argv: string[]) => {
      const r = await runPl([...argv, ...at], {env})
      assert.equal(r.code, 13, `${argv.join(' ')}: ${r.stdout}${r.stderr}`)
      assert.match(r.stderr, new RegExp(`no access to the evidence of ${inc}.*\\(${holders}\\).*pl incident grant ${inc}`, 's'), argv.join(' '))
      assert.doesNotMatch(r.stdout + r.stderr, /shredded/i, argv.join(' '))
    }
    const listing = await runJson<{access?: boolean; evidence: {id: string; shredded: boolean; access?: boolean}[]; captured: {id: string; shredded: boolean; access?: boolean; rule: string | null}[]}>(['evidence', 'list', inc, ...at], {env})
    assert.equal(listing.code, 0, listing.stderr)
    assert.equal(listing.json.access, false)
    assert.ok(listing.json.evidence.length > 0 && listing.json.captured.length > 0)
    // An item whose key was really shredded stays shredded; every other one is "no access".
    for (const item of [...listing.json.evidence, ...listing.json.captured]) {
      assert.deepEqual([item.id, item.shredded, item.access], gone.includes(item.id) ? [item.id, true, undefined] : [item.id, false, false])
    }
    const table = await runPl(['evidence', 'list', inc, ...at], {env})
    assert.equal(table.code, 0, table.stderr)
    assert.match(table.stdout, new RegExp(`${ev} .*no access`))
    const lines = table.stdout.split('\n').filter((l) => !gone.some((id) => l.startsWith(`${id} `)))
    assert.doesNotMatch(lines.join('\n'), /shredded|\?/, 'no access is not shredded, and nothing unknown is shown as "?"')
    assert.match(table.stderr, new RegExp(`\\(${holders}\\).*pl incident grant ${inc}`, 's'))
    await refusedWith13(['evidence', 'show', ev])
    await refusedWith13(['evidence', 'show', listing.json.captured[0]!.id])
    await refusedWith13(['evidence', 'show', ev, '--reveal'])
    await refusedWith13(['evidence', 'prove', ev, '--out', join(t.dir, `proof-${who.name}-${Date.now()}.json`)])
    await refusedWith13(['report', 'postmortem', inc, '--out', join(t.dir, `pm-${who.name}-${Date.now()}.md`)])
    await refusedWith13(['incident', 'show', inc])
    await refusedWith13(['runbook', 'run', 'secret-in-prompt-logs', '--incident', inc, '--dry-run'])
    const listed = await runJson<{incidents: {id: string; title: string | null; access?: boolean}[]}>(['incident', 'list', ...at], {env})
    assert.equal(listed.code, 0, listed.stderr)
    assert.deepEqual(listed.json.incidents.find((i) => i.id === inc), {...listed.json.incidents.find((i) => i.id === inc), title: null, access: false})
    const human = await runPl(['incident', 'list', ...at], {env})
    assert.match(human.stdout, new RegExp(`${inc} .*\\[no access\\]`))
    assert.doesNotMatch(human.stdout, /shredded/)
  }

  test('a responder revoked and enrolled again has lost their grants: their own incident reads "no access", never shredded, until granted again', async () => {
    const alice = people.alice!
    const bob = people.bob!
    const copy = await engine.copy(t, 'rejoined')
    const at = ['--store', copy]
    const exhibit = join(t.dir, 'gateway-node2.log')
    writeFileSync(exhibit, 'more of the support bot prompt\n')
    const added = await runJson<{evidence: {id: string}[]}>(['evidence', 'add', incident, exhibit, ...at], {env: bob.env})
    assert.equal(added.code, 0, added.stderr)
    const ev = added.json.evidence[0]!
    const gone = (await runJson<{evidence: {id: string; shredded: boolean}[]}>(['evidence', 'list', incident, ...at], {env: bob.env})).json.evidence.filter((e) => e.shredded).map((e) => e.id)
    assert.equal(gone.length, 1, 'the exhibit shredded earlier')
    assert.equal((await runPl(['incident', 'grant', incident, 'alice', ...at], {env: bob.env})).code, 0)
    assert.equal((await runPl(['responder', 'revoke', 'bob', ...at], {env: alice.env})).code, 0)
    // A revoked key comes back only deliberately: under any name, it is refused without --reenroll.
    for (const name of ['bob', 'bob2']) {
      const accident = await runPl(['responder', 'add', name, '--key', bob.key, ...at], {env: alice.env})
      assert.equal(accident.code, 2, accident.stderr)
      assert.match(accident.stderr, /This key is bob's, revoked at entry \d+.*--reenroll/s)
    }
    const rejoined = await runPl(['responder', 'add', 'bob', '--key', bob.key, '--reenroll', ...at], {env: alice.env})
    assert.equal(rejoined.code, 0, rejoined.stderr)
    await assertNoAccess(incident, ev.id, bob, 'alice', copy, gone)
    assert.equal((await runPl(['incident', 'grant', incident, 'bob', ...at], {env: alice.env})).code, 0)
    const back = await runPl(['evidence', 'show', ev.id, ...at], {env: bob.env})
    assert.equal(back.code, 0, back.stderr)
  })

  test('a grant deleted behind pl\'s back (DELETE FROM grants, as any writer can): verify and --deep fail naming the incident and responder; incident show says the recorded grants are missing (tester 11, defect 11)', async () => {
    const alice = people.alice!
    const bob = people.bob!
    const copy = await engine.copy(t, 'grants-deleted')
    const at = ['--store', copy]
    assert.equal((await runPl(['incident', 'grant', incident, 'alice', ...at], {env: bob.env})).code, 0)
    const clean = await verify(copy)
    assert.equal(clean.code, 0, JSON.stringify(clean.json.problems))
    // alice's grant goes, with no access.revoked entry.
    await engine.tamper(copy, 'DELETE FROM grants WHERE incident = $1 AND responder = $2', [incident, alice.key.slice(5, 69)])
    const one = await verify(copy)
    assert.equal(one.code, 10, JSON.stringify(one.json.problems))
    const missing = one.json.problems.filter((p) => p.code === 'grant-missing')
    assert.equal(missing.length, 1, JSON.stringify(one.json.problems))
    assert.match(missing[0]!.message, new RegExp(`Incident ${incident}: the grant recorded for alice \\(since entry \\d+\\) is missing .*they can no longer read`))
    const human = await runPl(['evidence', 'verify', ...at], {env: {PL_HOME: t.env.PL_HOME}})
    assert.equal(human.code, 10)
    assert.match(human.stdout + human.stderr, /grant recorded for alice/)
    const hers = await runPl(['incident', 'show', incident, ...at], {env: alice.env})
    assert.equal(hers.code, 13, hers.stderr)
    assert.match(hers.stderr, /Your own grant, recorded at entry \d+, is missing from the store .*pl evidence verify/s)
    // Every grant goes: the incident is unreadable for everyone, and it is named, never "Nobody holds access".
    await engine.tamper(copy, 'DELETE FROM grants WHERE incident = $1', [incident])
    const all = await verify(copy)
    assert.equal(all.code, 10)
    const gone = all.json.problems.find((p) => p.code === 'grant-missing')
    assert.match(gone!.message, /grants recorded for bob \(since entry \d+\), alice \(since entry \d+\) are missing .*nobody can read/)
    const deep = await runJson<Report>(['evidence', 'verify', '--deep', '--no-cosign', ...at], {env: alice.env})
    assert.equal(deep.code, 10, deep.stderr)
    assert.ok(deep.json.problems.some((p) => p.code === 'grant-missing' && p.message.includes(incident)))
    const show = await runPl(['incident', 'show', incident, ...at], {env: alice.env})
    assert.equal(show.code, 13, show.stderr)
    assert.match(show.stderr, new RegExp(`no access to the evidence of ${incident}: the grants recorded for bob, alice are missing from the store \\(deleted behind pl's back\\?\\).*pl evidence verify`, 's'))
    assert.doesNotMatch(show.stderr, /Nobody holds access/)
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
    const copy = await engine.copy(t, 'forged-author')
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
    const copy = await engine.copy(t, 'rogue-enrollment')
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
    const copy = await engine.copy(t, 'resigned')
    const storeId = (await engine.query<{value: string}>(copy, "SELECT value FROM meta WHERE key = 'store_id'"))[0]!.value
    const target = (await engine.query<{first_seq: number; last_seq: number}>(copy, 'SELECT first_seq, last_seq FROM signatures ORDER BY last_seq DESC LIMIT 1'))[0]!
    const lastHash = (await engine.query<{hash: Buffer}>(copy, 'SELECT hash FROM entries WHERE seq = $1', [target.last_seq]))[0]!.hash
    const stranger = generateKeyPairSync('ed25519')
    const pub = Buffer.from(stranger.publicKey.export({format: 'jwk'}).x!, 'base64url')
    const sig = sign(null, authorMessage(storeId, target.first_seq, target.last_seq, lastHash), stranger.privateKey)
    await engine.tamper(copy, 'UPDATE signatures SET signer = $1, sig = $2 WHERE last_seq = $3', [pub, sig, target.last_seq])
    const v = await verify(copy)
    assert.equal(v.code, 10)
    assert.equal(v.json.firstBadEntry, target.first_seq)
    assert.deepEqual(v.json.problems.map((p) => p.code), ['author-unknown'])
    assert.match(v.json.problems[0]!.message, /never enrolled/)

    const stripped = await engine.copy(t, 'stripped')
    await engine.tamper(stripped, 'DELETE FROM signatures WHERE last_seq = $1', [target.last_seq])
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

    const copy = await engine.copy(t, 'revoked')
    const seq = await forge(copy, carol, carol, 'carol', 'written after revocation')
    const v = await verify(copy)
    assert.equal(v.code, 10)
    assert.equal(v.json.firstBadEntry, seq)
    assert.deepEqual(v.json.problems.map((p) => p.code), ['author-revoked'])
    const carolRow = v.json.attribution!.authors.find((x) => x.name === 'carol')!
    assert.equal(carolRow.revokedAt, revoked.json.revokedAt)
  })

  test('PostgreSQL: an auditor login (pl_auditor, SELECT only) verifies attribution without any key, and can change nothing', {skip: engine.name !== 'postgres' && 'PostgreSQL only'}, async () => {
    const server = engine.server()
    await sql(server.url, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'audrey') THEN CREATE ROLE audrey LOGIN IN ROLE pl_auditor; END IF; END $$")
    const asAudrey = dbUrl(server, new URL(t.store).pathname.slice(1), 'audrey')
    const mine = await verify()
    const theirs = await verify(asAudrey)
    assert.equal(theirs.code, 0, JSON.stringify(theirs.json.problems))
    assert.deepEqual(theirs.json.attribution, mine.json.attribution)
    assert.ok(theirs.json.attribution!.authors.some((x) => x.name === 'carol' && x.revokedAt !== undefined))
    const list = await runJson<{responders: {name: string; status: string}[]}>(['responder', 'list', '--store', asAudrey], {env: {PL_HOME: t.env.PL_HOME}})
    assert.equal(list.code, 0, list.stderr)
    assert.deepEqual(list.json.responders.map((r) => [r.name, r.status]), [['alice', 'active'], ['bob', 'active'], ['carol', 'revoked']])
    // The auditor's role can neither remove a signature nor grant themselves access.
    for (const [text, params] of [
      ['DELETE FROM signatures', []],
      ['INSERT INTO grants (incident, responder, sealed, created) VALUES ($1, $2, $3, $4)', [incident, 'ab', Buffer.alloc(8), 0]],
    ] as const) {
      await assert.rejects(sql(asAudrey, text, [...params]), /permission denied/)
    }
    // Nor can the owner, while the triggers stand: signatures are append-only, grants are never rewritten.
    await assert.rejects(sql(t.store, 'DELETE FROM signatures'), /signatures is append-only \(DELETE refused\)/)
    await assert.rejects(sql(t.store, "UPDATE grants SET responder = 'ab'"), /grants is append-only \(UPDATE refused\)/)
  })

  test('PostgreSQL: pl store clone of a store with responders to SQLite and back verifies identically; signatures and grants copied; responders work on the copy', {timeout: 120_000, skip: engine.name !== 'postgres' && 'PostgreSQL only'}, async () => {
    const server = engine.server()
    const before = await verify()
    assert.equal(before.code, 0, JSON.stringify(before.json.problems))
    const file = join(t.dir, 'offline.db')
    const down = await runJson<{entries: number; verified: boolean}>(['store', 'clone', t.store, '--to', file], {env: {PL_HOME: join(t.dir, 'auditor')}})
    assert.equal(down.code, 0, down.stderr)
    assert.equal(down.json.verified, true)
    const back = await pgTempStore(server, 'pl_clone_back')
    try {
      const up = await runJson<{entries: number; verified: boolean}>(['store', 'clone', file, '--to', back.url], {env: {PL_HOME: join(t.dir, 'auditor')}})
      assert.equal(up.code, 0, up.stderr)
      assert.equal(up.json.verified, true)
      const rows = {
        signatures: 'SELECT last_seq, first_seq, signer, sig, ts FROM signatures ORDER BY last_seq',
        grants: 'SELECT incident, responder, sealed, created FROM grants ORDER BY incident, responder',
        keys: 'SELECT id, incident FROM keys ORDER BY id',
      }
      for (const [table, text] of Object.entries(rows)) {
        const original = await sql(t.store, text)
        assert.ok(original.length > 0, `${table} has rows`)
        assert.deepEqual(await sqliteEngine().query(file, text), original, `${table} copied to SQLite`)
        assert.deepEqual(await sql(back.url, text), original, `${table} copied back to PostgreSQL`)
      }
      for (const store of [file, back.url]) {
        const v = await verify(store)
        assert.equal(v.code, 0, JSON.stringify(v.json.problems))
        assert.deepEqual(v.json.attribution, before.json.attribution)
      }
      // bob's identity opens both copies and his grant still reads the incident: the KEK sealed to him and the access key came along.
      for (const store of [file, back.url]) {
        const noted = await runPl(['incident', 'note', incident, `noted on ${store.startsWith('postgres') ? 'the copy' : 'the file'}`, '--store', store], {env: people.bob!.env})
        assert.equal(noted.code, 0, noted.stderr)
        const v = await verify(store)
        assert.equal(v.code, 0, JSON.stringify(v.json.problems))
        assert.equal(v.json.attribution!.signatures, before.json.attribution!.signatures + 1)
      }
    } finally {
      back.cleanup()
    }
  })

  test('an old store: entries from before responders are reported unattributed, not failed', async () => {
    const old = await engine.store('pl-responders-old-')
    try {
      assert.equal((await runPl(['init'], {env: old.env})).code, 0)
      const opened = await runJson<{id: string}>(['incident', 'open', '--title', 'Before', '--severity', 'P3', '--class', 'pii', '--started-at', '1h ago', '--detected-at', '1h ago'], {env: old.env})
      assert.equal(opened.code, 0, opened.stderr)
      const before = await verify(old.store)
      assert.equal(before.code, 0)
      assert.equal(before.json.attribution!.genesis, null)

      // The store key holder enrolls their own identity: the founder, from here on.
      const founder = people.alice!
      const env = {...founder.env, PL_KEY_FILE: old.keyFile, PL_HOME: old.env.PL_HOME, PL_STORE: old.env.PL_STORE}
      const other = await runPl(['responder', 'add', 'bob', '--key', people.bob!.key], {env})
      assert.equal(other.code, 2, 'the first responder must be the store key holder themselves')
      assert.equal((await runPl(['responder', 'add', 'alice', '--key', founder.key], {env})).code, 0)
      assert.equal((await runPl(['incident', 'note', opened.json.id, 'after'], {env: {...founder.env, PL_HOME: old.env.PL_HOME, PL_STORE: old.env.PL_STORE}})).code, 0)
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
