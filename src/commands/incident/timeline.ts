import * as Args from '@oclif/core/args'
import {BaseCommand} from '../../base-command.js'
import type {TimelineEvent} from '../../domain/timeline.js'
import {showIncident} from '../../services/incidents.js'
import {timelineTable} from '../../render/incident.js'

export default class IncidentTimeline extends BaseCommand {
  static override summary = 'Show the timeline of an incident, by event time, with the time each entry was recorded.'
  static override examples = ['<%= config.bin %> <%= command.id %> INC-2026-0001', '<%= config.bin %> <%= command.id %> INC-2026-0001 --json']
  static override args = {incident: Args.string({description: 'Incident id [default: the current incident, `pl incident use`].'})}

  async run(): Promise<{id: string; events: TimelineEvent[]}> {
    const {args, flags} = await this.parse(IncidentTimeline)
    const session = await this.session(flags)
    const {incident, timeline} = await showIncident(session, await this.incidentOrCurrent(args.incident, session))
    this.log(`${incident.id}  ${incident.title ?? ''}`)
    this.log(timelineTable(timeline, flags.utc))
    return {id: incident.id, events: timeline}
  }
}
