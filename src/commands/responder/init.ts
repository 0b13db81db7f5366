import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import {KDF_PRESET_NAMES} from '../../services/init.js'
import type {IdentityResult} from '../../services/responders/manage.js'
import {initIdentity} from '../../services/responders/manage.js'

export default class ResponderInit extends BaseCommand {
  static override summary = 'Create your responder identity: an Ed25519 signing key and an X25519 key, encrypted with your passphrase.'
  static override description = `The keys go to identity.json in your config directory ($XDG_CONFIG_HOME/pl, else ~/.config/pl), mode 0600, the secret halves encrypted under your own passphrase stretched with Argon2id (asked twice on a terminal, or PL_IDENTITY_PASSPHRASE_FILE / PL_IDENTITY_PASSPHRASE). It prints your public key: give it to an admin of a store, who enrolls you with \`pl responder add NAME --key KEY\`. An existing identity is never overwritten.
With an identity, \`pl init\` makes you the new store's founder and first admin.`
  static override examples = ['<%= config.bin %> <%= command.id %>', 'XDG_CONFIG_HOME=~/.config-oncall <%= config.bin %> <%= command.id %> --json']
  static override flags = {
    kdf: Flags.string({
      description: 'Argon2id cost for your passphrase (test-only-weak is for tests only).',
      options: [...KDF_PRESET_NAMES],
      default: 'interactive',
      env: 'PL_KDF',
    }),
  }

  async run(): Promise<IdentityResult> {
    const {flags} = await this.parse(ResponderInit)
    const session = await this.session(flags)
    const r = await initIdentity(session, {kdfPreset: flags.kdf as (typeof KDF_PRESET_NAMES)[number]})
    this.log(`Created your responder identity ${r.path}`)
    this.log(`  public key: ${r.publicKey}`)
    this.log('Give the public key to an admin of the store: pl responder add YOURNAME --key <public key>')
    return r
  }
}
