/**
 * Copying a store between engines (`pl store clone`): every row of every table as it is stored
 * (ciphertext, wrapped keys, signatures), in order, into an empty store, in one transaction. No
 * key is needed and none is seen: the copy is the same ledger, and verifies the same.
 */
import type {Database} from './engine.js'
import {dialectOf} from './engine.js'

/**
 * The ledger's tables in the order rows must arrive (entries after the keys and blobs they name,
 * in seq order so that the sequence triggers accept them), each with its sort key. A table a
 * (older) source does not have is skipped; columns are copied by name, as the source has them.
 */
const TABLES: readonly {name: string; order: string}[] = [
  {name: 'meta', order: 'key'},
  {name: 'keys', order: 'id'},
  {name: 'blob_chunks', order: 'stream, idx'},
  {name: 'blobs', order: 'id'},
  {name: 'entries', order: 'seq'},
  {name: 'checkpoints', order: 'size'},
  {name: 'checkpoint_notes', order: 'size'},
  {name: 'cosignatures', order: 'size, signer'},
  {name: 'signatures', order: 'last_seq'},
  {name: 'grants', order: 'incident, responder'},
]

/** Copies every row of `from` into `to` (an empty store); returns the rows copied per table. */
export function copyRows(from: Database, to: Database, onProgress?: (table: string, rows: number) => void): Record<string, number> {
  const present = new Set((from.prepare(dialectOf(from).tables).all() as {name: string}[]).map((r) => r.name))
  const counts: Record<string, number> = {}
  to.transaction(() => {
    for (const t of TABLES) {
      if (!present.has(t.name)) continue
      const inserts = new Map<string, ReturnType<Database['prepare']>>()
      let n = 0
      for (const row of from.prepare(`SELECT * FROM ${t.name} ORDER BY ${t.order}`).iterate() as Iterable<Record<string, unknown>>) {
        const columns = Object.keys(row)
        const shape = columns.join(',')
        let insert = inserts.get(shape)
        if (!insert) {
          insert = to.prepare(`INSERT INTO ${t.name} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
          inserts.set(shape, insert)
        }
        insert.run(...columns.map((c) => row[c]))
        n += 1
        if (n % 1000 === 0) onProgress?.(t.name, n)
      }
      counts[t.name] = n
    }
  }).immediate()
  return counts
}
