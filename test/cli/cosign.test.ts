/**
 * Cosigning (issue 17 item 4, ADR 0014): responders who verify the store cosign its latest
 * checkpoint (C2SP tlog-cosignature); `--require-cosigners K` demands K of them; a forged
 * cosignature is named; a store rolled back under a responder who cosigned is a fork, named as
 * one. Three people with their own config directories, on SQLite and on a private PostgreSQL.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {verifyEd25519} from '../../src/crypto/ed25519.js'
import {checkCosignature, cosignerName} from '../../src/domain/cosignature.js'
import {parseCheckpointNote} from '../../src/domain/note.js'
import {parseResponderKey} from '../../src/domain/responders/roster.js'
import {runJson, runPl} from '../helpers/cli.js'
import {newPerson} from '../helpers/responders.js'
import type {Person} from '../helpers/responders.js'
import type {TestStore} from '../helpers/cli.js'
import {postgresEngine, sqliteEngine} from '../fixtures/store/engines.js'
import type {TestEngine} from '../fixtures/store/engines.js'

interface Report {
  ok: boolean
  entries: number
  latestCheckpoint: {size: number; root: string} | null
  problems: {code: string; message: string; checkpointSize?: number}[]
  cosigning?: {
    cosigned: {responder: string; size: number; root: string} | null
    notCosigned?: string
    cosigners: {name: string; size: number; ts: number}[]
    required: number | null
    fork: {size: number; cosignedRoot: string; storeRoot: string | null} | null
  }
}


/** The store as it was at `size`: every later row gone (entries, checkpoints, notes, author signatures, cosignatures; PostgreSQL's head moved back). */
function rollback(engine: TestEngine, size: number): string[] {
  return [
    `DELETE FROM entries WHERE seq > ${size}`,
    `DELETE FROM checkpoints WHERE size > ${size}`,
    `DELETE FROM checkpoint_notes WHERE size > ${size}`,
    `DELETE FROM signatures WHERE last_seq > ${size}`,
    `DELETE FROM cosignatures WHERE size > ${size}`,
    ...(engine.name === 'postgres' ? [`UPDATE head SET size = ${size}, hash = (SELECT hash FROM entries WHERE seq = ${size})`] : []),
  ]
}

