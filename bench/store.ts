/**
 * Ledger benchmarks: encrypted, chained, durable appends against raw better-sqlite3 inserts of the
 * same rows, and verification without a key against a plain read of the same rows.
 */
import {randomBytes} from 'node:crypto'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import {loadCrypto} from '../src/crypto/sodium.js'
import {openDatabase} from '../src/store/database.js'
import {UnlockedLedger} from '../src/store/ledger.js'
import {initialiseStore} from '../src/store/meta.js'
import {verifyLedger} from '../src/store/verify.js'
import type {Row} from './util.js'
import {bestOf, median} from './util.js'

const ENTRIES = Number(process.env.PL_BENCH_ENTRIES ?? 20_000)
const BATCH = 500

function rawDb(path: string) {
  const db = new BetterSqlite3(path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec('CREATE TABLE entries (seq INTEGER PRIMARY KEY, ts INTEGER, incident TEXT, kind TEXT, actor TEXT, key_id TEXT, blob TEXT, nonce BLOB, body BLOB, prev BLOB, hash BLOB) STRICT')
  return db
}

export async function benchStore(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pl-bench-'))
  try {
    const crypto = await loadCrypto()
    // Bulk appends load libsodium's AEAD (faster than node:crypto for 1 KB messages); a short
    // command uses node:crypto and skips the WASM start-up.
    await crypto.preload()
    const body = {text: 'x'.repeat(1000)}
    const payload = randomBytes(1040)
    const nonce = randomBytes(24)
    const hash = randomBytes(32)

    // Batched appends: the CPU cost of encryption and chaining against SQLite's own insert cost.
    // pl and raw runs alternate, and the median of their per-pair ratios is reported: the fsyncs
    // of both vary from run to run, and a pair sees the same machine state.
    const PAIRS = 5
    const ratios: number[] = []
    const plTimes: number[] = []
    const rawTimes: number[] = []
    for (let pair = 1; pair <= PAIRS; pair++) {
      const db = openDatabase(join(dir, `pl-${pair}.db`), {create: true})
      const material = {kind: 'keyfile' as const, key: new Uint8Array(randomBytes(32))}
      await initialiseStore(db, crypto, {...material, key: material.key.slice()}, {now: Date.now(), kdfPreset: 'test-only-weak'})
      const ledger = await UnlockedLedger.unlock(db, {crypto, material, actor: 'bench@host', now: () => Date.now()})
      const keyId = ledger.createKey()
      let t = performance.now()
      for (let i = 0; i < ENTRIES; i += BATCH) {
        ledger.append(Array.from({length: BATCH}, () => ({incident: 'INC-2026-0001', kind: 'note', keyId, body})))
      }
      const plMs = performance.now() - t
      ledger.checkpoint()
      ledger.close()
      const raw = rawDb(join(dir, `raw-${pair}.db`))
      const insert = raw.prepare('INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      t = performance.now()
      let seq = 0
      for (let i = 0; i < ENTRIES; i += BATCH) {
        raw.transaction(() => {
          for (let j = 0; j < BATCH; j++) {
            seq += 1
            insert.run(seq, Date.now(), 'INC-2026-0001', 'note', 'bench@host', 'k_0', null, nonce, payload, hash, hash)
          }
        }).immediate()
      }
      const rawMs = performance.now() - t
      raw.close()
      ratios.push(rawMs / plMs)
      plTimes.push(plMs)
      rawTimes.push(rawMs)
    }
    const appendRatio = median(ratios)
    const plAppend = median(plTimes)
    const raw = median(rawTimes)

    // One transaction per entry: what a responder's single command pays (fsync-bound on both sides).
    const SINGLE = 200
    const db1 = openDatabase(join(dir, 'pl-single.db'), {create: true})
    const key1 = new Uint8Array(randomBytes(32))
    await initialiseStore(db1, crypto, {kind: 'keyfile', key: key1.slice()}, {now: Date.now(), kdfPreset: 'test-only-weak'})
    const l1 = await UnlockedLedger.unlock(db1, {crypto, material: {kind: 'keyfile', key: key1}, actor: 'bench@host', now: () => Date.now()})
    const k1 = l1.createKey()
    let t = performance.now()
    for (let i = 0; i < SINGLE; i++) l1.append([{incident: 'INC-2026-0001', kind: 'note', keyId: k1, body}])
    const plSingle = performance.now() - t
    l1.close()
    const raw1 = rawDb(join(dir, 'raw-single.db'))
    const ins1 = raw1.prepare('INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    t = performance.now()
    for (let i = 1; i <= SINGLE; i++) raw1.transaction(() => ins1.run(i, Date.now(), 'INC-2026-0001', 'note', 'bench@host', 'k_0', null, nonce, payload, hash, hash)).immediate()
    const rawSingle = performance.now() - t
    raw1.close()

    // Verification without a key against a plain read of the same rows.
    const verifyDb = openDatabase(join(dir, 'pl-1.db'))
    verifyLedger(verifyDb) // warm-up
    const verifyMs = bestOf(3, () => {
      const r = verifyLedger(verifyDb)
      if (!r.ok) throw new Error('bench store does not verify')
    })
    const readStmt = verifyDb.prepare('SELECT * FROM entries ORDER BY seq')
    const readMs = bestOf(3, () => {
      let n = 0
      for (const row of readStmt.iterate() as Iterable<{body: Buffer}>) n += row.body.length
      if (n === 0) throw new Error('empty')
    })
    verifyDb.close()

    const perSec = (ms: number, n: number) => `${Math.round((n / ms) * 1000).toLocaleString('en')}/s`
    return [
      {
        name: `append 1 KB entries, ${BATCH} per transaction, vs raw insert`,
        ratio: appendRatio,
        goal: '≥ 0.30',
        met: appendRatio >= 0.3,
        detail: `pl ${perSec(plAppend, ENTRIES)}, raw ${perSec(raw, ENTRIES)}`,
      },
      {
        name: 'append 1 KB entries, one durable transaction each, vs raw',
        ratio: rawSingle / plSingle,
        goal: '(info)',
        met: true,
        detail: `pl ${perSec(plSingle, SINGLE)}, raw ${perSec(rawSingle, SINGLE)}`,
      },
      {
        name: `verify ${ENTRIES} entries without a key vs a plain read`,
        ratio: readMs / verifyMs,
        goal: '≥ 0.5',
        met: readMs / verifyMs >= 0.5,
        detail: `verify ${perSec(verifyMs, ENTRIES)}, read ${perSec(readMs, ENTRIES)}`,
      },
    ]
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
