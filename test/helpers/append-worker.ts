/**
 * A child-process script for the crash and concurrency tests: opens an evidence store in-process,
 * the way every pl command does (`openUnlocked`: key-file material, key check, sealing of an
 * unsealed tail), then appends notes to one incident in a loop, in batches of varying size, with a
 * signed checkpoint now and then and an encrypted blob (an `evidence.added` entry) now and then.
 *
 * Protocol on standard output, one line each, written only after the transaction committed:
 *   loaded                (with --wait-go) modules and libsodium are loaded; the worker now waits
 *                         for a line on standard input before it opens the store
 *   pragmas <mode> <sync> the connection's journal_mode and synchronous setting
 *   ready <maxSeq>        the store is open (and its tail sealed)
 *   ack <seq>             entry <seq> is committed (durable: synchronous=FULL)
 *   checkpoint <size>     a signed checkpoint over <size> entries is committed
 *   done <count>          --count entries were appended; the process exits 0
 * Standard output is a pipe, and pipe writes are synchronous on Linux, so a line is out of the
 * process before the next statement runs: a SIGKILL never loses an acknowledgement it already gave.
 *
 * Usage: node dist/test/helpers/append-worker.js --store S --key-file K --incident INC
 *          [--actor A] [--seed N] [--count N] [--max-batch N] [--blob-every N]
 *          [--checkpoint-every N] [--pause-ms N] [--duration-ms N] [--wait-go]
 * With --blob-every N, rounds 1, 1+N, 1+2N… add a blob instead of a batch of notes.
 * It stops (with a final checkpoint and `done`) after --count entries, --duration-ms, or `stop`.
 * --wait-go lets a test pay the start-up cost (Node, libsodium's WASM) while the previous worker
 * is still running, so that many kill rounds stay fast; after `go`, a `stop` line on standard
 * input (or its end) stops the loop like --count does.
 */
import {randomBytes} from 'node:crypto'
import {writeSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {loadCrypto} from '../../src/crypto/sodium.js'
import {noPrompter} from '../../src/prompts/types.js'
import {incidentKey} from '../../src/services/incidents.js'
import {openUnlocked} from '../../src/services/store-access.js'
import type {UnlockedLedger} from '../../src/store/ledger.js'
import {evidenceId} from '../../src/domain/evidence.js'
import {seeded} from '../../src/domain/replay/sim.js'

const {values} = parseArgs({
  options: {
    store: {type: 'string'},
    'key-file': {type: 'string'},
    incident: {type: 'string'},
    actor: {type: 'string', default: 'append-worker@test'},
    seed: {type: 'string', default: '1'},
    count: {type: 'string'},
    'max-batch': {type: 'string', default: '8'},
    'blob-every': {type: 'string', default: '0'},
    'checkpoint-every': {type: 'string', default: '0'},
    'pause-ms': {type: 'string', default: '0'},
    'duration-ms': {type: 'string'},
    'wait-go': {type: 'boolean', default: false},
  },
})

if (!values.store || !values['key-file'] || !values.incident) {
  process.stderr.write('append-worker: --store, --key-file and --incident are required\n')
  process.exit(2)
}
const store = values.store
const keyFile = values['key-file']
const incident = values.incident
const count = values.count === undefined ? Infinity : Number(values.count)
const maxBatch = Math.max(1, Number(values['max-batch']))
const blobEvery = Number(values['blob-every'])
const checkpointEvery = Number(values['checkpoint-every'])
const pauseMs = Number(values['pause-ms'])
const durationMs = values['duration-ms'] === undefined ? Infinity : Number(values['duration-ms'])

// The replay simulator's mulberry32, so a failing round can be replayed from its seed.
const random = seeded(Number(values.seed))
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1))

/** Writes one protocol line straight to fd 1 (synchronous, unbuffered). */
const say = (line: string) => writeSync(1, line + '\n')
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** The content of a blob, in pieces of up to 256 KiB, as a file read would give it. */
async function* bytesOf(size: number): AsyncGenerator<Uint8Array> {
  for (let done = 0; done < size; done += 256 * 1024) yield randomBytes(Math.min(256 * 1024, size - done))
}

/** Mostly a few KiB; one time in five several secretstream chunks (up to 3 MiB). */
async function addBlob(ledger: UnlockedLedger, n: number): Promise<number> {
  const keyId = ledger.createKey()
  const size = random() < 0.2 ? int(1, 3 * 1024 * 1024) : int(0, 4096)
  const blob = await ledger.writeBlob(keyId, bytesOf(size))
  const [row] = ledger.append([
    {
      incident,
      kind: 'evidence.added',
      keyId,
      blob: blob.id,
      body: (seq: number) => ({evidence: evidenceId(seq), name: `worker-${n}.bin`, kind: 'artifact', size: blob.size, sha256: blob.sha256, blob: blob.id}),
    },
  ])
  return row!.seq
}

let stopRequested = false

async function main(): Promise<void> {
  if (values['wait-go']) {
    await loadCrypto()
    say('loaded')
    process.stdin.setEncoding('utf8')
    await new Promise<void>((resolve, reject) => {
      let input = ''
      process.stdin.on('data', (chunk: string) => {
        input += chunk
        if (input.includes('go\n')) resolve()
        if (input.includes('stop\n')) stopRequested = true
      })
      process.stdin.on('end', () => {
        stopRequested = true
        reject(new Error('standard input closed before the go line'))
      })
    })
  }
  const ledger = await openUnlocked({
    storePath: store,
    env: {PL_KEY_FILE: keyFile},
    prompter: noPrompter,
    actor: values.actor,
    now: () => Date.now(),
  })
  try {
    const keyId = incidentKey(ledger, incident)
    say(`pragmas ${String(ledger.db.pragma('journal_mode', {simple: true}))} ${String(ledger.db.pragma('synchronous', {simple: true}))}`)
    say(`ready ${ledger.count().maxSeq}`)
    let appended = 0
    let round = 0
    const until = Date.now() + durationMs
    while (appended < count && Date.now() < until && !stopRequested) {
      round += 1
      if (blobEvery > 0 && (round - 1) % blobEvery === 0) {
        const seq = await addBlob(ledger, round)
        say(`ack ${seq}`)
        appended += 1
      } else {
        const size = Math.min(int(1, maxBatch), count - appended)
        const rows = ledger.append(
          Array.from({length: size}, (_, i) => ({incident, kind: 'note', keyId, body: {text: `${values.actor} round ${round} item ${i} ${'x'.repeat(int(0, 600))}`}})),
        )
        for (const r of rows) say(`ack ${r.seq}`)
        appended += rows.length
      }
      if (checkpointEvery > 0 && round % checkpointEvery === 0) say(`checkpoint ${ledger.checkpoint().size}`)
      if (pauseMs > 0) await sleep(int(0, pauseMs))
      else if (round % 16 === 0) await sleep(0)
    }
    say(`checkpoint ${ledger.checkpoint().size}`)
    say(`done ${appended}`)
  } finally {
    ledger.close()
    process.stdin.destroy()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`append-worker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
