/**
 * `pl replay`: re-runs a captured exchange with reduced context in the sandbox, judges every run
 * with the oracle, optionally minimises the leaking context with ddmin, and records the replay on
 * the incident: a `replay.result` entry (configuration, seed, hash of the reduced prompt, verdicts,
 * minimal segments; under the incident's key) and a `replay.canaries` entry (the canary map with
 * the real values, and the model outputs; under a key of its own, so it can be shredded alone).
 */
import {createHash, randomBytes} from 'node:crypto'
import {gunzipSync} from 'node:zlib'
import type {Exchange, Segment} from '../domain/replay/exchange.js'
import {canonicalExchange, ExchangeFormatError, parseExchange, project, segmentsOf} from '../domain/replay/exchange.js'
import type {Channel, Evidence, Verdict} from '../domain/replay/oracle.js'
import {judge} from '../domain/replay/oracle.js'
import type {CanaryEntry, Reduction} from '../domain/replay/reduce.js'
import {reduceExchange} from '../domain/replay/reduce.js'
import type {ModelReply} from '../domain/replay/sim.js'
import {ddmin} from '../domain/replay/ddmin.js'
import {ExternalError, UserError} from '../errors.js'
import type {ModelJob, ModelKind} from '../replay/adapters.js'
import {MODEL_CHILD, openSandbox, SandboxError} from '../replay/sandbox.js'
import type {UnlockedLedger} from '../store/ledger.js'
import {findRow, idOfRow} from './evidence/lookup.js'
import {incidentKey} from './incidents.js'
import type {SessionOptions} from './session.js'
import {withLedger} from './store-access.js'

export const DEFAULT_KEY_ENV: Readonly<Record<Exclude<ModelKind, 'sim'>, string>> = {openai: 'OPENAI_API_KEY', anthropic: 'ANTHROPIC_API_KEY'}
const MAX_EXCHANGE_BYTES = 16 * 1024 * 1024

export interface ReplayOptions {
  evidence: string
  model: ModelKind
  baseUrl?: string
  modelName?: string
  apiKeyEnv?: string
  reduce: readonly Reduction[]
  keep: readonly string[]
  runs: number
  minimize: boolean
  timeoutMs: number
  maxOutputBytes: number
  /** First run's seed (run i uses seed + i); random when not given, and always recorded. */
  seed?: number
  /** For JSON lines holding several exchanges: which line. */
  line?: number
  onProgress?: (message: string) => void
}

export interface RunVerdict extends Verdict {
  run: number
  seed: number
  toolCalls: number
}

export interface ReplayReport {
  /** Sequence number of the replay.result entry. */
  seq: number
  incident: string
  evidence: string
  /** The tenant the replayed request was made for, when the exchange names one. */
  tenant?: string
  model: ModelKind
  modelName?: string
  baseUrl?: string
  reduce: Reduction[]
  keep: string[]
  dropped: string[]
  seed: number
  /** SHA-256 of the canonical JSON of the reduced exchange. */
  promptSha256: string
  segments: number
  canaries: {rule: string; category: string; segments: string[]}[]
  runs: number
  /** Runs completed (less than `runs` when a model call failed). */
  completed: number
  leaks: number
  leakRate: number
  leaked: boolean
  channels: Channel[]
  evidenceFound: Evidence[]
  verdicts: RunVerdict[]
  minimal?: {id: string; label: string}[]
  minimizeCalls?: number
  /** Model calls in all: runs plus minimisation. */
  modelCalls: number
  /**
   * The captured reply, when the capture has one, judged by the same oracle against the captured
   * request: so that a replay that does not reproduce a leak is never read as "it did not leak".
   */
  captured?: {leaked: boolean; channels: Channel[]; evidenceFound: Evidence[]}
  error?: {code: string; message: string}
}

function findExchangeRow(ledger: UnlockedLedger, id: string) {
  const row = findRow(ledger, id)
  if (row.kind !== 'evidence.added' || row.blob === null) {
    throw new UserError('not-found', `${idOfRow(ledger, row)} is not an exhibit: pl replays an exhibit that holds a captured exchange.`, {
      hints: ['List the incident\'s exhibits with `pl evidence list INC`.'],
    })
  }
  ledger.requireAccess(row.keyId)
  if (!ledger.hasKey(row.keyId)) {
    throw new UserError('key-shredded', `Evidence ${id} was crypto-shredded; there is no exchange left to replay.`)
  }
  return {row, blob: row.blob}
}

async function readAll(chunks: AsyncIterable<Uint8Array>, id: string): Promise<string> {
  const parts: Uint8Array[] = []
  let size = 0
  for await (const c of chunks) {
    size += c.length
    if (size > MAX_EXCHANGE_BYTES) throw new UserError('invalid-input', `Evidence ${id} is larger than ${MAX_EXCHANGE_BYTES / 1024 / 1024} MiB: too large to be one captured exchange.`)
    parts.push(c)
  }
  const bytes = Buffer.concat(parts)
  // A gzip exhibit (by its magic bytes, whatever its name, as `pl scan` reads it) is replayed decompressed.
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes.toString('utf8')
  try {
    return gunzipSync(bytes, {maxOutputLength: MAX_EXCHANGE_BYTES}).toString('utf8')
  } catch (error) {
    const tooLarge = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError
    throw new UserError(
      'invalid-input',
      tooLarge ? `Evidence ${id} decompresses to more than ${MAX_EXCHANGE_BYTES / 1024 / 1024} MiB: too large to be one captured exchange.` : `Evidence ${id} is a gzip file that cannot be decompressed (${(error as Error).message}).`,
      {cause: error},
    )
  }
}

