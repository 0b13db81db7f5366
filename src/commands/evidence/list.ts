import * as Args from '@oclif/core/args'
import {BaseCommand} from '../../base-command.js'
import type {EvidenceItem} from '../../domain/incident.js'
import {listEvidence} from '../../services/evidence.js'
import {bytes, table, when} from '../../render/format.js'

export default class EvidenceList extends BaseCommand {
  static override summary = "List an incident's evidence (metadata only)."
  static override examples = ['<%= config.bin %> <%= command.id %> INC-2026-0001', '<%= config.bin %> <%= command.id %> INC-2026-0001 --json']
  static override args = {incident: Args.string({description: 'Incident id.', required: true})}

  async run(): Promise<{incident: string; evidence: EvidenceItem[]}> {
    const {args, flags} = await this.parse(EvidenceList)
    const evidence = await listEvidence(await this.session(flags), args.incident)
    if (evidence.length === 0) this.log(`No evidence on ${args.incident.toUpperCase()} yet. Add some with \`pl evidence add ${args.incident.toUpperCase()} FILE\`.`)
    else {
      this.log(
        table(
          ['Evidence', 'Kind', 'Name', 'Size', 'Added', 'By', 'State'],
          evidence.map((e) => [e.id ?? '?', e.kind ?? '—', e.name ?? '—', bytes(e.size), when(e.addedAt, flags.utc), e.addedBy, e.shredded ? 'shredded' : 'kept']),
        ),
      )
    }
    return {incident: args.incident.toUpperCase(), evidence}
  }
}
