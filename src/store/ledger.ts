/**
 * The evidence ledger. `Ledger` reads headers, checkpoints and blobs and needs no key; it is what
 * an auditor's `verify` uses. `UnlockedLedger` holds the key-encryption key and is the only thing
 * that can decrypt or append — reading and writing are split so only code holding keys can write.
 */
import {createHash, randomBytes as nodeRandomBytes} from 'node:crypto'
import type {Database, Statement} from 'better-sqlite3'
import {BugError, IntegrityError, UserError} from '../errors.js'
import type {Crypto, KdfParams} from '../crypto/sodium.js'
import {DecryptionError} from '../crypto/sodium.js'
import type {LedgerEntry} from '../domain/entry.js'
import {MerkleFrontier, leafHash} from '../domain/merkle.js'
import {
  canonicalJson,
  checkpointMessage,
  encodeHeader,
  entryHash,
  equalBytes,
  fromHex,
  keyWrapAad,
  toHex,
  ZERO_HASH,
  FORMAT_VERSION,
} from './codec.js'
import type {EntryHeader} from './codec.js'

export interface EntryRow extends EntryHeader {
  nonce: Uint8Array
  body: Uint8Array
  prev: Uint8Array
  hash: Uint8Array
}

export interface Checkpoint {
  storeId: string
  size: number
  root: Uint8Array
  ts: number
  sig: Uint8Array
}

export interface StoreMeta {
  format: number
  storeId: string
  created: number
  kdf: KdfParams | {alg: 'keyfile'}
  kekCheck: Uint8Array
  signPublicKey: Uint8Array
}

export type KeyMaterial = {kind: 'passphrase'; passphrase: Uint8Array} | {kind: 'keyfile'; key: Uint8Array}

/** An entries row as SQLite returns it. */
export interface RawEntryRow {
  seq: number
  ts: number
  incident: string
  kind: string
  actor: string
  key_id: string
  blob: string | null
  nonce: Buffer
  body: Buffer
  prev: Buffer
  hash: Buffer
}

// Buffers are Uint8Arrays: rows are handed on without copying (verification reads every row).
const toRow = (r: RawEntryRow): EntryRow => ({
  seq: r.seq,
  ts: r.ts,
  incident: r.incident,
  kind: r.kind,
  actor: r.actor,
  keyId: r.key_id,
  blob: r.blob,
  nonce: r.nonce,
  body: r.body,
  prev: r.prev,
  hash: r.hash,
})

export const signedMessageOf = (c: Checkpoint): Uint8Array => checkpointMessage(c.storeId, c.size, c.root, c.ts)

export function readMeta(db: Database): StoreMeta {
  const rows = db.prepare('SELECT key, value FROM meta').all() as {key: string; value: string}[]
  const m = new Map(rows.map((r) => [r.key, r.value]))
  const need = (k: string): string => {
    const v = m.get(k)
    if (v === undefined) {
      throw new UserError('store-format', `The evidence store is not initialised (meta "${k}" missing).`, {
        hints: ['Run `pl init` to create a store.'],
      })
    }
    return v
  }
  const format = Number(need('format'))
  if (format !== FORMAT_VERSION) {
    throw new UserError('store-format', `Unsupported store format ${format} (this pl reads format ${FORMAT_VERSION}).`)
  }
  return {
    format,
    storeId: need('store_id'),
    created: Number(need('created')),
    kdf: JSON.parse(need('kdf')) as StoreMeta['kdf'],
    kekCheck: fromHex(need('kek_check')),
    signPublicKey: fromHex(need('sign_public_key')),
  }
}

export function isInitialised(db: Database): boolean {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get() !== undefined
  return hasMeta && (db.prepare("SELECT count(*) AS n FROM meta WHERE key = 'store_id'").get() as {n: number}).n === 1
}

/** Read-only view of a store; needs no key. */
export class Ledger {
  readonly db: Database
  readonly meta: StoreMeta
  readonly #rowsFrom: Statement
  readonly #count: Statement

  constructor(db: Database) {
    this.db = db
    this.meta = readMeta(db)
    this.#rowsFrom = db.prepare('SELECT * FROM entries WHERE seq >= ? ORDER BY seq')
    this.#count = db.prepare('SELECT count(*) AS n, coalesce(max(seq), 0) AS maxSeq FROM entries')
  }

