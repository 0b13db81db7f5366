import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import type {Category} from '../../domain/scan/types.js'
import {table} from '../../render/format.js'
import {listRules} from '../../services/scan/list-rules.js'
import type {RuleInfo} from '../../services/scan/list-rules.js'

const CATEGORIES = ['secret', 'pii', 'prompt'] as const satisfies readonly Category[]

/** The keywords column of the table is cut here (a long-tail row spells its name a dozen ways); --json has them all. */
const KEYWORDS_WIDTH = 48

function keywordsCell(keywords: readonly string[]): string {
  const all = keywords.join(' ')
  if (all.length <= KEYWORDS_WIDTH) return all || '—'
  const shown: string[] = []
  for (const keyword of keywords) {
    if ([...shown, keyword].join(' ').length > KEYWORDS_WIDTH - 10) break
    shown.push(keyword)
  }
  return `${shown.join(' ')} (+${keywords.length - shown.length} more)`
}

export default class RulesList extends BaseCommand {
  static override summary = 'List the detectors pl scan runs, with their prefilter keywords and whether --verify checks them live.'
  static override description =
    'One row per rule id: its category, what it finds, the keywords the prefilter looks for (a rule runs only on lines holding one; none: every line; a long list is cut in the table, --json has it whole), and for tokens that --verify can check, the environment variable that overrides the provider\'s base URL.'
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
        rules.map((r) => [r.id, r.category, keywordsCell(r.keywords), r.verify === null ? '—' : `yes (${r.verify.env})`, r.description]),
      ),
    )
    return {rules}
  }
}
