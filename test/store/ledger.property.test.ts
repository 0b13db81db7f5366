/**
 * Property tests of the ledger, in-process on real SQLite files with real libsodium: any history
 * of appends (random headers and bodies, unicode included, some with blobs) and checkpoints
 * verifies; then one random mutation made through a second connection with the triggers dropped
 * (and put back) makes verification fail and names the mutated entry — or, where verify cannot
 * name it, the documented neighbour (see the expectations in `expectation`).
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {randomBytes} from 'node:crypto'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import type {Crypto} from '../../src/crypto/sodium.js'
import {loadCrypto} from '../../src/crypto/sodium.js'
import {BLOB_CHUNK, canonicalJson} from '../../src/domain/codec.js'
import {openDatabase} from '../../src/store/database.js'
import type {AppendInput} from '../../src/store/ledger.js'
import {UnlockedLedger} from '../../src/store/ledger.js'
import type {KeyMaterial} from '../../src/store/meta.js'
import {initialiseStore} from '../../src/store/meta.js'
import type {VerifyReport} from '../../src/domain/verify/report.js'
import {verifyLedger} from '../../src/store/verify.js'
import type {EntryColumn} from '../helpers/tamper.js'
import {checkpointSizes, ENTRY_COLUMNS, flipBitOf, flipEntryBit, problemKeys, rawEntries, rawEntry, rewriteEntry, swapEntries, tamper} from '../helpers/tamper.js'
import {anyEntry} from '../helpers/any-entry.js'

interface EntrySpec {
  incident: string
  kind: string
  body: unknown
  /** Plaintext of an attached blob (written with its own data key), or null. */
  blob: Uint8Array | null
}

interface History {
  actor: string
  commands: {entries: EntrySpec[]; checkpoint: boolean}[]
}

const text = (maxLength: number) => fc.string({unit: 'grapheme', minLength: 1, maxLength})

const entryArb: fc.Arbitrary<EntrySpec> = fc.record({
  incident: fc.oneof(text(16), fc.integer({min: 1, max: 9999}).map((n) => `INC-2026-${String(n).padStart(4, '0')}`)),
  kind: fc.oneof(fc.constantFrom('incident.opened', 'timeline.mark', 'note', 'evidence.added', 'key.shredded'), text(12)),
  body: fc.oneof(
    fc.jsonValue({maxDepth: 3}),
    fc.record({text: fc.string({unit: 'binary', maxLength: 200})}),
    fc.dictionary(text(8), fc.string({unit: 'grapheme', maxLength: 40}), {maxKeys: 5}),
  ),
  blob: fc.oneof({arbitrary: fc.constant(null), weight: 3}, {arbitrary: fc.uint8Array({maxLength: 2048}), weight: 1}),
})

const historyArb: fc.Arbitrary<History> = fc.record({
  actor: text(24),
  commands: fc.array(fc.record({entries: fc.array(entryArb, {minLength: 1, maxLength: 4}), checkpoint: fc.boolean()}), {minLength: 1, maxLength: 6}),
})

type Mutation =
  | {kind: 'flip'; row: number; column: EntryColumn; bit: number}
  | {kind: 'delete'; row: number}
  | {kind: 'swap'; row: number; other: number}
  | {kind: 'truncate'; row: number}
  | {kind: 'rewrite'; row: number}
  | {kind: 'chunk'; pick: number; bit: number}
  | {kind: 'checkpoint'; pick: number; bit: number}

const row = fc.nat()
const bit = fc.nat({max: 1 << 16})
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {arbitrary: fc.record({kind: fc.constant('flip' as const), row, column: fc.constantFrom(...ENTRY_COLUMNS), bit}), weight: 6},
  fc.record({kind: fc.constant('delete' as const), row}),
  fc.record({kind: fc.constant('swap' as const), row, other: row}),
  fc.record({kind: fc.constant('truncate' as const), row}),
  fc.record({kind: fc.constant('rewrite' as const), row}),
  fc.record({kind: fc.constant('chunk' as const), pick: row, bit}),
  fc.record({kind: fc.constant('checkpoint' as const), pick: row, bit}),
)

let crypto: Crypto
let dir: string
let runs = 0

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes
}

