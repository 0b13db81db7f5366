/**
 * Custom rules (`pl scan --rules FILE`) in pl's YAML form, with gitleaks' fields so a gitleaks rule
 * carries over field for field:
 *
 *     rules:
 *       - id: acme-service-token
 *         description: ACME internal service token
 *         regex: '(?i)acme[_-]token\s*[:=]\s*([a-z0-9]{32})'
 *         secretGroup: 1
 *         keywords: [acme]
 *         entropy: 3.5
 *         allowlist: {regexes: ['^0+$'], stopwords: [example]}
 *
 * `regex` is RE2 syntax (gitleaks') or JavaScript: RE2's leading flags `(?i)`, `(?s)`, `(?m)`,
 * named groups `(?P<name>…)`, `\A`, `\z`, `\Q…\E` and POSIX classes `[[:alpha:]]` are translated;
 * what has no JavaScript equivalent (flags inside the pattern, `\C`, Unicode classes `\pL`) is
 * refused naming the rule. Every problem names file:line.
 */
import {parse as parseToml, TomlError} from 'smol-toml'
import {isMap, isScalar, isSeq, LineCounter, parseDocument} from 'yaml'
import type {Node, YAMLMap} from 'yaml'

import {UserError} from '../../errors.js'
import {entropy} from './checks.js'
import {maskToken} from './mask.js'
import type {Hit, Rule} from './types.js'

/** Custom rules win overlaps with the built-in ones (providers are 3): the user asked for them. */
export const CUSTOM_PRIORITY = 4

const FIELDS = ['id', 'description', 'category', 'regex', 'secretGroup', 'keywords', 'entropy', 'allowlist'] as const
const ALLOWLIST_FIELDS = ['regexes', 'stopwords'] as const

const POSIX: Readonly<Record<string, string>> = {
  alnum: 'A-Za-z0-9',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\s',
  upper: 'A-Z',
  word: '\\w',
  xdigit: '0-9A-Fa-f',
}

/** An RE2 (Go) regex as a JavaScript one, or why it cannot be. */
export function translateRegex(re2: string): {source: string; flags: string} | {error: string} {
  let source = re2
  let flags = ''
  const leading = /^\(\?([imsU]+)\)/.exec(source)
  if (leading !== null) {
    const letters = leading[1] ?? ''
    if (letters.includes('U')) return {error: 'the U flag (ungreedy) has no JavaScript equivalent'}
    flags = [...new Set(letters)].join('')
    source = source.slice(leading[0].length)
  }
  if (/\(\?[imsU-]+[:)]/.test(source)) return {error: 'flags set inside the pattern ((?i) or (?i:…) after its start) have no JavaScript equivalent; move them to the start'}
  if (/\\C/.test(source)) return {error: '\\C (any byte) has no JavaScript equivalent'}
  if (/\\[pP]/.test(source)) return {error: 'Unicode classes (\\pL, \\p{Greek}) are not translated; spell the class out'}
  source = source.replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_all, literal: string) => literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
  source = source.replace(/\(\?P</g, '(?<')
  source = source.replace(/\\A/g, '^').replace(/\\z/g, '$')
  let unknown: string | undefined
  source = source.replace(/\[:(\^?)([a-z]+):\]/g, (all, negated: string, name: string) => {
    const range = POSIX[name]
    if (range === undefined) unknown = all
    if (negated === '^') unknown = all
    return range ?? all
  })
  if (unknown !== undefined) return {error: `the class ${unknown} is not translated`}
  try {
    new RegExp(source, `${flags}gd`)
  } catch (error) {
    return {error: `not a valid regex: ${(error as Error).message}`}
  }
  return {source, flags}
}

interface Problem {
  line: number
  message: string
}

