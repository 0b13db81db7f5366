/** Before a phase mark is corrected: what changes, and whether to record it. */
import type {MarkChange} from '../domain/mark-change.js'
import {formatDuration, formatTime} from '../domain/time.js'
import type {Prompter} from './types.js'

/** The change in lines a person reads: old → new time, and each metric with its SLO verdict. */
export function describeMarkChange(change: MarkChange, utc: boolean): string[] {
  const d = (ms: number | undefined) => (ms === undefined ? '—' : formatDuration(ms))
  const lines = [`${change.incident} already has a ${change.phase} mark: ${formatTime(change.old, {utc})} → ${formatTime(change.new, {utc})}`]
  for (const m of change.metrics) {
    const slo =
      m.target === undefined ? '' : `; SLO < ${formatDuration(m.target)}: ${m.verdictBefore ?? '—'} → ${m.verdictAfter ?? '—'}${m.verdictBefore !== m.verdictAfter ? ' (changes)' : ''}`
    lines.push(`  ${m.label}: ${d(m.before)} → ${d(m.after)}${slo}`)
  }
  return lines
}

/** Asks whether to record the correction; the default is no. */
export function confirmMarkChange(prompter: Prompter, change: MarkChange, utc: boolean): Promise<boolean> {
  return prompter.confirm({message: `${describeMarkChange(change, utc).join('\n')}\nRecord this correction?`, default: false})
}
