import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import type {IncidentState} from '../../domain/incident.js'
import {listIncidents} from '../../services/incidents.js'
import {incidentSummaryTable} from '../../render/incident.js'

export default class IncidentList extends BaseCommand {
  static override summary = 'List incidents.'
  static override examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> --status open --json']
  static override flags = {
    status: Flags.string({char: 's', description: 'Only incidents in this state (open includes acknowledged).', options: ['open', 'contained', 'resolved']}),
  }

  async run(): Promise<{incidents: IncidentState[]}> {
    const {flags} = await this.parse(IncidentList)
    const incidents = await listIncidents(await this.session(flags), flags.status ? {status: flags.status as 'open' | 'contained' | 'resolved'} : {})
    if (incidents.length === 0) this.log(flags.status ? `No ${flags.status} incidents.` : 'No incidents yet. Open one with `pl incident open`.')
    else this.log(incidentSummaryTable(incidents, flags.utc))
    return {incidents}
  }
}
