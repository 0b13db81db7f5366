/**
 * Two shreds of one exhibit at once (tester #27), on both engines: the first to hold the writer's
 * lock deletes the key and records the shred; the other finds the key already gone under the lock,
 * records nothing and says "already shredded" (exit 0, the convention for a shred already done).
 * The interleaving is made certain, not hoped for: the second shred (a real `pl` process) runs
 * while the first is at its go-ahead, after it has found the key still there.
 */
import assert from 'node:assert/strict'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, test} from 'node:test'
import {shredEvidence} from '../../src/services/evidence/shred.js'
import {initWithIncident, runJson, runPl} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {tempStore} from '../helpers/cli.js'
import {entries, sessionOf} from '../fixtures/providers/ledger.js'
import {startPostgres} from '../fixtures/providers/databases.js'
import type {PrivatePostgres} from '../fixtures/providers/databases.js'
import {PG_SKIP, pgTempStore} from '../fixtures/store/postgres.js'

async function race(t: TestStore): Promise<void> {
  const incident = await initWithIncident(t, 'shred race')
  const file = join(t.dir, 'exhibit.txt')
  writeFileSync(file, 'an exhibit\n')
  const add = await runJson<{evidence: {id: string}[]}>(['evidence', 'add', incident, file], {env: t.env})
  assert.equal(add.code, 0, add.stderr)
  const id = add.json.evidence[0]!.id
  let other: Awaited<ReturnType<typeof runPl>> | undefined
  const result = await shredEvidence({...sessionOf(t), env: {...t.env}}, {evidence: id, reason: 'first'}, async () => {
    // The first shred has found the key and is at its go-ahead: the second shreds it now.
    other = await runPl(['evidence', 'shred', id, '--reason', 'second', '--yes'], {env: t.env})
    return true
  })
  assert.equal(other?.code, 0, other?.stderr)
  assert.match(other!.stdout, new RegExp(`Shredded ${id}`))
  assert.deepEqual(result.shredded, [], 'the first found the key gone under the lock')
  assert.deepEqual(result.alreadyShredded, [id])
  const shreds = (await entries(t, incident)).filter((e) => e.kind === 'key.shredded')
  assert.deepEqual(shreds.map((e) => e.body?.reason), ['second'], 'one shred recorded, not two')
  const again = await runPl(['evidence', 'shred', id, '--reason', 'third', '--yes'], {env: t.env})
  assert.equal(again.code, 0, again.stderr)
  assert.match(again.stdout, new RegExp(`${id} was already shredded\\.`))
}

describe('two shreds of one exhibit at once', () => {
  test('SQLite: one is recorded, the other says already shredded', async () => {
    const t = tempStore('pl-shred-race-')
    try {
      await race(t)
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
    test('the team store: one is recorded, the other says already shredded', async () => {
      const t = await pgTempStore(server)
      try {
        await race(t)
      } finally {
        t.cleanup()
      }
    })
  })
})
