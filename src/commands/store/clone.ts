import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import {rolesText} from '../../render/roles.js'
import type {CloneResult} from '../../services/store-clone.js'
import {cloneStore} from '../../services/store-clone.js'

export default class StoreClone extends BaseCommand {
  static override summary = 'Copy a store to another engine or place (SQLite ⇄ PostgreSQL), verified identically.'
  static override description = `Copies every row as stored (ciphertext, wrapped keys, signed checkpoints) into a new, empty store, then verifies both: the store id, the entries, the checkpoints and the latest signed root must agree. No key is needed, none is seen. A source that does not verify is refused (exit 10); a destination that is not empty is refused (exit 4).

Into PostgreSQL, the team's group roles are set up as \`pl init\` does: --roles create creates pl_writer and pl_auditor (when missing) and grants them on the new store's tables; without it (or with --roles print) pl prints that SQL for the database owner. Until it runs, only the owner can use the copy.`
  static override examples = [
    '<%= config.bin %> <%= command.id %> postgres://auditor@db.internal/pl --to ./audit.db',
    '<%= config.bin %> <%= command.id %> ~/.pl/evidence.db --to postgres://pl_owner@db.internal/pl --roles create',
    '<%= config.bin %> <%= command.id %> ./case-42/evidence.db --to ./copy.db --json',
  ]
  static override args = {source: Args.string({description: 'The store to copy: a SQLite file or a postgres:// URL.', required: true})}
  static override flags = {
    to: Flags.string({description: 'The new store: a SQLite file that does not exist yet, or an empty PostgreSQL database (postgres://…).', required: true}),
    roles: Flags.option({
      description: 'PostgreSQL destination only: create the group roles pl_writer and pl_auditor and grant them on the copy, or print their SQL for the DBA (the default), as `pl init --roles` does.',
      options: ['create', 'print'] as const,
    })(),
  }

  async run(): Promise<CloneResult> {
    const {args, flags} = await this.parse(StoreClone)
    const r = cloneStore(args.source, flags.to, process.env, Date.now(), flags.roles ? {roles: flags.roles} : {})
    this.log(`Cloned ${r.from} to ${r.to}`)
    this.log(`  store id: ${r.storeId}`)
    this.log(`  ${r.entries} entries, ${r.checkpoints} signed checkpoints, ${r.blobs} blobs`)
    this.log(`  latest root: ${r.root ?? '—'}`)
    this.log('Verified: both stores verify, with the same entries, checkpoints and root.')
    if (r.roles) this.log(rolesText(r.roles, 'copy'))
    return r
  }
}
