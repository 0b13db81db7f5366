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
        const rule = ruleFrom(item, lineOf, problems, ids, builtInIds)
        if (rule !== undefined) rules.push(rule)
      }
      if (list.items.length === 0) problems.push({line: lineOf(list), message: 'the "rules" list is empty'})
    }
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).map((p) => `${file}:${p.line}: ${p.message}`)
    throw new UserError('invalid-input', `The rules file is not valid:\n${shown.join('\n')}${problems.length > 10 ? `\n… and ${problems.length - 10} more` : ''}`, {
      hints: ['docs/scanning.md, "Custom rules", gives the form.'],
    })
  }
  return rules
}

function ruleFrom(item: YAMLMap, lineOf: (node: Node | null | undefined) => number, problems: Problem[], ids: Set<string>, builtInIds: ReadonlySet<string>): Rule | undefined {
  const at = lineOf(item)
  const before = problems.length
  const fail = (node: Node | null | undefined, message: string): void => {
    problems.push({line: node === undefined || node === null ? at : lineOf(node), message})
  }
  for (const pair of item.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (!(FIELDS as readonly string[]).includes(key)) fail(pair.key as Node, `unknown field "${key}" (fields: ${FIELDS.join(', ')})`)
  }
  const node = (key: string): Node | undefined => (item.get(key, true) as Node | undefined) ?? undefined
  const string = (key: string): string | undefined => {
    const n = node(key)
    if (n === undefined) return undefined
    if (!isScalar(n) || typeof n.value !== 'string' || n.value === '') {
      fail(n, `"${key}" must be a non-empty string`)
      return undefined
    }
    return n.value
  }
  const id = string('id')
  if (id === undefined && node('id') === undefined) fail(item, 'a rule needs an "id"')
  const label = id === undefined ? 'this rule' : `rule ${id}`
  if (id !== undefined) {
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) fail(node('id'), `"${id}" is not a rule id: lower-case letters, digits and dashes`)
    else if (builtInIds.has(id)) fail(node('id'), `"${id}" is a built-in rule's id: choose another`)
    else if (ids.has(id)) fail(node('id'), `"${id}" is defined twice`)
    ids.add(id)
  }
  const description = string('description')
  const categoryText = string('category') ?? 'secret'
  if (categoryText !== 'secret' && categoryText !== 'pii') fail(node('category'), `${label}: "category" is secret or pii, not "${categoryText}"`)
  const regexText = string('regex')
  if (regexText === undefined && node('regex') === undefined) fail(item, `${label} needs a "regex"`)
  const translated = regexText === undefined ? undefined : translateRegex(regexText)
  if (translated !== undefined && 'error' in translated) fail(node('regex'), `${label}: ${translated.error}`)
  const groupNode = node('secretGroup')
  const group = groupNode === undefined ? 0 : isScalar(groupNode) && Number.isInteger(groupNode.value) && (groupNode.value as number) >= 0 ? (groupNode.value as number) : -1
  if (group < 0) fail(groupNode, `${label}: "secretGroup" must be a whole number ≥ 0`)
  const entropyNode = node('entropy')
  const minEntropy = entropyNode === undefined ? 0 : isScalar(entropyNode) && typeof entropyNode.value === 'number' && entropyNode.value >= 0 && entropyNode.value <= 8 ? entropyNode.value : -1
  if (minEntropy < 0) fail(entropyNode, `${label}: "entropy" must be a number from 0 to 8 (bits per character)`)
  const keywords = stringList(node('keywords'), `${label}: "keywords"`, fail)
  const allowNode = node('allowlist')
  let allowRegexes: RegExp[] = []
  let stopwords: string[] = []
  if (allowNode !== undefined) {
    if (!isMap(allowNode)) fail(allowNode, `${label}: "allowlist" is a map (regexes, stopwords)`)
    else {
      for (const pair of allowNode.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : ''
        if (!(ALLOWLIST_FIELDS as readonly string[]).includes(key)) fail(pair.key as Node, `${label}: unknown allowlist field "${key}" (fields: ${ALLOWLIST_FIELDS.join(', ')})`)
      }
      const regexesNode = allowNode.get('regexes', true) as Node | undefined
      allowRegexes = stringList(regexesNode, `${label}: "allowlist.regexes"`, fail).flatMap((text) => {
        const allow = translateRegex(text)
        if ('error' in allow) {
          fail(regexesNode, `${label}: allowlist regex ${JSON.stringify(text)}: ${allow.error}`)
          return []
        }
        return [new RegExp(allow.source, allow.flags)]
      })
      stopwords = stringList(allowNode.get('stopwords', true) as Node | undefined, `${label}: "allowlist.stopwords"`, fail).map((w) => w.toLowerCase())
    }
  }
  if (problems.length > before || id === undefined || translated === undefined || 'error' in translated) return undefined
  const pattern = new RegExp(translated.source, `${translated.flags}gd`)
  const groups = (new RegExp(`${translated.source}|`, translated.flags).exec('')?.length ?? 1) - 1
  if (group > groups) {
    fail(groupNode, `${label}: "secretGroup" is ${group} but the regex has ${groups} group${groups === 1 ? '' : 's'}`)
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

function stringList(node: Node | undefined, what: string, fail: (node: Node | null | undefined, message: string) => void): string[] {
  if (node === undefined) return []
  if (!isSeq(node) || !node.items.every((i) => isScalar(i) && typeof i.value === 'string' && i.value !== '')) {
    fail(node, `${what} must be a list of non-empty strings`)
    return []
  }
  return node.items.map((i) => String((i as {value: unknown}).value))
}
