/**
 * Human renderings of incidents and timelines. Only metadata: titles, phases, ids, sizes.
 */
import {PHASES} from '../domain/entry.js'
import type {IncidentState} from '../domain/incident.js'
import {METRICS} from '../domain/incident-metrics.js'
import type {TimelineEvent} from '../domain/timeline.js'
import {bytes, duration, table, when} from './format.js'
import {shownName} from './terminal.js'

export function incidentSummaryTable(incidents: readonly IncidentState[], utc: boolean): string {
  return table(
    ['ID', 'Sev', 'Status', 'Title', 'Detected', 'Contained', 'Evidence'],
    incidents.map((i) => {
      const kept = i.evidence.filter((e) => !e.shredded).length
      // Without a grant only headers are known: "no access", never "shredded" (ADR 0014).
      if (i.access === false) return [i.id, '—', '—', '[no access]', '—', '—', kept]
      return [i.id, i.severity ?? '?', i.status, i.title ?? '[shredded]', when(i.phases.detected?.at, utc), when(i.phases.contained?.at, utc), kept]
    }),
  )
}

export function incidentDetails(i: IncidentState, utc: boolean): string {
  const lines = [
    `${i.id}  ${i.title ?? '[shredded]'}`,
    `  severity: ${i.severity ?? '?'}   status: ${i.status}   classes: ${i.classes.join(', ') || '—'}`,
    `  owner: ${i.owner ?? '—'}   opened: ${when(i.openedAt, utc)} by ${i.openedBy}`,
  ]
  if (i.summary) lines.push(`  summary: ${i.summary}`)
  if (i.source) lines.push(`  from: ${i.source.url}`)
  lines.push('', 'Phases (event time / recorded at):')
  lines.push(
    table(
      ['Phase', 'Event time', 'Recorded at', 'By', 'Note'],
      PHASES.map((p) => {
        const m = i.phases[p]
        return [p, when(m?.at, utc), when(m?.recordedAt, utc), m?.actor ?? '', [m?.note, m?.corrects ? `corrects entry ${m.corrects}` : undefined].filter(Boolean).join('; ')]
      }),
    ),
  )
  lines.push('', 'Metrics:')
  for (const [key, m] of Object.entries(METRICS) as [keyof typeof METRICS, (typeof METRICS)[keyof typeof METRICS]][]) {
    lines.push(`  ${m.label.padEnd(20)} ${duration(i.metrics[key])}`)
  }
  const live = i.evidence.filter((e) => !e.shredded)
  lines.push('', `Evidence: ${live.length} item(s)${i.evidence.length > live.length ? `, ${i.evidence.length - live.length} shredded` : ''}; notes: ${i.notes.length}; entries: ${i.entryCount}`)
  for (const e of i.evidence) lines.push(`  ${e.id ?? '?'}  ${e.shredded ? '[shredded]' : `${e.kind ?? '?'}  ${shownName(e.name ?? '?')}  ${bytes(e.size)}`}`)
  for (const w of i.warnings) lines.push(`! ${w}`)
  return lines.join('\n')
}

export function timelineTable(events: readonly TimelineEvent[], utc: boolean): string {
  return table(
    ['Event time', 'Recorded at', 'Seq', 'By', 'What'],
    events.map((e) => [when(e.at, utc), when(e.recordedAt, utc), e.seq, e.actor, e.superseded ? `${e.summary} (superseded by ${e.supersededBy})` : e.summary]),
  )
}

/**
 * Timeline lines for `--follow`: fixed-width columns so that lines printed minutes apart still
 * line up; the header only with the first batch.
 */
export function timelineRows(events: readonly TimelineEvent[], utc: boolean, header: boolean): string[] {
  const cols = (at: string, rec: string, seq: string, by: string, what: string) => `${at.padEnd(26)}  ${rec.padEnd(26)}  ${seq.padStart(6)}  ${by.padEnd(20)}  ${what}`
  const lines = header ? [cols('EVENT TIME', 'RECORDED AT', 'SEQ', 'BY', 'WHAT')] : []
  for (const e of events) {
    lines.push(cols(when(e.at, utc), when(e.recordedAt, utc), String(e.seq), e.actor, e.superseded ? `${e.summary} (superseded by ${e.supersededBy})` : e.summary))
  }
  return lines
}
