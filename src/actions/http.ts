/**
 * HTTP for providers: a timeout on every request, 429 retried after Retry-After (the request was
 * not processed), 5xx and timeouts retried only for requests that are safe to repeat, and failures
 * reported with the status and what to check — never with a credential or token.
 */
import {CancelledError, ExternalError, UserError} from '../errors.js'
import {maskUrls, providerUrlProblem} from '../domain/provider-url.js'
import type {ActionContext} from './types.js'

export interface HttpRequest {
  provider: string
  method: string
  url: string
  headers?: Record<string, string>
  body?: unknown
  /** The media type of `body` [default: application/json]; the body is sent as JSON either way. */
  contentType?: string
  /** Safe to send again after a 5xx or a timeout (GET, PUT, DELETE, idempotent revocations). */
  idempotent: boolean
  /** Statuses that are an answer, not a failure (e.g. 401 when checking a token is dead). */
  accept?: readonly number[]
  /** The variable holding the credential, named in a 401/403 message. */
  credential?: string
  /** Names the request in messages and the spinner instead of its path (a webhook's path is its secret). */
  label?: string
}

export interface HttpResponse {
  status: number
  json: unknown
  /** The body as text (a webhook answers `ok` or an error word, not JSON). */
  text: string
}

const ATTEMPTS = 3

/**
 * The provider's address from `name` (else `fallback`, a default or the value of `fallbackName`),
 * checked: a value that is not a usable URL is a usage error naming the variable, its password masked.
 */
export function baseUrl(env: ActionContext['env'], name: string, fallback: string | undefined, provider: string, options: {scheme?: 'http' | 'tcp'; fallbackName?: string} = {}): string {
  // An empty variable is an unset one, as the preflight reads it: the fallback is used.
  const own = env[name] || undefined
  const v = own ?? fallback
  if (!v) throw new UserError('usage', `The ${provider} provider needs its address in ${name}.`, {hints: [`Set ${name} (e.g. https://…) and run the runbook again; the step is still pending.`]})
  const variable = own === undefined && options.fallbackName ? options.fallbackName : name
  const problem = providerUrlProblem(variable, v, options.scheme ?? 'http')
  if (problem !== undefined) {
    throw new UserError('usage', `The ${provider} provider's address: ${problem}.`, {
      details: {variable},
      hints: [`Set ${variable} to the provider's ${options.scheme === 'tcp' ? 'URL' : 'http(s) URL (e.g. https://host:port)'}${options.scheme === 'tcp' ? '' : ', with any credential in its credential variable'}, and run the runbook again; the step is still pending.`],
    })
  }
  return v.replace(/\/+$/, '')
}

export function credential(env: ActionContext['env'], name: string, provider: string): string {
  const v = env[name]
  if (!v) throw new UserError('usage', `The ${provider} provider needs a credential in ${name}.`, {hints: [`Set ${name} and run the runbook again; the step is still pending.`]})
  return v
}

function retryAfterMs(header: string | null): number {
  if (!header) return 1000
  const s = Number(header)
  if (Number.isFinite(s)) return Math.max(0, s * 1000)
  const at = Date.parse(header)
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : 1000
}

/** Why a request got no answer, from the fetch error and its cause's code, in words and as a reason code. */
export function connectionFailure(error: unknown, timeoutMs: number): {reason: 'timeout' | 'dns' | 'refused' | 'tls' | 'network'; text: string} {
  const name = error instanceof Error ? error.name : ''
  if (name === 'TimeoutError' || name === 'AbortError') return {reason: 'timeout', text: `timed out after ${timeoutMs} ms`}
  const cause: unknown = error instanceof Error ? error.cause : undefined
  const code = typeof cause === 'object' && cause !== null && typeof Reflect.get(cause, 'code') === 'string' ? String(Reflect.get(cause, 'code')) : ''
  const host = typeof cause === 'object' && cause !== null && typeof Reflect.get(cause, 'hostname') === 'string' ? ` ${String(Reflect.get(cause, 'hostname'))}` : ''
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return {reason: 'dns', text: `could not connect: DNS name${host} not found (${code})`}
  if (code === 'ECONNREFUSED') return {reason: 'refused', text: `could not connect: connection refused (${code})`}
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') return {reason: 'timeout', text: `could not connect: connection timed out (${code})`}
  if (/^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/.test(code) || (cause instanceof Error && /certificate|ssl|tls/i.test(cause.message))) {
    return {reason: 'tls', text: `could not connect: TLS failure (${code || maskUrls((cause as Error).message)})`}
  }
  // A fetch error's message may quote the URL, password included: shown masked.
  const detail = code || maskUrls(cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error))
  return {reason: 'network', text: `could not connect (${detail})`}
}

