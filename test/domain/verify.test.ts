/**
 * The pure verifier fed rows and checkpoints as values, from an in-memory row source: no SQLite,
 * no libsodium. Every mutation of a good ledger is named, with the first bad entry.
 */
import assert from 'node:assert/strict'
import {createHash, generateKeyPairSync, randomBytes, sign} from 'node:crypto'
import {describe, test} from 'node:test'
import {verifyEd25519} from '../../src/crypto/ed25519.js'
import {toHex} from '../../src/domain/bytes.js'
import {checkpointToFile} from '../../src/domain/checkpoint.js'
import type {AuthorSignature} from '../../src/domain/verify/attribution.js'
import type {CheckpointFile} from '../../src/domain/checkpoint.js'
import type {Checkpoint, EntryRow} from '../../src/domain/codec.js'
import {BLOB_CHUNK, checkpointMessage, encodeHeader, entryHash, ZERO_HASH} from '../../src/domain/codec.js'
import {inclusionProof, leafHash, MerkleFrontier} from '../../src/domain/merkle.js'
import type {ExhibitProof} from '../../src/domain/verify/exhibit.js'
import {checkProofBundle} from '../../src/domain/verify/exhibit.js'
import type {VerifyReport} from '../../src/domain/verify/report.js'
import type {BlobChunk, BlobRecord, LedgerRowSource, MetaRecord, StoredNoteSignature} from '../../src/domain/verify/source.js'
import {verifyLedgerSource} from '../../src/domain/verify/verifier.js'
import type {VerifyOptions} from '../../src/domain/verify/verifier.js'

const STORE_ID = 'f'.repeat(32)

/** A signer the test holds, like the store's signing key. */
function signer(): {publicKey: Uint8Array; sign: (message: Uint8Array) => Uint8Array} {
  const {publicKey, privateKey} = generateKeyPairSync('ed25519')
  const jwk = publicKey.export({format: 'jwk'})
  return {publicKey: new Uint8Array(Buffer.from(jwk.x ?? '', 'base64url')), sign: (message) => new Uint8Array(sign(null, message, privateKey))}
}

/** A ledger in memory: a row source over arrays, as a second engine would be. */
class ArraySource implements LedgerRowSource {
  readonly meta: {storeId: string; signPublicKey: Uint8Array}
  entries: EntryRow[]
  signed: Checkpoint[]
  blobs = new Map<string, BlobRecord>()
  chunks = new Map<string, BlobChunk[]>()
  orphans = 0
  guards: {code: 'schema'; message: string}[] = []
  notes: StoredNoteSignature[] = []
  record: MetaRecord = {values: {}, statement: undefined}

  constructor(publicKey: Uint8Array, entries: EntryRow[], checkpoints: Checkpoint[]) {
    this.meta = {storeId: STORE_ID, signPublicKey: publicKey}
    this.entries = entries
    this.signed = checkpoints
  }

  count(): {n: number; maxSeq: number} {
    return {n: this.entries.length, maxSeq: this.entries.reduce((m, r) => Math.max(m, r.seq), 0)}
  }

  rows(): Iterable<EntryRow> {
    return this.entries
  }

  checkpoints(): readonly Checkpoint[] {
    return this.signed
  }

  checkpointNotes(): readonly StoredNoteSignature[] {
    return this.notes
  }

  metaRecord(): MetaRecord {
    return this.record
  }

  blob(id: string): BlobRecord | undefined {
    return this.blobs.get(id)
  }

  blobChunks(stream: string): Iterable<BlobChunk> {
    return this.chunks.get(stream) ?? []
  }

  orphanBlobStreams(): number {
    return this.orphans
  }

  authorSignatures(): readonly AuthorSignature[] {
    return []
  }

  engineProblems(): readonly {code: 'schema'; message: string}[] {
    return this.guards
  }
}

/** Rows 1..n chained as pl writes them (bodies are random stand-ins for ciphertext). */
function chain(n: number): EntryRow[] {
  const rows: EntryRow[] = []
  let prev: Uint8Array = ZERO_HASH
  for (let seq = 1; seq <= n; seq++) {
    const header = {seq, ts: 1_700_000_000_000 + seq, incident: 'INC-2026-0001', kind: 'note', actor: 'tester@test', keyId: 'k_1', blob: null}
    const nonce = new Uint8Array(randomBytes(24))
    const body = new Uint8Array(randomBytes(40))
    const hash = entryHash(prev, encodeHeader(header), nonce, body)
    rows.push({...header, nonce, body, prev, hash})
    prev = hash
  }
  return rows
}

/** A checkpoint signed over the first `size` rows. */
function checkpointOf(rows: readonly EntryRow[], size: number, key: ReturnType<typeof signer>): Checkpoint {
  const frontier = new MerkleFrontier()
  for (const r of rows.slice(0, size)) frontier.append(leafHash(r.hash))
  const root = frontier.root()
  const ts = 1_800_000_000_000 + size
  return {storeId: STORE_ID, size, root, ts, sig: key.sign(checkpointMessage(STORE_ID, size, root, ts))}
}