/** Rules from the text of a YAML rules file; a problem throws one error listing each with file:line. */
export function parseCustomRules(text: string, file: string, builtInIds: ReadonlySet<string> = new Set()): Rule[] {
  const lines = new LineCounter()
  const document = parseDocument(text, {lineCounter: lines, uniqueKeys: true})
  const problems: Problem[] = []
  const lineOf = (node: Node | null | undefined): number => (node?.range === undefined || node.range === null ? 1 : lines.linePos(node.range[0]).line)
  for (const error of document.errors) problems.push({line: error.linePos?.[0].line ?? 1, message: error.message.split('\n')[0] ?? error.message})
  const rules: Rule[] = []
  if (problems.length === 0) {
    const root = document.contents
    const list = isMap(root) ? root.get('rules', true) : undefined
    if (!isMap(root) || !isSeq(list)) problems.push({line: lineOf(root as Node | null), message: 'expected a map with a "rules" list'})
    else {
      const ids = new Set<string>()
      for (const item of list.items) {
        if (!isMap(item)) {
          problems.push({line: lineOf(item as Node), message: 'a rule is a map (id, regex, …)'})
          continue
        }
        const rule = ruleFrom(yamlEntry(item, lineOf), YAML_FORM(lineOf), problems, ids, builtInIds)
        if (rule !== undefined) rules.push(rule)
      }
      if (list.items.length === 0) problems.push({line: lineOf(list), message: 'the "rules" list is empty'})
    }
  }
  throwProblems(problems, file)
  return rules
}

/** A field's value as plain data and the line it is on. */
interface Field {
  value: unknown
  line: number
}

/** A rule (or an allowlist) as read from YAML or TOML: its fields by name, and where it starts. */
interface Entry {
  at: number
  fields: Map<string, Field>
}

/** What a rules file form allows and how it names things. */
interface Form {
  fields: readonly string[]
  allowlistFields: readonly string[]
  /** The field holding the rule's allowlist(s): a map in YAML, `allowlist` or `[[rules.allowlists]]` in TOML. */
  allowlists: (entry: Entry, label: string, fail: (line: number | undefined, message: string) => void) => Entry[]
}

function yamlEntry(map: YAMLMap, lineOf: (node: Node | null | undefined) => number): Entry {
  const fields = new Map<string, Field>()
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    const node = pair.value as Node | null
    fields.set(key, {value: isMap(node) ? node : isSeq(node) ? node.items.map((i) => (isScalar(i) ? i.value : i)) : isScalar(node) ? node.value : null, line: lineOf((node ?? pair.key) as Node)})
  }
  return {at: lineOf(map), fields}
}

const YAML_FORM = (lineOf: (node: Node | null | undefined) => number): Form => ({
  fields: FIELDS,
  allowlistFields: ALLOWLIST_FIELDS,
  allowlists(entry, label, fail) {
    const field = entry.fields.get('allowlist')
    if (field === undefined) return []
    if (!isMap(field.value)) {
      fail(field.line, `${label}: "allowlist" is a map (regexes, stopwords)`)
      return []
    }
    return [yamlEntry(field.value, lineOf)]
  },
})

