/**
 * The boxed table: past a few hundred rows pl draws the rows itself inside cli-table3's frame
 * (cli-table3's layout is quadratic in the rows); it must be the same text as one cli-table3 table
 * of every row.
 */
import {describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {createRequire} from 'node:module'
import type TableType from 'cli-table3'
import fc from 'fast-check'
import {table} from '../../src/render/format.js'

const Table = createRequire(import.meta.url)('cli-table3') as typeof TableType

/** The table as cli-table3 draws it in one piece, with the options table() gives it. */
function oneTable(head: string[], rows: string[][]): string {
  const t = new Table({head, style: {head: [], border: [], compact: true}, wordWrap: true})
  for (const r of rows) t.push(r)
  return t.toString()
}

// Cells of different display widths: wide (CJK, emoji), an ellipsis, empty, long.
const cell = fc.oneof(fc.constantFrom('', ' ', '  two  spaces ', '…67', '日本語', '🙂', 'é', 'x'.repeat(60), '$.messages[0].content', 'a\u0301'), fc.string({maxLength: 12}).map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')))

describe('table, boxed', () => {
  test('past a few hundred rows, the same text as one cli-table3 table', () => {
    fc.assert(
      fc.property(fc.integer({min: 240, max: 1300}), fc.array(fc.array(cell, {minLength: 4, maxLength: 4}), {minLength: 1, maxLength: 40}), (n, sample) => {
        const head = ['where', 'rule', 'value', 'fingerprint']
        const rows = Array.from({length: n}, (_, i) => sample[i % sample.length] ?? [])
        assert.equal(table(head, rows, {boxed: true}), oneTable(head, rows))
      }),
      {numRuns: 10},
    )
  })

  test('at and around the threshold, and with rows of every width', () => {
    const head = ['a', 'b']
    for (const n of [1, 249, 250, 251, 500, 501]) {
      const rows = Array.from({length: n}, (_, i) => [`row ${i}`, 'x'.repeat(i % 7)])
      assert.equal(table(head, rows, {boxed: true}), oneTable(head, rows), `${n} rows`)
    }
  })
})
