/**
 * `pl incident timeline INC --follow` on both engines: the timeline, then each entry another
 * process appends, as it lands; on PostgreSQL also across a server restart; Ctrl-C exits 0.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import {BIN, childEnv, initWithIncident, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {startPostgres} from '../fixtures/providers/databases.js'
import type {PrivatePostgres} from '../fixtures/providers/databases.js'
import {PG_SKIP, pgTempStore} from '../fixtures/store/postgres.js'

interface Follower {
  events: {seq: number; summary: string}[]
  stderr: () => string
  waitFor(pred: (e: {seq: number; summary: string}) => boolean, ms?: number): Promise<void>
  interrupt(): Promise<number | null>
}

function follow(t: TestStore, incident: string): Follower {
  const child = spawn(process.execPath, [BIN, 'incident', 'timeline', incident, '--follow', '--json'], {env: childEnv(t.env), stdio: ['ignore', 'pipe', 'pipe']})
  const events: {seq: number; summary: string}[] = []
  let partial = ''
  let err = ''
  const waiters: (() => void)[] = []
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (d: string) => {
    partial += d
    const lines = partial.split('\n')
    partial = lines.pop() ?? ''
    for (const l of lines) if (l.trim()) events.push(JSON.parse(l) as {seq: number; summary: string})
    for (const w of waiters) w()
  })
  child.stderr.on('data', (d: Buffer) => (err += d.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
  return {
    events,
    stderr: () => err,
    waitFor: (pred, ms = 20_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not followed in ${ms} ms: ${JSON.stringify(events)} ${err}`)), ms)
        const check = () => {
          if (events.some(pred)) {
            clearTimeout(timer)
            resolve()
          }
        }
        waiters.push(check)
        check()
      }),
    interrupt: async () => {
      child.kill('SIGINT')
      return exited
    },
  }
}

async function followScenario(t: TestStore, restart?: () => void): Promise<void> {
  const incident = await initWithIncident(t, 'Followed')
  const f = follow(t, incident)
  await f.waitFor((e) => e.summary.startsWith('Incident opened'))
  assert.equal((await runPl(['incident', 'note', incident, 'first from elsewhere'], {env: t.env})).code, 0)
  await f.waitFor((e) => e.summary.includes('first from elsewhere'))
  if (restart) {
    restart()
    await new Promise((r) => setTimeout(r, 500))
  }
  assert.equal((await runPl(['incident', 'note', incident, 'second from elsewhere'], {env: t.env})).code, 0)
  await f.waitFor((e) => e.summary.includes('second from elsewhere'), 30_000)
  // Another incident's entries are not shown.
  const other = await runPl(['incident', 'open', '--title', 'Other', '--severity', 'P3'], {env: t.env})
  assert.equal(other.code, 0)
  // A night of entries: each wake-up of the follower must not leave a listener behind (Node warns
  // on the war room's screen past ten).
  for (let i = 1; i <= 12; i++) assert.equal((await runPl(['incident', 'note', incident, `burst ${i}`], {env: t.env})).code, 0)
  await f.waitFor((e) => e.summary.includes('burst 12'), 30_000)
  assert.equal(await f.interrupt(), 0, f.stderr())
  assert.doesNotMatch(f.stderr(), /MaxListeners|memory leak/)
  assert.ok(f.events.every((e) => !e.summary.includes('Other')))
  const seqs = f.events.map((e) => e.seq)
  assert.equal(new Set(seqs).size, seqs.length, 'an entry was shown twice')
}

describe('pl incident timeline --follow', () => {
  test('SQLite (polled): entries appended by another process appear; Ctrl-C exits 0', {timeout: 60_000}, async () => {
    const t = tempStore('pl-follow-')
    try {
      await followScenario(t)
    } finally {
      t.cleanup()
    }
  })

  describe('PostgreSQL', {skip: PG_SKIP}, () => {
    let server: PrivatePostgres
    before(async () => {
      server = await startPostgres()
    })
    after(async () => {
      await server?.stop()
    })
    test('LISTEN/NOTIFY: entries appear, and the follower catches up after the server restarts; Ctrl-C exits 0', {timeout: 90_000}, async () => {
      const t = await pgTempStore(server)
      try {
        await followScenario(t, () => server.ctl(['-m', 'immediate', 'restart']))
      } finally {
        t.cleanup()
      }
    })
  })
})
