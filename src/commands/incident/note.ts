import * as Args from '@oclif/core/args'
import {BaseCommand} from '../../base-command.js'
import {maskedNotice, notKeptHint} from '../../domain/free-text.js'
import type {MaskedValue} from '../../domain/free-text.js'
import {isIncidentId} from '../../domain/incident-id.js'
import {UserError} from '../../errors.js'
import {noteIncident} from '../../services/incidents.js'

export default class IncidentNote extends BaseCommand {
  static override summary = 'Add a note to an incident (encrypted, on the timeline).'
  static override description = 'With a current incident (`pl incident use`), the incident may be left out. A secret or personal value the scanner finds in the note is recorded masked (`ghp_…8YOP`), and the command says which rules it masked (ADR 0038); text without one is recorded as given.'
  static override examples = ['<%= config.bin %> <%= command.id %> INC-2026-0001 "Rotated the gateway key; vendor informed"', '<%= config.bin %> <%= command.id %> "Vendor confirmed the key is revoked"']
  static override args = {
    incident: Args.string({description: 'Incident id [default: the current incident, `pl incident use`].'}),
    text: Args.string({description: 'The note.'}),
  }

  async run(): Promise<{id: string; incident: string; seq: number; masked: MaskedValue[]}> {
    const {args, flags} = await this.parse(IncidentNote)
    // One argument is the note, for the current incident.
    const [given, text] = args.text === undefined ? [undefined, args.incident] : [args.incident, args.text]
    if (text === undefined || (given === undefined && isIncidentId(text.toUpperCase()))) {
      throw new UserError('usage', 'What is the note? Give it after the incident id, in quotes.', {hints: ['pl incident note INC-2026-0001 "what happened"']})
    }
    const session = await this.session(flags)
    const r = await noteIncident(session, await this.incidentOrCurrent(given, session), text)
    if (r.masked.length > 0) this.logToStderr(`${maskedNotice(r.masked, 'note')}\n${notKeptHint(r.incident)}`)
    this.log(`Noted on ${r.incident} (entry ${r.seq}).`)
    return {id: `${r.incident}#${r.seq}`, incident: r.incident, seq: r.seq, masked: r.masked}
  }
}
