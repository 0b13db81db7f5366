import {BaseCommand} from '../base-command.js'
import type {LockResult} from '../services/agent/unlock.js'
import {lockStore} from '../services/agent/unlock.js'

export default class Lock extends BaseCommand {
  static override summary = 'Stop the unlock agent of the store: commands ask for the passphrase again.'
  static override description = 'The agent wipes the key from its memory and exits. Nothing to do (exit 0) when no agent runs for the store.'
  static override examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> --store ./case-42/evidence.db --json']

  async run(): Promise<LockResult> {
    const {flags} = await this.parse(Lock)
    const result = await lockStore(await this.session(flags))
    this.log(result.stopped === undefined ? `No unlock agent runs for ${result.store}; it is locked.` : `Locked ${result.store} (agent pid ${result.stopped} stopped).`)
    return result
  }
}
