/**
 * The guided flow in a real terminal (tmux): what an on-call engineer sees and types.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {BIN, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {TmuxSession} from '../helpers/tmux.js'

const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`

describe('guided pl in a terminal', () => {
  let t: TestStore
  let passphrase: string
  let env: Record<string, string>
  before(async () => {
    t = tempStore('pl-pty-')
    passphrase = `pty-${Math.random().toString(36).slice(2)}-passphrase`
    env = {PL_HOME: t.env.PL_HOME!, PL_ACTOR: 'oncall@test', PL_KDF: 'test-only-weak'}
    const init = await runPl(['init'], {env: {...env, PL_PASSPHRASE: passphrase}})
    assert.equal(init.code, 0, init.stderr)
  })
  after(() => t.cleanup())

  const command = (args: string) =>
    `env ${Object.entries(env)
      .map(([k, v]) => `${k}=${shellQuote(v)}`)
      .join(' ')} ${shellQuote(process.execPath)} ${shellQuote(BIN)} ${args}`

  test('pl incident open asks for the passphrase (echoing nothing) and every field, then records the incident', async () => {
    const tmux = new TmuxSession(t.dir)
    try {
      tmux.start(command('incident open'))
      await tmux.waitFor(/passphrase/i)
      tmux.type(passphrase)
      const afterTyping = tmux.screen()
      assert.ok(!afterTyping.includes(passphrase), 'the passphrase is not echoed')
      assert.ok(!afterTyping.includes(passphrase.slice(0, 6)), 'not even partly')
      tmux.keys('Enter')
      await tmux.waitFor(/What leaked, and where/)
      tmux.type('Support bot repeats its system prompt')
      tmux.keys('Enter')
      await tmux.waitFor(/Severity/)
      tmux.keys('Up', 'Enter') // default is P2; one up is P1
      await tmux.waitFor(/What leaked\?/)
      tmux.keys('Space', 'Down', 'Down', 'Space', 'Enter') // secret, system-prompt
      await tmux.waitFor(/When did the leak start/)
      tmux.type('2h ago')
      tmux.keys('Enter')
      await tmux.waitFor(/When was it detected/)
      tmux.keys('Enter') // default: now
      assert.equal(await tmux.exitCode(), 0, tmux.screen())
      assert.ok(!tmux.screen().includes(passphrase))
    } finally {
      tmux.kill()
    }
    const list = await runJson<{incidents: {title: string; severity: string; classes: string[]; phases: {started?: {at: number}}}[]}>(['incident', 'list'], {
      env: {...env, PL_PASSPHRASE: passphrase},
    })
    const inc = list.json.incidents.find((i) => i.title === 'Support bot repeats its system prompt')
    assert.ok(inc, 'the incident was recorded')
    assert.equal(inc.severity, 'P1')
    assert.deepEqual(inc.classes, ['secret', 'system-prompt'])
    const startedAgo = Date.now() - inc.phases.started!.at
    assert.ok(Math.abs(startedAgo - 2 * 3600_000) < 120_000, `started about 2h ago (${startedAgo} ms)`)
  })

  test('Ctrl-C in the middle exits 130 and records nothing', async () => {
    const passFile = join(t.dir, 'pass')
    writeFileSync(passFile, passphrase + '\n', {mode: 0o600})
    env = {...env, PL_PASSPHRASE_FILE: passFile}
    const before = await runJson<{incidents: unknown[]}>(['incident', 'list'], {env})
    const tmux = new TmuxSession(t.dir)
    try {
      tmux.start(command('incident open'))
      await tmux.waitFor(/What leaked, and where/)
      tmux.type('Half-typed title')
      tmux.keys('Enter')
      await tmux.waitFor(/Severity/)
      tmux.keys('C-c')
      assert.equal(await tmux.exitCode(), 130, tmux.screen())
      assert.match(tmux.screen(), /Cancelled/)
    } finally {
      tmux.kill()
    }
    const afterList = await runJson<{incidents: unknown[]}>(['incident', 'list'], {env})
    assert.equal(afterList.json.incidents.length, before.json.incidents.length)
    const verify = await runPl(['evidence', 'verify'], {env})
    assert.equal(verify.code, 0, verify.stderr)
  })

  test('pl scan - on a terminal shows how much of standard input it has read (no percentage: the total is unknown), then clears it', async () => {
    const log = join(t.dir, 'chunk.log')
    writeFileSync(log, 'INFO request served in 12 ms\n'.repeat(Math.ceil(1048576 / 29)).slice(0, 1048576))
    const tmux = new TmuxSession(t.dir)
    try {
      // Slow input: after a second the scan is long enough to show progress, and the pause keeps it on screen.
      tmux.start(`(cat ${shellQuote(log)}; sleep 2; cat ${shellQuote(log)}; sleep 4) | ${command('scan -')}`)
      const during = await tmux.waitFor(/scanning \d+ MiB so far/)
      assert.doesNotMatch(during, /%/)
      assert.equal(await tmux.exitCode(), 0, tmux.screen())
      const done = tmux.screen()
      assert.doesNotMatch(done, /so far/)
      assert.match(done, /No findings in 1 input · 2\.0 MiB/)
    } finally {
      tmux.kill()
    }
  })
})
