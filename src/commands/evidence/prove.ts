import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import {proveEvidence} from '../../services/evidence/prove.js'
import {checkOutputFile, writeOutputFile} from '../../services/files/output.js'

export default class EvidenceProve extends BaseCommand {
  static override summary = 'Export an inclusion proof and the signed checkpoint for one exhibit.'
  static override description = `A reviewer checks it without the store: \`pl evidence verify --proof FILE [--exhibit EXHIBIT]\`. With --disclose-key the bundle also carries the exhibit's own data key, which proves its recorded name, size and SHA-256 (and decrypts that exhibit only).`
  static override examples = ['<%= config.bin %> <%= command.id %> EV-12 --out ev-12.proof.json', '<%= config.bin %> <%= command.id %> EV-12 --out ev-12.proof.json --disclose-key']
  static override args = {evidence: Args.string({description: 'Evidence id (EV-n, as `pl evidence list` shows it; entry:SEQ also works).', required: true})}
  static override flags = {
    out: Flags.string({char: 'o', description: 'Where to write the proof bundle.', required: true}),
    'disclose-key': Flags.boolean({description: "Include the exhibit's data key so its metadata can be checked."}),
  }

  async run(): Promise<{id: string; out: string; treeSize: number; leafIndex: number}> {
    const {args, flags} = await this.parse(EvidenceProve)
    const out = {path: flags.out, flag: '--out'}
    checkOutputFile(out)
    const proof = await proveEvidence(await this.session(flags), args.evidence, {discloseKey: flags['disclose-key']})
    writeOutputFile(out, JSON.stringify(proof, null, 2) + '\n', {mode: 0o600})
    this.log(`Wrote the proof of ${proof.evidence} (entry ${proof.entry.seq} in the signed tree of size ${proof.treeSize}) to ${flags.out}.`)
    return {id: proof.evidence, out: flags.out, treeSize: proof.treeSize, leafIndex: proof.leafIndex}
  }
}
