import * as Args from '@oclif/core/args'
import {BaseCommand} from '../../base-command.js'
import type {AccessResult} from '../../services/responders/access.js'
import {grantAccess} from '../../services/responders/access.js'

export default class IncidentGrant extends BaseCommand {
  static override summary = "Let a responder read an incident's evidence: its access key, sealed to their key."
  static override description = `In a store with responders, an incident's data keys are wrapped under its own access key, which only the responders granted on it can unseal; its opener has it from the start. Someone who has access seals it to the named responder's X25519 key and records an access.granted entry (readable by an auditor without a key).
Without access a responder sees the incident's headers and metadata but cannot reveal, replay or decrypt its evidence (exit 13).`
  static override examples = ['<%= config.bin %> <%= command.id %> INC-2026-0001 bob', '<%= config.bin %> <%= command.id %> INC-2026-0001 carol --json']
  static override args = {
    incident: Args.string({description: 'The incident.', required: true}),
    name: Args.string({description: 'The responder to grant access to.', required: true}),
  }

  async run(): Promise<AccessResult> {
    const {args, flags} = await this.parse(IncidentGrant)
    const r = await grantAccess(await this.session(flags), args.incident.toUpperCase(), args.name)
    this.log(`Granted ${r.responder} access to ${r.incident} (entry ${r.seq}). With access: ${r.granted.join(', ')}.`)
    return r
  }
}
