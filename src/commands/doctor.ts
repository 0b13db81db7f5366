import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../base-command.js'
import {table} from '../render/format.js'
import {findRunbook, listRunbooks} from '../services/runbook/discovery.js'
import type {PreflightCheck} from '../services/runbook/preflight.js'
import {preflight} from '../services/runbook/preflight.js'

export default class Doctor extends BaseCommand {
  static override summary = 'Check, before an incident, that the runbooks\' actions have what they need: provider addresses, credentials, and reachable endpoints.'
  static override description = `For every step with an action (whatever its condition), names each unset address or credential variable (never a value) and tries each address once with a short timeout (PL_DOCTOR_TIMEOUT_MS, default 3000): default public endpoints too. The same check runs before the first question of \`pl runbook run\`.
Exit code 0 when nothing is missing or unreachable, 1 otherwise.`
  static override examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> --runbook secret-in-prompt-logs', '<%= config.bin %> <%= command.id %> --runbook ./my-runbook.yaml --json']
  static override flags = {
    runbook: Flags.string({description: 'Check this runbook only (a name or a .yaml file).'}),
    dir: Flags.string({description: 'Another folder of runbooks (*.yaml).'}),
  }

  async run(): Promise<{ok: boolean; runbooks: PreflightCheck[]}> {
    const {flags} = await this.parse(Doctor)
    const runbooks = flags.runbook === undefined ? listRunbooks(process.env, flags.dir).runbooks.map((r) => r.runbook) : [findRunbook(process.env, flags.runbook, flags.dir).runbook]
    const timeoutMs = Number(process.env.PL_DOCTOR_TIMEOUT_MS) || 3000
    const checks = await Promise.all(runbooks.map((rb) => preflight(rb, process.env, {reachable: true, explicitOnly: false, timeoutMs})))
    const ok = checks.every((c) => c.problems.length === 0)
    for (const c of checks) {
      this.log(`${c.runbook}: ${c.problems.length === 0 ? `ok (${c.steps} action step(s) checked)` : `${c.problems.length} problem(s)`}`)
      if (c.problems.length > 0) this.log(table(['Step', 'Provider', 'Problem'], c.problems.map((p) => [p.step, p.provider, p.message])))
    }
    if (!ok) process.exitCode = 1
    return {ok, runbooks: checks}
  }
}
