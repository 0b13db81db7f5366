import {BaseCommand} from '../../base-command.js'
import {resolveStorePath} from '../../services/session.js'
import type {StoreInfo} from '../../services/store/info.js'
import {storeInfo} from '../../services/store/info.js'
import {when} from '../../render/format.js'

export default class StoreInfoCommand extends BaseCommand {
  static override summary = 'Show the store: engine, id, size, latest checkpoint and the keys to pin (no passphrase needed).'
  static override description = `The verifier key is the store's public key in the C2SP signed-note form (name+hash+base64): Go's golang.org/x/mod/sumdb/note and other transparency-log tools check the checkpoint notes of \`pl evidence checkpoint --format note\` with it, and \`pl evidence verify --public-key\` takes it as well as the hex key. Keep it somewhere the store's writers cannot change.`
  static override examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> --store ./case-42/evidence.db --json']

  async run(): Promise<StoreInfo> {
    const {flags} = await this.parse(StoreInfoCommand)
    const info = storeInfo(resolveStorePath(flags.store, process.env))
    this.log(`Store ${info.store}`)
    this.log(`  engine:            ${info.engine} (schema ${info.schema})`)
    this.log(`  store id:          ${info.storeId}`)
    this.log(`  created:           ${when(info.created, flags.utc)}`)
    this.log(`  size:              ${info.entries} entries, ${info.bytes} bytes`)
    const c = info.latestCheckpoint
    this.log(`  latest checkpoint: ${c ? `size ${c.size}, root ${c.root}, ${when(c.ts, flags.utc)}${c.note ? '' : ' (no note signature yet)'}` : 'none'}`)
    this.log(`  public key:        ${info.publicKey}`)
    this.log(`  verifier key:      ${info.verifierKey}`)
    this.log(`  meta statement:    ${info.metaStatement ? 'signed' : "none yet (the key holder's next command signs one)"}`)
    if (info.founder) this.log(`  founder:           ${info.founder.name} (the auditor's trust root): ${info.founder.key}`)
    return info
  }
}
