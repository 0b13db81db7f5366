import {BaseCommand} from '../../base-command.js'
import {table} from '../../render/format.js'
import type {ResponderView} from '../../services/responders/manage.js'
import {listResponders} from '../../services/responders/manage.js'

export default class ResponderList extends BaseCommand {
  static override summary = 'List the responders enrolled in the store, with their keys and status (no key needed).'
  static override description = 'Read from the roster entries, which anyone can read without a key. The founder is the first admin; their key is the auditor\'s trust root. `pl evidence verify` checks who signed what.'
  static override examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> --json']

  async run(): Promise<{responders: ResponderView[]}> {
    const {flags} = await this.parse(ResponderList)
    const session = await this.session(flags)
    const responders = listResponders(session.storePath)
    if (responders.length === 0) {
      this.log('No responders are enrolled: this store is opened with its passphrase, and entries are not signed by their authors.')
    } else {
      this.log(
        table(
          ['Name', 'Role', 'Status', 'Since', 'Key'],
          responders.map((r) => [r.name, r.founder ? 'founder, admin' : r.admin ? 'admin' : 'responder', r.status === 'active' ? 'active' : `revoked at ${r.revokedAt}${r.reason ? ` (${r.reason})` : ''}`, `entry ${r.addedAt}`, r.key]),
        ),
      )
    }
    return {responders}
  }
}
