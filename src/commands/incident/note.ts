import * as Args from '@oclif/core/args'
import {BaseCommand} from '../../base-command.js'
import {noteIncident} from '../../services/incidents.js'

export default class IncidentNote extends BaseCommand {
  static override summary = 'Add a note to an incident (encrypted, on the timeline).'
  static override examples = ['<%= config.bin %> <%= command.id %> INC-2026-0001 "Rotated the gateway key; vendor informed"']
  static override args = {
    incident: Args.string({description: 'Incident id.', required: true}),
    text: Args.string({description: 'The note.', required: true}),
  }

  async run(): Promise<{id: string; incident: string; seq: number}> {
    const {args, flags} = await this.parse(IncidentNote)
    const r = await noteIncident(await this.session(flags), args.incident, args.text)
    this.log(`Noted on ${r.incident} (entry ${r.seq}).`)
    return {id: `${r.incident}#${r.seq}`, incident: r.incident, seq: r.seq}
  }
}
