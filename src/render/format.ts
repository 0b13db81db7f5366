/**
 * Small rendering helpers shared by commands: times, durations, tables. No secrets pass through
 * here; callers hand over metadata only.
 */
import {createRequire} from 'node:module'
import type TableType from 'cli-table3'
import {formatSize} from '../domain/size.js'
import {formatDuration, formatTime} from '../domain/time.js'
import {forTerminal} from './terminal.js'

// Shared with services (their messages count things too), so it lives in the domain.
export {plural} from '../domain/plural.js'

export function when(ms: number | undefined, utc: boolean): string {
  return ms === undefined ? '—' : formatTime(ms, {utc})
}

export function duration(ms: number | undefined): string {
  return ms === undefined ? '—' : formatDuration(ms)
}

/**
 * A table: boxed (cli-table3) on a terminal; plain aligned columns when standard output is a pipe
 * or a file, which greps and cuts well and skips cli-table3's ~25 ms of loading and set-up.
 */
export function table(head: string[], rows: (string | number)[][], options: {boxed?: boolean} = {}): string {
  // Cleaned before widths are measured: an escape sequence in a cell must not skew the columns.
  const cells = rows.map((r) => r.map((c) => forTerminal(String(c).replace(/\s*\n\s*/g, ' '))))
  if (options.boxed ?? process.stdout.isTTY === true) return boxed(head, cells)
  // A fold, not Math.max(...): a table of a million rows must not overflow the stack.
  const widths = head.map((h, i) => cells.reduce((w, r) => Math.max(w, (r[i] ?? '').length), h.length))
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd()
  return [line(head.map((h) => h.toUpperCase())), ...cells.map(line)].join('\n')
}

/**
 * Rows past which a boxed table's rows are drawn here: cli-table3's layout takes time quadratic in
 * the rows (1,000 rows 0.2 s, 16,000 rows 15 s), and a scan of a large log can list tens of
 * thousands of findings.
 */
const BOXED_ROWS = 250

/**
 * A boxed table. Past BOXED_ROWS rows, cli-table3 draws only the frame (borders and heading, with
 * the widths it would give the whole table) and each row is drawn here the way it draws a
 * one-line cell (one space each side, padded to the column's display width): the same text as one
 * cli-table3 table, in linear time.
 */
function boxed(head: string[], cells: string[][]): string {
  const require = createRequire(import.meta.url)
  const Table = require('cli-table3') as typeof TableType
  const style = {head: [], border: [], compact: true}
  if (cells.length <= BOXED_ROWS) {
    const t = new Table({head, style, wordWrap: true})
    for (const r of cells) t.push(r)
    return t.toString()
  }
  // Display widths as cli-table3 measures them (its own strlen: string-width, escapes stripped).
  const {strlen} = require('cli-table3/src/utils.js') as {strlen: (text: string) => number}
  const widths = head.map((h, i) => cells.reduce((w, r) => Math.max(w, strlen(r[i] ?? '')), strlen(h)))
  const frame = new Table({head, style, colWidths: widths.map((w) => w + 2)})
  frame.push(head.map(() => ''))
  const [top, heading, separator, , bottom] = frame.toString().split('\n')
  const row = (r: string[]): string => `│${widths.map((w, i) => ` ${r[i] ?? ''}${' '.repeat(w - strlen(r[i] ?? ''))} `).join('│')}│`
  return [top, heading, separator, ...cells.map(row), bottom].join('\n')
}

/** A size, or — when it is unknown (a shredded exhibit). */
export function bytes(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : formatSize(n)
}
