import * as Args from '@oclif/core/args'
import {BaseCommand} from '../../base-command.js'
import type {IncidentState} from '../../domain/incident.js'
import {showIncident} from '../../services/incidents.js'
import {incidentDetails} from '../../render/incident.js'

export default class IncidentShow extends BaseCommand {
  static override summary = 'Show an incident: fields, phases (event and record times), metrics, evidence.'
  static override examples = ['<%= config.bin %> <%= command.id %> INC-2026-0001', '<%= config.bin %> <%= command.id %> INC-2026-0001 --utc --json']
  static override args = {incident: Args.string({description: 'Incident id [default: the current incident, `pl incident use`].'})}

  async run(): Promise<IncidentState> {
    const {args, flags} = await this.parse(IncidentShow)
    const session = await this.session(flags)
    const {incident} = await showIncident(session, await this.incidentOrCurrent(args.incident, session), {content: true})
    this.log(incidentDetails(incident, flags.utc))
    return incident
  }
}
