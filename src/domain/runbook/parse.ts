/**
 * Parsing and checking a runbook. Every problem names the file, line and column of the offending
 * YAML node and what was expected; a runbook with any problem is never walked.
 */
import type {Node, Pair, Scalar, YAMLMap} from 'yaml'
import {isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument} from 'yaml'
import type {Phase} from '../entry.js'
import {PHASES} from '../entry.js'
import type {ActionType, QuestionType} from './catalog.js'
import {ACTION_TYPES, ACTION_PROVIDERS, PAGERDUTY_EVENTS, PAGERDUTY_SEVERITIES, QUESTION_TYPES} from './catalog.js'
import {INCIDENT_FIELDS, RUNBOOK_FIELDS, STEP_FIELDS as STEP_TEMPLATE_FIELDS, templateRefs} from './template.js'
import type {ActionSpec, Choice, Condition, Question, Runbook, Step} from './types.js'

export interface RunbookProblem {
  file: string
  line: number
  col: number
  message: string
}

export function formatProblem(p: RunbookProblem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`
}

const ID = /^[a-z0-9][a-z0-9-]*$/

class Checker {
  readonly problems: RunbookProblem[] = []
  constructor(
    readonly file: string,
    readonly lc: LineCounter,
  ) {}

  at(offset: number, message: string): void {
    const {line, col} = this.lc.linePos(offset)
    this.problems.push({file: this.file, line, col, message})
  }

  node(n: Node | null | undefined, message: string, fallback = 0): void {
    this.at(n?.range?.[0] ?? fallback, message)
  }

  map(n: unknown, what: string, fallback: number, allowed: readonly string[]): YAMLMap<Scalar, Node> | undefined {
    if (!isMap(n)) {
      this.node(n as Node | undefined, `${what}: expected a mapping`, fallback)
      return undefined
    }
    for (const pair of n.items as Pair<Scalar, Node>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : ''
      if (!allowed.includes(key)) this.node(pair.key as Node, `${what}: unknown field "${key}"; expected one of ${allowed.join(', ')}`)
    }
    return n as YAMLMap<Scalar, Node>
  }

  field(m: YAMLMap<Scalar, Node>, key: string): {node: Node | undefined; keyOffset: number} | undefined {
    const pair = (m.items as Pair<Scalar, Node>[]).find((p) => isScalar(p.key) && p.key.value === key)
    if (!pair) return undefined
    return {node: (pair.value ?? undefined) as Node | undefined, keyOffset: pair.key?.range?.[0] ?? 0}
  }

  string(m: YAMLMap<Scalar, Node>, key: string, what: string, required: boolean): string | undefined {
    const f = this.field(m, key)
    if (!f) {
      if (required) this.node(m as Node, `${what}: missing "${key}" (a string)`)
      return undefined
    }
    if (!isScalar(f.node) || typeof f.node.value !== 'string' || f.node.value.trim() === '') {
      this.node(f.node, `${what}: "${key}" must be a non-empty string`, f.keyOffset)
      return undefined
    }
    return f.node.value
  }
}

export interface ParseResult {
  runbook?: Runbook
  problems: RunbookProblem[]
}

/** Parses and checks a runbook's text. `file` is only used in messages. */
export function parseRunbook(text: string, file: string): ParseResult {
  const lc = new LineCounter()
  const doc = parseDocument(text, {lineCounter: lc, prettyErrors: false, uniqueKeys: true})
  const c = new Checker(file, lc)
  for (const e of doc.errors) c.at(e.pos[0], `malformed YAML: ${e.message.split('\n')[0]}`)
  if (c.problems.length > 0) return {problems: c.problems}
  const root = c.map(doc.contents, 'runbook', 0, ['name', 'title', 'description', 'classes', 'steps'])
  if (!root) return {problems: c.problems}
  const name = c.string(root, 'name', 'runbook', true)
  if (name !== undefined && !ID.test(name)) c.node(c.field(root, 'name')?.node, 'runbook: "name" must be lower-case letters, digits and dashes')
  const title = c.string(root, 'title', 'runbook', true)
  const description = c.string(root, 'description', 'runbook', false)
  const classes: string[] = []
  const cls = c.field(root, 'classes')
  if (cls) {
    if (!isSeq(cls.node)) c.node(cls.node, 'runbook: "classes" must be a list of incident classes', cls.keyOffset)
    else for (const item of cls.node.items as Node[]) {
      if (isScalar(item) && typeof item.value === 'string') classes.push(item.value)
      else c.node(item, 'runbook: each class must be a string')
    }
  }
  const steps: Step[] = []
  const stepsField = c.field(root, 'steps')
  if (!stepsField) c.node(root as Node, 'runbook: missing "steps" (a list of steps)')
  else if (!isSeq(stepsField.node) || stepsField.node.items.length === 0) c.node(stepsField.node, 'runbook: "steps" must be a non-empty list', stepsField.keyOffset)
  else {
    const seen = new Map<string, Step>()
    const ids = new Set<string>()
    for (const item of stepsField.node.items as Node[]) {
      const step = parseStep(c, item, seen, ids)
      if (step) {
        seen.set(step.id, step)
        steps.push(step)
      }
    }
  }
  if (c.problems.length > 0 || name === undefined || title === undefined) return {problems: c.problems}
  return {runbook: {name, title, ...(description ? {description} : {}), classes, steps, file}, problems: []}
}

/** The steps a step may refer to, by id. */
type StepLookup = Pick<ReadonlyMap<string, Step>, 'get'>

const STEP_FIELDS = ['id', 'title', 'instructions', 'question', 'when', 'action', 'mark']

function parseStep(c: Checker, n: Node, earlier: ReadonlyMap<string, Step>, ids: Set<string>): Step | undefined {
  const m = c.map(n, 'step', n.range?.[0] ?? 0, STEP_FIELDS)
  if (!m) return undefined
  const before = c.problems.length
  const id = c.string(m, 'id', 'step', true)
  const what = `step ${id ?? '?'}`
  if (id !== undefined) {
    if (!ID.test(id)) c.node(c.field(m, 'id')?.node, `${what}: "id" must be lower-case letters, digits and dashes`)
    else if (ids.has(id)) c.node(c.field(m, 'id')?.node, `${what}: duplicate step id "${id}"`)
    ids.add(id)
  }
  const title = c.string(m, 'title', what, true)
  const instructions = c.string(m, 'instructions', what, false)
  const qf = c.field(m, 'question')
  const question = qf ? parseQuestion(c, qf.node, qf.keyOffset, what) : undefined
  const wf = c.field(m, 'when')
  const when = wf ? parseCondition(c, wf.node, wf.keyOffset, what, earlier) : undefined
  const af = c.field(m, 'action')
  // An action may use its own step's answer: the question is asked before the action runs. The
  // earlier steps are looked through, not copied: a copy per step made validation quadratic.
  const own: Step | undefined = id !== undefined && question ? {id, title: title ?? id, question} : undefined
  const visible: StepLookup = own ? {get: (key) => (key === own.id ? own : earlier.get(key))} : earlier
  const action = af ? parseAction(c, af.node, af.keyOffset, what, visible) : undefined
  let mark: Phase | undefined
  const mf = c.field(m, 'mark')
  if (mf) {
    const v = isScalar(mf.node) ? mf.node.value : undefined
    if (typeof v === 'string' && (PHASES as readonly string[]).includes(v)) mark = v as Phase
    else c.node(mf.node, `${what}: "mark" must be one of ${PHASES.join(', ')}`, mf.keyOffset)
  }
  if (c.problems.length > before || id === undefined || title === undefined) return undefined
  return {
    id,
    title,
    ...(instructions ? {instructions} : {}),
    ...(question ? {question} : {}),
    ...(when ? {when} : {}),
    ...(action ? {action} : {}),
    ...(mark ? {mark} : {}),
  }
}

function parseQuestion(c: Checker, n: Node | undefined, fallback: number, what: string): Question | undefined {
  const m = c.map(n, `${what} question`, fallback, ['type', 'message', 'default', 'choices'])
  if (!m) return undefined
  const type = c.string(m, 'type', `${what} question`, true)
  if (type !== undefined && !(QUESTION_TYPES as readonly string[]).includes(type)) {
    c.node(c.field(m, 'type')?.node, `${what} question: unknown type "${type}"; expected one of ${QUESTION_TYPES.join(', ')}`)
    return undefined
  }
  const message = c.string(m, 'message', `${what} question`, true)
  let choices: Choice[] | undefined
  const cf = c.field(m, 'choices')
  if (type === 'select' || type === 'checkbox') {
    if (!cf || !isSeq(cf.node) || cf.node.items.length === 0) {
      c.node(cf?.node ?? (m as Node), `${what} question: a ${type} question needs "choices" (a non-empty list)`, cf?.keyOffset)
    } else {
      choices = []
      for (const item of cf.node.items as Node[]) {
        if (isScalar(item) && typeof item.value === 'string') choices.push({value: item.value, name: item.value})
        else if (isMap(item)) {
          const cm = c.map(item, `${what} choice`, 0, ['value', 'name'])
          const value = cm ? c.string(cm, 'value', `${what} choice`, true) : undefined
          const name = cm ? c.string(cm, 'name', `${what} choice`, false) : undefined
          if (value !== undefined) choices.push({value, name: name ?? value})
        } else c.node(item, `${what} choice: expected a string or {value, name}`)
      }
    }
  } else if (cf) c.node(cf.node, `${what} question: "choices" only applies to select and checkbox`, cf.keyOffset)
  let dflt: Question['default']
  const df = c.field(m, 'default')
  if (df) {
    if (type === 'password') c.node(df.node, `${what} question: a password question cannot have a default`, df.keyOffset)
    else if (type === 'confirm') {
      if (isScalar(df.node) && typeof df.node.value === 'boolean') dflt = df.node.value
      else c.node(df.node, `${what} question: the default of a confirm question must be true or false`, df.keyOffset)
    } else if (type === 'checkbox') {
      if (isSeq(df.node) && (df.node.items as Node[]).every((i) => isScalar(i) && typeof i.value === 'string')) {
        dflt = (df.node.items as Scalar[]).map((i) => String(i.value))
      } else c.node(df.node, `${what} question: the default of a checkbox question must be a list of choice values`, df.keyOffset)
    } else if (isScalar(df.node) && typeof df.node.value === 'string') dflt = df.node.value
    else c.node(df.node, `${what} question: the default must be a string`, df.keyOffset)
    if (choices && dflt !== undefined) {
      const values = choices.map((x) => x.value)
      const bad = (Array.isArray(dflt) ? dflt : [String(dflt)]).filter((d) => !values.includes(d))
      if (bad.length > 0) c.node(df.node, `${what} question: default ${bad.join(', ')} is not one of the choices (${values.join(', ')})`, df.keyOffset)
    }
  }
  if (type === undefined || message === undefined) return undefined
  return {type: type as QuestionType, message, ...(dflt === undefined ? {} : {default: dflt}), ...(choices ? {choices} : {})}
}

const CONDITION_KEYS = ['answer', 'equals', 'includes', 'class', 'finding', 'all', 'any', 'not']

function parseCondition(c: Checker, n: Node | undefined, fallback: number, what: string, earlier: ReadonlyMap<string, Step>): Condition | undefined {
  const m = c.map(n, `${what} when`, fallback, CONDITION_KEYS)
  if (!m) return undefined
  const keys = (m.items as Pair<Scalar, Node>[]).map((p) => String(p.key?.value))
  for (const k of ['all', 'any'] as const) {
    if (!keys.includes(k)) continue
    const f = c.field(m, k)!
    if (!isSeq(f.node) || f.node.items.length === 0) {
      c.node(f.node, `${what} when: "${k}" must be a non-empty list of conditions`, f.keyOffset)
      return undefined
    }
    const parts = (f.node.items as Node[]).map((i) => parseCondition(c, i, f.keyOffset, what, earlier))
    if (parts.some((p) => p === undefined)) return undefined
    return k === 'all' ? {all: parts as Condition[]} : {any: parts as Condition[]}
  }
  if (keys.includes('not')) {
    const f = c.field(m, 'not')!
    const inner = parseCondition(c, f.node, f.keyOffset, what, earlier)
    return inner ? {not: inner} : undefined
  }
  if (keys.includes('class')) {
    const v = c.string(m, 'class', `${what} when`, true)
    return v === undefined ? undefined : {class: v}
  }
  if (keys.includes('finding')) {
    const v = c.string(m, 'finding', `${what} when`, true)
    return v === undefined ? undefined : {finding: v}
  }
  const answer = c.string(m, 'answer', `${what} when`, true)
  if (answer === undefined) return undefined
  const target = earlier.get(answer)
  if (!target?.question) {
    c.node(c.field(m, 'answer')?.node, `${what} when: "${answer}" is not an earlier step with a question`)
    return undefined
  }
  const cond: Condition = {answer}
  const ef = c.field(m, 'equals')
  if (ef) {
    if (isScalar(ef.node) && (typeof ef.node.value === 'string' || typeof ef.node.value === 'boolean')) cond.equals = ef.node.value
    else c.node(ef.node, `${what} when: "equals" must be a string or true/false`, ef.keyOffset)
  }
  const inc = c.string(m, 'includes', `${what} when`, false)
  if (inc !== undefined) cond.includes = inc
  return cond
}

function parseAction(c: Checker, n: Node | undefined, fallback: number, what: string, earlier: StepLookup): ActionSpec | undefined {
  const m = c.map(n, `${what} action`, fallback, ['type', 'provider', 'params'])
  if (!m) return undefined
  const type = c.string(m, 'type', `${what} action`, true)
  if (type === undefined) return undefined
  if (!(ACTION_TYPES as readonly string[]).includes(type)) {
    c.node(c.field(m, 'type')?.node, `${what} action: unknown action "${type}"; expected one of ${ACTION_TYPES.join(', ')}`)
    return undefined
  }
  const providers = ACTION_PROVIDERS[type as ActionType]
  const provider = type === 'manual' ? (c.string(m, 'provider', `${what} action`, false) ?? 'manual') : c.string(m, 'provider', `${what} action`, true)
  if (provider === undefined) return undefined
  const spec = providers[provider]
  if (!spec) {
    c.node(c.field(m, 'provider')?.node, `${what} action: unknown ${type} provider "${provider}"; expected one of ${Object.keys(providers).join(', ')}`)
    return undefined
  }
  const pf = c.field(m, 'params')
  const pm = pf ? c.map(pf.node, `${what} action params`, pf.keyOffset, [...spec.required, ...spec.optional]) : undefined
  if (pf && !pm) return undefined
  const params: Record<string, unknown> = {}
  for (const key of spec.required) {
    if (!pm || !c.field(pm, key)) c.node(pm ?? (m as Node), `${what} action: ${type}/${provider} needs the parameter "${key}"`)
  }
  for (const pair of (pm?.items ?? []) as Pair<Scalar, Node>[]) {
    checkTemplates(c, pair.value ?? undefined, what, earlier, String(pair.key?.value))
    params[String(pair.key?.value)] = pair.value && 'toJSON' in pair.value ? (pair.value as {toJSON(): unknown}).toJSON() : null
  }
  if (type === 'notify' && pm) checkNotify(c, pm, provider, what)
  return {type: type as ActionType, provider, params}
}

const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/

/**
 * A notify step's fixed values: the variables it reads a URL or credential from are written out
 * (an answer must not pick which secret is sent where), and PagerDuty's event and severity are
 * ones the Events API v2 accepts; a trigger needs its message.
 */
function checkNotify(c: Checker, pm: YAMLMap<Scalar, Node>, provider: string, what: string): void {
  for (const key of ['url_env', 'auth_env', 'routing_key_env']) {
    const f = c.field(pm, key)
    if (f && !(isScalar(f.node) && typeof f.node.value === 'string' && ENV_NAME.test(f.node.value))) {
      c.node(f.node, `${what}: "${key}" must name an environment variable (upper-case letters, digits, _), written out, not templated`, f.keyOffset)
    }
  }
  if (provider !== 'pagerduty') return
  const literal = (key: string, allowed: readonly string[]) => {
    const f = c.field(pm, key)
    if (!f) return undefined
    const v = isScalar(f.node) ? f.node.value : undefined
    if (typeof v !== 'string' || !allowed.includes(v)) c.node(f.node, `${what}: pagerduty "${key}" must be one of ${allowed.join(', ')}`, f.keyOffset)
    return v
  }
  const event = literal('event', PAGERDUTY_EVENTS)
  const severity = c.field(pm, 'severity')
  // A severity may be templated (e.g. from an answer); a fixed one must be PagerDuty's.
  if (severity && !(isScalar(severity.node) && typeof severity.node.value === 'string' && templateRefs(severity.node.value).refs.length > 0)) literal('severity', PAGERDUTY_SEVERITIES)
  if (event === 'trigger' && !c.field(pm, 'message')) c.node(pm as Node, `${what}: a pagerduty trigger needs the parameter "message" (the alert's summary)`)
}

/** The one parameter that may carry secrets: a revoke's tokens, handed to the provider and never shown or recorded in clear. */
const SECRET_PARAM = 'tokens'

function checkTemplates(c: Checker, n: Node | undefined, what: string, earlier: StepLookup, param: string): void {
  if (!n) return
  if (isAlias(n)) {
    c.node(n, `${what}: a YAML alias (*${n.source}) in action params is not supported; write the value out`)
    return
  }
  if (isSeq(n) || isMap(n)) {
    for (const item of n.items as (Node | Pair<Node, Node>)[]) {
      if (isMap(n)) checkTemplates(c, (item as Pair<Node, Node>).value ?? undefined, what, earlier, param)
      else checkTemplates(c, item as Node, what, earlier, param)
    }
    return
  }
  if (!isScalar(n) || typeof n.value !== 'string') return
  // Offsets inside quoted scalars are approximate by the quote; point at the scalar when unsure.
  const base = (n.range?.[0] ?? 0) + (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE' ? 1 : 0)
  const {refs, problem} = templateRefs(n.value)
  if (problem) c.at(base + problem.offset, `${what}: ${problem.message}`)
  for (const ref of refs) {
    if (ref.scope === 'answers' && !earlier.get(ref.key)?.question) {
      c.at(base + ref.offset, `${what}: template ${ref.raw} names an unknown variable; "${ref.key}" is not an earlier step with a question`)
    }
    const secret = ref.scope === 'secrets' ? 'captured secret values' : ref.scope === 'answers' && earlier.get(ref.key)?.question?.type === 'password' ? 'a password answer' : undefined
    if (secret !== undefined && param !== SECRET_PARAM) {
      c.at(base + ref.offset, `${what}: template ${ref.raw} would put ${secret} into "${param}", which is shown and recorded in clear; only "${SECRET_PARAM}" of a revoke-token action may carry it`)
    }
    const fields = {incident: INCIDENT_FIELDS, step: STEP_TEMPLATE_FIELDS, runbook: RUNBOOK_FIELDS} as const
    if (ref.scope !== 'answers' && ref.scope !== 'secrets' && !(fields[ref.scope] as readonly string[]).includes(ref.key)) {
      c.at(base + ref.offset, `${what}: template ${ref.raw} names an unknown variable; expected ${ref.scope}.${fields[ref.scope].join(`|${ref.scope}.`)}`)
    }
  }
}
