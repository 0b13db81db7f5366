/**
 * Small rendering helpers shared by commands: times, durations, tables. No secrets pass through
 * here; callers hand over metadata only.
 */
import Table from 'cli-table3'
import {formatDuration, formatTime} from '../domain/time.js'

export function when(ms: number | undefined, utc: boolean): string {
  return ms === undefined ? '—' : formatTime(ms, {utc})
}

export function duration(ms: number | undefined): string {
  return ms === undefined ? '—' : formatDuration(ms)
}

export function table(head: string[], rows: (string | number)[][]): string {
  const t = new Table({head, style: {head: [], border: [], compact: true}, wordWrap: true})
  for (const r of rows) t.push(r.map(String))
  return t.toString()
}

export function bytes(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—'
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let v = n
  let u = 0
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024
    u += 1
  }
  return u === 0 ? `${n} B` : `${v.toFixed(1)} ${units[u]}`
}
