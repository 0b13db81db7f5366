/**
 * One writer of the PostgreSQL benchmark (bench/pg.ts), in its own process: `pl` appends COUNT
 * 1 KB notes one command-sized transaction at a time through the store, or `raw` INSERTs rows of
 * the same size with `pg` directly. Prints the milliseconds its loop took.
 *
 *   node dist/bench/pg-writer.js pl|raw URL COUNT KEYFILE INCIDENT
 */
import {randomBytes} from 'node:crypto'
import pg from 'pg'
import {noPrompter} from '../src/prompts/types.js'
import {incidentKey} from '../src/services/incidents.js'
import {openUnlocked} from '../src/services/store-access.js'

const [mode, url, countText, keyFile, incident] = process.argv.slice(2) as [string, string, string, string, string]
const count = Number(countText)
const text = 'x'.repeat(1000)

if (mode === 'pl') {
  const ledger = await openUnlocked({storePath: url, env: {PL_KEY_FILE: keyFile}, prompter: noPrompter, actor: `bench-${process.pid}@host`, now: () => Date.now()})
  const keyId = incidentKey(ledger, incident)
  const t = performance.now()
  for (let i = 0; i < count; i++) ledger.append([{incident, kind: 'note', keyId, body: {text}}])
  const ms = performance.now() - t
  ledger.checkpoint()
  ledger.close()
  process.stdout.write(`${ms}\n`)
} else {
  const client = new pg.Client({connectionString: url})
  await client.connect()
  const body = randomBytes(1040)
  const nonce = randomBytes(24)
  const hash = randomBytes(32)
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
  await client.end()
  process.stdout.write(`${ms}\n`)
}
