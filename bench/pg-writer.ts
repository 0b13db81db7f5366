/**
 * One writer of the PostgreSQL benchmark (bench/pg.ts), in its own process: `pl` appends COUNT
 * 1 KB notes one command-sized transaction at a time through the store, then signs a checkpoint as
 * a command does; `raw` INSERTs rows of the same size with `pg` directly, one statement each.
 *
 * It opens its connection, prints `ready`, and waits for a line on stdin: the benchmark starts
 * every writer's loop at the same moment, so the four really append concurrently (a process that
 * started later would otherwise run partly alone). Then it prints `done <ms of its loop>`.
 *
 *   node dist/bench/pg-writer.js pl|raw URL COUNT KEYFILE INCIDENT
 */
import {randomBytes} from 'node:crypto'
import {once} from 'node:events'
import pg from 'pg'
import {noPrompter} from '../src/prompts/types.js'
import {incidentKey} from '../src/services/incidents.js'
import {openUnlocked} from '../src/services/store-access.js'

const [mode, url, countText, keyFile, incident] = process.argv.slice(2) as [string, string, string, string, string]
const count = Number(countText)
const text = 'x'.repeat(1000)

async function go(): Promise<void> {
  process.stdout.write('ready\n')
  process.stdin.resume()
  await once(process.stdin, 'data')
  process.stdin.pause()
}

if (mode === 'pl') {
  const ledger = await openUnlocked({storePath: url, env: {PL_KEY_FILE: keyFile}, prompter: noPrompter, actor: `bench-${process.pid}@host`, now: () => Date.now()})
  const keyId = incidentKey(ledger, incident)
  await go()
  const t = performance.now()
  for (let i = 0; i < count; i++) ledger.append([{incident, kind: 'note', keyId, body: {text}}])
  ledger.checkpoint()
  const ms = performance.now() - t
  process.stdout.write(`done ${ms}\n`)
  ledger.close()
} else {
  const client = new pg.Client({connectionString: url})
  await client.connect()
  const body = randomBytes(1040)
  const nonce = randomBytes(24)
  const hash = randomBytes(32)
  await go()
  const t = performance.now()
  for (let i = 0; i < count; i++) {
    await client.query('INSERT INTO raw_entries (ts, incident, kind, actor, key_id, blob, nonce, body, prev, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)', [
      Date.now(),
      incident,
      'note',
      'bench@host',
      'k_0',
      null,
      nonce,
      body,
      hash,
      hash,
    ])
  }
  const ms = performance.now() - t
  process.stdout.write(`done ${ms}\n`)
  await client.end()
}
