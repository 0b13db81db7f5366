/**
 * The verifier judges values, not an engine: a SQLite store and an in-memory copy of its rows,
 * checkpoints and blobs give the same report, good or tampered.
 */
import assert from 'node:assert/strict'
import {mkdtempSync, rmSync} from 'node:fs'
import {randomBytes} from 'node:crypto'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, describe, test} from 'node:test'
import {loadCrypto} from '../../src/crypto/sodium.js'
import {verifyEd25519} from '../../src/crypto/ed25519.js'
import type {Checkpoint, EntryRow} from '../../src/domain/codec.js'
import type {Problem} from '../../src/domain/verify/report.js'
import type {BlobChunk, BlobRecord, LedgerRowSource, MetaRecord, StoreIdentity, StoredNoteSignature} from '../../src/domain/verify/source.js'
import {verifyLedgerSource} from '../../src/domain/verify/verifier.js'
import {openDatabase} from '../../src/store/database.js'
import {UnlockedLedger} from '../../src/store/ledger.js'
import {initialiseStore} from '../../src/store/meta.js'
import type {AuthorSignature} from '../../src/domain/verify/attribution.js'
import {openRosterBody, SqliteRowSource, verifyLedger} from '../../src/store/verify.js'
import {flipEntryBit, openRaw, withTriggersDropped} from '../helpers/tamper.js'
import {anyEntry} from '../helpers/any-entry.js'

/** Everything a row source hands over, copied into arrays: a second, non-SQLite engine. */
class MemorySource implements LedgerRowSource {
  readonly meta: StoreIdentity
  readonly #rows: EntryRow[]
  readonly #checkpoints: Checkpoint[]
  readonly #blobs = new Map<string, BlobRecord>()
  readonly #chunks = new Map<string, BlobChunk[]>()
  readonly #counts: {n: number; maxSeq: number}
  readonly #orphans: number
  readonly #engine: readonly Problem[]
  readonly #signatures: readonly AuthorSignature[]
  readonly #notes: StoredNoteSignature[]
  readonly #meta: MetaRecord

  constructor(from: LedgerRowSource) {
    this.meta = {storeId: from.meta.storeId, signPublicKey: Uint8Array.from(from.meta.signPublicKey)}
    this.#rows = [...from.rows()].map((r) => ({...r, nonce: Uint8Array.from(r.nonce), body: Uint8Array.from(r.body), prev: Uint8Array.from(r.prev), hash: Uint8Array.from(r.hash)}))
    this.#checkpoints = from.checkpoints().map((c) => ({...c}))
    for (const r of this.#rows) {
      const blob = r.blob === null ? undefined : from.blob(r.blob)
      if (blob) {
        this.#blobs.set(blob.id, blob)
        this.#chunks.set(blob.stream, [...from.blobChunks(blob.stream)])
      }
    }
    this.#counts = from.count()
    this.#orphans = from.orphanBlobStreams()
    this.#engine = from.engineProblems()
    this.#signatures = from.authorSignatures()
    this.#notes = from.checkpointNotes().map((n) => ({size: n.size, sig: Uint8Array.from(n.sig)}))
    const record = from.metaRecord()
    this.#meta = {values: {...record.values}, statement: record.statement}
  }

  authorSignatures(): readonly AuthorSignature[] {
    return this.#signatures
  }

  count() {
    return this.#counts
  }

  rows(): Iterable<EntryRow> {
    return this.#rows
  }

  checkpoints(): readonly Checkpoint[] {
    return this.#checkpoints
  }

  checkpointNotes(): readonly StoredNoteSignature[] {
    return this.#notes
  }

  metaRecord(): MetaRecord {
    return this.#meta
  }

  blob(id: string): BlobRecord | undefined {
    return this.#blobs.get(id)
  }

  blobChunks(stream: string): Iterable<BlobChunk> {
    return this.#chunks.get(stream) ?? []
  }

  orphanBlobStreams(): number {
    return this.#orphans
  }

  engineProblems(): readonly Problem[] {
    return this.#engine
  }
}

let dir: string
let store: string

describe('a second row source verifies exactly like the SQLite store', () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pl-row-source-'))
    store = join(dir, 'evidence.db')
    const crypto = await loadCrypto()
    const material = {kind: 'keyfile', key: new Uint8Array(randomBytes(32))} as const
    const db = openDatabase(store, {create: true})
    await initialiseStore(db, crypto, material, {now: Date.now(), kdfPreset: 'test-only-weak'})
    const ledger = await UnlockedLedger.unlock(db, {crypto, material, actor: 'tester@test', now: () => Date.now()})
    ledger.checkpoint()
    const key = ledger.createKey()
    for (let i = 0; i < 5; i++) {
      ledger.append(Array.from({length: 7}, (_, j) => ({incident: 'INC-2026-0001', kind: 'note', keyId: key, body: {text: `note ${i}.${j}`}})))
      ledger.checkpoint()
    }
    const blob = await ledger.writeBlob(
      key,
      (async function* () {
        yield new TextEncoder().encode('an exhibit')
      })(),
    )
    ledger.append([anyEntry({incident: 'INC-2026-0001', kind: 'evidence.added', keyId: key, blob: blob.id, body: {name: 'a.log'}})])
    ledger.append([{incident: 'INC-2026-0001', kind: 'note', keyId: key, body: {text: 'unsealed'}}])
    ledger.close()
  })

  after(() => rmSync(dir, {recursive: true, force: true}))

  const both = () => {
    const db = openDatabase(store, {readonly: true})
    try {
      const rowsSeen: number[] = []
      const sqlite = verifyLedger(db, {onRow: (row) => rowsSeen.push(row.seq)})
      const memorySeen: number[] = []
      const memory = verifyLedgerSource(new MemorySource(new SqliteRowSource(db)), verifyEd25519, {openRosterBody, onRow: (row) => memorySeen.push(row.seq)})
      assert.deepEqual(memorySeen, rowsSeen)
      return {sqlite, memory}
    } finally {
      db.close()
    }
  }

  test('for a good store (with an unsealed tail)', () => {
    const {sqlite, memory} = both()
    assert.deepEqual(memory, sqlite)
    assert.deepEqual(sqlite.problems.map((p) => p.code), ['unsealed'])
  })

  test('for a tampered store', () => {
    const raw = openRaw(store)
    try {
      withTriggersDropped(raw, () => flipEntryBit(raw, 9, 'body', 100))
    } finally {
      raw.close()
    }
    const {sqlite, memory} = both()
    assert.deepEqual(memory, sqlite)
    assert.equal(sqlite.firstBadEntry, 9)
  })
})
