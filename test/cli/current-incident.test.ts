/**
 * `pl incident use`: the current incident per store, used and named by the commands that take an
 * incident, never silently by destructive ones; and a re-mark that must be confirmed.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {BIN, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {TmuxSession} from '../helpers/tmux.js'

const q = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`

describe('pl incident use: a current incident', () => {
  let t: TestStore
  let first: string
  let second: string
  before(async () => {
    t = tempStore('pl-current-')
    assert.equal((await runPl(['init'], {env: t.env})).code, 0)
    const open = async (title: string) => (await runJson<{id: string}>(['incident', 'open', '--title', title, '--severity', 'P1', '--started-at', '2026-11-20T13:00:00Z', '--detected-at', '2026-11-20T13:02:00Z'], {env: t.env})).json.id
    first = await open('First')
    second = await open('Second')
  })
  after(() => t.cleanup())

  test('without a current incident, a command that needs one says how to set it', async () => {
    const r = await runPl(['incident', 'show'], {env: t.env})
    assert.equal(r.code, 2)
    assert.match(r.stderr, /Which incident\? .*pl incident use/)
    const none = await runPl(['incident', 'use'], {env: t.env})
    assert.match(none.stdout, /No current incident/)
  })

  test('use sets it in config.yaml (not the ledger), keeps what else is there, and commands act on it and say so', async () => {
    const config = join(t.env.PL_HOME!, 'config.yaml')
    writeFileSync(config, '# our targets\nslo:\n  P1: {timeToContain: 30m}\n')
    const before = await runJson<{entries: number}>(['evidence', 'verify'], {env: t.env})
    const use = await runJson<{incident: string}>(['incident', 'use', first.toLowerCase()], {env: t.env})
    assert.equal(use.json.incident, first)
    const text = readFileSync(config, 'utf8')
    assert.match(text, /# our targets/)
    assert.match(text, new RegExp(`current:\\n  ${t.store.replaceAll('/', '\\/')}: ${first}`))
    const after = await runJson<{entries: number}>(['evidence', 'verify'], {env: t.env})
    assert.deepEqual(after.json.entries, before.json.entries, 'nothing was appended to the ledger')

    const show = await runPl(['incident', 'show'], {env: t.env})
    assert.equal(show.code, 0, show.stderr)
    assert.match(show.stderr, new RegExp(`Incident ${first} \\(current`))
    assert.match(show.stdout, /First/)
    const note = await runJson<{incident: string}>(['incident', 'note', 'paged the gateway team'], {env: t.env})
    assert.equal(note.json.incident, first)
    const mark = await runJson<{id: string; phases: {acknowledged?: {at: number}}}>(['incident', 'mark', 'acknowledged', '--at', '2026-11-20T13:05:00Z'], {env: t.env})
    assert.equal(mark.json.id, first)
    assert.ok(mark.json.phases.acknowledged)
    const log = join(t.dir, 'a.log')
    writeFileSync(log, 'x\n')
    const add = await runJson<{evidence: {incident?: string; id: string}[]}>(['evidence', 'add', log], {env: t.env})
    assert.equal(add.code, 0, add.stderr)
    const list = await runJson<{incident: string; evidence: unknown[]}>(['evidence', 'list'], {env: t.env})
    assert.equal(list.json.incident, first)
    assert.equal(list.json.evidence.length, 1)
    const timeline = await runJson<{id: string}>(['incident', 'timeline'], {env: t.env})
    assert.equal(timeline.json.id, first)
    const pm = await runPl(['report', 'postmortem', '--out', join(t.dir, 'pm.md')], {env: t.env})
    assert.equal(pm.code, 0, pm.stderr)
    assert.match(readFileSync(join(t.dir, 'pm.md'), 'utf8'), new RegExp(first))
    // Naming another incident still wins.
    const other = await runJson<{id: string}>(['incident', 'show', second], {env: t.env})
    assert.equal(other.json.id, second)
    // The config still loads for the SLO.
    assert.equal((await runPl(['metrics'], {env: t.env})).code, 0)
  })

  test('a second exhibit with the same name is noted (issue 15, item 7)', async () => {
    const dir = join(t.dir, 'other')
    mkdirSync(dir)
    writeFileSync(join(dir, 'a.log'), 'another x\n')
    const r = await runJson<{evidence: {id: string; sameName?: string[]}[]}>(['evidence', 'add', first, join(dir, 'a.log')], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.evidence[0]!.sameName?.length, 1)
    const text = await runPl(['evidence', 'add', first, join(dir, 'a.log')], {env: t.env})
    assert.match(text.stderr, /Note: EV-\d+ has the same name as EV-\d+, EV-\d+ \(a\.log\) in INC-\d{4}-0001: another copy, or a different file\?/)
  })

  test('a runbook that purges needs the incident named; a dry run or a runbook without purge uses the current one', async () => {
    const purge = await runPl(['runbook', 'run', 'secret-in-prompt-logs'], {env: t.env})
    assert.equal(purge.code, 2, purge.stderr)
    assert.match(purge.stderr, new RegExp(`purges data: name the incident with --incident \\(the current incident is ${first}\\)`))
    const dry = await runPl(['runbook', 'run', 'secret-in-prompt-logs', '--dry-run'], {env: t.env})
    assert.doesNotMatch(dry.stderr, /purges data/, 'a dry run purges nothing')
    assert.match(dry.stderr, new RegExp(`Incident ${first} \\(current`))
    const noPurge = await runPl(['runbook', 'run', 'system-prompt-extraction', '--dry-run'], {env: t.env})
    assert.equal(noPurge.code, 0, noPurge.stderr)
    assert.match(noPurge.stdout, new RegExp(`Dry run of system-prompt-extraction for ${first}`))
    // Shredding a whole incident never takes the current one.
    const shred = await runPl(['evidence', 'shred', '--yes', '--reason', 'test'], {env: t.env})
    assert.notEqual(shred.code, 0)
  })

  test('use checks the incident exists, --clear unsets it, and each store has its own', async () => {
    const missing = await runPl(['incident', 'use', 'INC-2026-0999'], {env: t.env})
    assert.equal(missing.code, 3)
    const other = tempStore('pl-current-other-')
    try {
      assert.equal((await runPl(['init'], {env: other.env})).code, 0)
      // Same PL_HOME config, another store file.
      const otherStore = join(other.dir, 'evidence.db')
      assert.equal((await runPl(['init', '--store', otherStore], {env: {...t.env, PL_KEY_FILE: other.keyFile}})).code, 0)
      const r = await runPl(['incident', 'show', '--store', otherStore], {env: {...t.env, PL_KEY_FILE: other.keyFile}})
      assert.equal(r.code, 2, 'the other store has no current incident')
    } finally {
      other.cleanup()
    }
    const clear = await runJson<{incident?: string; previous?: string}>(['incident', 'use', '--clear'], {env: t.env})
    assert.equal(clear.json.incident, undefined)
    assert.equal(clear.json.previous, first)
    assert.equal((await runPl(['incident', 'show'], {env: t.env})).code, 2)
    assert.ok(existsSync(join(t.env.PL_HOME!, 'config.yaml')))
  })
})

describe('a re-mark at a terminal', () => {
  let t: TestStore
  let id: string
  before(async () => {
    t = tempStore('pl-remark-')
    assert.equal((await runPl(['init'], {env: t.env})).code, 0)
    id = (await runJson<{id: string}>(['incident', 'open', '--title', 'Remark', '--severity', 'P1', '--started-at', '2026-11-20T13:00:00Z', '--detected-at', '2026-11-20T13:02:00Z'], {env: t.env})).json.id
    assert.equal((await runPl(['incident', 'mark', id, 'contained', '--at', '2026-11-20T13:31:56Z'], {env: t.env})).code, 0)
  })
  after(() => t.cleanup())

  const remark = (tmux: TmuxSession) =>
    tmux.start(`${Object.entries(t.env).map(([k, v]) => `${k}=${q(v)}`).join(' ')} ${q(process.execPath)} ${q(BIN)} incident mark ${id} contained --at 2026-11-20T13:34:35Z --utc`)

  test('shows old → new, the time to contain and the SLO, and records only when confirmed', async () => {
    const no = new TmuxSession(t.dir)
    try {
      remark(no)
      const screen = await no.waitFor(/Record this correction\?/)
      assert.match(screen, /already has a contained mark: .*13:31:56.* → .*13:34:35/)
      assert.match(screen, /time to contain: 29m ?56s → 32m ?35s; SLO < 30m 00s: met → missed \(changes\)/)
      no.keys('n', 'Enter')
      // Declining is an answer, not an error (tester 10, item 9): exit 0, no "Error:".
      assert.equal(await no.exitCode(), 0, no.screen())
      assert.match(no.screen(), /The contained mark of INC-\d{4}-\d{4} is unchanged\. Nothing was recorded\./)
      assert.doesNotMatch(no.screen(), /Error/)
    } finally {
      no.kill()
    }
    let shown = await runJson<{phases: {contained: {at: number}}}>(['incident', 'show', id], {env: t.env})
    assert.equal(shown.json.phases.contained.at, Date.parse('2026-11-20T13:31:56Z'), 'declined: unchanged')
    const yes = new TmuxSession(t.dir)
    try {
      remark(yes)
      await yes.waitFor(/Record this correction\?/)
      yes.keys('y', 'Enter')
      assert.equal(await yes.exitCode(), 0, yes.screen())
    } finally {
      yes.kill()
    }
    shown = await runJson<{phases: {contained: {at: number}}}>(['incident', 'show', id], {env: t.env})
    assert.equal(shown.json.phases.contained.at, Date.parse('2026-11-20T13:34:35Z'))
  })
})