/** Builds a store from `history` the way pl does (a checkpoint after the last command). */
async function build(history: History): Promise<{path: string; ledger: UnlockedLedger}> {
  runs += 1
  const path = join(dir, `run-${runs}.db`)
  const material: KeyMaterial = {kind: 'keyfile', key: new Uint8Array(randomBytes(32))}
  const db = openDatabase(path, {create: true})
  // Durability is not what these properties are about (crash.test.ts is): skip the fsyncs.
  const noSync = () => db.pragma('synchronous = OFF')
  noSync()
  await initialiseStore(db, crypto, material, {now: Date.now(), kdfPreset: 'test-only-weak'})
  const ledger = await UnlockedLedger.unlock(db, {crypto, material, actor: history.actor, now: () => Date.now()})
  ledger.checkpoint()
  const incidentKey = ledger.createKey()
  for (const command of history.commands) {
    const inputs: AppendInput[] = []
    for (const e of command.entries) {
      if (e.blob) {
        const keyId = ledger.createKey()
        const blob = await ledger.writeBlob(keyId, once(e.blob))
        noSync() // writeBlob restores synchronous = FULL
        inputs.push(anyEntry({incident: e.incident, kind: e.kind, keyId, blob: blob.id, body: {content: e.body, sha256: blob.sha256}}))
      } else {
        inputs.push(anyEntry({incident: e.incident, kind: e.kind, keyId: incidentKey, body: e.body}))
      }
    }
    ledger.append(inputs)
    if (command.checkpoint) ledger.checkpoint()
  }
  ledger.checkpoint()
  return {path, ledger}
}

/**
 * Applies `m` through a second connection and returns what verify must then say: the first bad
 * entry, and (when the whole report is predictable) its exact problems. `null` means the
 * mutation was not applicable to this store (e.g. a chunk flip in a store without blobs).
 */
function mutate(path: string, m: Mutation, n: number, sizes: number[]): {firstBad: number | null; problems?: string[]} | null {
  const pick = (i: number) => (i % n) + 1
  return tamper(path, (db) => {
    switch (m.kind) {
      case 'flip': {
        const k = pick(m.row)
        const before = rawEntry(db, k)[m.column]
        flipEntryBit(db, k, m.column, m.bit)
        // A text flip is stored byte for byte; it is read back (decoded) differently from the original.
        assert.notDeepEqual(rawEntry(db, k)[m.column], before, `${m.column} of ${k} changed`)
        // The entry's own hash fails whatever the column; see tamper.test.ts for the neighbours.
        const problems = [`entry-altered@${k}`]
        if (m.column === 'blob') problems.push(`blob@${k}`)
        if (m.column === 'hash') {
          if (k < n) problems.push(`chain-broken@${k}`)
          problems.push(...sizes.filter((s) => s >= k).map((s) => `checkpoint-root#${s}`))
        }
        return {firstBad: k, problems: problems.sort()}
      }
      case 'delete': {
        const k = pick(m.row)
        db.prepare('DELETE FROM entries WHERE seq = ?').run(k)
        return {firstBad: k}
      }
      case 'swap': {
        if (n < 2) return null
        const a = pick(m.row)
        const c = pick(m.other)
        if (a === c) return null
        swapEntries(db, a, c)
        return {firstBad: Math.min(a, c)}
      }
      case 'truncate': {
        // The checkpoints stay: each signed checkpoint beyond the cut names the first missing entry.
        const k = pick(m.row)
        db.prepare('DELETE FROM entries WHERE seq >= ?').run(k)
        return {firstBad: k, problems: sizes.filter((s) => s >= k).map((s) => `truncated@${k}#${s}`).sort()}
      }
      case 'rewrite': {
        // Body changed, hash recomputed: entry k+1's prev betrays it (reported as k). The last
        // entry has no successor: only the signed roots over it fail, and the first bad entry is
        // the one after the largest signed size that still matches.
        const k = pick(m.row)
        rewriteEntry(db, k)
        const roots = sizes.filter((s) => s >= k).map((s) => `checkpoint-root#${s}`)
        const lastGood = Math.max(0, ...sizes.filter((s) => s < k))
        return k < n ? {firstBad: k, problems: [`chain-broken@${k}`, ...roots].sort()} : {firstBad: roots.length > 0 ? lastGood + 1 : null, problems: roots}
      }
      case 'chunk': {
        const chunks = db.prepare('SELECT stream, idx, data FROM blob_chunks ORDER BY stream, idx').all() as {stream: string; idx: number; data: Buffer}[]
        if (chunks.length === 0) return null
        const c = chunks[m.pick % chunks.length]!
        db.prepare('UPDATE blob_chunks SET data = ? WHERE stream = ? AND idx = ?').run(flipBitOf(c.data, m.bit), c.stream, c.idx)
        const owner = db.prepare('SELECT e.seq FROM entries e JOIN blobs b ON b.id = e.blob WHERE b.stream = ?').get(c.stream) as {seq: number}
        return {firstBad: owner.seq, problems: [`blob@${owner.seq}`]}
      }
      case 'checkpoint': {
        const s = sizes[m.pick % sizes.length]!
        const {sig} = db.prepare('SELECT sig FROM checkpoints WHERE size = ?').get(s) as {sig: Buffer}
        db.prepare('UPDATE checkpoints SET sig = ? WHERE size = ?').run(flipBitOf(sig, m.bit), s)
        return {firstBad: null, problems: [`checkpoint-signature#${s}`]}
      }
    }
  })
}