function ledger(n: number, checkpointSizes: readonly number[]) {
  const key = signer()
  const rows = chain(n)
  const checkpoints = checkpointSizes.map((s) => checkpointOf(rows, s, key))
  return {key, rows, checkpoints, source: () => new ArraySource(key.publicKey, [...rows], [...checkpoints])}
}

const verify = (source: LedgerRowSource, options?: VerifyOptions): VerifyReport => verifyLedgerSource(source, verifyEd25519, options)
const codes = (r: VerifyReport) => r.problems.map((p) => [p.code, p.seq ?? null])

describe('the pure verifier, over rows and checkpoints given as values', () => {
  test('a good ledger verifies, with its latest checkpoint', () => {
    const {source, checkpoints} = ledger(12, [0, 5, 12])
    const report = verify(source())
    assert.deepEqual(report.problems, [])
    assert.equal(report.ok, true)
    assert.equal(report.entries, 12)
    assert.equal(report.checkpoints, 3)
    assert.equal(report.firstBadEntry, null)
    assert.deepEqual(report.latestCheckpoint, {size: 12, root: toHex(checkpoints[2]!.root), ts: checkpoints[2]!.ts})
  })

  test('one bit flipped in a row names that row', () => {
    for (const field of ['body', 'nonce', 'hash', 'prev'] as const) {
      const {source} = ledger(12, [0, 12])
      const s = source()
      // A copy (a Buffer's slice would be a view of the hash row 6 shares as row 7's prev).
      const bytes = Uint8Array.from(s.entries[6]![field])
      bytes[3]! ^= 0x10
      s.entries[6] = {...s.entries[6]!, [field]: bytes}
      const report = verify(s)
      assert.equal(report.ok, false)
      assert.equal(report.firstBadEntry, 7, field)
      assert.ok(report.problems.some((p) => p.code === 'entry-altered' && p.seq === 7), `${field}: ${JSON.stringify(codes(report))}`)
    }
  })

  test('a header field changed names that row', () => {
    const {source} = ledger(8, [8])
    const s = source()
    s.entries[2] = {...s.entries[2]!, actor: 'mallory@elsewhere'}
    const report = verify(s)
    assert.equal(report.firstBadEntry, 3)
    assert.deepEqual(codes(report)[0], ['entry-altered', 3])
  })

  test('a removed row is named as missing', () => {
    const {source} = ledger(10, [10])
    const s = source()
    s.entries.splice(3, 1)
    const report = verify(s)
    assert.equal(report.firstBadEntry, 4)
    assert.deepEqual(codes(report)[0], ['sequence', 4])
    assert.match(report.problems[0]!.message, /^Entry 4 is missing \(the next entry found is 5\)/)
  })

  test('two rows swapped: the first out of place is named', () => {
    const {source} = ledger(10, [10])
    const s = source()
    ;[s.entries[2], s.entries[3]] = [s.entries[3]!, s.entries[2]!]
    const report = verify(s)
    assert.equal(report.ok, false)
    assert.equal(report.firstBadEntry, 3)
  })

  test('rows rewritten and re-hashed are caught by the signed root, after the last root that still matches', () => {
    const {source} = ledger(10, [4, 10])
    const s = source()
    // The attacker rebuilds rows 6..10 with valid hashes but cannot sign a new checkpoint.
    let prev = s.entries[4]!.hash
    for (let i = 5; i < 10; i++) {
      const r = {...s.entries[i]!, prev, body: new Uint8Array(randomBytes(40))}
      r.hash = entryHash(prev, encodeHeader(r), r.nonce, r.body)
      s.entries[i] = r
      prev = r.hash
    }
    const report = verify(s)
    assert.deepEqual(codes(report), [['checkpoint-root', null]])
    assert.equal(report.firstBadEntry, 5)
  })

  test('a checkpoint with a wrong signature is named by its size', () => {
    const {source} = ledger(6, [3, 6])
    const s = source()
    const sig = s.signed[0]!.sig.slice()
    sig[10]! ^= 1
    s.signed[0] = {...s.signed[0]!, sig}
    const report = verify(s)
    assert.deepEqual(report.problems.map((p) => [p.code, p.checkpointSize]), [['checkpoint-signature', 3]])
    assert.equal(report.firstBadEntry, null)
  })

  test('checkpoints signed by another key than the store names all fail', () => {
    const {rows, checkpoints} = ledger(6, [3, 6])
    const report = verify(new ArraySource(signer().publicKey, rows, checkpoints))
    assert.deepEqual(report.problems.map((p) => p.code), ['checkpoint-signature', 'checkpoint-signature'])
  })

  test('a truncated tail is named against an older checkpoint kept elsewhere', () => {
    const {source, key, rows} = ledger(10, [7, 10])
    const external: CheckpointFile = checkpointToFile(checkpointOf(rows, 10, key), key.publicKey)
    const s = source()
    // The attacker drops rows 8..10 and the checkpoint that covered them.
    s.entries = s.entries.slice(0, 7)
    s.signed = s.signed.slice(0, 1)
    const report = verify(s, {external})
    assert.equal(report.ok, false)
    assert.equal(report.firstBadEntry, 8)
    assert.deepEqual(codes(report), [['truncated', 8]])
    assert.deepEqual(report.external, {size: 10, consistent: false})
  })

  test('an older checkpoint the store still extends is consistent', () => {
    const {source, key, rows} = ledger(10, [10])
    const external = checkpointToFile(checkpointOf(rows, 6, key), key.publicKey)
    const report = verify(source(), {external})
    assert.equal(report.ok, true, JSON.stringify(report.problems))
    assert.deepEqual(report.external, {size: 6, consistent: true})
  })

  test('entries after the latest checkpoint are unsealed', () => {
    const {source} = ledger(9, [6])
    const report = verify(source())
    assert.deepEqual(codes(report), [['unsealed', 7]])
    assert.deepEqual(report.unsealed, {from: 7, to: 9})
  })

  test("the engine's own problems come first", () => {
    const {source} = ledger(3, [3])
    const s = source()
    s.guards = [{code: 'schema', message: 'Append-only triggers were removed: x.'}]
    assert.deepEqual(verify(s).problems.map((p) => p.code), ['schema'])
  })

  test('a blob is checked against its content address', () => {
    const key = signer()
    const header = new Uint8Array(randomBytes(24))
    const chunk = new Uint8Array(randomBytes(100))
    const id = createHash('sha256').update(header).update(chunk).digest('hex')
    const rows: EntryRow[] = []
    const h = {seq: 1, ts: 1, incident: 'INC-2026-0001', kind: 'evidence.added', actor: 'tester@test', keyId: 'k_1', blob: id}
    const nonce = new Uint8Array(24)
    const body = new Uint8Array(32)
    rows.push({...h, nonce, body, prev: ZERO_HASH, hash: entryHash(ZERO_HASH, encodeHeader(h), nonce, body)})
    const s = new ArraySource(key.publicKey, rows, [checkpointOf(rows, 1, key)])
    s.blobs.set(id, {id, stream: 's1', header, chunks: 1, size: 100 - 17})
    s.chunks.set('s1', [{idx: 0, data: chunk}])
    const good = verify(s)
    assert.equal(good.ok, true, JSON.stringify(good.problems))
    assert.deepEqual(good.blobs, {checked: 1, orphanStreams: 0})
    const altered = chunk.slice()
    altered[50]! ^= 1
    s.chunks.set('s1', [{idx: 0, data: altered}])
    assert.deepEqual(codes(verify(s)), [['blob', 1]])
    s.chunks.set('s1', [{idx: 0, data: new Uint8Array(BLOB_CHUNK + 18)}])
    assert.match(verify(s).problems[0]!.message, /impossible length/)
  })

  test('every row reaches onRow once, in order, with its leaf and header', () => {
    const {source} = ledger(9, [9])
    const seen: [number, boolean, boolean][] = []
    verify(source(), {onRow: (row, leaf, header) => seen.push([row.seq, leaf !== undefined, header !== undefined])})
    assert.deepEqual(
      seen,
      Array.from({length: 9}, (_, i) => [i + 1, true, true]),
    )
  })
})

