/**
 * Runbook use cases: find and check runbooks (shipped, $PL_HOME/runbooks, --dir), and walk one for
 * an incident. Every answer and every action stage is appended as it happens, so a walk stopped
 * anywhere resumes at the next step without repeating a completed action.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {basename, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse as parseYaml} from 'yaml'
import {PROVIDER_TABLE} from '../actions/index.js'
import type {ActionContext, PreserveItem, SecretValue} from '../actions/types.js'
import type {CapturedHeader, CapturedValue, ScanSecretRecord, ShredRecord} from '../domain/captured.js'
import {capturedLabel, capturesFor, foldCaptured} from '../domain/captured.js'
import {evidenceId} from '../domain/evidence.js'
import {DESTRUCTIVE} from '../domain/runbook/catalog.js'
import type {RunbookProblem} from '../domain/runbook/parse.js'
import {formatProblem, parseRunbook} from '../domain/runbook/parse.js'
import type {TemplateRef} from '../domain/runbook/template.js'
import {render} from '../domain/runbook/template.js'
import type {AnswerValue, Runbook, Step} from '../domain/runbook/types.js'
import type {StepRecordBody} from '../domain/runbook/walk.js'
import type {WalkState} from '../domain/runbook/walk.js'
import {answersToGiveAgain, applies, coerceAnswer, defaultAnswer, foldWalk, missingAnswers} from '../domain/runbook/walk.js'
import {CancelledError, PlError, UserError} from '../errors.js'
import type {AppendInput, UnlockedLedger} from '../store/ledger.js'
import {incidentIds, incidentKey, loadIncident} from './incidents.js'
import type {ScanFindingsBody, SecretCapturedBody} from './scan/record.js'
import type {Env, SessionOptions} from './session.js'
import {plHome} from './session.js'
import {withLedger} from './store-access.js'

export interface RunbookSource {
  runbook: Runbook
  source: 'shipped' | 'user'
}

/** The shipped runbooks folder of the installed package. */
export function shippedRunbookDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url))
  const candidates = [join(here, '..', '..', '..', 'runbooks'), join(here, '..', '..', 'runbooks')]
  return candidates.find((d) => existsSync(d)) ?? candidates[0]!
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f))
}

export function checkRunbookFile(file: string): {file: string; runbook?: Runbook; problems: RunbookProblem[]} {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new UserError('not-found', `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`)
  }
  return {file, ...parseRunbook(text, file)}
}

function invalid(problems: readonly RunbookProblem[]): UserError {
  return new UserError('invalid-input', `The runbook is invalid; nothing was run:\n${problems.map(formatProblem).join('\n')}`, {
    details: {problems},
    hints: ['Fix it and check with `pl runbook validate FILE`. docs/runbooks.md describes the format.'],
  })
}

/**
 * All runbooks: shipped first, then $PL_HOME/runbooks, then --dir; a later one of the same name
 * replaces an earlier one. Invalid files are reported, never used.
 */
export function listRunbooks(env: Env, dir?: string): {runbooks: RunbookSource[]; problems: RunbookProblem[]} {
  const byName = new Map<string, RunbookSource>()
  const problems: RunbookProblem[] = []
  const dirs: [string, RunbookSource['source']][] = [[shippedRunbookDir(), 'shipped'], [join(plHome(env), 'runbooks'), 'user'], ...(dir ? [[dir, 'user'] as [string, 'user']] : [])]
  for (const [d, source] of dirs) {
    for (const file of yamlFiles(d)) {
      const r = checkRunbookFile(file)
      if (r.runbook) byName.set(r.runbook.name, {runbook: r.runbook, source})
      else problems.push(...r.problems)
    }
  }
  return {runbooks: [...byName.values()].sort((a, b) => a.runbook.name.localeCompare(b.runbook.name)), problems}
}

export function findRunbook(env: Env, name: string, dir?: string): RunbookSource {
  if (name.endsWith('.yaml') || name.endsWith('.yml')) {
    const r = checkRunbookFile(name)
    if (!r.runbook) throw invalid(r.problems)
    return {runbook: r.runbook, source: 'user'}
  }
  const {runbooks, problems} = listRunbooks(env, dir)
  const found = runbooks.find((r) => r.runbook.name === name)
  if (found) return found
  const broken = problems.filter((p) => basename(p.file).replace(/\.ya?ml$/, '') === name)
  if (broken.length > 0) throw invalid(broken)
  throw new UserError('not-found', `No runbook named ${name}.`, {hints: [`Known: ${runbooks.map((r) => r.runbook.name).join(', ') || 'none'}. List them with \`pl runbook list\`.`]})
}

