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
  if (options.boxed ?? process.stdout.isTTY === true) {
    const Table = createRequire(import.meta.url)('cli-table3') as typeof TableType
    const t = new Table({head, style: {head: [], border: [], compact: true}, wordWrap: true})
    for (const r of cells) t.push(r)
    return t.toString()
  }
  // A fold, not Math.max(...): a table of a million rows must not overflow the stack.
  const widths = head.map((h, i) => cells.reduce((w, r) => Math.max(w, (r[i] ?? '').length), h.length))
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd()
  return [line(head.map((h) => h.toUpperCase())), ...cells.map(line)].join('\n')
}

/** A size, or — when it is unknown (a shredded exhibit). */
export function bytes(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : formatSize(n)
}
