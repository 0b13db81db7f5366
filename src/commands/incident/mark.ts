import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import type {Phase} from '../../domain/entry.js'
import {PHASES} from '../../domain/entry.js'
import type {IncidentState} from '../../domain/incident.js'
import {parseTime} from '../../domain/time.js'
import {markIncident} from '../../services/incidents.js'
import {incidentDetails} from '../../render/incident.js'
import {when} from '../../render/format.js'

export default class IncidentMark extends BaseCommand {
  static override summary = 'Mark a phase of an incident (started, detected, acknowledged, contained, resolved).'
  static override description = `The event time (--at) may be in the past; the time the mark was recorded is kept too. A later mark of the same phase corrects an earlier one, and the history stays.`
  static override examples = [
    '<%= config.bin %> <%= command.id %> INC-2026-0001 contained',
    '<%= config.bin %> <%= command.id %> INC-2026-0001 started --at 2026-11-20T13:02:00Z --note "first leaked request in gateway logs"',
    '<%= config.bin %> <%= command.id %> INC-2026-0001 acknowledged --at "10m ago" --json',
  ]
  static override args = {
    incident: Args.string({description: 'Incident id.', required: true}),
    phase: Args.string({description: 'Phase.', required: true, options: [...PHASES]}),
  }
  static override flags = {
    at: Flags.string({description: 'Event time [default: now]: ISO-8601 or "15m ago", "13:02"…'}),
    note: Flags.string({description: 'Why, or how it is known.'}),
  }

  async run(): Promise<IncidentState> {
    const {args, flags} = await this.parse(IncidentMark)
    const session = await this.session(flags)
    const at = parseTime(flags.at ?? 'now', session.now())
    const incident = await markIncident(session, args.incident, {phase: args.phase as Phase, at, ...(flags.note ? {note: flags.note} : {})})
    this.log(`${incident.id}: ${args.phase} at ${when(at, flags.utc)}`)
    this.log(incidentDetails(incident, flags.utc))
    return incident
  }
}
