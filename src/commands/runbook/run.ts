import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import {UserError} from '../../errors.js'
import {currentIncident} from '../../services/current-incident.js'
import {readAnswersFile} from '../../services/runbook/answers.js'
import {findRunbook} from '../../services/runbook/discovery.js'
import type {WalkEvent, WalkResult} from '../../services/runbook/walk.js'
import {walkRunbook} from '../../services/runbook/walk.js'

export default class RunbookRun extends BaseCommand {
  static override summary = 'Walk a containment runbook for an incident, recording every answer and action as it happens.'
  static override description = `Run it again after an interruption (Ctrl-C, a crash) and it resumes at the next step; completed actions are not repeated. A password answer that was crypto-shredded (\`pl evidence shred\`) is asked for again if a step still to do needs it (without a terminal: give it again with --answers).
Destructive actions (revoke, pause, purge) ask first unless --yes. Without a terminal, every question needs an answer from --answers (or a default with --yes); the missing step ids are named at once.
Without --incident, the current incident (\`pl incident use\`) is used and named, except for a runbook with purge actions: those need --incident (or --dry-run).
Credentials and provider addresses come from the environment (see docs/runbooks.md) and are never recorded.`
  static override examples = [
    '<%= config.bin %> <%= command.id %> secret-in-prompt-logs',
    '<%= config.bin %> <%= command.id %> secret-in-prompt-logs --incident INC-2026-0001',
    '<%= config.bin %> <%= command.id %> secret-in-prompt-logs --incident INC-2026-0001 --dry-run',
    '<%= config.bin %> <%= command.id %> secret-in-prompt-logs --incident INC-2026-0001 --answers answers.yaml --yes --json',
  ]
  static override args = {name: Args.string({description: 'Runbook name (or a .yaml file).', required: true})}
  static override flags = {
    incident: Flags.string({char: 'i', description: 'Incident id [default: the current incident, except for runbooks that purge; on a terminal, asked for when there is none].'}),
    answers: Flags.string({char: 'a', description: 'Answers by step id (YAML or JSON).'}),
    yes: Flags.boolean({char: 'y', description: 'Take question defaults and do destructive actions without asking.'}),
    'dry-run': Flags.boolean({description: 'Show what each step would do; record and change nothing.'}),
    dir: Flags.string({description: 'Another folder of runbooks (*.yaml).'}),
  }

  async run(): Promise<WalkResult> {
    const {args, flags} = await this.parse(RunbookRun)
    const {runbook} = findRunbook(process.env, args.name, flags.dir)
    const answers = flags.answers ? readAnswersFile(flags.answers) : new Map<string, unknown>()
    const session = await this.session(flags)
    let incident = flags.incident
    if (incident === undefined) {
      const current = await currentIncident(session.env, session.storePath)
      if (current !== undefined) {
        // Purging is destructive: the incident it preserves evidence into is named, never assumed.
        if (!flags['dry-run'] && runbook.steps.some((s) => s.action?.type === 'purge')) {
          throw new UserError('usage', `${runbook.name} purges data: name the incident with --incident (the current incident is ${current}).`, {
            hints: [`pl runbook run ${args.name} --incident ${current}`],
          })
        }
        this.note(`Incident ${current} (current; change it with \`pl incident use\`)`)
        incident = current
      }
    }
    const result = await walkRunbook(session, {
      runbook,
      ...(incident ? {incident} : {}),
      answers,
      yes: flags.yes,
      dryRun: flags['dry-run'],
      cwd: process.cwd(),
      onEvent: (e) => this.note(describe(e)),
    })
    this.log(
      result.dryRun
        ? `Dry run of ${result.runbook} for ${result.incident}: nothing was recorded or changed.`
        : `${result.runbook} complete for ${result.incident}${result.marked.length > 0 ? `; marked ${result.marked.join(', ')}` : ''}.`,
    )
    return result
  }
}

function describe(e: WalkEvent): string {
  switch (e.type) {
    case 'resume':
      return `Resuming at step ${e.step} (${e.done} step(s) already done).`
    case 'step':
      return `\n[${e.index + 1}/${e.total}] ${e.step.title}${e.step.instructions ? '\n' + e.step.instructions.trim().replace(/^/gm, '    ') : ''}`
    case 'skipped':
      return `— skipped ${e.step.id} (its condition does not hold)`
    case 'would':
      return `    would: ${e.what}`
    case 'action':
      return `    ✔ ${e.summary}`
    case 'already':
      return `    ✔ action already done earlier; not repeated`
    case 'marked':
      return `    ✔ incident marked ${e.phase}`
  }
}
