/**
 * Operating a team store (tester's report, session 10, items 6, 7 and 9), on a private
 * PostgreSQL: sslmode checked and passed to the driver without its warning; a store cloned into
 * PostgreSQL gets the team's roles (`--roles create`, or their SQL printed); the permission hint
 * for a login with no pl role; `pl unlock --status` while the server is down; the first bad entry
 * after a truncated tail is the first one missing; a forged row past the last checkpoint stops
 * writes with what to do; a responder does not append on top of a store restored behind what
 * they cosigned until they accept the restore.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {randomBytes} from 'node:crypto'
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {runJson, runPl} from '../helpers/cli.js'
import {newPerson} from '../helpers/responders.js'
import type {Person} from '../helpers/responders.js'
import {startPostgres} from '../fixtures/providers/databases.js'
import type {PrivatePostgres} from '../fixtures/providers/databases.js'
import {dbUrl, PG_SKIP, pgTempStore, sql, withTriggersDisabled} from '../fixtures/store/postgres.js'

const alnum = (n: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz') => Array.from(randomBytes(n), (b) => alphabet[b % alphabet.length]).join('')

/** A log with a few fake credentials, made now: a scan of it records several entries in one command. */
function fakeLog(dir: string): string {
  const path = join(dir, 'gateway.jsonl')
  writeFileSync(path, [`{"msg":"key AKIA${alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')} and sk-proj-${alnum(48)} here"}`, `{"msg":"slack xoxb-${alnum(11, '0123456789')}-${alnum(12, '0123456789')}-${alnum(24)}"}`].join('\n') + '\n')
  return path
}

interface Report {
  ok: boolean
  firstBadEntry: number | null
  problems: {code: string; message: string; seq?: number}[]
  warnings: string[]
  cosigning?: {cosigned: {size: number} | null; fork: {size: number} | null}
}

