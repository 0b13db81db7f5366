import * as Flags from '@oclif/core/flags'
import {statSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {BaseCommand} from '../base-command.js'
import {rolesText} from '../render/roles.js'
import type {InitResult} from '../services/init.js'
import {existingStoreRoles, initStore, KDF_PRESET_NAMES} from '../services/init.js'

export default class Init extends BaseCommand {
  static override summary = 'Create the encrypted, tamper-evident evidence store.'
  static override description = `Creates the store file (mode 0600, in a 0700 directory) with its signing key and a first signed checkpoint; with --store postgres://… the store's tables in that database instead (docs/team-store.md).
With a responder identity in your config directory (\`pl responder init\`), you become the store's founder and first admin: your public key is the auditor's trust root, and responders you enroll open the store with their own identity.
The store is locked with a passphrase (asked twice on a terminal, or PL_PASSPHRASE / PL_PASSPHRASE_FILE) stretched with Argon2id, or with a 32-byte key file (PL_KEY_FILE, or --new-key-file to create one) for automation.
On a PostgreSQL database that already holds a store (one cloned there without --roles, say), --roles create|print does the roles step alone: it creates or prints the roles and their grants on that store, and touches nothing else.`
  static override examples = [
    '<%= config.bin %> <%= command.id %>',
    'PL_PASSPHRASE_FILE=~/.pl-pass <%= config.bin %> <%= command.id %> --store ./case-42/evidence.db',
    '<%= config.bin %> <%= command.id %> --new-key-file ~/.pl/store.key --json',
    '<%= config.bin %> <%= command.id %> --store postgres://pl_owner@db.internal/pl --roles create',
  ]
  static override flags = {
    'new-key-file': Flags.string({description: 'Create a new random key file at this path (never overwritten) and lock the store with it.'}),
    kdf: Flags.string({
      description: 'Argon2id cost for a passphrase (test-only-weak is for tests only).',
      options: [...KDF_PRESET_NAMES],
      default: 'interactive',
      env: 'PL_KDF',
    }),
    name: Flags.string({description: 'Your responder name, when your identity (`pl responder init`) makes you the store\'s first admin (default: PL_ACTOR, or user@host).'}),
    roles: Flags.option({
      description: 'PostgreSQL only: create the group roles pl_writer (INSERT/SELECT, DELETE on wrapped keys) and pl_auditor (SELECT), or print their SQL for the DBA (the default).',
      options: ['create', 'print'] as const,
    })(),
  }

  async run(): Promise<InitResult | NonNullable<ReturnType<typeof existingStoreRoles>>> {
    const {flags} = await this.parse(Init)
    const session = await this.session(flags)
    const existing = flags.roles ? existingStoreRoles(session, flags.roles) : undefined
    if (existing) {
      this.log(`The evidence store ${existing.store} exists already (store id ${existing.storeId}): its roles only.`)
      this.log(rolesText(existing.roles, 'existing store'))
      return existing
    }
    const result = await initStore(session, {
      kdfPreset: flags.kdf as (typeof KDF_PRESET_NAMES)[number],
      ...(flags['new-key-file'] ? {newKeyFile: flags['new-key-file']} : {}),
      ...(flags.name ? {founderName: flags.name} : {}),
      ...(flags.roles ? {roles: flags.roles} : {}),
    })
    this.log(`Created the evidence store ${result.store}`)
    this.log(`  protection: ${result.protection}${result.keyFile ? ` (${result.keyFile}; keep it safe, export PL_KEY_FILE=${result.keyFile})` : ''}`)
    this.log(`  store id:   ${result.storeId}`)
    this.log(`  signing key (pin it for audits): ${result.publicKey}`)
    this.log(`  verifier key (the same key, for checkpoint notes): ${result.verifierKey}`)
    if (result.founder) {
      this.log(`  founder (first admin): ${result.founder.name}`)
      this.log(`  founder's key (the auditor's trust root): ${result.founder.key}`)
      this.log('  Responders open this store with their own identity: enroll them with `pl responder add NAME --key KEY`.')
    }
    if (result.roles) this.log(rolesText(result.roles, 'new store'))
    if (result.engine !== 'postgres') this.warnIfShared(result.store)
    this.log('Next: pl incident open')
    return result
  }

  /**
   * A store in a folder other users may write to can be deleted or replaced by any of them, or
   * given a planted -wal file that SQLite replays on the next open: said at once, with the fix.
   */
  private warnIfShared(store: string): void {
    const folder = dirname(resolve(store))
    const mode = statSync(folder).mode & 0o777
    if ((mode & 0o022) === 0) return
    this.note(`Warning: ${folder} is writable by other users (mode ${mode.toString(8)}): any of them can delete or replace the store, or plant a file beside it. Keep it in a folder only you can write to: chmod 700 ${folder}, or move it (--store).`)
  }
}
