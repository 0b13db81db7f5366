/**
 * `pl scan --verify`: asks each token's provider, through a cheap read-only endpoint, whether the
 * token still works. The token goes only into the request's authorization header; it is never
 * printed, logged or put into an error message. Base URLs can be overridden from the environment
 * (tests run local servers on 127.0.0.1).
 */
import {awsKeyPair, entraClientCredentials} from '../../domain/scan/pair-verifiers.js'
import {providerVerifiers} from '../../domain/scan/providers/index.js'
import {twilioAccount} from '../../domain/scan/providers/twilio/index.js'
import type {Verification} from '../../domain/scan/report.js'
import type {RuleId} from '../../domain/scan/rules/ids.js'
import {bearer, byStatus} from '../../domain/scan/verifier.js'
import type {VerifierSpec} from '../../domain/scan/verifier.js'
import {UserError} from '../../errors.js'
import {connectionFailure} from '../../actions/http.js'
import {shownUrl} from '../../domain/provider-url.js'
import type {Env} from '../session.js'

export interface VerifyTarget {
  fingerprint: string
  rule: string
  raw: string
  /** The raw other half of a paired credential, found beside it (domain/scan/pairs.ts). */
  pair?: string
}

/** How one provider is asked whether a token of its rules still works (a pure description, in the domain). */
type TokenVerifier = VerifierSpec

const SLACK_DEAD = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive'])

const github: TokenVerifier = {
  env: 'PL_GITHUB_API_URL',
  base: 'https://api.github.com',
  request: (token) => ({method: 'GET', path: '/user', headers: {...bearer(token), accept: 'application/vnd.github+json'}}),
  judge: byStatus,
}

/**
 * Rules with a verifier, by rule id: the core rules' here, the providers' from their folders
 * (domain/scan/providers/<name>/). Keyed by `RuleId`, so a verifier for a rule that does not
 * exist does not compile.
 */
const CORE_VERIFIERS: {readonly [K in RuleId]?: TokenVerifier} = {
  'github-token': github,
  'github-fine-grained-token': github,
  'openai-api-key': {
    env: 'PL_OPENAI_API_URL',
    base: 'https://api.openai.com',
    request: (token) => ({method: 'GET', path: '/v1/models', headers: bearer(token)}),
    judge: byStatus,
  },
  'groq-api-key': {
    env: 'PL_GROQ_API_URL',
    // Groq's API is OpenAI-compatible, under /openai.
    base: 'https://api.groq.com/openai',
    request: (token) => ({method: 'GET', path: '/v1/models', headers: bearer(token)}),
    judge: byStatus,
  },
  'slack-token': {
    env: 'PL_SLACK_API_URL',
    base: 'https://slack.com/api',
    request: (token) => ({method: 'POST', path: '/auth.test', headers: bearer(token)}),
    async judge(status, body) {
      if (status !== 200) return 'unknown'
      const parsed = (await body()) as {ok?: unknown; error?: unknown} | null
      if (parsed?.ok === true) return 'live'
      return typeof parsed?.error === 'string' && SLACK_DEAD.has(parsed.error) ? 'revoked/invalid' : 'unknown'
    },
  },
  'anthropic-api-key': {
    env: 'PL_ANTHROPIC_API_URL',
    base: 'https://api.anthropic.com',
    request: (token) => ({method: 'GET', path: '/v1/models', headers: {'x-api-key': token, 'anthropic-version': '2023-06-01'}}),
    judge: byStatus,
  },
  'gitlab-token': {
    env: 'PL_GITLAB_API_URL',
    base: 'https://gitlab.com/api/v4',
    // A token does not say which GitLab it belongs to: sent to gitlab.com, a self-managed
    // instance's token would go to a third party. Only with the instance named in
    // PL_GITLAB_API_URL (gitlab.com's own API included), and only personal, project and group
    // access tokens, which the endpoint answers for (not runner or deploy tokens).
    accepts: (token, overridden) => overridden && token.startsWith('glpat-'),
    request: (token) => ({method: 'GET', path: '/personal_access_tokens/self', headers: {'private-token': token}}),
    judge: byStatus,
  },
  'stripe-secret-key': {
    env: 'PL_STRIPE_API_URL',
    base: 'https://api.stripe.com',
    request: (token) => ({method: 'GET', path: '/v1/balance', headers: bearer(token)}),
    judge: byStatus,
  },
  'sendgrid-api-key': {
    env: 'PL_SENDGRID_API_URL',
    base: 'https://api.sendgrid.com',
    request: (token) => ({method: 'GET', path: '/v3/scopes', headers: bearer(token)}),
    judge: byStatus,
  },
  // Paired: checked with the other half found beside them (domain/scan/pairs.ts).
  'aws-secret-access-key': awsKeyPair,
  'twilio-auth-token': twilioAccount,
  'azure-client-secret': entraClientCredentials,
  'npm-token': {
    env: 'PL_NPM_REGISTRY_URL',
    base: 'https://registry.npmjs.org',
    // npm_ tokens are issued by npmjs.com: GET /-/whoami names the token's user.
    request: (token) => ({method: 'GET', path: '/-/whoami', headers: bearer(token)}),
    judge: byStatus,
  },
  'huggingface-token': {
    env: 'PL_HUGGINGFACE_API_URL',
    base: 'https://huggingface.co',
    request: (token) => ({method: 'GET', path: '/api/whoami-v2', headers: bearer(token)}),
    judge: byStatus,
  },
}

