import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import {formatProblem} from '../../domain/runbook/parse.js'
import type {RunbookProblem} from '../../domain/runbook/parse.js'
import {table} from '../../render/format.js'
import {listRunbooks} from '../../services/runbook/discovery.js'

export interface RunbookListItem {
  name: string
  title: string
  classes: string[]
  steps: number
  source: 'shipped' | 'user'
  file: string
}

export default class RunbookList extends BaseCommand {
  static override summary = 'List the containment runbooks: shipped ones, $PL_HOME/runbooks and --dir.'
  static override description = 'A runbook in $PL_HOME/runbooks or --dir replaces a shipped one of the same name. Invalid files are listed with file:line:col and never run.'
  static override examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> --dir ./my-runbooks --json']
  static override flags = {dir: Flags.string({description: 'Another folder of runbooks (*.yaml).'})}

  async run(): Promise<{runbooks: RunbookListItem[]; problems: RunbookProblem[]}> {
    const {flags} = await this.parse(RunbookList)
    const {runbooks, problems} = listRunbooks(process.env, flags.dir)
    const items = runbooks.map(({runbook: r, source}) => ({name: r.name, title: r.title, classes: r.classes, steps: r.steps.length, source, file: r.file}))
    this.log(table(['Runbook', 'Title', 'For', 'Steps', 'Source'], items.map((i) => [i.name, i.title, i.classes.join(', ') || 'any', i.steps, i.source])))
    for (const p of problems) this.note(`invalid: ${formatProblem(p)}`)
    return {runbooks: items, problems}
  }
}
