/** `pl scan --rules FILE`: custom rules read from a file (pl's YAML or a gitleaks TOML config), added to the built-in ones. */
import {readFileSync, statSync} from 'node:fs'
import {extname} from 'node:path'

import {UserError} from '../../errors.js'
import {parseCustomRules, parseGitleaksToml} from '../../domain/scan/custom-rules.js'
import {KNOWN_PROMPT_RULE, defaultRules} from '../../domain/scan/rules/index.js'
import type {Rule} from '../../domain/scan/types.js'

/** A rules file is a few hundred rules at most: a larger file is a mistake (a log given as rules). */
const MAX_RULES_FILE = 4 << 20

export function loadRulesFile(path: string): Rule[] {
  const extension = extname(path).toLowerCase()
  if (extension !== '.yaml' && extension !== '.yml' && extension !== '.toml') {
    throw new UserError('invalid-input', `--rules ${path}: a rules file is pl's YAML (.yaml or .yml) or a gitleaks config (.toml).`, {hints: ['See docs/scanning.md, "Custom rules".']})
  }
  let text: string
  try {
    const stat = statSync(path)
    if (!stat.isFile()) throw new UserError('invalid-input', `--rules ${path} is not a file.`)
    if (stat.size > MAX_RULES_FILE) throw new UserError('invalid-input', `--rules ${path} is ${stat.size} bytes: a rules file is at most ${MAX_RULES_FILE} bytes.`)
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError('not-found', `Cannot read the rules file ${path}.`, {cause: error, hints: ['Check the path given with --rules and its permissions.']})
  }
  const builtIn = new Set([...defaultRules.map((r) => r.id), KNOWN_PROMPT_RULE.id])
  return extension === '.toml' ? parseGitleaksToml(text, path, builtIn) : parseCustomRules(text, path, builtIn)
}