describe('an exhibit proof bundle, checked by the same modules', () => {
  const bundle = (): ExhibitProof => {
    const {key, rows} = ledger(11, [])
    const row = rows[6]!
    const checkpoint = checkpointOf(rows, 11, key)
    const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64')
    const {nonce, body, prev, hash, ...header} = row
    return {
      format: 'pl-exhibit-proof/1',
      evidence: 'EV-7',
      entry: {...header, nonce: b64(nonce), body: b64(body), prev: toHex(prev), hash: toHex(hash)},
      leafIndex: 6,
      treeSize: 11,
      inclusionProof: inclusionProof(rows.map((r) => leafHash(r.hash)), 6, 11).map(toHex),
      checkpoint: checkpointToFile(checkpoint, key.publicKey),
      exhibit: {name: 'a.log', kind: 'log', size: 1, sha256: '0'.repeat(64)},
    }
  }
  const verdicts = (p: ExhibitProof) => checkProofBundle(p, verifyEd25519).map((c) => [c.name, c.ok])

  test('a good bundle passes its three checks', () => {
    assert.deepEqual(verdicts(bundle()), [
      ['entry hash', true],
      ['checkpoint signature', true],
      ['inclusion', true],
    ])
  })

  test('each alteration fails its own check, and hex that is not hex fails rather than throws', () => {
    const altered = (change: (p: ExhibitProof) => void) => {
      const p = bundle()
      change(p)
      return verdicts(p).filter(([, ok]) => !ok).map(([name]) => name)
    }
    assert.deepEqual(altered((p) => (p.entry.actor = 'mallory')), ['entry hash', 'inclusion'])
    assert.deepEqual(altered((p) => (p.checkpoint.ts += 1)), ['checkpoint signature'])
    assert.deepEqual(altered((p) => (p.inclusionProof[0] = 'zz')), ['inclusion'])
    assert.deepEqual(altered((p) => (p.leafIndex = 5)), ['inclusion'])
    assert.deepEqual(altered((p) => (p.checkpoint.root = 'not hex')), ['checkpoint signature', 'inclusion'])
  })
})