/** Reads an answers file (YAML or JSON, a mapping of step id to answer). */
export function readAnswersFile(file: string): Map<string, unknown> {
  let data: unknown
  try {
    data = parseYaml(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new UserError('invalid-input', `Cannot read the answers file ${file}: ${(error as Error).message.split('\n')[0]}`, {hints: ['It is YAML or JSON: a mapping of step id to answer.']})
  }
  if (data === null || data === undefined) return new Map()
  if (typeof data !== 'object' || Array.isArray(data)) throw new UserError('invalid-input', `The answers file ${file} must be a mapping of step id to answer.`)
  return new Map(Object.entries(data as Record<string, unknown>))
}

export type WalkEvent =
  | {type: 'resume'; step: string; done: number}
  | {type: 'step'; step: Step; index: number; total: number}
  | {type: 'skipped'; step: Step}
  | {type: 'would'; step: Step; what: string}
  | {type: 'action'; step: Step; summary: string}
  | {type: 'already'; step: Step}
  | {type: 'marked'; step: Step; phase: string}

export interface WalkStepResult {
  id: string
  status: 'done' | 'skipped' | 'already-done' | 'would-run'
  summary?: string
}

export interface WalkResult {
  runbook: string
  incident: string
  dryRun: boolean
  complete: boolean
  resumedAt?: string
  steps: WalkStepResult[]
  marked: string[]
}

export interface WalkOptions {
  runbook: Runbook
  /** The incident; on a terminal, undefined asks which open incident. */
  incident?: string
  /** Scripted answers by step id (from --answers). */
  answers: ReadonlyMap<string, unknown>
  yes: boolean
  dryRun: boolean
  cwd: string
  /** Per-request timeout and the longest Retry-After honoured; from the environment unless given. */
  timeoutMs?: number
  maxRetryWaitMs?: number
  /** Event time of phase marks; the moment the step completes unless given (the demo backdates). */
  markAt?: () => number
  onEvent?: (e: WalkEvent) => void
}

interface IncidentFacts {
  id: string
  title: string
  severity: string
  classes: string[]
  findings: string[]
  /** The raw values captured for a rule id or category, and those of them that were shredded. */
  secrets: (rule: string) => {values: SecretValue[]; lost: CapturedValue[]}
  records: StepRecordBody[]
  /** Password answers still readable, by the sequence number of their `runbook.secret` entry. */
  secretAnswers: Map<number, string>
  completedActions: Set<string>
}

function incidentFacts(ledger: UnlockedLedger, incident: string, runbook: string): IncidentFacts {
  const state = loadIncident(ledger, incident)
  const rows = ledger.rowsOfIncident(incident)
  const findings = new Set<string>()
  const scans: ScanSecretRecord[][] = []
  const captures: CapturedHeader[] = []
  const shreds: ShredRecord[] = []
  const records: StepRecordBody[] = []
  const secretSeqs = new Set<number>()
  const completedActions = new Set<string>()
  for (const row of rows) {
    if (row.kind === 'scan.findings') {
      const body = ledger.decrypt(row).body as Partial<ScanFindingsBody> | null
      for (const f of body?.findings ?? []) {
        findings.add(f.rule)
        findings.add(f.category)
      }
      if (body?.secrets) scans.push(body.secrets)
    } else if (row.kind === 'secret.captured') {
      captures.push({seq: row.seq, keyId: row.keyId, ts: row.ts, actor: row.actor})
    } else if (row.kind === 'key.shredded') {
      const body = ledger.decrypt(row).body as ShredRecord['body'] | null
      if (body) shreds.push({ts: row.ts, actor: row.actor, body})
    } else if (row.kind === 'runbook.step') {
      const body = ledger.decrypt(row).body as StepRecordBody | null
      if (body?.runbook === runbook) {
        records.push(body)
        if (body.secretEntry !== undefined) secretSeqs.add(body.secretEntry)
      }
    } else if (row.kind === 'action.result') {
      const body = ledger.decrypt(row).body as {runbook?: string; step?: string; stage?: string; ok?: boolean} | null
      if (body?.runbook === runbook && body.stage === 'done' && body.ok) completedActions.add(body.step ?? '')
    }
  }
  // An answer whose entry was crypto-shredded decrypts to nothing and is left out: the walk asks for it again.
  const secretAnswers = new Map<number, string>()
  for (const seq of secretSeqs) {
    const row = ledger.row(seq)
    const body = row?.kind === 'runbook.secret' ? (ledger.decrypt(row).body as {value?: unknown} | null) : null
    if (typeof body?.value === 'string') secretAnswers.set(seq, body.value)
  }
  const captured = foldCaptured({captures, scans, shreds, hasKey: (keyId) => ledger.hasKey(keyId)})
  // A value shredded and captured again by a later scan is handed out from its new entry; one
  // whose every capture was shredded is `lost`: it cannot be handed to a provider any more.
  const secrets = (rule: string) => {
    const {live, lost} = capturesFor(captured, rule)
    const values = live.flatMap((c): SecretValue[] => {
      const row = ledger.row(c.seq)
      const body = row ? (ledger.decrypt(row).body as SecretCapturedBody | null) : null
      return body ? [{value: body.raw, masked: c.masked ?? '[masked]', fingerprint: c.fingerprint ?? ''}] : []
    })
    return {values, lost}
  }
  return {id: state.id, title: state.title ?? '', severity: state.severity ?? '', classes: [...state.classes], findings: [...findings], secrets, records, secretAnswers, completedActions}
}

/** A step that needs a captured value that was crypto-shredded cannot run: revoking it is impossible. */
function shreddedSecrets(step: string, rule: string, lost: readonly CapturedValue[], incident: string): UserError {
  const one = lost.length === 1
  const named = lost.map((c) => `${c.id} ${capturedLabel(c)}`).join(', ')
  return new UserError(
    'key-shredded',
    `Step ${step} cannot run: {{ secrets.${rule} }} includes ${lost.length} captured value${one ? ' that was' : 's that were'} crypto-shredded (${named}). pl can no longer read ${one ? 'it' : 'them'}, so it cannot hand ${one ? 'it' : 'them'} to the provider (a revoke of a shredded secret cannot run).`,
    {
      details: {step, rule, shredded: lost.map((c) => ({id: c.id, rule: c.rule, masked: c.masked}))},
      hints: [
        `Revoke ${one ? 'it' : 'them'} by hand at the provider (the masked form identifies ${one ? 'it' : 'them'}); the step stays pending.`,
        `If the scanned data still holds ${one ? 'the value' : 'the values'}, \`pl scan PATH --incident ${incident}\` captures ${one ? 'it' : 'them'} again under a new key and the step can run.`,
      ],
    },
  )
}

/**
 * A walk without a terminal that needs answers, some of them password answers that were
 * crypto-shredded: they are named (with their evidence ids) and must be given again.
 */
function answersNeeded(missing: readonly string[], state: WalkState, yes: boolean): UserError {
  const gone = missing.filter((step) => state.shredded.has(step))
  const hint = `Give them in --answers FILE (YAML or JSON by step id), e.g. "${gone[0] ?? missing[0]}: …"${yes || gone.length === missing.length ? '' : ', or pass --yes to take the defaults'}.`
  if (gone.length === 0) return new UserError('usage', `No terminal to ask on, and no answer for: ${missing.join(', ')}.`, {details: {missing}, hints: [hint]})
  const one = gone.length === 1
  const named = gone.map((step) => `${step} (${evidenceId(state.shredded.get(step)!)})`).join(', ')
  const others = missing.filter((step) => !state.shredded.has(step))
  return new UserError(
    'usage',
    `No terminal to ask on, and the password answer${one ? '' : 's'} to ${named} ${one ? 'was' : 'were'} crypto-shredded: the walk needs ${one ? 'it' : 'them'} again.${others.length > 0 ? ` No answer either for: ${others.join(', ')}.` : ''}`,
    {
      details: {missing, shredded: gone.map((step) => ({step, id: evidenceId(state.shredded.get(step)!)}))},
      hints: [hint, 'Keep that file private and delete it after the walk; or run on a terminal to be asked (the answer is not shown).'],
    },
  )
}

async function chooseIncident(session: SessionOptions, ledger: UnlockedLedger): Promise<string> {
  if (!session.prompter.interactive) throw new UserError('usage', 'Which incident? Pass --incident INC.', {hints: ['List incidents with `pl incident list`.']})
  const open = incidentIds(ledger)
    .map((id) => loadIncident(ledger, id))
    .filter((i) => i.status === 'open' || i.status === 'acknowledged')
  if (open.length === 0) throw new UserError('not-found', 'There is no open incident to contain.', {hints: ['Open one with `pl incident open`.']})
  return session.prompter.select({message: 'Which incident?', choices: open.map((i) => ({name: `${i.id}  ${i.severity ?? '?'}  ${i.title ?? '(shredded title)'}`, value: i.id}))})
}

/** Asks a step's question; `note` follows the message (why it is asked again). */
async function ask(session: SessionOptions, step: Step, note?: string): Promise<AnswerValue> {
  const q = step.question!
  const p = session.prompter
  const message = note ? `${q.message} (${note})` : q.message
  switch (q.type) {
    case 'confirm':
      return p.confirm({message, ...(typeof q.default === 'boolean' ? {default: q.default} : {})})
    case 'input':
      return p.input({message, ...(typeof q.default === 'string' ? {default: q.default} : {})})
    case 'password':
      return p.password({message, validate: (v) => (v.length > 0 ? true : 'Enter a value (it is not shown).')})
    case 'select':
      return p.select({message, choices: q.choices!.map((c) => ({name: c.name, value: c.value})), ...(typeof q.default === 'string' ? {default: q.default} : {})})
    case 'checkbox': {
      const d = Array.isArray(q.default) ? q.default : []
      return p.checkbox({message, choices: q.choices!.map((c) => ({name: c.name, value: c.value, checked: d.includes(c.value)}))})
    }
  }
}

export async function walkRunbook(session: SessionOptions, options: WalkOptions): Promise<WalkResult> {
  const rb = options.runbook
  const emit = options.onEvent ?? (() => undefined)
  const timeoutMs = options.timeoutMs ?? (Number(session.env.PL_HTTP_TIMEOUT_MS) || 15_000)
  const maxRetryWaitMs = options.maxRetryWaitMs ?? (Number(session.env.PL_MAX_RETRY_WAIT_MS) || 60_000)
  return withLedger(session, async (ledger) => {
    const incident = (options.incident ?? (await chooseIncident(session, ledger))).toUpperCase()
    const keyId = incidentKey(ledger, incident)
    const facts = incidentFacts(ledger, incident, rb.name)
    const state = foldWalk(rb, facts.records, facts.secretAnswers)
    const ctxBase = {classes: facts.classes, findings: facts.findings}
    const given = new Map<string, AnswerValue>()
    for (const [k, v] of options.answers) {
      const step = rb.steps.find((s) => s.id === k)
      if (!step?.question) throw new UserError('invalid-input', `The answers file names "${k}", which is not a question step of ${rb.name}.`, {hints: [`Question steps: ${rb.steps.filter((s) => s.question).map((s) => s.id).join(', ')}.`]})
      const c = coerceAnswer(step.question, v)
      if ('error' in c) throw new UserError('invalid-input', `The answer to "${k}" is not valid: ${c.error}.`)
      given.set(k, c.value)
    }
    const interactive = session.prompter.interactive
    if (!interactive && !options.dryRun) {
      const missing = missingAnswers(rb, state, ctxBase, given, options.yes)
      if (missing.length > 0) throw answersNeeded(missing, state, options.yes)
    }
    const result: WalkResult = {runbook: rb.name, incident, dryRun: options.dryRun, complete: false, steps: [], marked: []}
    if (state.completed.size > 0 && state.next) {
      result.resumedAt = state.next.id
      emit({type: 'resume', step: state.next.id, done: state.completed.size})
    }
    const answers = new Map(state.answers)
    const append = (inputs: AppendInput[]) => (options.dryRun ? [] : ledger.append(inputs))
    const stepRecord = (body: StepRecordBody): AppendInput => ({incident, kind: 'runbook.step', keyId, body})
    const recordAnswer = (step: Step, answer: AnswerValue) => {
      answers.set(step.id, answer)
      if (step.question?.type === 'password') {
        // A password answer goes under a data key of its own, never into the step record.
        const secretKey = options.dryRun ? '' : ledger.createKey()
        const [row] = append([{incident, kind: 'runbook.secret', keyId: secretKey, body: {runbook: rb.name, step: step.id, value: String(answer)}}])
        if (row) append([stepRecord({runbook: rb.name, step: step.id, status: 'answered', secretEntry: row.seq})])
      } else append([stepRecord({runbook: rb.name, step: step.id, status: 'answered', answer})])
    }
    const askStep = async (step: Step): Promise<AnswerValue> => {
      const shredded = state.shredded.get(step.id)
      try {
        return await ask(session, step, shredded === undefined ? undefined : `asked again: the earlier answer, ${evidenceId(shredded)}, was crypto-shredded`)
      } catch (error) {
        if (error instanceof CancelledError) {
          throw new CancelledError(`Cancelled at step ${step.id}. Everything before it is recorded; \`pl runbook run ${rb.name} --incident ${incident}\` resumes here.`)
        }
        throw error
      }
    }
    // A completed step's shredded answer that a later step still reads is asked for again first.
    for (const id of answersToGiveAgain(rb, state)) {
      const step = rb.steps.find((s) => s.id === id)!
      const answer = given.get(id) ?? (interactive ? await askStep(step) : undefined)
      if (answer !== undefined) recordAnswer(step, answer)
    }
    const resolve = (step: string) => (ref: TemplateRef): unknown => {
      if (ref.scope === 'answers') return answers.get(ref.key)
      if (ref.scope === 'incident') return ref.key === 'id' ? facts.id : ref.key === 'title' ? facts.title : facts.severity
      const {values, lost} = facts.secrets(ref.key)
      if (lost.length > 0) throw shreddedSecrets(step, ref.key, lost, incident)
      return values
    }
    for (const [index, step] of rb.steps.entries()) {
      if (state.completed.has(step.id)) {
        result.steps.push({id: step.id, status: 'already-done'})
        continue
      }
      if (applies(step, {...ctxBase, answers}) !== true) {
        append([stepRecord({runbook: rb.name, step: step.id, status: 'skipped'})])
        result.steps.push({id: step.id, status: 'skipped'})
        emit({type: 'skipped', step})
        continue
      }
      emit({type: 'step', step, index, total: rb.steps.length})
      if (step.question && !answers.has(step.id)) {
        let answer = given.get(step.id) ?? (options.yes ? defaultAnswer(step.question) : undefined)
        if (answer === undefined && interactive) answer = await askStep(step)
        if (answer !== undefined) recordAnswer(step, answer)
      }
      let summary: string | undefined
      if (step.action && facts.completedActions.has(step.id)) emit({type: 'already', step})
      else if (step.action) {
        const action = step.action
        const params = render(action.params, resolve(step.id)) as Record<string, unknown>
        const provider = PROVIDER_TABLE[action.type][action.provider]
        const what = action.type === 'manual' ? `confirm: ${String(params.task)}` : provider!.describe(params, session.env)
        if (options.dryRun) {
          emit({type: 'would', step, what})
          result.steps.push({id: step.id, status: 'would-run', summary: what})
          continue
        }
        if ((DESTRUCTIVE[action.type] || action.type === 'manual') && !options.yes && !(action.type === 'manual' && given.has(step.id))) {
          if (!interactive) {
            throw new UserError('usage', `Step ${step.id} would ${what}; without a terminal that needs --yes.`, {hints: ['Check the plan with --dry-run, then pass --yes.']})
          }
          const ok = await session.prompter.confirm({message: action.type === 'manual' ? `Done? ${String(params.task)}` : `Go ahead: ${what}?`, default: action.type === 'manual'})
          if (!ok) throw new CancelledError(`Not confirmed: step ${step.id} is still pending. Run the runbook again to resume there.`)
        }
        const record = (stage: string, ok: boolean, detail: Record<string, unknown>) => {
          append([{incident, kind: 'action.result', keyId, body: {runbook: rb.name, step: step.id, action: action.type, provider: action.provider, stage, ok, at: session.now(), ...detail}}])
        }
        if (action.type === 'manual') {
          const who = typeof params.who === 'string' && params.who.length > 0 ? params.who : session.actor
          summary = `${String(params.task)} — confirmed by ${who}`
          record('done', true, {task: params.task, who, summary})
        } else {
          const ctx: ActionContext = {
            env: session.env,
            cwd: options.cwd,
            timeoutMs,
            maxRetryWaitMs,
            sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
            preserve: (items) => preserve(ledger, incident, items),
            record,
          }
          try {
            summary = await provider!.run(params, ctx)
          } catch (error) {
            const message = error instanceof PlError ? error.message : `unexpected failure: ${(error as Error).message}`
            record('failed', false, {error: message})
            if (error instanceof PlError) {
              throw new PlError(error.code, `Step ${step.id} failed and is still pending: ${error.message}`, {cause: error, details: {...error.details, step: step.id}, hints: [...error.hints, `\`pl runbook run ${rb.name} --incident ${incident}\` resumes at this step.`]})
            }
            throw error
          }
          record('done', true, {summary})
        }
        emit({type: 'action', step, summary})
      }
      const at = (options.markAt ?? session.now)()
      append([
        stepRecord({runbook: rb.name, step: step.id, status: 'done', ...(step.mark ? {mark: step.mark} : {})}),
        ...(step.mark ? [{incident, kind: 'timeline.mark', keyId, body: {phase: step.mark, at, note: `runbook ${rb.name}, step ${step.id}`}}] : []),
      ])
      if (step.mark) {
        result.marked.push(step.mark)
        emit({type: 'marked', step, phase: step.mark})
      }
      result.steps.push({id: step.id, status: 'done', ...(summary ? {summary} : {})})
    }
    result.complete = !options.dryRun
    return result
  })
}

async function preserve(ledger: UnlockedLedger, incident: string, items: readonly PreserveItem[]): Promise<string[]> {
  const ids: string[] = []
  for (const item of items) {
    const keyId = ledger.createKey()
    const blob = await ledger.writeBlob(keyId, (async function* () {
      yield item.bytes
    })())
    const [row] = ledger.append([
      {incident, kind: 'evidence.added', keyId, blob: blob.id, body: (seq: number) => ({evidence: evidenceId(seq), name: item.name, kind: item.kind, size: blob.size, sha256: blob.sha256, blob: blob.id})},
    ])
    ids.push(evidenceId(row!.seq))
  }
  return ids
}

/**
 * The demo's containment: walks secret-in-prompt-logs without a terminal against a stand-in for
 * GitHub's credential-revocation endpoint served in-process on 127.0.0.1, purging the demo's copy
 * of the sample log (`copies` is the glob). Returns one line per completed action.
 */
export async function demoContainment(session: SessionOptions, options: {incident: string; copies: string; cwd: string; markAt: () => number}): Promise<string[]> {
  const revoked = new Set<string>()
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/credentials/revoke') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as {credentials?: string[]}
        for (const c of body.credentials ?? []) revoked.add(c)
        res.writeHead(202, {'content-type': 'application/json'}).end('{}')
      } else if (req.method === 'GET' && req.url === '/user') {
        const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? ''
        res.writeHead(revoked.has(token) ? 401 : 200, {'content-type': 'application/json'}).end(revoked.has(token) ? '{"message":"Bad credentials"}' : '{"login":"demo"}')
      } else res.writeHead(404).end()
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const {runbook} = checkRunbookFile(join(shippedRunbookDir(), 'secret-in-prompt-logs.yaml'))
    if (!runbook) throw invalid(checkRunbookFile(join(shippedRunbookDir(), 'secret-in-prompt-logs.yaml')).problems)
    const result = await walkRunbook(
      {...session, env: {...session.env, PL_GITHUB_URL: url}},
      {
        runbook,
        incident: options.incident,
        answers: new Map<string, unknown>([
          ['leaked', ['github']],
          ['purge-logs', options.copies],
          ['cache', false],
          ['notify', false],
          ['root-cause', 'Debug logging of tool-call headers was enabled in the gateway.'],
        ]),
        yes: true,
        dryRun: false,
        cwd: options.cwd,
        markAt: options.markAt,
      },
    )
    return result.steps.flatMap((s) => (s.summary ? [`${s.id}: ${s.summary}`] : []))
  } finally {
    server.closeAllConnections()
    await new Promise<void>((r) => server.close(() => r()))
  }
}
