import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import type {TimelineEvent} from '../../domain/timeline.js'
import {showIncident} from '../../services/incidents.js'
import {NO_ACCESS} from '../../domain/timeline.js'
import {timelineRows, timelineTable} from '../../render/incident.js'

export default class IncidentTimeline extends BaseCommand {
  static override summary = 'Show the timeline of an incident, by event time, with the time each entry was recorded.'
  static override description = `With --follow, keeps running and prints each entry other responders append, as it lands, after checking it: in sequence, chained to the entries before, and decrypted under the incident's key. On a PostgreSQL team store new entries are announced by NOTIFY (only the store id and the new size); a SQLite store is polled. Ctrl-C stops it (exit 0). With --json and --follow, one JSON event per line.`
  static override examples = [
    '<%= config.bin %> <%= command.id %> INC-2026-0001',
    '<%= config.bin %> <%= command.id %> INC-2026-0001 --json',
    '<%= config.bin %> <%= command.id %> INC-2026-0001 --follow --store postgres://pl@db.internal/pl',
  ]
  static override args = {incident: Args.string({description: 'Incident id [default: the current incident, `pl incident use`].'})}
  static override flags = {
    follow: Flags.boolean({char: 'f', description: 'Keep printing entries as they are appended (Ctrl-C to stop).'}),
  }

  async run(): Promise<{id: string; events: TimelineEvent[]} | {id: string; followed: number}> {
    const {args, flags} = await this.parse(IncidentTimeline)
    const session = await this.session(flags)
    const id = await this.incidentOrCurrent(args.incident, session)
    if (flags.follow) return this.follow(session, id, flags.utc)
    const {incident, timeline} = await showIncident(session, id)
    this.log(`${incident.id}  ${incident.access === false ? NO_ACCESS : (incident.title ?? '')}`)
    this.log(timelineTable(timeline, flags.utc))
    return {id: incident.id, events: timeline}
  }

  async follow(session: Awaited<ReturnType<BaseCommand['session']>>, id: string, utc: boolean): Promise<{id: string; followed: number}> {
    const {followTimeline} = await import('../../services/follow.js')
    const controller = new AbortController()
    const stop = () => controller.abort()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    let first = true
    try {
      const r = await followTimeline(session, {
        incident: id,
        signal: controller.signal,
        onEvents: (events, title) => {
          if (this.jsonEnabled()) {
            for (const e of events) process.stdout.write(JSON.stringify(e) + '\n')
            return
          }
          if (first) this.log(`${id.toUpperCase()}  ${title ?? ''}`)
          for (const line of timelineRows(events, utc, first)) this.log(line)
          first = false
        },
        onState: (state) => {
          if (state === 'reconnecting') this.note('Connection to the store lost; reconnecting (entries appended meanwhile will follow)…')
          else if (state === 'reconnected') this.note('Reconnected; caught up.')
        },
      })
      this.note(`Stopped following ${r.id}.`)
      return {id: r.id, followed: r.events}
    } finally {
      process.removeListener('SIGINT', stop)
      process.removeListener('SIGTERM', stop)
    }
  }

  /** --follow --json prints one event per line as it goes: nothing more at the end. */
  protected override logJson(json: unknown): void {
    if (json !== null && typeof json === 'object' && 'followed' in json) return
    super.logJson(json)
  }
}
