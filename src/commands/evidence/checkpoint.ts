import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import {checkOutputFile, writeOutputFile} from '../../services/files/output.js'
import type {CheckpointNoteResult} from '../../services/evidence/checkpoint.js'
import {latestCheckpoint, latestCheckpointNote} from '../../services/evidence/checkpoint.js'
import type {CheckpointFile} from '../../domain/checkpoint.js'

export default class EvidenceCheckpoint extends BaseCommand {
  static override summary = 'Print the latest signed checkpoint (tree head), to anchor outside this machine.'
  static override description = `Post it in the incident channel or the ticket: later, \`pl evidence verify --checkpoint FILE\` proves that no entry it covers was changed, removed or reordered, and that the store was not truncated. If entries are not covered yet (an interrupted command), they are authenticated and sealed first, which needs the store key.
--format note writes the checkpoint as a C2SP signed note (tlog-checkpoint: origin, tree size, base64 root, and an Ed25519 note signature), which transparency-log tools such as Go's golang.org/x/mod/sumdb/note check with the verifier key \`pl store info\` prints. In a store with responders, the note also carries their cosignatures of that checkpoint (C2SP tlog-cosignature lines \`— pl-responder/NAME …\`, added by \`pl evidence verify\`), which note verifiers that do not know those keys ignore. The JSON file (the default) also carries the checkpoint's time and the public key.`
  static override examples = [
    '<%= config.bin %> <%= command.id %>',
    '<%= config.bin %> <%= command.id %> --out incident-42.checkpoint.json',
    '<%= config.bin %> <%= command.id %> --format note --out incident-42.note',
  ]
  static override flags = {
    out: Flags.string({char: 'o', description: 'Also write the checkpoint to this file.'}),
    format: Flags.option({options: ['json', 'note'] as const, default: 'json', description: 'json: the pl-checkpoint/1 file; note: a C2SP signed note (tlog-checkpoint).'})(),
  }

  async run(): Promise<CheckpointFile | CheckpointNoteResult> {
    const {flags} = await this.parse(EvidenceCheckpoint)
    const out = flags.out === undefined ? undefined : {path: flags.out, flag: '--out'}
    if (out !== undefined) checkOutputFile(out)
    const session = await this.session(flags)
    const result = flags.format === 'note' ? await latestCheckpointNote(session) : await latestCheckpoint(session)
    const text = 'note' in result ? result.note : JSON.stringify(result, null, 2) + '\n'
    if (out !== undefined) {
      writeOutputFile(out, text, {mode: 0o644})
      this.note(`Wrote ${flags.out}.`)
    }
    this.log(text.trimEnd())
    return result
  }
}