const explain = (r: VerifyReport) => JSON.stringify(r.problems.map((p) => p.message))

describe('ledger properties (in-process, real SQLite and libsodium)', () => {
  before(async () => {
    crypto = await loadCrypto()
    dir = mkdtempSync(join(tmpdir(), 'pl-ledger-prop-'))
  })
  after(() => rmSync(dir, {recursive: true, force: true}))

  test('any history verifies; any single mutation is detected and names the mutated entry', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, mutationArb, async (history, mutation) => {
        const {path, ledger} = await build(history)
        try {
          const clean = verifyLedger(ledger.db)
          assert.equal(clean.ok, true, explain(clean))
          assert.equal(clean.firstBadEntry, null)
          const n = clean.entries
          // The first evidence item appended is preceded by the store's one evidence.numbering entry (ADR 0016).
          const numbered = history.commands.some((c) => c.entries.some((e) => e.kind === 'evidence.added')) ? 1 : 0
          assert.equal(n, history.commands.reduce((sum, c) => sum + c.entries.length, 0) + numbered)
          // Every body decrypts to what was appended (canonical JSON round trip, unicode included).
          const rows = [...ledger.rows()]
          assert.equal(rows.filter((r) => r.kind === 'evidence.numbering').length, numbered)
          assert.deepEqual(
            rows.filter((r) => r.blob === null && r.kind !== 'evidence.numbering').map((r) => canonicalJson(ledger.decrypt(r).body)),
            history.commands.flatMap((c) => c.entries.filter((e) => e.blob === null).map((e) => canonicalJson(e.body))),
          )
          const sizes = checkpointSizes(ledger.db)
          const expected = mutate(path, mutation, n, sizes)
          fc.pre(expected !== null)
          const report = verifyLedger(ledger.db)
          assert.equal(report.ok, false, `${mutation.kind} went unnoticed`)
          assert.equal(report.firstBadEntry, expected.firstBad, explain(report))
          if (expected.problems) assert.deepEqual(problemKeys(report), expected.problems, explain(report))
        } finally {
          ledger.close()
          rmSync(path, {force: true})
          rmSync(`${path}-wal`, {force: true})
          rmSync(`${path}-shm`, {force: true})
        }
      }),
      {numRuns: 60},
    )
  })

  test('rows survive a reopen byte for byte: the stored chain is what was appended', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, async (history) => {
        const {path, ledger} = await build(history)
        try {
          const inMemory = rawEntries(ledger.db)
          ledger.close()
          const again = openDatabase(path)
          try {
            assert.deepEqual(rawEntries(again), inMemory)
            assert.equal(verifyLedger(again).ok, true)
          } finally {
            again.close()
          }
        } finally {
          ledger.close()
          rmSync(path, {force: true})
        }
      }),
      {numRuns: 10},
    )
  })

  test('a blob fed in pieces of any sizes is cut into whole chunks and reads back byte for byte', async () => {
    const path = join(dir, 'blobs.db')
    const material: KeyMaterial = {kind: 'keyfile', key: new Uint8Array(randomBytes(32))}
    const fresh = openDatabase(path, {create: true})
    await initialiseStore(fresh, crypto, material, {now: Date.now(), kdfPreset: 'test-only-weak'})
    const owner = await UnlockedLedger.unlock(fresh, {crypto, material, actor: 't@test', now: () => Date.now()})
    const C = BLOB_CHUNK
    // Sizes at and around chunk boundaries, cut into pieces that straddle them.
    const sizeArb = fc.oneof(fc.constantFrom(0, 1, C - 1, C, C + 1, 2 * C, 2 * C + 1, 3 * C - 7), fc.integer({min: 0, max: 3 * C}))
    try {
      await fc.assert(
        fc.asyncProperty(sizeArb, fc.array(fc.integer({min: 0, max: C + 3}), {minLength: 1, maxLength: 8}), async (size, cuts) => {
          const bytes = new Uint8Array(randomBytes(size))
          async function* pieces(): AsyncGenerator<Uint8Array> {
            let at = 0
            for (let i = 0; at < size; i++) {
              const cut = cuts[i % cuts.length]!
              // An empty piece now and then (a stream may yield one); then at least a byte.
              if (cut === 0) yield new Uint8Array(0)
              const n = Math.min(size - at, Math.max(1, cut))
              yield bytes.subarray(at, at + n)
              at += n
            }
          }
          const keyId = owner.createKey()
          const blob = await owner.writeBlob(keyId, pieces())
          assert.equal(owner.blobInfo(blob.id)?.chunks, Math.max(1, Math.ceil(size / C)))
          const back: Uint8Array[] = []
          for await (const chunk of owner.readBlob(keyId, blob.id)) back.push(chunk)
          assert.ok(Buffer.concat(back).equals(bytes))
        }),
        {numRuns: 25},
      )
    } finally {
      owner.close()
      rmSync(path, {force: true})
    }
  })
})
