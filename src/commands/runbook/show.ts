import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import type {Runbook} from '../../domain/runbook/types.js'
import {findRunbook} from '../../services/runbook/discovery.js'

export default class RunbookShow extends BaseCommand {
  static override summary = 'Show the steps of a runbook: instructions, questions, conditions, actions and phase marks.'
  static override examples = ['<%= config.bin %> <%= command.id %> secret-in-prompt-logs', '<%= config.bin %> <%= command.id %> ./my-runbook.yaml --json']
  static override args = {name: Args.string({description: 'Runbook name (or a .yaml file).', required: true})}
  static override flags = {dir: Flags.string({description: 'Another folder of runbooks (*.yaml).'})}

  async run(): Promise<Runbook> {
    const {args, flags} = await this.parse(RunbookShow)
    const {runbook} = findRunbook(process.env, args.name, flags.dir)
    const lines = [`${runbook.name} — ${runbook.title}`, ...(runbook.description ? [runbook.description.trim()] : []), `For: ${runbook.classes.join(', ') || 'any incident'}`, '']
    runbook.steps.forEach((s, i) => {
      lines.push(`${i + 1}. ${s.title}  [${s.id}]`)
      if (s.when) lines.push(`   when: ${JSON.stringify(s.when)}`)
      if (s.instructions) lines.push(...s.instructions.trim().split('\n').map((l) => `   ${l}`))
      if (s.question) lines.push(`   asks (${s.question.type}): ${s.question.message}${s.question.choices ? ` [${s.question.choices.map((c) => c.value).join(' | ')}]` : ''}`)
      if (s.action) lines.push(`   action: ${s.action.type}${s.action.type === 'manual' ? '' : `/${s.action.provider}`} ${JSON.stringify(s.action.params)}`)
      if (s.mark) lines.push(`   marks the incident ${s.mark}`)
      lines.push('')
    })
    this.log(lines.join('\n').trimEnd())
    return runbook
  }
}
