import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import type {Category} from '../../domain/scan/types.js'
import {table} from '../../render/format.js'
import {listRules} from '../../services/scan/list-rules.js'
import type {RuleInfo} from '../../services/scan/list-rules.js'

const CATEGORIES = ['secret', 'pii', 'prompt'] as const satisfies readonly Category[]

export default class RulesList extends BaseCommand {
  static override summary = 'List the detectors pl scan runs, with their prefilter keywords and whether --verify checks them live.'
  static override description =
    'One row per rule id: its category, what it finds, the keywords the prefilter looks for (a rule runs only on lines holding one; none: every line), and for tokens that --verify can check, the environment variable that overrides the provider\'s base URL.'
  static override examples = [
    '<%= config.bin %> <%= command.id %>',
    '<%= config.bin %> <%= command.id %> --category secret',
    '<%= config.bin %> <%= command.id %> --category pii --json',
  ]
  static override flags = {
    category: Flags.option({description: 'Only the rules of this category.', options: CATEGORIES})(),
  }

  async run(): Promise<{rules: RuleInfo[]}> {
    const {flags} = await this.parse(RulesList)
    const rules = listRules(flags.category === undefined ? {} : {category: flags.category})
    this.log(
      table(
        ['Rule', 'Category', 'Keywords', 'Verify', 'Description'],
        rules.map((r) => [r.id, r.category, r.keywords.join(' ') || '—', r.verify === null ? '—' : `yes (${r.verify.env})`, r.description]),
      ),
    )
    return {rules}
  }
}