for (const engine of [sqliteEngine(), postgresEngine()]) describe(`cosigning: responders who verified, and forks (${engine.name})`, {skip: engine.skip}, () => {
  let t: TestStore
  const people: Record<string, Person> = {}
  let incident: string

  const person = (name: string): Promise<Person> => newPerson(t, name)

  /** Someone with no identity: verifies, never cosigns. */
  const nobody = () => ({PL_HOME: t.env.PL_HOME, XDG_CONFIG_HOME: join(t.dir, 'config-nobody')})
  const verify = async (env: Record<string, string | undefined>, store = t.store, ...args: string[]) => runJson<Report>(['evidence', 'verify', '--store', store, ...args], {env})

  before(async () => {
    await engine.start()
    t = await engine.store('pl-cosign-')
    for (const name of ['alice', 'bob', 'carol']) people[name] = await person(name)
    const init = await runJson(['init', '--name', 'alice', ...(engine.name === 'postgres' ? ['--roles', 'create'] : [])], {env: {...people.alice!.env, PL_KEY_FILE: t.keyFile}})
    assert.equal(init.code, 0, init.stderr)
    for (const name of ['bob', 'carol']) assert.equal((await runPl(['responder', 'add', name, '--key', people[name]!.key], {env: people.alice!.env})).code, 0)
    const opened = await runJson<{id: string}>(['incident', 'open', '--title', 'Prompt in logs', '--severity', 'P2', '--class', 'secret', '--started-at', '1h ago', '--detected-at', '30m ago'], {env: people.bob!.env})
    assert.equal(opened.code, 0, opened.stderr)
    incident = opened.json.id
    assert.equal((await runPl(['incident', 'grant', incident, 'carol'], {env: people.bob!.env})).code, 0)
  })

  after(async () => {
    t?.cleanup()
    await engine.stop()
  })

  test('a quorum of 2: not met with none or one cosigner (exit 15, not tampering), met once bob and carol verified; the note carries their cosignatures', async () => {
    const none = await verify(nobody(), t.store, '--require-cosigners', '2')
    assert.equal(none.code, 15, JSON.stringify(none.json.problems))
    assert.deepEqual(none.json.problems.map((p) => p.code), ['cosigners'])
    assert.equal(none.json.cosigning?.cosigned, null)
    assert.equal(none.json.cosigning?.notCosigned, 'you have no responder identity')

    // --no-cosign: bob verifies without cosigning.
    const skipped = await verify(people.bob!.env, t.store, '--no-cosign')
    assert.equal(skipped.code, 0, JSON.stringify(skipped.json.problems))
    assert.equal(skipped.json.cosigning?.cosigned, null)
    assert.deepEqual(skipped.json.cosigning?.cosigners, [])

    // Without a passphrase and without a terminal, nobody is asked: verify passes, uncosigned.
    const noPass = await verify({...people.bob!.env, PL_IDENTITY_PASSPHRASE_FILE: undefined})
    assert.equal(noPass.code, 0, JSON.stringify(noPass.json.problems))
    assert.equal(noPass.json.cosigning?.cosigned, null)
    assert.match(noPass.json.cosigning?.notCosigned ?? '', /no terminal/)

    const bob = await verify(people.bob!.env)
    assert.equal(bob.code, 0, JSON.stringify(bob.json.problems))
    const size = bob.json.latestCheckpoint!.size
    assert.deepEqual(bob.json.cosigning?.cosigned, {responder: 'bob', size, root: bob.json.latestCheckpoint!.root})

    const one = await verify(nobody(), t.store, '--require-cosigners', '2')
    assert.equal(one.code, 15)
    assert.deepEqual(one.json.cosigning?.cosigners.map((c) => c.name), ['bob'])
    const human = await runPl(['evidence', 'verify', '--store', t.store, '--require-cosigners', '2'], {env: nobody()})
    assert.equal(human.code, 15)
    assert.match(human.stderr, /2 distinct responders must have cosigned a verified checkpoint; only bob \(size \d+\)/)
    assert.match(human.stderr, /The store verifies, but the cosigning policy is not met \(--require-cosigners 2\): nothing was tampered with/)
    assert.doesNotMatch(human.stderr, /VERIFICATION FAILED|tampered with or corrupted/)

    assert.equal((await verify(people.carol!.env)).code, 0)
    const two = await verify(nobody(), t.store, '--require-cosigners', '2')
    assert.equal(two.code, 0, JSON.stringify(two.json.problems))
    assert.deepEqual(two.json.cosigning?.cosigners, [
      {name: 'bob', size, ts: two.json.cosigning!.cosigners[0]!.ts},
      {name: 'carol', size, ts: two.json.cosigning!.cosigners[1]!.ts},
    ])
    assert.equal((await verify(nobody(), t.store, '--require-cosigners', '3')).code, 15)
    // Verifying again adds no second row.
    assert.equal((await verify(people.bob!.env)).code, 0)
    // `pl store clone` copies the cosignatures: the copy meets the same quorum.
    const file = join(t.dir, `cloned-${engine.name}.db`)
    const cloned = await runJson<{verified: boolean}>(['store', 'clone', t.store, '--to', file], {env: nobody()})
    assert.equal(cloned.code, 0, cloned.stderr)
    const onCopy = await verify(nobody(), file, '--require-cosigners', '2')
    assert.equal(onCopy.code, 0, JSON.stringify(onCopy.json.problems))
    assert.deepEqual(onCopy.json.cosigning?.cosigners.map((c) => c.name), ['bob', 'carol'])

    // The note: the store's signature line, then one cosignature line per cosigner, each verifying.
    const note = await runJson<{note: string}>(['evidence', 'checkpoint', '--format', 'note', '--store', t.store], {env: nobody()})
    assert.equal(note.code, 0, note.stderr)
    const parsed = parseCheckpointNote(note.json.note)
    assert.ok(!('error' in parsed), JSON.stringify(parsed))
    assert.equal(parsed.size, size)
    assert.deepEqual(parsed.signatures.map((s) => s.name).slice(1).sort(), [cosignerName('bob'), cosignerName('carol')])
    for (const name of ['bob', 'carol']) {
      const publicKey = parseResponderKey(people[name]!.key)!.signKey
      assert.equal(checkCosignature(parsed, {name: cosignerName(name), publicKey}, verifyEd25519).status, 'verified')
    }
  })

  test('a forged cosignature is named (exit 10) and not counted', async () => {
    const forged = await engine.copy(t, 'forged-cosignature')
    const bobKey = Buffer.from(parseResponderKey(people.bob!.key)!.signKey).toString('hex')
    const sig = Buffer.alloc(64, 7).toString('hex')
    await engine.tamperAll(forged, [engine.name === 'postgres' ? `UPDATE cosignatures SET sig = '\\x${sig}'::bytea WHERE signer = '\\x${bobKey}'::bytea` : `UPDATE cosignatures SET sig = X'${sig}' WHERE signer = X'${bobKey}'`])
    const r = await verify(nobody(), forged, '--require-cosigners', '2')
    assert.equal(r.code, 10)
    assert.deepEqual(r.json.problems.map((p) => p.code), ['cosignature', 'cosigners'])
    assert.match(r.json.problems[0]!.message, /cosignature of checkpoint \d+ by bob does not verify: it was forged or altered/)
    assert.deepEqual(r.json.cosigning?.cosigners.map((c) => c.name), ['carol'])
  })

  test('a rollback under a responder who cosigned is a fork: the store smaller, then another tree at that size', async () => {
    const before = await verify(nobody())
    const early = before.json.latestCheckpoint!.size
    // More entries; bob cosigns the larger checkpoint.
    assert.equal((await runPl(['incident', 'note', incident, 'gateway logs rotated'], {env: people.bob!.env})).code, 0)
    assert.equal((await runPl(['incident', 'note', incident, 'keys rotated'], {env: people.bob!.env})).code, 0)
    const cosigned = await verify(people.bob!.env)
    assert.equal(cosigned.code, 0, JSON.stringify(cosigned.json.problems))
    const size = cosigned.json.latestCheckpoint!.size
    const root = cosigned.json.latestCheckpoint!.root
    assert.ok(size > early)

    // The database rolled back to `early`: internally valid, and so verify alone passes for anyone else.
    const rolled = await engine.copy(t, 'rolled-back')
    await engine.tamperAll(rolled, rollback(engine, early))
    const anyone = await verify(nobody(), rolled)
    assert.equal(anyone.code, 0, JSON.stringify(anyone.json.problems))
    const smaller = await verify(people.bob!.env, rolled)
    assert.equal(smaller.code, 10)
    assert.deepEqual(smaller.json.problems.map((p) => p.code), ['fork'])
    assert.match(smaller.json.problems[0]!.message, new RegExp(`you cosigned size ${size} with root ${root}, and the store now has only ${early} entries`))
    assert.deepEqual(smaller.json.cosigning?.fork, {size, cosignedRoot: root, storeRoot: null})
    assert.equal(smaller.json.cosigning?.cosigned, null, 'a store that forked is not cosigned')

    // Others go on writing on the rolled-back store: the tree reaches that size again, with another root.
    for (let i = 0; i < size; i++) {
      assert.equal((await runPl(['incident', 'note', incident, `rewritten history ${i}`, '--store', rolled], {env: people.carol!.env})).code, 0)
      if ((await verify(nobody(), rolled)).json.entries >= size) break
    }
    const rewritten = await verify(people.bob!.env, rolled)
    assert.equal(rewritten.code, 10)
    const fork = rewritten.json.cosigning?.fork
    assert.equal(fork?.size, size)
    assert.equal(fork?.cosignedRoot, root)
    assert.match(fork?.storeRoot ?? '', /^[0-9a-f]{64}$/)
    assert.notEqual(fork?.storeRoot, root)
    const human = await runPl(['evidence', 'verify', '--store', rolled], {env: people.bob!.env})
    assert.equal(human.code, 10)
    assert.match(human.stderr, new RegExp(`Fork: you cosigned size ${size} with root ${root}, and the store's tree at size ${size} has root ${fork!.storeRoot}`))
    // The original store is still bob's: no fork there.
    assert.equal((await verify(people.bob!.env)).code, 0)
  })
  test('through the unlock agent: a responder cosigns without their passphrase', async () => {
    const carol = people.carol!
    const agentDir = join(t.dir, 'agent')
    mkdirSync(agentDir, {mode: 0o700})
    const env = {...carol.env, PL_AGENT_DIR: agentDir}
    const unlocked = await runJson(['unlock', '--ttl', '5m'], {env})
    assert.equal(unlocked.code, 0, unlocked.stderr)
    try {
      assert.equal((await runPl(['incident', 'note', incident, 'carol on shift'], {env: {...env, PL_IDENTITY_PASSPHRASE_FILE: undefined}})).code, 0)
      const v = await verify({...env, PL_IDENTITY_PASSPHRASE_FILE: undefined})
      assert.equal(v.code, 0, JSON.stringify(v.json.problems))
      assert.equal(v.json.cosigning?.cosigned?.responder, 'carol')
      assert.equal(v.json.cosigning?.cosigned?.size, v.json.latestCheckpoint!.size)
      assert.deepEqual(v.json.cosigning?.cosigners.find((c) => c.name === 'carol')?.size, v.json.latestCheckpoint!.size)
    } finally {
      await runPl(['lock'], {env})
    }
  })
})
