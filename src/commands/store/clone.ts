import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import type {CloneResult} from '../../services/store-clone.js'
import {cloneStore} from '../../services/store-clone.js'

export default class StoreClone extends BaseCommand {
  static override summary = 'Copy a store to another engine or place (SQLite ⇄ PostgreSQL), verified identically.'
  static override description = `Copies every row as stored (ciphertext, wrapped keys, signed checkpoints) into a new, empty store, then verifies both: the store id, the entries, the checkpoints and the latest signed root must agree. No key is needed, none is seen. A source that does not verify is refused (exit 10); a destination that is not empty is refused (exit 4).`
  static override examples = [
    '<%= config.bin %> <%= command.id %> postgres://auditor@db.internal/pl --to ./audit.db',
    '<%= config.bin %> <%= command.id %> ~/.pl/evidence.db --to postgres://pl_owner@db.internal/pl',
    '<%= config.bin %> <%= command.id %> ./case-42/evidence.db --to ./copy.db --json',
  ]
  static override args = {source: Args.string({description: 'The store to copy: a SQLite file or a postgres:// URL.', required: true})}
  static override flags = {
    to: Flags.string({description: 'The new store: a SQLite file that does not exist yet, or an empty PostgreSQL database (postgres://…).', required: true}),
  }

  async run(): Promise<CloneResult> {
    const {args, flags} = await this.parse(StoreClone)
    const r = cloneStore(args.source, flags.to, process.env, Date.now())
    this.log(`Cloned ${r.from} to ${r.to}`)
    this.log(`  store id: ${r.storeId}`)
    this.log(`  ${r.entries} entries, ${r.checkpoints} signed checkpoints, ${r.blobs} blobs`)
    this.log(`  latest root: ${r.root ?? '—'}`)
    this.log('Verified: both stores verify, with the same entries, checkpoints and root.')
    return r
  }
}
