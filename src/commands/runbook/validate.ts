import * as Args from '@oclif/core/args'
import {BaseCommand} from '../../base-command.js'
import type {RunbookProblem} from '../../domain/runbook/parse.js'
import {formatProblem} from '../../domain/runbook/parse.js'
import {UserError} from '../../errors.js'
import {checkRunbookFile} from '../../services/runbook/discovery.js'

export default class RunbookValidate extends BaseCommand {
  static override summary = 'Check runbook files: every problem with file:line:col and what was expected.'
  static override description = 'Exit code 0 when every file is valid, 2 otherwise. Nothing is run.'
  static override strict = false
  static override examples = ['<%= config.bin %> <%= command.id %> runbooks/*.yaml', '<%= config.bin %> <%= command.id %> my-runbook.yaml --json']
  static override args = {file: Args.string({description: 'Runbook file(s).', required: true})}

  async run(): Promise<{files: {file: string; valid: boolean; name?: string; problems: RunbookProblem[]}[]}> {
    const {argv} = await this.parse(RunbookValidate)
    const files = (argv as string[]).map((f) => {
      const r = checkRunbookFile(f)
      return {file: f, valid: r.problems.length === 0, ...(r.runbook ? {name: r.runbook.name} : {}), problems: r.problems}
    })
    for (const f of files) {
      if (f.valid) this.log(`${f.file}: ok (${f.name})`)
      else for (const p of f.problems) this.log(formatProblem(p))
    }
    const bad = files.filter((f) => !f.valid)
    if (bad.length > 0) {
      throw new UserError('invalid-input', `${bad.length} of ${files.length} runbook file(s) are invalid.`, {details: {files}, hints: ['docs/runbooks.md describes the format.']})
    }
    return {files}
  }
}
