import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import type {ResponderView} from '../../services/responders/manage.js'
import {revokeResponder} from '../../services/responders/manage.js'

export default class ResponderRevoke extends BaseCommand {
  static override summary = 'Revoke a responder: from this entry on, their signatures are refused.'
  static override description = `Appends a responder.revoked entry, signed by you (an admin). pl no longer opens the store with their identity, and \`pl evidence verify\` fails any entry they sign after it.
Revocation cannot undo what they already read, nor the store key they already held: see docs/threat-model.md.`
  static override examples = ['<%= config.bin %> <%= command.id %> bob', '<%= config.bin %> <%= command.id %> bob --reason "left the on-call rotation" --json']
  static override args = {
    name: Args.string({description: 'The responder to revoke.', required: true}),
  }
  static override flags = {
    reason: Flags.string({description: 'Why (recorded in the entry, readable by anyone who can read the store file).'}),
  }

  async run(): Promise<ResponderView> {
    const {args, flags} = await this.parse(ResponderRevoke)
    const session = await this.session(flags)
    const r = await revokeResponder(session, {name: args.name, ...(flags.reason === undefined ? {} : {reason: flags.reason})})
    this.log(`Revoked ${r.name} at entry ${r.revokedAt}.`)
    return r
  }
}
