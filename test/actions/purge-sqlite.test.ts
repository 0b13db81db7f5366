/**
 * purge sqlite against a real SQLite database file (an application's table, not the evidence
 * store): preserve → delete → verify, a failed preserve deletes nothing, bad names are refused.
 */
import assert from 'node:assert/strict'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import Database from 'better-sqlite3'
import {ACTION_PROVIDER_TABLE} from '../../src/actions/index.js'
import type {ActionContext, PreserveItem} from '../../src/actions/types.js'
import {UserError} from '../../src/errors.js'

function context(cwd: string, overrides: Partial<ActionContext> = {}) {
  const records: {stage: string; ok: boolean; detail: Record<string, unknown>}[] = []
  const preserved: PreserveItem[] = []
  const ctx: ActionContext = {
    env: {},
    cwd,
    timeoutMs: 1000,
    maxRetryWaitMs: 0,
    sleep: async () => undefined,
    preserve: async (items) => {
      preserved.push(...items)
      return items.map((_, i) => `EV-${i + 1}`)
    },
    record: (stage, ok, detail) => records.push({stage, ok, detail}),
    ...overrides,
  }
  return {ctx, records, preserved}
}

const sqlite = ACTION_PROVIDER_TABLE.purge.sqlite!

describe('purge sqlite', () => {
  let dir: string
  let dbPath: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pl-purge-sqlite-'))
    dbPath = join(dir, 'app.db')
    const db = new Database(dbPath)
    db.exec('CREATE TABLE prompt_log (id INTEGER PRIMARY KEY, tenant TEXT, body TEXT, raw BLOB)')
    const insert = db.prepare('INSERT INTO prompt_log (tenant, body, raw) VALUES (?, ?, ?)')
    insert.run('acme', 'You are Aria… leaked', Buffer.from([1, 2, 3]))
    insert.run('acme', 'harmless', null)
    insert.run('globex', 'You are Aria… leaked again', null)
    db.close()
  })
  after(() => rmSync(dir, {recursive: true, force: true}))

  const left = (where: string, ...args: unknown[]) => {
    const db = new Database(dbPath, {readonly: true})
    try {
      return (db.prepare(`SELECT count(*) AS n FROM prompt_log WHERE ${where}`).get(...args) as {n: number}).n
    } finally {
      db.close()
    }
  }

  it('count: SELECT count(*) with the same WHERE and args, deleting nothing', async () => {
    const {ctx, records} = context(dir)
    const n = await sqlite.count!({path: 'app.db', table: 'prompt_log', where: 'body LIKE ? AND tenant = ?', args: ['%leaked%', 'acme']}, ctx)
    assert.deepEqual(n, {count: 1, one: 'row of prompt_log', many: 'rows of prompt_log'})
    assert.equal((await sqlite.count!({path: 'app.db', table: 'prompt_log', where: 'body LIKE ?', args: ['%leaked%']}, ctx)).count, 2)
    assert.equal(left('1'), 3)
    assert.equal(records.length, 0)
    await assert.rejects(sqlite.count!({path: 'missing.db', table: 'prompt_log', where: '1'}, ctx), /no database/)
    await assert.rejects(sqlite.count!({path: 'app.db', table: 'prompt_log; DROP TABLE x', where: '1'}, ctx), UserError)
  })

  it('a failed preserve deletes nothing', async () => {
    const {ctx, records} = context(dir, {preserve: async () => Promise.reject(new Error('disk full'))})
    await assert.rejects(sqlite.run({path: 'app.db', table: 'prompt_log', where: "body LIKE ? AND tenant = ?", args: ['%leaked%', 'acme']}, ctx), /nothing was deleted/)
    assert.deepEqual(records.map((r) => [r.stage, r.ok]), [['preserve', false]])
    assert.equal(left("body LIKE '%leaked%'"), 2)
  })

  it('preserves the matched rows (blobs exact), deletes them, and checks they are gone', async () => {
    const {ctx, records, preserved} = context(dir)
    const summary = await sqlite.run({path: 'app.db', table: 'prompt_log', where: 'body LIKE ? AND tenant = ?', args: ['%leaked%', 'acme']}, ctx)
    assert.match(summary, /preserved 1 row\(s\) of prompt_log as EV-1/)
    assert.deepEqual(records.map((r) => [r.stage, r.ok]), [['preserve', true], ['delete', true], ['verify', true]])
    const exhibit = JSON.parse(new TextDecoder().decode(preserved[0]!.bytes)) as {rows: {body: string; raw: {base64: string}}[]}
    assert.equal(exhibit.rows[0]!.body, 'You are Aria… leaked')
    assert.equal(exhibit.rows[0]!.raw.base64, Buffer.from([1, 2, 3]).toString('base64'))
    assert.equal(left("tenant = 'acme' AND body LIKE '%leaked%'"), 0)
    assert.equal(left("tenant = 'globex'"), 1, 'other tenants untouched')
    assert.equal(left("body = 'harmless'"), 1)
  })

  it('nothing matching is recorded as verified, a table name with SQL in it is refused', async () => {
    const {ctx, records} = context(dir)
    assert.match(await sqlite.run({path: 'app.db', table: 'prompt_log', where: 'tenant = ?', args: ['initech']}, ctx), /no rows/)
    assert.deepEqual(records.map((r) => r.stage), ['verify'])
    await assert.rejects(sqlite.run({path: 'app.db', table: 'prompt_log; DROP TABLE x', where: '1'}, context(dir).ctx), UserError)
    await assert.rejects(sqlite.run({path: 'missing.db', table: 'prompt_log', where: '1'}, context(dir).ctx), /no database/)
  })
})
