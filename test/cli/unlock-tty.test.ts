/**
 * The passphrase at a real terminal (tmux): typed once for a shift of commands with `pl unlock`,
 * three tries as sudo gives, and `pl init` asking again when the repeat differs.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {BIN, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {TmuxSession} from '../helpers/tmux.js'

const q = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`

describe('the passphrase at a terminal', () => {
  let t: TestStore
  let passphrase: string
  let env: Record<string, string>
  before(async () => {
    t = tempStore('pl-unlock-tty-')
    passphrase = `tty-${Math.random().toString(36).slice(2)}-passphrase`
    env = {PL_HOME: t.env.PL_HOME!, PL_ACTOR: 'oncall@test', PL_KDF: 'test-only-weak', PL_AGENT_DIR: join(t.dir, 'agent')}
    const init = await runPl(['init'], {env: {...env, PL_PASSPHRASE: passphrase}})
    assert.equal(init.code, 0, init.stderr)
  })
  after(() => t.cleanup())

  const envLine = () =>
    Object.entries(env)
      .map(([k, v]) => `export ${k}=${q(v)}`)
      .join('\n')
  const pl = `${q(process.execPath)} ${q(BIN)}`

  test('one passphrase, then ten keyed commands with no prompt', async () => {
    const log = join(t.dir, 'gateway.log')
    writeFileSync(log, 'one line\n')
    const commands = [
      `incident open --title 'Shift incident' --severity P1 --class secret --started-at '20m ago' --detected-at '5m ago'`,
      'incident list',
      'incident show INC-$(date -u +%Y)-0001',
      'incident note INC-$(date -u +%Y)-0001 "paged"',
      'incident mark INC-$(date -u +%Y)-0001 acknowledged',
      `evidence add INC-$(date -u +%Y)-0001 ${q(log)}`,
      'evidence list INC-$(date -u +%Y)-0001',
      'incident timeline INC-$(date -u +%Y)-0001',
      'incident mark INC-$(date -u +%Y)-0001 contained',
      `report postmortem INC-$(date -u +%Y)-0001 --out ${q(join(t.dir, 'pm.md'))}`,
    ]
    const script = join(t.dir, 'shift.sh')
    writeFileSync(
      script,
      [envLine(), `${pl} unlock --ttl 10m || exit 1`, ...commands.map((c, i) => `${pl} ${c} > /dev/null 2>&1 < /dev/null && echo "ok ${i + 1}" || echo "FAILED ${i + 1}"`), `${pl} lock`, 'echo SHIFT-DONE'].join('\n') + '\n',
    )
    const tmux = new TmuxSession(t.dir)
    try {
      tmux.start(`sh ${q(script)}`)
      await tmux.waitFor(/Evidence store passphrase/)
      tmux.type(passphrase)
      tmux.keys('Enter')
      const screen = await tmux.waitFor(/SHIFT-DONE/, 60_000)
      assert.equal(screen.match(/passphrase/gi)?.length, 1, `asked once:\n${screen}`)
      for (let i = 1; i <= 10; i++) assert.match(screen, new RegExp(`^ok ${i}$`, 'm'), screen)
      assert.doesNotMatch(screen, /FAILED/)
      assert.match(screen, /Locked .* \(agent pid \d+ stopped\)/)
      assert.ok(!screen.includes(passphrase))
    } finally {
      tmux.kill()
    }
  })

  test('a wrong passphrase gets three tries, then a hint for a person', async () => {
    const tmux = new TmuxSession(t.dir)
    try {
      tmux.start(`${envLine().replaceAll('\n', '; ')}; ${pl} incident list`)
      await tmux.waitFor(/Evidence store passphrase/)
      tmux.type('not it')
      tmux.keys('Enter')
      await tmux.waitFor(/Wrong passphrase, try again \(2 of 3\)/)
      tmux.type('not it either')
      tmux.keys('Enter')
      await tmux.waitFor(/Wrong passphrase, try again \(3 of 3\)/)
      tmux.type('still wrong')
      tmux.keys('Enter')
      assert.equal(await tmux.exitCode(), 6)
      const screen = tmux.screen()
      assert.match(screen, /3 incorrect passphrase attempts/)
      assert.match(screen, /Caps Lock/)
      assert.doesNotMatch(screen, /PL_PASSPHRASE/, 'the hint talks to a person, not a script')
    } finally {
      tmux.kill()
    }
    const second = new TmuxSession(t.dir)
    try {
      second.start(`${envLine().replaceAll('\n', '; ')}; ${pl} incident list`)
      await second.waitFor(/Evidence store passphrase/)
      second.type('a typo')
      second.keys('Enter')
      await second.waitFor(/try again \(2 of 3\)/)
      second.type(passphrase)
      second.keys('Enter')
      assert.equal(await second.exitCode(), 0, second.screen())
    } finally {
      second.kill()
    }
  })

  test('pl init asks again when the repeat differs', async () => {
    const home = join(t.dir, 'home2')
    const tmux = new TmuxSession(t.dir)
    try {
      tmux.start(`export PL_HOME=${q(home)} PL_KDF=test-only-weak; ${pl} init`)
      await tmux.waitFor(/New passphrase for the evidence store/)
      tmux.type(passphrase)
      tmux.keys('Enter')
      await tmux.waitFor(/Repeat the passphrase/)
      tmux.type(passphrase + 'x')
      tmux.keys('Enter')
      await tmux.waitFor(/The two passphrases differ/)
      tmux.type(passphrase)
      tmux.keys('Enter')
      await tmux.waitFor(/Repeat the passphrase[\s\S]*Repeat the passphrase/)
      tmux.type(passphrase)
      tmux.keys('Enter')
      assert.equal(await tmux.exitCode(), 0, tmux.screen())
      assert.match(tmux.screen(), /Created the evidence store/)
    } finally {
      tmux.kill()
    }
    assert.equal((await runPl(['incident', 'list'], {env: {PL_HOME: home, PL_PASSPHRASE: passphrase}})).code, 0)
  })
})