export const TOKEN_VERIFIERS: {readonly [K in RuleId]?: TokenVerifier} = {...CORE_VERIFIERS, ...providerVerifiers}

/** The verifier of a rule id, if it has one. */
export function verifierFor(rule: string): TokenVerifier | undefined {
  return (TOKEN_VERIFIERS as Readonly<Record<string, TokenVerifier | undefined>>)[rule]
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i

/**
 * The base URLs set in the environment, checked before anything is scanned: a URL that does not
 * parse, or plain http to anything but this machine (tokens would travel in clear), is refused.
 */
export function checkProviderUrls(env: Env): void {
  for (const variable of new Set(Object.values(TOKEN_VERIFIERS).map((v: TokenVerifier) => v.env))) {
    const value = env[variable] ?? ''
    if (value === '') continue
    let url: URL
    try {
      url = new URL(value)
    } catch {
      throw new UserError('usage', `${variable} is not a URL.`, {hints: [`Set it to the provider's API base, e.g. https://api.example.com, or unset it.`]})
    }
    const local = LOOPBACK.test(url.hostname)
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
      throw new UserError('usage', `${variable} must be an https URL (plain http only to this machine): tokens are sent to it.`, {
        hints: [`Use https://${url.host}${url.pathname === '/' ? '' : url.pathname}, or unset ${variable}.`],
      })
    }
  }
}

export interface VerifyOptions {
  env: Env
  /** Per request, in milliseconds. */
  timeoutMs?: number
  /** Requests in flight at once. */
  concurrency?: number
  fetch?: typeof fetch
  /** The clock, for signed requests [default: now]. */
  now?: () => Date
  /** Filled for each value answered `unknown`: why (a timeout, a refused connection, an HTTP status), by fingerprint. */
  reasons?: Map<string, VerifyFailure>
}

/** Why a provider gave no answer: where it was asked, and what happened, in words (never the token). */
export interface VerifyFailure {
  /** The variable of the provider's address, and the host asked. */
  variable: string
  host: string
  reason: string
}

/** "timed out after 10 s", "connection refused", "answered HTTP 503": a network error's message is never copied (it could echo the request). */
function failureOf(error: unknown, timeoutMs: number): string {
  const failure = connectionFailure(error, timeoutMs)
  if (failure.reason === 'timeout') return `timed out after ${Math.round(timeoutMs / 100) / 10} s`
  if (failure.reason === 'refused') return 'connection refused'
  if (failure.reason === 'dns') return 'DNS name not found'
  if (failure.reason === 'tls') return 'TLS failure'
  return 'could not connect'
}

/** Checks each distinct value once; values of rules without a verifier are left out of the result. */
export async function verifyTokens(targets: readonly VerifyTarget[], options: VerifyOptions): Promise<Map<string, Verification>> {
  const doFetch = options.fetch ?? fetch
  const timeoutMs = options.timeoutMs ?? 10_000
  const checkable = (t: VerifyTarget): boolean => {
    const verifier = verifierFor(t.rule)
    if (verifier === undefined || (verifier.needsPair === true && t.pair === undefined)) return false
    return verifier.accepts?.(t.raw, (options.env[verifier.env] ?? '').length > 0, t.pair) ?? true
  }
  const queue = [...new Map(targets.filter(checkable).map((t) => [t.fingerprint, t])).values()]
  const results = new Map<string, Verification>()
  const check = async (target: VerifyTarget): Promise<Verification> => {
    const verifier = verifierFor(target.rule)
    if (verifier === undefined) return 'unknown'
    const base = (options.env[verifier.env] ?? '').length > 0 ? (options.env[verifier.env] ?? '') : verifier.base
    const root = base.replace(/\/+$/, '')
    const unknown = (reason: string): Verification => {
      let host = root
      try {
        host = new URL(root).host
      } catch {
        host = shownUrl(root)
      }
      options.reasons?.set(target.fingerprint, {variable: verifier.env, host, reason})
      return 'unknown'
    }
    const {method, path, headers, body} = verifier.request(target.raw, {base: root, now: options.now?.() ?? new Date(), ...(target.pair === undefined ? {} : {pair: target.pair})})
    try {
      const response = await doFetch(`${root}${path}`, {
        method,
        headers: {'user-agent': 'pl-scan-verify', ...headers},
        ...(body === undefined ? {} : {body}),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      })
      const verdict = await verifier.judge(response.status, () => response.json().catch(() => null))
      await response.body?.cancel().catch(() => undefined)
      return verdict === 'unknown' ? unknown(`answered HTTP ${response.status}`) : verdict
    } catch (error) {
      // A network error or a timeout: said in words; the error text is dropped, it could echo the request.
      return unknown(failureOf(error, timeoutMs))
    }
  }
  const worker = async (): Promise<void> => {
    for (let target = queue.shift(); target !== undefined; target = queue.shift()) results.set(target.fingerprint, await check(target))
  }
  await Promise.all(Array.from({length: Math.max(1, options.concurrency ?? 4)}, worker))
  return results
}
