/**
 * How `pl scan --verify` asks a provider whether a found value still works: a pure description
 * (which variable moves the base URL, the request, how to read the answer). The service
 * (services/scan/verify-tokens.ts) does the I/O; a provider folder holds its spec beside its rules.
 */
import type {Verification} from './report.js'

export interface VerifierRequest {
  method: 'GET' | 'POST'
  path: string
  headers: Record<string, string>
  /** A form body, for the few checks whose documented request has one (an OAuth token request, an AWS query). */
  body?: string
}

/** What a request may need besides the token. */
export interface VerifierContext {
  /** The other half of a paired credential (domain/scan/pairs.ts), when it was found beside the token. */
  pair?: string
  /** The base URL the request goes to: the provider's, or the override from the environment. */
  base: string
  /** The time of the request, for signatures that carry one (AWS Signature Version 4). */
  now: Date
}

export interface VerifierSpec {
  /** Environment variable that overrides the base URL (https only, loopback excepted). */
  env: string
  base: string
  /**
   * A cheap read-only request; the token only in a header (or, where the provider's documented
   * request has no other place for it, in the body: an OAuth client-credentials request).
   */
  request: (token: string, context?: VerifierContext) => VerifierRequest
  /** The check needs both halves of a pair (`context.pair`): a value found without its other half is not sent. */
  needsPair?: boolean
  /**
   * Tokens the endpoint can judge (all when absent); the others are not sent. `overridden`: the
   * base URL came from the environment; `pair`: the other half, when the token has one.
   */
  accepts?: (token: string, overridden: boolean, pair?: string) => boolean
  /** Reads the response. */
  judge: (status: number, body: () => Promise<unknown>) => Promise<Verification>
}

export const bearer = (token: string): Record<string, string> => ({authorization: `Bearer ${token}`})

/** 2xx live, 401 revoked or invalid; anything else (403, 429, 5xx) says nothing about the token. */
export async function byStatus(status: number): Promise<Verification> {
  if (status >= 200 && status < 300) return 'live'
  return status === 401 ? 'revoked/invalid' : 'unknown'
}

/** 2xx live, 401 or 403 revoked or invalid (providers that answer a bad key with 403). */
export async function byStatus403(status: number): Promise<Verification> {
  if (status >= 200 && status < 300) return 'live'
  return status === 401 || status === 403 ? 'revoked/invalid' : 'unknown'
}

/**
 * A GraphQL API's `{ viewer { id } }`, a read-only query of the token's own user (Linear, Weights &
 * Biases): 2xx with data live; 401, or an answer whose only error is an authentication error,
 * revoked or invalid.
 */
export function graphqlViewer(env: string, base: string, path: string, auth: (token: string) => Record<string, string>): VerifierSpec {
  return {
    env,
    base,
    request: (token) => ({method: 'POST', path, headers: {...auth(token), 'content-type': 'application/json'}, body: JSON.stringify({query: '{ viewer { id } }'})}),
    async judge(status, body) {
      if (status === 401) return 'revoked/invalid'
      if (status !== 200 && status !== 400) return 'unknown'
      const parsed = (await body()) as {data?: unknown; errors?: {extensions?: {code?: unknown}; message?: unknown}[]} | null
      const errors = Array.isArray(parsed?.errors) ? parsed.errors : []
      if (errors.some((e) => e.extensions?.code === 'AUTHENTICATION_ERROR' || e.extensions?.code === 'UNAUTHENTICATED')) return 'revoked/invalid'
      return status === 200 && errors.length === 0 ? 'live' : 'unknown'
    },
  }
}

/** A GET with the token as a bearer header, judged by status: the common case of OpenAI-compatible APIs. */
export function bearerGet(env: string, base: string, path: string): VerifierSpec {
  return {env, base, request: (token) => ({method: 'GET', path, headers: bearer(token)}), judge: byStatus}
}