function ruleFrom(item: Entry, form: Form, problems: Problem[], ids: Set<string>, builtInIds: ReadonlySet<string>, shared: Entry[] = []): Rule | undefined {
  const at = item.at
  const before = problems.length
  const fail = (line: number | undefined, message: string): void => {
    problems.push({line: line ?? at, message})
  }
  for (const [key, field] of item.fields) if (!form.fields.includes(key)) fail(field.line, `unknown field "${key}" (fields: ${form.fields.join(', ')})`)
  const field = (key: string): Field | undefined => item.fields.get(key)
  const string = (key: string): string | undefined => {
    const f = field(key)
    if (f === undefined) return undefined
    if (typeof f.value !== 'string' || f.value === '') {
      fail(f.line, `"${key}" must be a non-empty string`)
      return undefined
    }
    return f.value
  }
  const id = string('id')
  if (id === undefined && field('id') === undefined) fail(at, 'a rule needs an "id"')
  const label = id === undefined ? 'this rule' : `rule ${id}`
  if (id !== undefined) {
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) fail(field('id')?.line, `"${id}" is not a rule id: lower-case letters, digits and dashes`)
    else if (builtInIds.has(id)) fail(field('id')?.line, `"${id}" is a built-in rule's id: choose another`)
    else if (ids.has(id)) fail(field('id')?.line, `"${id}" is defined twice`)
    ids.add(id)
  }
  const description = string('description')
  const categoryText = string('category') ?? 'secret'
  if (categoryText !== 'secret' && categoryText !== 'pii') fail(field('category')?.line, `${label}: "category" is secret or pii, not "${categoryText}"`)
  const regexText = string('regex')
  if (regexText === undefined && field('regex') === undefined) fail(at, `${label} needs a "regex"`)
  const translated = regexText === undefined ? undefined : translateRegex(regexText)
  if (translated !== undefined && 'error' in translated) fail(field('regex')?.line, `${label}: ${translated.error}`)
  const groupField = field('secretGroup')
  const group = groupField === undefined ? 0 : Number.isInteger(groupField.value) && (groupField.value as number) >= 0 ? (groupField.value as number) : -1
  if (group < 0) fail(groupField?.line, `${label}: "secretGroup" must be a whole number ≥ 0`)
  const entropyField = field('entropy')
  const minEntropy = entropyField === undefined ? 0 : typeof entropyField.value === 'number' && entropyField.value >= 0 && entropyField.value <= 8 ? entropyField.value : -1
  if (minEntropy < 0) fail(entropyField?.line, `${label}: "entropy" must be a number from 0 to 8 (bits per character)`)
  const keywords = stringList(field('keywords'), `${label}: "keywords"`, fail)
  if (field('tags') !== undefined) stringList(field('tags'), `${label}: "tags"`, fail)
  const allowlists: {regexes: RegExp[]; stopwords: string[]}[] = []
  for (const allow of [...form.allowlists(item, label, fail), ...shared]) {
    for (const [key, f] of allow.fields) {
      if (!form.allowlistFields.includes(key)) fail(f.line, `${label}: unknown allowlist field "${key}" (fields: ${form.allowlistFields.join(', ')})`)
    }
    const target = allow.fields.get('regexTarget')
    if (target !== undefined && target.value !== 'secret') fail(target.line, `${label}: allowlist regexTarget "${String(target.value)}" is not supported: pl tests allowlist regexes against the secret only (remove the line or use "secret")`)
    const condition = allow.fields.get('condition')
    if (condition !== undefined && condition.value !== 'OR') fail(condition.line, `${label}: allowlist condition "${String(condition.value)}" is not supported: with regexes and stopwords only, any one of them allows (OR)`)
    const regexesField = allow.fields.get('regexes')
    const regexes = stringList(regexesField, `${label}: "allowlist.regexes"`, fail).flatMap((text) => {
      const translatedAllow = translateRegex(text)
      if ('error' in translatedAllow) {
        fail(regexesField?.line, `${label}: allowlist regex ${JSON.stringify(text)}: ${translatedAllow.error}`)
        return []
      }
      return [new RegExp(translatedAllow.source, translatedAllow.flags)]
    })
    const stopwords = stringList(allow.fields.get('stopwords'), `${label}: "allowlist.stopwords"`, fail).map((w) => w.toLowerCase())
    allowlists.push({regexes, stopwords})
  }
  const allowRegexes = allowlists.flatMap((a) => a.regexes)
  const stopwords = allowlists.flatMap((a) => a.stopwords)
  if (problems.length > before || id === undefined || translated === undefined || 'error' in translated) return undefined
  const pattern = new RegExp(translated.source, `${translated.flags}gd`)
  const groups = (new RegExp(`${translated.source}|`, translated.flags).exec('')?.length ?? 1) - 1
  if (group > groups) {
    fail(groupField?.line, `${label}: "secretGroup" is ${group} but the regex has ${groups} group${groups === 1 ? '' : 's'}`)
    return undefined
  }
  return {
    id,
    category: categoryText === 'pii' ? 'pii' : 'secret',
    description: description ?? `Custom rule ${id}`,
    // Keywords are matched in any case, as gitleaks does.
    keywords: keywords.map((k) => k.toLowerCase()),
    caseInsensitive: true,
    pattern,
    priority: CUSTOM_PRIORITY,
    validate(match): Hit | null {
      const value = match[group]
      const span = match.indices?.[group]
      if (value === undefined || value === '' || span === undefined) return null
      if (minEntropy > 0 && entropy(value) < minEntropy) return null
      if (allowRegexes.some((allow) => allow.test(value))) return null
      const lowered = value.toLowerCase()
      if (stopwords.some((word) => lowered.includes(word))) return null
      // Offsets from the match: the detector moves match.index into the whole text, not the indices.
      const start = match.index + (span[0] - (match.indices?.[0]?.[0] ?? span[0]))
      return {start, end: start + value.length, secret: value, masked: maskToken(value)}
    },
  }
}