function netAllowance(model: ModelKind, baseUrl: string | undefined): {host: string; port: number} | undefined {
  if (model === 'sim') return undefined
  const url = new URL(baseUrl ?? (model === 'openai' ? 'https://api.openai.com' : 'https://api.anthropic.com'))
  return {host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80}
}

function validateBaseUrl(baseUrl: string | undefined): void {
  if (baseUrl === undefined) return
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    throw new UserError('usage', `--base-url ${baseUrl} is not a URL.`, {hints: ['Give the server root, e.g. http://127.0.0.1:8000 or https://example.com/v1.']})
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError('usage', `--base-url must be http or https, not ${url.protocol}`)
}

export async function replayExchange(session: SessionOptions, options: ReplayOptions): Promise<ReplayReport> {
  validateBaseUrl(options.baseUrl)
  const keyEnv = options.model === 'sim' ? undefined : (options.apiKeyEnv ?? DEFAULT_KEY_ENV[options.model])
  const key = keyEnv === undefined ? undefined : session.env[keyEnv]
  if (keyEnv !== undefined && !key) {
    throw new UserError('usage', `The ${options.model} model needs an API key in ${keyEnv}.`, {hints: [`Set ${keyEnv}, or name another variable with --api-key-env.`]})
  }
  const allowNet = netAllowance(options.model, options.baseUrl)
  return withLedger(session, async (ledger) => {
    const {row, blob} = findExchangeRow(ledger, options.evidence)
    const incident = row.incident
    incidentKey(ledger, incident)
    const evidence = idOfRow(ledger, row)
    let exchange: Exchange
    try {
      exchange = parseExchange(await readAll(ledger.readBlob(row.keyId, blob), evidence), options.line === undefined ? {} : {line: options.line}).exchange
    } catch (error) {
      if (!(error instanceof ExchangeFormatError)) throw error
      const hints =
        error.reason === 'ambiguous'
          ? ['For JSON lines, pick one with --line N; for a trace, export the one span to replay.']
          : error.reason === 'empty'
            ? ['Replay needs at least one user message; check that the capture is complete.']
            : error.reason === 'too-deep'
              ? ['This exhibit is not a capture pl can replay; `pl evidence show` shows what it is.']
              : ['See docs/replay.md for the formats pl replays; `pl evidence show` shows what this exhibit is.']
      throw new UserError('invalid-input', `${evidence}: ${error.message}`, {hints, details: {reason: error.reason}})
    }
    const capturedVerdict = exchange.output === undefined ? undefined : judge(exchange.output, exchange, [])
    const known = new Set(segmentsOf(exchange).map((s) => s.id))
    for (const k of options.keep) {
      if (!known.has(k) && !['system', 'message', 'context', 'tool'].includes(k)) {
        throw new UserError('usage', `--keep ${k}: no such segment in ${evidence}.`, {hints: [`Segments are named like system.2, message.1, context.3, tool.1 (or a whole group: system, context, …).`]})
      }
    }
    const reduced = reduceExchange(exchange, {reduce: options.reduce, keep: options.keep, random: (n) => randomBytes(n)})
    const sent = reduced.exchange
    const seed = options.seed ?? randomBytes(4).readUInt32BE(0) >>> 1
    const promptSha256 = createHash('sha256').update(canonicalExchange(sent)).digest('hex')
    const sandbox = openSandbox({
      ...MODEL_CHILD,
      ...(allowNet ? {allowNet} : {}),
      env: keyEnv !== undefined && key ? {[keyEnv]: key} : {},
      timeoutMs: options.timeoutMs,
      maxOutputBytes: options.maxOutputBytes + 64 * 1024,
    })
    const call = (ex: Exchange, s: number): Promise<ModelReply> => {
      const job: ModelJob = {model: options.model, exchange: ex, seed: s, maxOutputBytes: options.maxOutputBytes}
      if (options.baseUrl !== undefined) job.baseUrl = options.baseUrl
      if (options.modelName !== undefined) job.modelName = options.modelName
      if (keyEnv !== undefined) job.apiKeyEnv = keyEnv
      return sandbox.call<ModelReply>(job)
    }
    const judgeReply = (reply: ModelReply, ex: Exchange) =>
      judge([reply.text, ...reply.toolCalls.map((t) => `${t.name} ${t.arguments}`)].join('\n'), ex, reduced.canaries)
    const verdicts: RunVerdict[] = []
    const outputs: {run: number; text: string; toolCalls: ModelReply['toolCalls']}[] = []
    let failure: ExternalError | undefined
    let minimal: Segment[] | undefined
    let minimizeCalls: number | undefined
    try {
      for (let i = 0; i < options.runs; i++) {
        options.onProgress?.(`run ${i + 1}/${options.runs}`)
        const reply = await call(sent, seed + i)
        outputs.push({run: i + 1, text: reply.text, toolCalls: reply.toolCalls})
        verdicts.push({run: i + 1, seed: seed + i, toolCalls: reply.toolCalls.length, ...judgeReply(reply, sent)})
      }
      const first = verdicts.find((v) => v.leaked)
      if (options.minimize && first) {
        // Minimise towards the most specific channels: a planted canary, a secret pattern or another
        // tenant's chunk; a copy of the system prompt only when nothing more specific leaked.
        const specific = first.channels.filter((c) => c !== 'system-prompt')
        const target = new Set<Channel>(specific.length > 0 ? specific : first.channels)
        const segments = segmentsOf(sent)
        const result = await ddmin(
          segments,
          async (subset) => {
            const ex = project(sent, new Set(subset.map((s) => s.id)))
            // Without a user message there is no request to send, and so no leak.
            if (!ex.messages.some((m) => m.role === 'user')) return false
            options.onProgress?.(`minimising: trying ${subset.length} of ${segments.length} segments`)
            const v = judgeReply(await call(ex, first.seed), ex)
            return v.channels.some((c) => target.has(c))
          },
          (s) => s.id,
        )
        minimal = result.reproduced ? result.minimal : undefined
        minimizeCalls = result.calls
        if (!result.reproduced) options.onProgress?.('the leak did not reproduce on the full context again; nothing minimised')
      }
    } catch (error) {
      if (!(error instanceof SandboxError)) throw error
      failure = modelFailure(error, options.model)
    } finally {
      await sandbox.close()
    }
    const leaks = verdicts.filter((v) => v.leaked).length
    const channels = [...new Set(verdicts.flatMap((v) => v.channels))]
    const evidenceFound = dedupeEvidence(verdicts.flatMap((v) => v.evidence))
    const report: Omit<ReplayReport, 'seq'> = {
      incident,
      evidence,
      ...(sent.tenant === undefined ? {} : {tenant: sent.tenant}),
      model: options.model,
      ...(options.modelName === undefined ? {} : {modelName: options.modelName}),
      ...(options.baseUrl === undefined ? {} : {baseUrl: options.baseUrl}),
      reduce: [...new Set<Reduction>(['secrets', ...options.reduce])],
      keep: [...options.keep],
      dropped: reduced.dropped,
      seed,
      promptSha256,
      segments: segmentsOf(sent).length,
      canaries: reduced.canaries.map((c) => ({rule: c.rule, category: c.category, segments: c.segments})),
      runs: options.runs,
      completed: verdicts.length,
      leaks,
      leakRate: verdicts.length === 0 ? 0 : leaks / verdicts.length,
      leaked: leaks > 0,
      channels,
      evidenceFound,
      verdicts,
      ...(minimal ? {minimal: minimal.map((s) => ({id: s.id, label: s.label})), minimizeCalls: minimizeCalls ?? 0} : {}),
      modelCalls: verdicts.length + (minimizeCalls ?? 0),
      ...(capturedVerdict === undefined ? {} : {captured: {leaked: capturedVerdict.leaked, channels: capturedVerdict.channels, evidenceFound: dedupeEvidence(capturedVerdict.evidence)}}),
      ...(failure ? {error: {code: failure.code, message: failure.message}} : {}),
    }
    const privateKey = ledger.createKey(incident)
    const [entry] = ledger.append([
      {incident, kind: 'replay.result', keyId: incidentKey(ledger, incident), body: report},
      {incident, kind: 'replay.canaries', keyId: privateKey, body: (seq: number) => ({replay: seq - 1, canaries: reduced.canaries satisfies CanaryEntry[], outputs})},
    ])
    if (failure) {
      throw new ExternalError(failure.message, {
        cause: failure,
        hints: [...failure.hints, `${verdicts.length} of ${options.runs} runs completed; they are recorded on ${incident} (entry ${entry!.seq}).`],
        details: {partial: {...report, seq: entry!.seq}},
      })
    }
    return {seq: entry!.seq, ...report}
  })
}

function dedupeEvidence(all: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>()
  return all.filter((e) => {
    const k = `${e.channel}\u0000${e.detail}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

function modelFailure(error: SandboxError, model: ModelKind): ExternalError {
  if (error.kind === 'timeout') return new ExternalError(error.message, {cause: error, hints: ['Raise --timeout, or check that the model server is reachable and answering.']})
  if (error.status === 401 || error.status === 403) return new ExternalError(`The ${model} server refused the API key (HTTP ${error.status}).`, {cause: error, hints: ['Check the key variable (--api-key-env) and that the key is valid for this server.']})
  if (error.status === 429) return new ExternalError(`The ${model} server is rate limiting (HTTP 429).`, {cause: error, hints: ['Wait and retry, or lower --runs.']})
  return new ExternalError(`The ${model} model call failed: ${error.message}`, {cause: error})
}