  count(): {n: number; maxSeq: number} {
    return this.#count.get() as {n: number; maxSeq: number}
  }

  *rows(fromSeq = 1): Generator<EntryRow> {
    for (const r of this.#rowsFrom.iterate(fromSeq) as Iterable<RawEntryRow>) yield toRow(r)
  }

  row(seq: number): EntryRow | undefined {
    const r = this.db.prepare('SELECT * FROM entries WHERE seq = ?').get(seq) as RawEntryRow | undefined
    return r && toRow(r)
  }

  rowsOfIncident(incident: string): EntryRow[] {
    return (this.db.prepare('SELECT * FROM entries WHERE incident = ? ORDER BY seq').all(incident) as RawEntryRow[]).map(toRow)
  }

  /** Entries of a kind covered by the partial index (incident.opened, key.shredded). */
  rowsOfKind(kind: 'incident.opened' | 'key.shredded'): EntryRow[] {
    const sql =
      kind === 'incident.opened'
        ? "SELECT * FROM entries WHERE kind = 'incident.opened' ORDER BY seq"
        : "SELECT * FROM entries WHERE kind = 'key.shredded' ORDER BY seq"
    return (this.db.prepare(sql).all() as RawEntryRow[]).map(toRow)
  }

  /**
   * Every entry as a positional array, in seq order: the fastest way through the table, for
   * verification. Order: seq, ts, incident, kind, actor, key_id, blob, nonce, body, prev, hash.
   */
  *rawRows(): Generator<[number, number, string, string, string, string, string | null, Buffer, Buffer, Buffer, Buffer]> {
    const stmt = this.db.prepare('SELECT seq, ts, incident, kind, actor, key_id, blob, nonce, body, prev, hash FROM entries ORDER BY seq').raw(true)
    yield* stmt.iterate() as Iterable<[number, number, string, string, string, string, string | null, Buffer, Buffer, Buffer, Buffer]>
  }

  *leafHashes(): Generator<Uint8Array> {
    for (const r of this.db.prepare('SELECT hash FROM entries ORDER BY seq').iterate() as Iterable<{hash: Buffer}>) {
      yield leafHash(r.hash)
    }
  }

  checkpoints(): Checkpoint[] {
    const rows = this.db.prepare('SELECT size, root, ts, sig FROM checkpoints ORDER BY size').all() as {
      size: number
      root: Buffer
      ts: number
      sig: Buffer
    }[]
    return rows.map((r) => ({storeId: this.meta.storeId, size: r.size, root: new Uint8Array(r.root), ts: r.ts, sig: new Uint8Array(r.sig)}))
  }

  /** The latest checkpoint alone: every command writes one, so there are as many as commands. */
  latestCheckpoint(): Checkpoint | undefined {
    const r = this.db.prepare('SELECT size, root, ts, sig FROM checkpoints ORDER BY size DESC LIMIT 1').get() as
      | {size: number; root: Buffer; ts: number; sig: Buffer}
      | undefined
    return r && {storeId: this.meta.storeId, size: r.size, root: new Uint8Array(r.root), ts: r.ts, sig: new Uint8Array(r.sig)}
  }

  hasKey(keyId: string): boolean {
    return this.db.prepare('SELECT 1 FROM keys WHERE id = ?').get(keyId) !== undefined
  }

  blobInfo(id: string): {id: string; stream: string; header: Uint8Array; chunks: number; size: number} | undefined {
    const r = this.db.prepare('SELECT id, stream, header, chunks, size FROM blobs WHERE id = ?').get(id) as
      | {id: string; stream: string; header: Buffer; chunks: number; size: number}
      | undefined
    return r && {...r, header: new Uint8Array(r.header)}
  }

  *blobChunks(stream: string): Generator<{idx: number; data: Uint8Array}> {
    const stmt = this.db.prepare('SELECT idx, data FROM blob_chunks WHERE stream = ? ORDER BY idx')
    for (const r of stmt.iterate(stream) as Iterable<{idx: number; data: Buffer}>) yield {idx: r.idx, data: new Uint8Array(r.data)}
  }

  close(): void {
    if (this.db.open) this.db.close()
  }
}

export interface AppendInput {
  incident: string
  kind: string
  keyId: string
  /** The body, or a function of the entry's sequence number (for ids derived from it). */
  body: unknown
  blob?: string
}

export type BodyOfSeq = (seq: number) => unknown

export interface UnlockOptions {
  crypto: Crypto
  material: KeyMaterial
  actor: string
  now: () => number
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()
const SIGN_KEY_AAD = (storeId: string) => encoder.encode(`pl-signing-key v1\n${storeId}\n`)
const FP_KEY_AAD = (storeId: string) => encoder.encode(`pl-fingerprint-key v1\n${storeId}\n`)
/** Rows per INSERT statement (11 parameters each, well under SQLite's limit of 32766). */
const ROWS_PER_INSERT = 64
/** Plaintext chunk size of blob streams. */
export const BLOB_CHUNK = 1024 * 1024
/** Blob chunks are committed in groups; the entry that references the blob is the durable commit. */
const CHUNKS_PER_COMMIT = 16

async function deriveKek(crypto: Crypto, meta: Pick<StoreMeta, 'kdf'>, material: KeyMaterial): Promise<Uint8Array> {
  if (meta.kdf.alg === 'keyfile') {
    if (material.kind !== 'keyfile') {
      throw new UserError('no-passphrase', 'This store is locked with a key file, not a passphrase.', {
        hints: ['Set PL_KEY_FILE to the path of the store key file.'],
      })
    }
    return material.key.slice()
  }
  if (material.kind !== 'passphrase') {
    throw new UserError('no-passphrase', 'This store is locked with a passphrase, not a key file.', {
      hints: ['Unset PL_KEY_FILE and give the passphrase (PL_PASSPHRASE, PL_PASSPHRASE_FILE, or the prompt).'],
    })
  }
  return crypto.deriveKek(material.passphrase, meta.kdf)
}

/** Creates the meta rows of a new store. The database must be empty. */
export async function initialiseStore(
  db: Database,
  crypto: Crypto,
  material: KeyMaterial,
  options: {now: number; kdfPreset: 'interactive' | 'moderate' | 'test-only-weak'},
): Promise<StoreMeta> {
  if (isInitialised(db)) throw new UserError('store-exists', 'The evidence store already exists.', {hints: ['Use it as it is, or pick another path with --store.']})
  const storeId = toHex(nodeRandomBytes(16))
  const kdf: StoreMeta['kdf'] = material.kind === 'keyfile' ? {alg: 'keyfile'} : crypto.newKdfParams(options.kdfPreset)
  const kek = await deriveKek(crypto, {kdf}, material)
  const signing = crypto.signKeypair()
  const wrappedSign = crypto.seal(kek, signing.secretKey, SIGN_KEY_AAD(storeId))
  const fpKey = crypto.randomKey()
  const wrappedFp = crypto.seal(kek, fpKey, FP_KEY_AAD(storeId))
  const rows: [string, string][] = [
    ['format', String(FORMAT_VERSION)],
    ['store_id', storeId],
    ['created', String(options.now)],
    ['kdf', JSON.stringify(kdf)],
    ['kek_check', toHex(crypto.kekCheck(kek))],
    ['sign_public_key', toHex(signing.publicKey)],
    ['sign_secret_key', toHex(wrappedSign.nonce) + ':' + toHex(wrappedSign.ciphertext)],
    ['fingerprint_key', toHex(wrappedFp.nonce) + ':' + toHex(wrappedFp.ciphertext)],
  ]
  const insert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)')
  db.transaction(() => {
    for (const [k, v] of rows) insert.run(k, v)
  }).immediate()
  crypto.memzero(kek)
  crypto.memzero(signing.secretKey)
  crypto.memzero(fpKey)
  return readMeta(db)
}

function splitWrapped(value: string): {nonce: Uint8Array; ciphertext: Uint8Array} {
  const [n, c] = value.split(':')
  if (!n || !c) throw new UserError('store-format', 'A wrapped key in the store meta is malformed.')
  return {nonce: fromHex(n), ciphertext: fromHex(c)}
}

/** A ledger opened with its key: decrypts, appends, stores blobs, signs checkpoints. */
export class UnlockedLedger extends Ledger {
  readonly crypto: Crypto
  readonly actor: string
  readonly now: () => number
  #kek: Uint8Array
  readonly #keys = new Map<string, Uint8Array>()
  #appendedSinceCheckpoint = false