function stringList(field: Field | undefined, what: string, fail: (line: number | undefined, message: string) => void): string[] {
  if (field === undefined) return []
  const list = field.value
  if (!Array.isArray(list) || !list.every((i) => typeof i === 'string' && i !== '')) {
    fail(field.line, `${what} must be a list of non-empty strings`)
    return []
  }
  return list as string[]
}

const TOML_FIELDS = ['id', 'description', 'regex', 'secretGroup', 'keywords', 'entropy', 'tags', 'allowlist', 'allowlists'] as const
const TOML_ALLOWLIST_FIELDS = ['description', 'regexes', 'stopwords', 'regexTarget', 'condition'] as const
const TOML_TOP = ['title', 'description', 'rules', 'allowlist', 'allowlists', 'extend', 'minVersion'] as const

/**
 * Where each table of a TOML text starts and where its keys are: `[[rules]]` headers in order,
 * `[[rules.allowlists]]` / `[rules.allowlist]` after them, `[allowlist]` at the top. Enough to name
 * file:line for gitleaks' config layout (one table per header); a key not found falls back to its
 * table's header.
 */
class TomlLines {
  readonly rules: {at: number; allowlists: number[]; keys: Map<string, number>; allowKeys: Map<string, number>[]}[] = []
  readonly top: {allowlists: number[]; allowKeys: Map<string, number>[]; keys: Map<string, number>} = {allowlists: [], allowKeys: [], keys: new Map()}

