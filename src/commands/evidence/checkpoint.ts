import {writeFileSync} from 'node:fs'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import {latestCheckpoint} from '../../services/evidence/checkpoint.js'
import type {CheckpointFile} from '../../domain/checkpoint.js'

export default class EvidenceCheckpoint extends BaseCommand {
  static override summary = 'Print the latest signed checkpoint (tree head), to anchor outside this machine.'
  static override description = `Post it in the incident channel or the ticket: later, \`pl evidence verify --checkpoint FILE\` proves that no entry it covers was changed, removed or reordered, and that the store was not truncated. If entries are not covered yet (an interrupted command), they are authenticated and sealed first, which needs the store key.`
  static override examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> --out incident-42.checkpoint.json']
  static override flags = {out: Flags.string({char: 'o', description: 'Also write the checkpoint to this file.'})}

  async run(): Promise<CheckpointFile> {
    const {flags} = await this.parse(EvidenceCheckpoint)
    const c = await latestCheckpoint(await this.session(flags))
    const text = JSON.stringify(c, null, 2) + '\n'
    if (flags.out) {
      writeFileSync(flags.out, text, {mode: 0o644})
      this.note(`Wrote ${flags.out}.`)
    }
    this.log(text.trimEnd())
    return c
  }
}