  private constructor(db: Database, options: UnlockOptions, kek: Uint8Array) {
    super(db)
    this.crypto = options.crypto
    this.actor = options.actor
    this.now = options.now
    this.#kek = kek
  }

  /** Derives the KEK and checks it against the store's key-check value before anything is written. */
  static async unlock(db: Database, options: UnlockOptions): Promise<UnlockedLedger> {
    const meta = readMeta(db)
    const kek = await deriveKek(options.crypto, meta, options.material)
    if (!equalBytes(options.crypto.kekCheck(kek), meta.kekCheck)) {
      options.crypto.memzero(kek)
      throw new UserError('wrong-passphrase', 'Wrong passphrase or key file for this evidence store. Nothing was written.', {
        hints: ['Check PL_PASSPHRASE / PL_PASSPHRASE_FILE / PL_KEY_FILE, or the store path (--store, PL_HOME).'],
      })
    }
    return new UnlockedLedger(db, options, kek)
  }

  #metaValue(key: string): string {
    const r = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as {value: string} | undefined
    if (!r) throw new UserError('store-format', `The evidence store meta "${key}" is missing.`)
    return r.value
  }

  #unwrapMeta(key: string, aad: Uint8Array): Uint8Array {
    const w = splitWrapped(this.#metaValue(key))
    try {
      return this.crypto.open(this.#kek, w.nonce, w.ciphertext, aad)
    } catch (error) {
      throw new IntegrityError(`The store's ${key.replaceAll('_', ' ')} does not decrypt: the meta table was altered.`, {cause: error})
    }
  }

  /** The key that makes scanner fingerprints (HMAC) comparable within this store only. */
  fingerprintKey(): Uint8Array {
    return this.#unwrapMeta('fingerprint_key', FP_KEY_AAD(this.meta.storeId))
  }

  /** Creates a new random data key, stores it wrapped by the KEK, and returns its id. */
  createKey(): string {
    const id = 'k_' + toHex(nodeRandomBytes(12))
    const key = this.crypto.randomKey()
    const w = this.crypto.seal(this.#kek, key, keyWrapAad(this.meta.storeId, id))
    this.db.prepare('INSERT INTO keys (id, nonce, wrapped, created) VALUES (?, ?, ?, ?)').run(id, w.nonce, w.ciphertext, this.now())
    this.#keys.set(id, key)
    return id
  }

  /** The data key, or undefined when it was shredded (or never existed). */
  key(keyId: string): Uint8Array | undefined {
    const cached = this.#keys.get(keyId)
    if (cached) return cached
    const r = this.db.prepare('SELECT nonce, wrapped FROM keys WHERE id = ?').get(keyId) as {nonce: Buffer; wrapped: Buffer} | undefined
    if (!r) return undefined
    let key: Uint8Array
    try {
      key = this.crypto.open(this.#kek, r.nonce, r.wrapped, keyWrapAad(this.meta.storeId, keyId))
    } catch (error) {
      throw new IntegrityError(`Data key ${keyId} does not decrypt: the keys table was altered.`, {cause: error})
    }
    this.#keys.set(keyId, key)
    return key
  }

  /**
   * Decrypts an entry; the body is null when its key was shredded. `header` is the row's encoded
   * header when the caller has it already (verification computes it for the hash).
   */
  decrypt<K extends string = string>(row: EntryRow, header: Uint8Array = encodeHeader(row)): LedgerEntry<K> {
    const key = this.key(row.keyId)
    let body: unknown = null
    if (key) {
      let plain: Uint8Array
      try {
        plain = this.crypto.open(key, row.nonce, row.body, header)
      } catch (error) {
        if (error instanceof DecryptionError) {
          throw new IntegrityError(`Entry ${row.seq} does not decrypt: its body or header was altered.`, {
            cause: error,
            details: {seq: row.seq},
            hints: ['Run `pl evidence verify` for a full report.'],
          })
        }
        throw error
      }
      body = JSON.parse(decoder.decode(plain))
    }
    return {seq: row.seq, ts: row.ts, incident: row.incident, kind: row.kind as K, actor: row.actor, keyId: row.keyId, body} as LedgerEntry<K>
  }

  /**
   * Appends entries in one BEGIN IMMEDIATE transaction. The sequence number and previous hash are
   * read inside the transaction, so concurrent writers (other processes) serialise correctly.
   */
  append(inputs: readonly AppendInput[]): EntryRow[] {
    const last = this.db.prepare('SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1')
    const keys = inputs.map((i) => {
      const k = this.key(i.keyId)
      if (!k) throw new UserError('key-shredded', `Cannot append with key ${i.keyId}: it was shredded.`)
      return k
    })
    const written = this.db
      .transaction(() => {
        const tail = last.get() as {seq: number; hash: Buffer} | undefined
        let seq = tail?.seq ?? 0
        let prev: Uint8Array = tail ? new Uint8Array(tail.hash) : ZERO_HASH
        const out: EntryRow[] = []
        const ts = this.now()
        for (const [i, input] of inputs.entries()) {
          seq += 1
          const header: EntryHeader = {seq, ts, incident: input.incident, kind: input.kind, actor: this.actor, keyId: input.keyId, blob: input.blob ?? null}
          const body = typeof input.body === 'function' ? (input.body as BodyOfSeq)(seq) : input.body
          const encoded = encodeHeader(header)
          const {nonce, ciphertext} = this.crypto.seal(keys[i]!, Buffer.from(canonicalJson(body), 'utf8'), encoded)
          const hash = entryHash(prev, encoded, nonce, ciphertext)
          out.push({...header, nonce, body: ciphertext, prev, hash})
          prev = hash
        }
        // Rows go in by statements of up to ROWS_PER_INSERT: one call into SQLite per row costs
        // more than the row itself for small entries.
        for (let at = 0; at < out.length; at += ROWS_PER_INSERT) {
          const rows = out.slice(at, at + ROWS_PER_INSERT)
          const params: unknown[] = []
          for (const r of rows) params.push(r.seq, r.ts, r.incident, r.kind, r.actor, r.keyId, r.blob, r.nonce, r.body, r.prev, r.hash)
          this.#insertStatement(rows.length).run(...params)
        }
        return out
      })
      .immediate()
    this.#appendedSinceCheckpoint = true
    return written
  }

  readonly #inserts = new Map<number, Statement>()

  #insertStatement(rows: number): Statement {
    let stmt = this.#inserts.get(rows)
    if (!stmt) {
      const values = Array.from({length: rows}, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')
      stmt = this.db.prepare(`INSERT INTO entries (seq, ts, incident, kind, actor, key_id, blob, nonce, body, prev, hash) VALUES ${values}`)
      this.#inserts.set(rows, stmt)
    }
    return stmt
  }

  /** Runs `fn` in one BEGIN IMMEDIATE transaction (appends inside it become savepoints). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate()
  }

  /**
   * Before anything is appended on top of entries no signed checkpoint covers yet (a crash
   * between an append and its checkpoint, or rows inserted behind pl's back), those entries are
   * authenticated with their data keys; a forged row cannot pass AEAD without the key.
   */
  sealTail(): void {
    const latest = this.latestCheckpoint()
    const {maxSeq} = this.count()
    if ((latest?.size ?? 0) >= maxSeq) return
    // An entry whose key is gone is acceptable only when an authentic key.shredded entry later in
    // the same unsealed tail shredded that key (a shred interrupted before its checkpoint). A key
    // id seen in a clear header is not enough: anyone can copy one onto a forged row.
    const keyless = new Map<string, number>()
    const shreddedAt = new Map<string, number>()
    for (const row of this.rows((latest?.size ?? 0) + 1)) {
      if (!this.hasKey(row.keyId)) {
        if (!keyless.has(row.keyId)) keyless.set(row.keyId, row.seq)
        continue
      }
      const entry = this.decrypt(row)
      if (entry.kind === 'key.shredded' && entry.body && typeof (entry.body as {keyId?: unknown}).keyId === 'string') {
        shreddedAt.set((entry.body as {keyId: string}).keyId, row.seq)
      }
    }
    for (const [keyId, firstSeq] of keyless) {
      const shred = shreddedAt.get(keyId)
      if (shred === undefined || shred < firstSeq) {
        throw new IntegrityError(`Entry ${firstSeq} is not covered by a signed checkpoint and uses a key this store does not hold: it was not written by pl.`, {
          details: {seq: firstSeq},
          hints: ['Run `pl evidence verify` and preserve the store file for investigation.'],
        })
      }
    }
  }

  /** Signs a checkpoint over all entries if any were appended since the latest one. */
  checkpoint(): Checkpoint {
    const secret = this.#unwrapMeta('sign_secret_key', SIGN_KEY_AAD(this.meta.storeId))
    try {
      return this.db
        .transaction(() => {
          const latest = this.latestCheckpoint()
          const {n} = this.count()
          if (latest && latest.size === n) return latest
          const frontier = new MerkleFrontier()
          for (const h of this.leafHashes()) frontier.append(h)
          const base = {storeId: this.meta.storeId, size: n, root: frontier.root(), ts: this.now()}
          const sig = this.crypto.sign(secret, checkpointMessage(base.storeId, base.size, base.root, base.ts))
          // Another process may have signed this size meanwhile; the table refuses replacements.
          if (this.db.prepare('SELECT 1 FROM checkpoints WHERE size = ?').get(base.size) === undefined) {
            this.db.prepare('INSERT INTO checkpoints (size, root, ts, sig) VALUES (?, ?, ?, ?)').run(base.size, base.root, base.ts, sig)
          }
          return {...base, sig}
        })
        .immediate()
    } finally {
      this.crypto.memzero(secret)
      this.#appendedSinceCheckpoint = false
    }
  }

  get appendedSinceCheckpoint(): boolean {
    return this.#appendedSinceCheckpoint
  }

  /**
   * Streams plaintext into an encrypted, content-addressed blob. Memory stays at about two chunks
   * whatever the size. The blob row is written last; chunks of an interrupted write are orphans
   * that no entry references (reported by verify, harmless).
   */
  async writeBlob(keyId: string, source: AsyncIterable<Uint8Array>, onProgress?: (bytes: number) => void): Promise<{id: string; size: number; sha256: string}> {
    const key = this.key(keyId)
    if (!key) throw new BugError(`writeBlob: no key ${keyId}`)
    const stream = toHex(nodeRandomBytes(16))
    const push = await this.crypto.pushStream(key)
    const address = createHash('sha256').update(push.header)
    const plainHash = createHash('sha256')
    const insert = this.db.prepare('INSERT INTO blob_chunks (stream, idx, data) VALUES (?, ?, ?)')
    let idx = 0
    let size = 0
    let batch: Uint8Array[] = []
    const flush = () => {
      if (batch.length === 0) return
      const first = idx - batch.length
      const rows = batch
      this.db.transaction(() => rows.forEach((data, i) => insert.run(stream, first + i, data))).immediate()
      batch = []
    }
    const emit = (plain: Uint8Array, final: boolean) => {
      const ct = push.push(plain, final)
      address.update(ct)
      batch.push(ct)
      idx += 1
      if (batch.length >= CHUNKS_PER_COMMIT) flush()
    }
    // Blob chunks need not be durable one by one: the entry that references the blob is appended
    // with synchronous=FULL, and its WAL sync persists every earlier frame.
    this.db.pragma('synchronous = NORMAL')
    try {
      // The source's pieces are queued as they come and cut into chunks of exactly BLOB_CHUNK
      // bytes: a chunk inside one piece is a view of it, only one spanning pieces is copied.
      let parts: Uint8Array[] = []
      let head = 0
      let queued = 0
      const take = (n: number): Uint8Array => {
        queued -= n
        const first = parts[head]!
        let out: Uint8Array
        if (first.length >= n) {
          out = first.subarray(0, n)
          if (first.length === n) head += 1
          else parts[head] = first.subarray(n)
        } else {
          out = new Uint8Array(n)
          for (let o = 0; o < n; ) {
            const part = parts[head]!
            const k = Math.min(part.length, n - o)
            out.set(part.subarray(0, k), o)
            o += k
            if (k === part.length) head += 1
            else parts[head] = part.subarray(k)
          }
        }
        // Drop the consumed pieces now and then (a stream of tiny pieces must not cost n² shifts).
        if (head > 64 && head * 2 > parts.length) {
          parts = parts.slice(head)
          head = 0
        }
        return out
      }
      for await (const chunk of source) {
        plainHash.update(chunk)
        size += chunk.length
        onProgress?.(size)
        if (chunk.length === 0) continue
        parts.push(chunk)
        queued += chunk.length
        // Strictly more than a chunk: the last chunk, marked final, is never empty unless the blob is.
        while (queued > BLOB_CHUNK) emit(take(BLOB_CHUNK), false)
      }
      emit(queued === 0 ? new Uint8Array(0) : take(queued), true)
      flush()
    } finally {
      this.db.pragma('synchronous = FULL')
    }
    const id = address.digest('hex')
    // The same content under the same key twice is one blob (its first stream stays the one read).
    this.transaction(() => {
      if (this.blobInfo(id) === undefined) {
        this.db.prepare('INSERT INTO blobs (id, stream, header, chunks, size, created) VALUES (?, ?, ?, ?, ?, ?)').run(id, stream, push.header, idx, size, this.now())
      }
    })
    return {id, size, sha256: plainHash.digest('hex')}
  }

  /** Decrypts a blob chunk by chunk; throws IntegrityError on any altered, missing or extra chunk. */
  async *readBlob(keyId: string, blobId: string): AsyncGenerator<Uint8Array> {
    const key = this.key(keyId)
    if (!key) throw new UserError('key-shredded', 'This evidence was crypto-shredded; its content cannot be recovered.')
    const info = this.blobInfo(blobId)
    if (!info) throw new IntegrityError(`Blob ${blobId} is missing from the store.`)
    const pull = await this.crypto.pullStream(key, info.header)
    let expected = 0
    let final = false
    for (const {idx, data} of this.blobChunks(info.stream)) {
      if (idx !== expected || final) throw new IntegrityError(`Blob ${blobId}: chunk ${idx} is out of place.`)
      expected += 1
      try {
        const r = pull.pull(data)
        final = r.final
        yield r.message
      } catch (error) {
        throw new IntegrityError(`Blob ${blobId}: chunk ${idx} failed authentication (altered).`, {cause: error})
      }
    }
    if (!final) throw new IntegrityError(`Blob ${blobId} is truncated (no final chunk).`)
  }

  /**
   * Crypto-shredding: appends the `key.shredded` record and deletes the wrapped key in one
   * transaction, then truncates the WAL so no copy of the wrapped key stays in it.
   */
  shredKey(record: AppendInput, keyId: string): EntryRow {
    if (!this.hasKey(keyId)) throw new UserError('key-shredded', `Key ${keyId} was already shredded.`)
    const row = this.db
      .transaction(() => {
        const [r] = this.append([record])
        this.db.prepare('DELETE FROM keys WHERE id = ?').run(keyId)
        return r!
      })
      .immediate()
    const cached = this.#keys.get(keyId)
    if (cached) this.crypto.memzero(cached)
    this.#keys.delete(keyId)
    return row
  }

  /**
   * Moves WAL content into the database and empties the WAL, so that pages holding a shredded
   * key's old bytes are overwritten. Another process in the middle of a read pins those pages;
   * after `waitMs` this gives up and says so (the last connection to close completes it).
   */
  compactWal(waitMs = 5000): {complete: boolean} {
    const previous = this.db.pragma('busy_timeout', {simple: true}) as number
    this.db.pragma(`busy_timeout = ${waitMs}`)
    try {
      const [r] = this.db.pragma('wal_checkpoint(TRUNCATE)') as {busy: number; log: number; checkpointed: number}[]
      return {complete: r !== undefined && r.busy === 0 && r.checkpointed === r.log}
    } finally {
      this.db.pragma(`busy_timeout = ${previous}`)
    }
  }

  lock(): void {
    for (const k of this.#keys.values()) this.crypto.memzero(k)
    this.#keys.clear()
    this.crypto.memzero(this.#kek)
  }

  override close(): void {
    this.lock()
    super.close()
  }
}