export async function http(ctx: ActionContext, req: HttpRequest): Promise<HttpResponse> {
  let path: string
  try {
    path = new URL(req.url).pathname
  } catch {
    throw new UserError('usage', `${req.provider}: the address ${req.label ? '' : `"${maskUrls(req.url)}" `}is not a URL.`, {hints: ['Check the address in the step or its variable; the step is still pending.']})
  }
  const where = req.label ?? `${req.method} ${path}`
  const since = Date.now()
  const wait = (attempt: number, pause?: string) => ctx.onWait?.({provider: req.provider, what: where, attempt, attempts: ATTEMPTS, since, ...(pause === undefined ? {} : {pause})})
  try {
    return await attempts(ctx, req, where, wait)
  } finally {
    ctx.onWait?.(undefined)
  }
}

function cancelled(req: HttpRequest, where: string): CancelledError {
  return new CancelledError(`Cancelled while waiting for ${req.provider} (${where}); the step is still pending and a rerun resumes at it.`)
}

/** A duration as a person reads it: `300 ms`, `15 s`, `1.5 s`. */
const duration = (ms: number): string => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`)

async function attempts(ctx: ActionContext, req: HttpRequest, where: string, wait: (attempt: number, pause?: string) => void): Promise<HttpResponse> {
  let last = ''
  /** Attempts that timed out: the failure says how many and how long each waited. */
  let timeouts = 0
  const pause = async (ms: number, attempt: number, why: string) => {
    wait(attempt, why)
    await ctx.sleep(ms)
    if (ctx.signal?.aborted) throw cancelled(req, where)
  }
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    if (ctx.signal?.aborted) throw cancelled(req, where)
    wait(attempt)
    let res: Response
    try {
      const timeout = AbortSignal.timeout(ctx.timeoutMs)
      res = await fetch(req.url, {
        method: req.method,
        headers: {accept: 'application/json', ...(req.body === undefined ? {} : {'content-type': req.contentType ?? 'application/json'}), ...req.headers},
        ...(req.body === undefined ? {} : {body: JSON.stringify(req.body)}),
        signal: ctx.signal ? AbortSignal.any([timeout, ctx.signal]) : timeout,
      })
    } catch (error) {
      if (ctx.signal?.aborted) throw cancelled(req, where)
      const failure = connectionFailure(error, ctx.timeoutMs)
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
      if (timedOut) timeouts += 1
      last = timedOut && timeouts > 1 ? `timed out: ${timeouts} attempts of ${duration(ctx.timeoutMs)} each` : failure.text
      if (req.idempotent && attempt < ATTEMPTS) continue
      throw new ExternalError(`${req.provider}: ${where} ${last}.`, {
        details: {provider: req.provider, reason: failure.reason},
        hints: [req.idempotent ? 'Retried; the provider did not answer.' : 'Not retried: repeating this request may not be safe. Check the provider, then run the runbook again; the step is still pending.'],
      })
    }
    const text = await res.text()
    let json: unknown = null
    try {
      json = text ? JSON.parse(text) : null
    } catch {
      json = null
    }
    if (res.ok || req.accept?.includes(res.status)) return {status: res.status, json, text}
    if (res.status === 429) {
      const waitMs = retryAfterMs(res.headers.get('retry-after'))
      last = `rate limited (429, Retry-After ${res.headers.get('retry-after') ?? 'not given'})`
      if (waitMs <= ctx.maxRetryWaitMs && attempt < ATTEMPTS) {
        await pause(waitMs, attempt, `rate limited; retrying in ${Math.ceil(waitMs / 1000)} s`)
        continue
      }
      throw new ExternalError(`${req.provider}: ${where} was ${last}.`, {details: {provider: req.provider, status: 429}, hints: ['Wait, then run the runbook again; the step is still pending.']})
    }
    if (res.status >= 500) {
      last = `failed with ${res.status}`
      if (req.idempotent && attempt < ATTEMPTS) {
        await pause(200 * attempt, attempt, `answered ${res.status}; retrying`)
        continue
      }
      throw new ExternalError(`${req.provider}: ${where} ${last}.`, {
        details: {provider: req.provider, status: res.status},
        hints: [req.idempotent ? `Retried ${ATTEMPTS} times.` : 'Not retried: repeating this request may not be safe.', 'Run the runbook again once the provider is healthy; the step is still pending.'],
      })
    }
    const hints =
      res.status === 401 || res.status === 403
        ? [`The provider rejected the credential${req.credential ? ` in ${req.credential}` : ''}. Check it and its permissions; the step is still pending.`]
        : res.status === 404
          ? ['The target was not found: check the runbook parameters and the base URL; the step is still pending.']
          : ['The step is still pending.']
    throw new ExternalError(`${req.provider}: ${where} failed with ${res.status}.`, {details: {provider: req.provider, status: res.status}, hints})
  }
  throw new ExternalError(`${req.provider}: ${where} ${last}.`, {details: {provider: req.provider}})
}
