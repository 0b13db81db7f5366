import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import type {StepStatus} from '../../domain/runbook/status.js'
import {table, when} from '../../render/format.js'
import type {IncidentWalks} from '../../services/runbook/status.js'
import {runbookStatus} from '../../services/runbook/status.js'

const STATE: Record<StepStatus['state'], string> = {done: 'done', 'done-by-hand': 'DONE BY HAND', skipped: 'SKIPPED', failed: 'FAILED', pending: 'pending'}

export default class RunbookStatus extends BaseCommand {
  static override summary = 'Show where each runbook walk of an incident stands: every step done, pending, failed, skipped or done by hand, with who and when.'
  static override description = `Without an incident, every incident whose record holds a walk. A failed step shows its last error; a skipped one its reason (or that its condition did not hold); one done by hand the responder's note. The walk's lease says who is walking it now.`
  static override examples = ['<%= config.bin %> <%= command.id %> INC-2026-0001', '<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> INC-2026-0001 --json']
  static override args = {incident: Args.string({description: 'Incident id (every incident with a walk when left out).'})}
  static override flags = {dir: Flags.string({description: 'Another folder of runbooks (*.yaml), to name the steps of a walk not yet recorded.'})}

  async run(): Promise<{incidents: IncidentWalks[]}> {
    const {args, flags} = await this.parse(RunbookStatus)
    const incidents = await runbookStatus(await this.session(flags), {...(args.incident === undefined ? {} : {incident: args.incident}), ...(flags.dir === undefined ? {} : {dir: flags.dir})})
    if (incidents.length === 0) this.log('No runbook walk is recorded.')
    for (const i of incidents) {
      if (i.walks.length === 0) this.log(`${i.incident}  ${i.title ?? ''}\n  No runbook walk is recorded for this incident.`)
      for (const w of i.walks) {
        const c = w.counts
        this.log(`\n${i.incident}  ${w.runbook}: ${c.done} done, ${c['done-by-hand']} by hand, ${c.skipped} skipped, ${c.failed} failed, ${c.pending} pending`)
        if (w.lease) this.log(`  Walked by ${w.lease.holder} (pid ${w.lease.pid} on ${w.lease.host}) since ${when(w.lease.since, flags.utc)}${w.lease.state === 'held' ? '' : ` — lease ${w.lease.state === 'dead' ? 'dead (process gone)' : 'lapsed'}`}`)
        this.log(
          table(
            ['Step', 'State', 'Detail', 'By', 'When'],
            w.steps.map((s) => [s.id, s.state === 'skipped' && s.detail === null ? 'skipped' : STATE[s.state], s.detail ?? (s.state === 'skipped' ? 'its condition did not hold' : ''), s.actor ?? '', s.at === null ? '' : when(s.at, flags.utc)]),
          ),
        )
      }
    }
    return {incidents}
  }
}
