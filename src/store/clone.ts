/**
 * Copying a store between engines (`pl store clone`): every row of every table as it is stored
 * (ciphertext, wrapped keys, signatures), in order, into an empty store, in one transaction. No
 * key is needed and none is seen: the copy is the same ledger, and verifies the same.
 */
import type {Database} from './engine.js'

const TABLES: readonly {name: string; columns: readonly string[]; order: string}[] = [
  {name: 'meta', columns: ['key', 'value'], order: 'key'},
  {name: 'keys', columns: ['id', 'nonce', 'wrapped', 'created'], order: 'id'},
  {name: 'blob_chunks', columns: ['stream', 'idx', 'data'], order: 'stream, idx'},
  {name: 'blobs', columns: ['id', 'stream', 'header', 'chunks', 'size', 'created'], order: 'id'},
  {name: 'entries', columns: ['seq', 'ts', 'incident', 'kind', 'actor', 'key_id', 'blob', 'nonce', 'body', 'prev', 'hash'], order: 'seq'},
  {name: 'checkpoints', columns: ['size', 'root', 'ts', 'sig'], order: 'size'},
]

/** Copies every row of `from` into `to` (an empty store); returns the rows copied per table. */
export function copyRows(from: Database, to: Database, onProgress?: (table: string, rows: number) => void): Record<string, number> {
  const counts: Record<string, number> = {}
  to.transaction(() => {
    for (const t of TABLES) {
      const cols = t.columns.join(', ')
      const insert = to.prepare(`INSERT INTO ${t.name} (${cols}) VALUES (${t.columns.map(() => '?').join(', ')})`)
      let n = 0
      for (const row of from.prepare(`SELECT ${cols} FROM ${t.name} ORDER BY ${t.order}`).raw(true).iterate() as Iterable<unknown[]>) {
        insert.run(...row)
        n += 1
        if (n % 1000 === 0) onProgress?.(t.name, n)
      }
      counts[t.name] = n
    }
  }).immediate()
  return counts
}
