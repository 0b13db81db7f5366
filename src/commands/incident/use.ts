import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import {UserError} from '../../errors.js'
import type {UseResult} from '../../services/current-incident.js'
import {currentIncident, useIncident} from '../../services/current-incident.js'

export default class IncidentUse extends BaseCommand {
  static override summary = 'Set the current incident, so commands that take one can leave it out.'
  static override description = `Kept per store in $PL_HOME/config.yaml (not in the evidence store). Commands that take an incident use it when none is named, and say so on standard error. Destructive commands never take it silently: \`pl evidence shred --incident\` and runbooks with purge actions still need the incident named.
Without an argument, prints the current incident.`
  static override examples = [
    '<%= config.bin %> <%= command.id %> INC-2026-0001',
    '<%= config.bin %> <%= command.id %>',
    '<%= config.bin %> <%= command.id %> --clear',
  ]
  static override args = {incident: Args.string({description: 'Incident id (INC-yyyy-nnnn).'})}
  static override flags = {clear: Flags.boolean({description: 'Unset the current incident of this store.'})}

  async run(): Promise<UseResult> {
    const {args, flags} = await this.parse(IncidentUse)
    const session = await this.session(flags)
    if (flags.clear && args.incident) throw new UserError('usage', 'Give an incident or --clear, not both.')
    if (!flags.clear && args.incident === undefined) {
      const incident = await currentIncident(session.env, session.storePath)
      this.log(incident ? `Current incident: ${incident}` : 'No current incident (set one with `pl incident use INC-…`).')
      return {store: session.storePath, ...(incident ? {incident} : {})}
    }
    const result = await useIncident(session, flags.clear ? undefined : args.incident)
    this.log(result.incident ? `Current incident: ${result.incident}${result.previous && result.previous !== result.incident ? ` (was ${result.previous})` : ''}` : `No current incident${result.previous ? ` (was ${result.previous})` : ''}.`)
    return result
  }
}
