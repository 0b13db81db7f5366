/**
 * HTTP for providers: a timeout on every request, 429 retried after Retry-After (the request was
 * not processed), 5xx and timeouts retried only for requests that are safe to repeat, and failures
 * reported with the status and what to check — never with a credential or token.
 */
import {ExternalError, UserError} from '../errors.js'
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
}

export interface HttpResponse {
  status: number
  json: unknown
}

const ATTEMPTS = 3

export function baseUrl(env: ActionContext['env'], name: string, fallback: string | undefined, provider: string): string {
  const v = env[name] ?? fallback
  if (!v) throw new UserError('usage', `The ${provider} provider needs its address in ${name}.`, {hints: [`Set ${name} (e.g. https://…) and run the runbook again; the step is still pending.`]})
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

export async function http(ctx: ActionContext, req: HttpRequest): Promise<HttpResponse> {
  const where = `${req.method} ${new URL(req.url).pathname}`
  let last = ''
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    let res: Response
    try {
      res = await fetch(req.url, {
        method: req.method,
        headers: {accept: 'application/json', ...(req.body === undefined ? {} : {'content-type': req.contentType ?? 'application/json'}), ...req.headers},
        ...(req.body === undefined ? {} : {body: JSON.stringify(req.body)}),
        signal: AbortSignal.timeout(ctx.timeoutMs),
      })
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
      last = timedOut ? `timed out after ${ctx.timeoutMs} ms` : `could not connect (${(error as Error).message})`
      if (req.idempotent && attempt < ATTEMPTS) continue
      throw new ExternalError(`${req.provider}: ${where} ${last}.`, {
        details: {provider: req.provider, reason: timedOut ? 'timeout' : 'network'},
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
    if (res.ok || req.accept?.includes(res.status)) return {status: res.status, json}
    if (res.status === 429) {
      const wait = retryAfterMs(res.headers.get('retry-after'))
      last = `rate limited (429, Retry-After ${res.headers.get('retry-after') ?? 'not given'})`
      if (wait <= ctx.maxRetryWaitMs && attempt < ATTEMPTS) {
        await ctx.sleep(wait)
        continue
      }
      throw new ExternalError(`${req.provider}: ${where} was ${last}.`, {details: {provider: req.provider, status: 429}, hints: ['Wait, then run the runbook again; the step is still pending.']})
    }
    if (res.status >= 500) {
      last = `failed with ${res.status}`
      if (req.idempotent && attempt < ATTEMPTS) {
        await ctx.sleep(200 * attempt)
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
