/**
 * `pl unlock` / `pl lock`: the agent that holds a store's KEK for a shift. Real agents (detached
 * child processes), a real socket, real stores; another uid is played by `nobody` via setpriv.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {execFileSync, spawn} from 'node:child_process'
import {chmodSync, existsSync, linkSync, lstatSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {loadCrypto} from '../../src/crypto/sodium.js'
import {openDatabase} from '../../src/store/database.js'
import {deriveCheckedKek} from '../../src/store/ledger.js'
import {readMeta} from '../../src/store/meta.js'
import {BIN, childEnv, REPO, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function waitGone(pid: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (alive(pid)) {
    if (Date.now() > deadline) throw new Error(`agent ${pid} still running`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

interface Unlocked {
  pid: number
  socket: string
  storeId: string
  expiresAt: number
}

describe('pl unlock: one passphrase for a shift', () => {
  let t: TestStore
  let passphrase: string
  /** No key material at all: only an agent can open the store. */
  let keyless: Record<string, string | undefined>
  /** The passphrase in a file, as `pl unlock` reads it without a terminal. */
  let withPass: Record<string, string | undefined>
  let agentDir: string
  const started: number[] = []

  const unlock = async (...flags: string[]): Promise<Unlocked> => {
    const r = await runJson<Unlocked>(['unlock', ...flags], {env: withPass})
    assert.equal(r.code, 0, r.stderr)
    started.push(r.json.pid)
    return r.json
  }

  before(async () => {
    t = tempStore('pl-unlock-')
    passphrase = `unlock-${Math.random().toString(36).slice(2)}-passphrase`
    const passFile = join(t.dir, 'pass')
    writeFileSync(passFile, passphrase + '\n', {mode: 0o600})
    agentDir = join(t.dir, 'agent')
    keyless = {PL_HOME: t.env.PL_HOME, PL_ACTOR: 'oncall@test', PL_AGENT_DIR: agentDir}
    withPass = {...keyless, PL_PASSPHRASE_FILE: passFile}
    const init = await runPl(['init'], {env: {...withPass, PL_KDF: 'test-only-weak'}})
    assert.equal(init.code, 0, init.stderr)
  })
  after(() => {
    for (const pid of started) if (alive(pid)) process.kill(pid, 'SIGKILL')
    t.cleanup()
  })

  test('after unlock, keyed commands run with no key material and record entries as before', async () => {
    const agent = await unlock('--ttl', '10m', '--idle', '5m')
    assert.ok(alive(agent.pid))
    const st = lstatSync(agentDir)
    assert.equal(st.mode & 0o777, 0o700, 'the socket directory is 0700')
    assert.equal(lstatSync(agent.socket).mode & 0o777, 0o600, 'the socket is 0600')
    assert.ok(agent.expiresAt > Date.now() + 9 * 60_000)

    const open = await runJson<{id: string}>(['incident', 'open', '--title', 'Agent incident', '--severity', 'P2'], {env: keyless})
    assert.equal(open.code, 0, open.stderr)
    const log = join(t.dir, 'gateway.log')
    writeFileSync(log, 'a line of a log\n')
    const add = await runJson<{id: string}>(['evidence', 'add', open.json.id, log], {env: keyless})
    assert.equal(add.code, 0, add.stderr)
    const shown = await runJson<{title: string}>(['incident', 'show', open.json.id], {env: keyless})
    assert.equal(shown.json.title, 'Agent incident')
    const timeline = await runJson<{events: {actor: string}[]}>(['incident', 'timeline', open.json.id], {env: keyless})
    assert.ok(timeline.json.events.length > 0)
    assert.ok(timeline.json.events.every((e) => e.actor === 'oncall@test'), 'entries carry the actor as without the agent')
    const verify = await runPl(['evidence', 'verify'], {env: keyless})
    assert.equal(verify.code, 0, verify.stderr)

    // The same record opens with the passphrase and no agent: the agent wrapped with the real KEK.
    const lock = await runJson<{stopped?: number}>(['lock'], {env: keyless})
    assert.equal(lock.json.stopped, agent.pid)
    await waitGone(agent.pid)
    assert.ok(!existsSync(agent.socket), 'the socket is removed')
    const again = await runJson<{title: string}>(['incident', 'show', open.json.id], {env: withPass})
    assert.equal(again.json.title, 'Agent incident')
  })

  test('locked, the commands ask again: no terminal and no variable is exit 6; pl lock twice is fine', async () => {
    const r = await runPl(['incident', 'list'], {env: keyless})
    assert.equal(r.code, 6, r.stderr)
    assert.match(r.stderr, /no terminal/)
    const lock = await runPl(['lock'], {env: keyless})
    assert.equal(lock.code, 0)
    assert.match(lock.stdout, /No unlock agent runs/)
  })

  test('the KEK is never written: not in PL_HOME, the socket directory or /tmp; not in the agent environment', async () => {
    const agent = await unlock()
    assert.equal((await runPl(['incident', 'open', '--title', 'Scan me', '--severity', 'P3'], {env: keyless})).code, 0)
    const db = openDatabase(join(t.env.PL_HOME!, 'evidence.db'), {readonly: true})
    const crypto = await loadCrypto()
    const {kek} = await deriveCheckedKek(db, crypto, {kind: 'passphrase', passphrase: new TextEncoder().encode(passphrase)})
    assert.equal(readMeta(db).storeId, agent.storeId)
    db.close()
    const forms = [Buffer.from(kek), Buffer.from(Buffer.from(kek).toString('hex')), Buffer.from(Buffer.from(kek).toString('base64'))]
    const seen: string[] = []
    const scan = (dir: string, depth = 0) => {
      let names: string[]
      try {
        names = readdirSync(dir)
      } catch {
        return
      }
      for (const name of names) {
        const path = join(dir, name)
        let st
        try {
          st = lstatSync(path)
        } catch {
          continue
        }
        if (st.isDirectory() && depth < 6) scan(path, depth + 1)
        else if (st.isFile() && st.size < 64 * 1024 * 1024) {
          let bytes: Buffer
          try {
            bytes = readFileSync(path)
          } catch {
            continue
          }
          seen.push(path)
          for (const f of forms) assert.equal(bytes.indexOf(f), -1, `key bytes found in ${path}`)
        }
      }
    }
    scan(t.env.PL_HOME!)
    scan(agentDir)
    scan('/tmp')
    assert.ok(seen.some((p) => p.endsWith('evidence.db')), 'the store itself was searched')
    // The agent runs with an empty environment: no PL_PASSPHRASE sits in /proc for a whole shift.
    assert.equal(readFileSync(`/proc/${agent.pid}/environ`, 'utf8'), '')
    assert.ok(!readFileSync(`/proc/${agent.pid}/cmdline`, 'utf8').includes(passphrase))
    await runPl(['lock'], {env: keyless})
    await waitGone(agent.pid)
  })

  test('another uid is refused: the 0700 directory stops connect(), and the uid proof stops it where the directory is opened up', async () => {
    const agent = await unlock()
    const probe = join(REPO, 'dist', 'test', 'helpers', 'agent-probe.js')
    const asNobody = (arg: string) =>
      execFileSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, probe, agent.socket, arg], {encoding: 'utf8', env: childEnv({})}).trim()
    chmodSync(t.dir, 0o755) // the temp dir above the agent directory; the agent directory stays 0700
    try {
      assert.equal(asNobody('connect'), 'EACCES')
      chmodSync(agentDir, 0o777)
      chmodSync(agent.socket, 0o666)
      assert.match(asNobody('prove'), /^refused: This agent serves only the user who started it/)
      assert.match(asNobody('skip-proof'), /^refused: Prove your user id first/)
    } finally {
      chmodSync(agentDir, 0o700)
      chmodSync(agent.socket, 0o600)
      chmodSync(t.dir, 0o700)
    }
    assert.ok(alive(agent.pid), 'the agent keeps serving its user')
    assert.equal((await runPl(['incident', 'list'], {env: keyless})).code, 0)
    await runPl(['lock'], {env: keyless})
    await waitGone(agent.pid)
  })

  test('an agent serves only the store it unlocked (checked by store id)', async () => {
    const agent = await unlock()
    const other = tempStore('pl-unlock-other-')
    try {
      const otherEnv = {PL_HOME: other.env.PL_HOME, PL_AGENT_DIR: agentDir}
      assert.equal((await runPl(['init'], {env: {...otherEnv, PL_KEY_FILE: other.keyFile}})).code, 0)
      const db = openDatabase(join(other.env.PL_HOME!, 'evidence.db'), {readonly: true})
      const otherId = readMeta(db).storeId
      db.close()
      // The other store's socket name leads to this agent: it answers with its own store id, so
      // pl does not use it, and it refuses requests naming another store.
      linkSync(agent.socket, join(agentDir, `${otherId}.sock`))
      const r = await runPl(['incident', 'list'], {env: otherEnv})
      assert.equal(r.code, 6, r.stderr)
      const probe = join(REPO, 'dist', 'test', 'helpers', 'agent-probe.js')
      const out = execFileSync(process.execPath, [probe, agent.socket, 'other-store', otherId], {encoding: 'utf8'}).trim()
      assert.match(out, /^refused: This agent serves store [0-9a-f]{32} only/)
    } finally {
      other.cleanup()
    }
    await runPl(['lock'], {env: keyless})
    await waitGone(agent.pid)
  })

  test('a killed agent: commands fall back to the passphrase (or ask), and unlock starts a new one', async () => {
    const agent = await unlock()
    process.kill(agent.pid, 'SIGKILL')
    await waitGone(agent.pid)
    assert.ok(existsSync(agent.socket), 'a stale socket is left behind')
    assert.equal((await runPl(['incident', 'list'], {env: keyless})).code, 6)
    assert.equal((await runPl(['incident', 'list'], {env: withPass})).code, 0)
    const next = await unlock()
    assert.notEqual(next.pid, agent.pid)
    assert.equal((await runPl(['incident', 'list'], {env: keyless})).code, 0)
    // A second unlock replaces the running agent.
    const replaced = await runJson<Unlocked & {replaced: boolean}>(['unlock'], {env: withPass})
    started.push(replaced.json.pid)
    assert.equal(replaced.json.replaced, true)
    await waitGone(next.pid)
    await runPl(['lock'], {env: keyless})
    await waitGone(replaced.json.pid)
  })

  test('TTL and idle expiry stop the agent; a bad duration is a usage error', async () => {
    const ttl = await unlock('--ttl', '2s', '--idle', '0')
    await waitGone(ttl.pid)
    assert.ok(!existsSync(ttl.socket))
    assert.equal((await runPl(['incident', 'list'], {env: keyless})).code, 6)

    // An idle time of 6 s leaves room for a command's start-up on a loaded machine (each use below
    // starts 1.5 s after the last one ended); five uses span more than the idle time.
    const idle = await unlock('--ttl', '1h', '--idle', '6s')
    // Use keeps it alive past its idle time.
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 1500))
      assert.equal((await runPl(['incident', 'list'], {env: keyless})).code, 0, `use ${i}`)
    }
    assert.ok(alive(idle.pid), 'still running after 7.5 s of use with --idle 6s')
    await waitGone(idle.pid)

    const bad = await runPl(['unlock', '--ttl', 'soon'], {env: withPass})
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /--ttl "soon" is not a duration/)
  })

  test('the agent never outlives the session it was started from', async () => {
    // setsid makes the shell a session leader; it exits right after pl unlock returns.
    const child = spawn('setsid', ['sh', '-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} unlock --json`], {env: childEnv(withPass), stdio: ['ignore', 'pipe', 'pipe']})
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')))
    await new Promise((r) => child.on('close', r))
    const {pid} = JSON.parse(out) as Unlocked
    started.push(pid)
    await waitGone(pid, 5000)
  })
})