  constructor(text: string) {
    let keys = this.top.keys
    text.split('\n').forEach((raw, index) => {
      const line = index + 1
      const header = /^\s*(\[\[?)\s*([A-Za-z0-9_.\s"-]+?)\s*\]\]?/.exec(raw)
      if (header !== null) {
        const name = (header[2] ?? '').replace(/\s+/g, '')
        const rule = this.rules[this.rules.length - 1]
        keys = new Map()
        if (name === 'rules') this.rules.push({at: line, allowlists: [], keys, allowKeys: []})
        else if ((name === 'rules.allowlists' || name === 'rules.allowlist') && rule !== undefined) {
          rule.allowlists.push(line)
          rule.allowKeys.push(keys)
        } else if (name === 'allowlist' || name === 'allowlists') {
          this.top.allowlists.push(line)
          this.top.allowKeys.push(keys)
        }
        return
      }
      const key = /^\s*([A-Za-z0-9_-]+)\s*=/.exec(raw)
      if (key !== null && !keys.has(key[1] ?? '')) keys.set(key[1] ?? '', line)
    })
  }
}

function tomlEntry(table: Record<string, unknown>, at: number, keys: Map<string, number> | undefined): Entry {
  const fields = new Map<string, Field>()
  for (const [key, value] of Object.entries(table)) fields.set(key, {value, line: keys?.get(key) ?? at})
  return {at, fields}
}

const isTable = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

/**
 * Rules from a gitleaks TOML config (`[[rules]]` with id, description, regex, secretGroup,
 * entropy, keywords, tags, and `[rules.allowlist]` or `[[rules.allowlists]]`; a top-level
 * `[allowlist]` applies to every rule). What pl cannot honour is refused by file:line rather than
 * ignored: `[extend]` (pl runs its own built-in rules), path-only rules and path or commit
 * allowlists (pl tests a value, not the file it is in), `regexTarget` other than the secret,
 * `condition = "AND"`.
 */
export function parseGitleaksToml(text: string, file: string, builtInIds: ReadonlySet<string> = new Set()): Rule[] {
  const problems: Problem[] = []
  let data: Record<string, unknown> | undefined
  try {
    data = parseToml(text) as Record<string, unknown>
  } catch (error) {
    const line = error instanceof TomlError ? error.line : 1
    problems.push({line, message: `not valid TOML: ${((error as Error).message.split('\n')[0] ?? '').replace(/^Invalid TOML document: /, '')}`})
  }
  const rules: Rule[] = []
  if (data !== undefined) {
    const lines = new TomlLines(text)
    for (const key of Object.keys(data)) {
      if (!(TOML_TOP as readonly string[]).includes(key)) problems.push({line: lines.top.keys.get(key) ?? 1, message: `unknown top-level key "${key}" (gitleaks' are ${TOML_TOP.join(', ')})`})
    }
    if (data.extend !== undefined) {
      problems.push({line: lines.top.keys.get('extend') ?? text.split('\n').findIndex((l) => /^\s*\[extend\]/.test(l)) + 1, message: '[extend] is not supported: pl runs its own built-in rules beside yours; remove [extend] and keep only your own [[rules]]'})
    }
    const shared: Entry[] = []
    const topAllow = [...(isTable(data.allowlist) ? [data.allowlist] : []), ...(Array.isArray(data.allowlists) ? data.allowlists : [])]
    topAllow.forEach((table, i) => {
      const at = lines.top.allowlists[i] ?? 1
      if (!isTable(table)) problems.push({line: at, message: '[allowlist] is a table'})
      else shared.push(tomlEntry(table, at, lines.top.allowKeys[i]))
    })
    for (const allow of shared) refusePathsAndCommits(allow, 'the top-level allowlist', problems)
    const list = data.rules
    if (!Array.isArray(list) || list.length === 0) problems.push({line: 1, message: 'expected [[rules]] tables (a gitleaks config with rules of its own)'})
    else {
      const ids = new Set<string>()
      list.forEach((table, i) => {
        const place = lines.rules[i]
        const at = place?.at ?? 1
        if (!isTable(table)) {
          problems.push({line: at, message: 'a rule is a table ([[rules]])'})
          return
        }
        const entry = tomlEntry(table, at, place?.keys)
        const label = typeof table.id === 'string' ? `rule ${table.id}` : 'this rule'
        if (table.path !== undefined) problems.push({line: place?.keys.get('path') ?? at, message: `${label}: "path" is not supported: pl matches text, not file names; remove the rule or its path`})
        entry.fields.delete('path')
        const form: Form = {
          fields: TOML_FIELDS,
          allowlistFields: [...TOML_ALLOWLIST_FIELDS, 'paths', 'commits'],
          allowlists(rule, ruleLabel, fail) {
            const own = [...(isTable(table.allowlist) ? [table.allowlist] : []), ...(Array.isArray(table.allowlists) ? table.allowlists : [])]
            if (table.allowlist !== undefined && !isTable(table.allowlist)) fail(rule.fields.get('allowlist')?.line, `${ruleLabel}: "allowlist" is a table`)
            return own.flatMap((allow, j) => {
              const allowAt = place?.allowlists[j] ?? rule.at
              if (!isTable(allow)) {
                fail(allowAt, `${ruleLabel}: an allowlist is a table`)
                return []
              }
              const allowEntry = tomlEntry(allow, allowAt, place?.allowKeys[j])
              refusePathsAndCommits(allowEntry, ruleLabel, problems)
              return [allowEntry]
            })
          },
        }
        const rule = ruleFrom(entry, form, problems, ids, builtInIds, shared)
        if (rule !== undefined) rules.push(rule)
      })
    }
  }
  throwProblems(problems, file)
  return rules
}

function refusePathsAndCommits(allow: Entry, label: string, problems: Problem[]): void {
  for (const key of ['paths', 'commits']) {
    const field = allow.fields.get(key)
    if (field === undefined) continue
    problems.push({line: field.line, message: `${label}: allowlist "${key}" is not supported: pl tests each value, not the file or commit it is in; remove "${key}" (or scan without those files)`})
    allow.fields.delete(key)
  }
}

function throwProblems(problems: readonly Problem[], file: string): void {
  if (problems.length === 0) return
  const sorted = [...problems].sort((a, b) => a.line - b.line)
  const shown = sorted.slice(0, 10).map((p) => `${file}:${p.line}: ${p.message}`)
  throw new UserError('invalid-input', `The rules file is not valid:\n${shown.join('\n')}${problems.length > 10 ? `\n… and ${problems.length - 10} more` : ''}`, {
    hints: ['docs/scanning.md, "Custom rules", gives the form.'],
  })
}
