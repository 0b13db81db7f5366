import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import type {ResponderView} from '../../services/responders/manage.js'
import {addResponder} from '../../services/responders/manage.js'

export default class ResponderAdd extends BaseCommand {
  static override summary = 'Enroll a responder in the store (an admin signs it).'
  static override description = `Appends a responder.added entry, signed by you (an admin), that names the responder, their public keys and whether they are an admin, and carries the store's key sealed to their X25519 key: from then on they open the store with their own identity, and every entry they append is signed by them.
In a store without responders yet, the first one is its founder: run it with the store passphrase to enroll your own key (\`pl responder init\` prints it).`
  static override examples = [
    '<%= config.bin %> <%= command.id %> bob --key plr1-3b6a…',
    '<%= config.bin %> <%= command.id %> carol --key plr1-9f01… --admin --json',
  ]
  static override args = {
    name: Args.string({description: 'The responder\'s name: the actor of their entries.', required: true}),
  }
  static override flags = {
    key: Flags.string({description: 'Their public key, as `pl responder init` printed it (plr1-…).', required: true}),
    admin: Flags.boolean({description: 'Make them an admin: they may enroll and revoke responders.', default: false}),
    reenroll: Flags.boolean({description: 'Enroll a key that was revoked (someone back on the team with their old identity): refused without it.', default: false}),
  }

  async run(): Promise<ResponderView> {
    const {args, flags} = await this.parse(ResponderAdd)
    const session = await this.session(flags)
    const r = await addResponder(session, {name: args.name, key: flags.key, admin: flags.admin, reenroll: flags.reenroll})
    this.log(`Enrolled ${r.name}${r.admin ? ' (admin)' : ''} at entry ${r.addedAt}${r.founder ? ': the founder of this store' : ''}.`)
    return r
  }
}
