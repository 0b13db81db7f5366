import * as Args from '@oclif/core/args'
import {BaseCommand} from '../../base-command.js'
import type {AccessResult} from '../../services/responders/access.js'
import {revokeAccess} from '../../services/responders/access.js'

export default class IncidentRevokeAccess extends BaseCommand {
  static override summary = "Take back a responder's access to an incident's evidence."
  static override description = `Deletes their sealed copy of the incident's access key and records an access.revoked entry; a responder with access, or an admin, may do it.
It cannot undo what they already read, nor an access key or data key they already copied: see docs/threat-model.md.`
  static override examples = ['<%= config.bin %> <%= command.id %> INC-2026-0001 bob', '<%= config.bin %> <%= command.id %> INC-2026-0001 bob --json']
  static override args = {
    incident: Args.string({description: 'The incident.', required: true}),
    name: Args.string({description: 'The responder whose access ends.', required: true}),
  }

  async run(): Promise<AccessResult> {
    const {args, flags} = await this.parse(IncidentRevokeAccess)
    const r = await revokeAccess(await this.session(flags), args.incident.toUpperCase(), args.name)
    this.log(`Revoked ${r.responder}'s access to ${r.incident} (entry ${r.seq}). With access: ${r.granted.join(', ')}.`)
    return r
  }
}