describe('operating a team store on PostgreSQL', {skip: PG_SKIP}, () => {
  let server: PrivatePostgres
  before(async () => {
    server = await startPostgres()
  })
  after(async () => {
    await server?.stop()
  })

  test('sslmode: an unknown value is refused (exit 2, naming it and the accepted ones); require gives no driver SECURITY WARNING', async () => {
    const t = await pgTempStore(server)
    try {
      assert.equal((await runPl(['init'], {env: t.env})).code, 0)
      const bogus = await runPl(['store', 'info'], {env: {...t.env, PL_STORE: `${t.url}?sslmode=bogus`}})
      assert.equal(bogus.code, 2, bogus.stderr)
      assert.match(bogus.stderr, /sslmode="bogus"/)
      assert.match(bogus.stderr, /disable, prefer, require, verify-ca, verify-full/)
      // The private server has no TLS: require fails, named, with exit 8, and nothing but pl's message.
      const require = await runPl(['store', 'info'], {env: {...t.env, PL_STORE: `${t.url}?sslmode=require`}})
      assert.equal(require.code, 8, require.stderr)
      assert.match(require.stderr, /The server does not support SSL connections/)
      assert.doesNotMatch(require.stderr, /SECURITY WARNING|uselibpqcompat/)
      const off = await runPl(['store', 'info'], {env: {...t.env, PL_STORE: `${t.url}?sslmode=disable`}})
      assert.equal(off.code, 0, off.stderr)
      assert.equal(off.stderr, '')
    } finally {
      t.cleanup()
    }
  })

  test('store clone into PostgreSQL: --roles create grants the team roles on the copy; without it the SQL is printed, and a refused login is told what to ask for', async () => {
    const local = await pgTempStore(server, 'pl_local')
    const sqliteEnv = {...local.env, PL_STORE: undefined}
    try {
      assert.equal((await runPl(['init'], {env: sqliteEnv})).code, 0)
      const opened = await runJson<{id: string}>(['incident', 'open', '--title', 'Local first', '--severity', 'P2'], {env: sqliteEnv})
      assert.equal(opened.code, 0, opened.stderr)
      const roles = await runPl(['store', 'clone', local.store.replace(/^postgres:.*$/, join(local.dir, 'home', 'evidence.db')), '--to', local.url, '--roles', 'create'], {env: sqliteEnv})
      assert.equal(roles.code, 0, roles.stderr)
      assert.match(roles.stdout, /roles: pl_writer \(writer\), pl_auditor \(auditor\) granted on the copy/)
      await sql(server.url, `DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alice') THEN CREATE ROLE alice LOGIN IN ROLE pl_writer; END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'audrey') THEN CREATE ROLE audrey LOGIN IN ROLE pl_auditor; END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mallory') THEN CREATE ROLE mallory LOGIN; END IF;
      END $$`)
      const asAlice = {...local.env, PL_STORE: dbUrl(server, local.db, 'alice')}
      const note = await runPl(['incident', 'note', opened.json.id, 'written by a writer on the clone'], {env: asAlice})
      assert.equal(note.code, 0, note.stderr)
      const audit = await runPl(['evidence', 'verify'], {env: {PL_HOME: local.env.PL_HOME, XDG_CONFIG_HOME: local.env.XDG_CONFIG_HOME, PL_STORE: dbUrl(server, local.db, 'audrey')}})
      assert.equal(audit.code, 0, audit.stderr)

      // A login with no pl role: told which role it needs, not that an auditor may only read.
      const stranger = await runPl(['evidence', 'verify'], {env: {PL_HOME: local.env.PL_HOME, XDG_CONFIG_HOME: local.env.XDG_CONFIG_HOME, PL_STORE: dbUrl(server, local.db, 'mallory')}})
      assert.equal(stranger.code, 13, stranger.stderr)
      assert.match(stranger.stderr, /pl_writer to write, pl_auditor \(or pl_writer\) to read and verify/)
      assert.doesNotMatch(stranger.stderr, /An auditor role may only read/)

      // Without --roles: the SQL is printed for the owner, and until it runs a writer is refused with what to do.
      const bare = await pgTempStore(server, 'pl_bare')
      try {
        const printed = await runPl(['store', 'clone', join(local.dir, 'home', 'evidence.db'), '--to', bare.url], {env: sqliteEnv})
        assert.equal(printed.code, 0, printed.stderr)
        assert.match(printed.stdout, /run this as the database owner so the team can use the copy/)
        assert.match(printed.stdout, /GRANT INSERT ON .*public\.entries.* TO pl_writer/)
        const refused = await runPl(['incident', 'note', opened.json.id, 'refused'], {env: {...local.env, PL_STORE: dbUrl(server, bare.db, 'alice')}})
        assert.equal(refused.code, 13, refused.stderr)
        assert.match(refused.stderr, /pl init --roles create --store URL/)
        // On a database that holds a store already, init's --roles does the roles step alone.
        const sqlOnly = await runPl(['init', '--roles', 'print', '--store', bare.url], {env: {...local.env, PL_STORE: undefined}})
        assert.equal(sqlOnly.code, 0, sqlOnly.stderr)
        assert.match(sqlOnly.stdout, /exists already \(store id [0-9a-f]{32}\): its roles only/)
        assert.match(sqlOnly.stdout, /GRANT UPDATE ON public\.head TO pl_writer/)
        const granted = await runPl(['init', '--roles', 'create', '--store', bare.url], {env: {...local.env, PL_STORE: undefined, PL_KEY_FILE: undefined}})
        assert.equal(granted.code, 0, granted.stderr)
        assert.equal((await runPl(['incident', 'note', opened.json.id, 'granted now'], {env: {...local.env, PL_STORE: dbUrl(server, bare.db, 'alice')}})).code, 0)
        // --roles is for a PostgreSQL destination only.
        const onFile = await runPl(['store', 'clone', bare.url, '--to', join(local.dir, 'copy.db'), '--roles', 'create'], {env: sqliteEnv})
        assert.equal(onFile.code, 2, onFile.stderr)
        assert.match(onFile.stderr, /--roles is for a PostgreSQL destination/)
      } finally {
        bare.cleanup()
      }
    } finally {
      local.cleanup()
    }
  })

  test('a truncated tail (entries and their checkpoints deleted mid-command): the first bad entry is the first one missing', async () => {
    const t = await pgTempStore(server)
    try {
      const alice = await newPerson(t, 'alice')
      assert.equal((await runPl(['init', '--name', 'alice'], {env: {...alice.env, PL_KEY_FILE: t.keyFile}})).code, 0)
      const opened = await runJson<{id: string}>(['incident', 'open', '--title', 'Truncated', '--severity', 'P2'], {env: alice.env})
      assert.equal(opened.code, 0, opened.stderr)
      const scan = await runPl(['scan', fakeLog(t.dir), '--incident', opened.json.id], {env: alice.env})
      assert.equal(scan.code, 1, scan.stderr) // 1: findings
      assert.equal((await runPl(['incident', 'note', opened.json.id, 'after the scan'], {env: alice.env})).code, 0)
      // The scan's entries share one author signature: cut the store inside it.
      const [span] = await sql<{first: number; last: number}>(t.url, 'SELECT first_seq::int AS first, last_seq::int AS last FROM signatures WHERE last_seq - first_seq >= 2 ORDER BY first_seq DESC LIMIT 1')
      assert.ok(span, 'the scan recorded several entries under one signature')
      const cut = span.first + 2
      await withTriggersDisabled(t.url, [
        `DELETE FROM entries WHERE seq >= ${cut}`,
        `DELETE FROM checkpoints WHERE size >= ${cut}`,
        `DELETE FROM checkpoint_notes WHERE size >= ${cut}`,
        `UPDATE head SET size = ${cut - 1}, hash = (SELECT hash FROM entries WHERE seq = ${cut - 1})`,
      ])
      const v = await runJson<Report>(['evidence', 'verify', '--no-cosign'], {env: {PL_HOME: t.env.PL_HOME, PL_STORE: t.url}})
      assert.equal(v.code, 10, JSON.stringify(v.json.problems))
      assert.equal(v.json.firstBadEntry, cut, JSON.stringify(v.json.problems))
      assert.ok(v.json.problems.some((p) => p.code === 'author-signature' && p.seq === cut && p.message.includes(`entries ${cut}..${span.last} were removed`)), JSON.stringify(v.json.problems))
      // The entries before the cut stay listed as unsealed, but are not called the first bad one.
      assert.ok(v.json.problems.some((p) => p.code === 'unsealed' && (p.seq ?? 0) < cut))
      assert.match((await runPl(['evidence', 'verify', '--no-cosign'], {env: {PL_HOME: t.env.PL_HOME, PL_STORE: t.url}})).stderr, /Preserve the database as it is \(take a pg_dump/)
    } finally {
      t.cleanup()
    }
  })

  test('a row forged past the last checkpoint stops writes (exit 10) with the way out; removed by the owner as documented, the store verifies and takes writes again', async () => {
    const t = await pgTempStore(server)
    try {
      assert.equal((await runPl(['init', '--roles', 'create'], {env: t.env})).code, 0)
      const opened = await runJson<{id: string}>(['incident', 'open', '--title', 'Forged tail', '--severity', 'P2'], {env: t.env})
      assert.equal(opened.code, 0, opened.stderr)
      const [head] = await sql<{size: number; hash: Buffer}>(t.url, 'SELECT size::int AS size, hash FROM head')
      const [last] = await sql<{key_id: string}>(t.url, 'SELECT key_id FROM entries ORDER BY seq DESC LIMIT 1')
      const forged = head!.size + 1
      // As a writer with psql would: a row that follows the head (the trigger moves it), but whose body is not pl's.
      const client = `INSERT INTO entries (seq, ts, incident, kind, actor, key_id, nonce, body, prev, hash) VALUES (${forged}, 0, '${opened.json.id}', 'note', 'mallory', '${last!.key_id}', '\\x${'00'.repeat(24)}', '\\x${'00'.repeat(40)}', '\\x${head!.hash.toString('hex')}', '\\x${randomBytes(32).toString('hex')}')`
      await sql(t.url, client)
      const blocked = await runPl(['incident', 'note', opened.json.id, 'blocked'], {env: t.env})
      assert.equal(blocked.code, 10, blocked.stderr)
      assert.match(blocked.stderr, new RegExp(`Entry ${forged} does not decrypt.*past the last signed checkpoint`))
      assert.match(blocked.stderr, /A forged entry stops every write/)
      // The recovery docs/team-store.md gives, as the owner: set the rows past the last checkpoint aside.
      await sql(t.url, `BEGIN;
        ALTER TABLE entries DISABLE TRIGGER USER; ALTER TABLE head DISABLE TRIGGER USER;
        DELETE FROM entries WHERE seq > (SELECT max(size) FROM checkpoints);
        UPDATE head SET size = (SELECT max(size) FROM checkpoints), hash = (SELECT hash FROM entries WHERE seq = (SELECT max(size) FROM checkpoints));
        ALTER TABLE entries ENABLE TRIGGER USER; ALTER TABLE head ENABLE TRIGGER USER;
        COMMIT`)
      assert.equal((await runPl(['evidence', 'verify'], {env: t.env})).code, 0)
      assert.equal((await runPl(['incident', 'note', opened.json.id, 'writing again'], {env: t.env})).code, 0)
    } finally {
      t.cleanup()
    }
  })

  test('a store restored behind what a responder cosigned: their writes are refused (exit 10) until they accept the restore; then they write and verify', async () => {
    const t = await pgTempStore(server)
    try {
      const people: Record<string, Person> = {}
      for (const name of ['alice', 'bob']) people[name] = await newPerson(t, name)
      const alice = people.alice!
      const bob = people.bob!
      assert.equal((await runPl(['init', '--name', 'alice'], {env: {...alice.env, PL_KEY_FILE: t.keyFile}})).code, 0)
      assert.equal((await runPl(['responder', 'add', 'bob', '--key', bob.key], {env: alice.env})).code, 0)
      const opened = await runJson<{id: string}>(['incident', 'open', '--title', 'Restored', '--severity', 'P2'], {env: bob.env})
      assert.equal(opened.code, 0, opened.stderr)
      const [{size: before}] = (await sql<{size: number}>(t.url, 'SELECT size::int AS size FROM head')) as [{size: number}]
      assert.equal((await runPl(['incident', 'note', opened.json.id, 'lost in the restore'], {env: bob.env})).code, 0)
      const cosigned = await runJson<Report>(['evidence', 'verify'], {env: bob.env})
      assert.equal(cosigned.code, 0, cosigned.stderr)
      assert.ok(cosigned.json.cosigning!.cosigned!.size > before)
      // The DBA restores the database to before bob's note (as a PITR would).
      await withTriggersDisabled(t.url, [
        `DELETE FROM entries WHERE seq > ${before}`,
        `DELETE FROM checkpoints WHERE size > ${before}`,
        `DELETE FROM checkpoint_notes WHERE size > ${before}`,
        `DELETE FROM signatures WHERE last_seq > ${before}`,
        `DELETE FROM cosignatures WHERE size > ${before}`,
        `UPDATE head SET size = ${before}, hash = (SELECT hash FROM entries WHERE seq = ${before})`,
      ])
      const refused = await runPl(['incident', 'note', opened.json.id, 'on top of the restore'], {env: bob.env})
      assert.equal(refused.code, 10, refused.stderr)
      assert.match(refused.stderr, /The store is behind what you cosigned: it has \d+ entries, fewer than the \d+ you cosigned/)
      assert.match(refused.stderr, /pl evidence verify --accept-restore/)
      const [{size: still}] = (await sql<{size: number}>(t.url, 'SELECT size::int AS size FROM head')) as [{size: number}]
      assert.equal(still, before, 'nothing was written')
      // Reading still works; alice, who cosigned nothing, writes as before.
      assert.equal((await runPl(['incident', 'timeline', opened.json.id], {env: bob.env})).code, 0)
      // Verify still names the fork; --accept-restore takes the store as it is.
      const fork = await runJson<Report>(['evidence', 'verify'], {env: bob.env})
      assert.equal(fork.code, 10)
      assert.ok(fork.json.problems.some((p) => p.code === 'fork'))
      const accepted = await runJson<Report>(['evidence', 'verify', '--accept-restore'], {env: bob.env})
      assert.equal(accepted.code, 0, JSON.stringify(accepted.json.problems))
      assert.ok(accepted.json.warnings.some((w) => /Restore accepted/.test(w)), JSON.stringify(accepted.json.warnings))
      assert.equal((await runPl(['incident', 'note', opened.json.id, 'after accepting'], {env: bob.env})).code, 0)
      const after = await runJson<Report>(['evidence', 'verify'], {env: bob.env})
      assert.equal(after.code, 0, JSON.stringify(after.json.problems))
    } finally {
      t.cleanup()
    }
  })

  test('pl unlock --status answers while the server is down (the agent is local); read-only failures say nothing was changed', async () => {
    const t = await pgTempStore(server)
    const agentDir = join(t.dir, 'agent')
    mkdirSync(agentDir, {mode: 0o700})
    const env = {...t.env, PL_AGENT_DIR: agentDir}
    try {
      assert.equal((await runPl(['init'], {env})).code, 0)
      const unlocked = await runJson<{pid: number}>(['unlock', '--ttl', '10m'], {env})
      assert.equal(unlocked.code, 0, unlocked.stderr)
      const keyless = {...env, PL_KEY_FILE: undefined}
      server.ctl(['stop', '-m', 'fast'])
      try {
        const status = await runJson<{agent?: {pid: number}; unreachable?: string}>(['unlock', '--status'], {env: keyless})
        assert.equal(status.code, 0, status.stderr)
        assert.equal(status.json.agent?.pid, unlocked.json.pid)
        assert.match(status.json.unreachable ?? '', /Cannot reach/)
        const info = await runPl(['store', 'info'], {env: keyless})
        assert.equal(info.code, 8, info.stderr)
        assert.match(info.stderr, /This command only reads: nothing was changed/)
        assert.doesNotMatch(info.stderr, /Whatever this command recorded/)
      } finally {
        server.ctl(['start'])
      }
      assert.equal((await runPl(['lock'], {env: keyless})).code, 0)
    } finally {
      t.cleanup()
    }
  })
})
