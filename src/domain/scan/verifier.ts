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
}

export interface VerifierSpec {
  /** Environment variable that overrides the base URL (https only, loopback excepted). */
  env: string
  base: string
  /** A cheap read-only request; the token only in a header. */
  request: (token: string) => VerifierRequest
  /**
   * Tokens the endpoint can judge (all when absent); the others are not sent. `overridden`: the
   * base URL came from the environment.
   */
  accepts?: (token: string, overridden: boolean) => boolean
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

/** A GET with the token as a bearer header, judged by status: the common case of OpenAI-compatible APIs. */
export function bearerGet(env: string, base: string, path: string): VerifierSpec {
  return {env, base, request: (token) => ({method: 'GET', path, headers: bearer(token)}), judge: byStatus}
}
