/**
 * Live checks whose request takes both halves of a paired credential (domain/scan/pairs.ts): the
 * secret is the token, `context.pair` its other half. A value found without its other half is not
 * sent (`needsPair`).
 *
 * - AWS: the secret access key signs (Signature Version 4) an STS GetCallerIdentity call made
 *   with the access key id; the secret itself never travels. GetCallerIdentity needs no
 *   permission: any valid key pair may call it.
 * - Microsoft Entra ID: an OAuth 2.0 client-credentials token request for the application
 *   (tenant and client id beside the secret); the secret goes in the form body, where the
 *   documented request carries it. Nothing is done with the token the answer holds.
 */
import {createHash, createHmac} from 'node:crypto'

import type {Verification} from './report.js'
import type {VerifierContext, VerifierSpec} from './verifier.js'
import {byStatus403} from './verifier.js'

const sha256 = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex')
const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest()

/** `20260107T095301Z` and `20260107`, as SigV4 writes the time. */
function amzDate(now: Date): {stamp: string; day: string} {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
  return {stamp, day: stamp.slice(0, 8)}
}

export const AWS_STS_BODY = 'Action=GetCallerIdentity&Version=2011-06-15'
const AWS_REGION = 'us-east-1'

/**
 * The headers of a SigV4-signed `POST /` to STS at `base` (the host is signed, so a test server's
 * host is what it checks), for the key pair (id, secret) at `now`.
 */
export function signStsRequest(id: string, secret: string, base: string, now: Date): Record<string, string> {
  const url = new URL(base)
  const path = url.pathname === '' ? '/' : url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`
  const {stamp, day} = amzDate(now)
  const contentType = 'application/x-www-form-urlencoded; charset=utf-8'
  const signedHeaders = 'content-type;host;x-amz-date'
  const canonical = ['POST', path, '', `content-type:${contentType}`, `host:${url.host}`, `x-amz-date:${stamp}`, '', signedHeaders, sha256(AWS_STS_BODY)].join('\n')
  const scope = `${day}/${AWS_REGION}/sts/aws4_request`
  const toSign = ['AWS4-HMAC-SHA256', stamp, scope, sha256(canonical)].join('\n')
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day), AWS_REGION), 'sts'), 'aws4_request')
  const signature = createHmac('sha256', key).update(toSign, 'utf8').digest('hex')
  return {
    'content-type': contentType,
    'x-amz-date': stamp,
    authorization: `AWS4-HMAC-SHA256 Credential=${id}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  }
}

const AWS_KEY_ID = /^(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}$/

export const awsKeyPair: VerifierSpec = {
  env: 'PL_AWS_STS_URL',
  base: 'https://sts.amazonaws.com',
  needsPair: true,
  // Temporary (ASIA) keys also need their session token, which is not paired: only long-term ids.
  accepts: (_secret, _overridden, pair) => pair !== undefined && AWS_KEY_ID.test(pair) && !pair.startsWith('ASIA'),
  request: (secret: string, context?: VerifierContext) => ({
    method: 'POST',
    path: '/',
    headers: signStsRequest(context?.pair ?? '', secret, context?.base ?? 'https://sts.amazonaws.com', context?.now ?? new Date()),
    body: AWS_STS_BODY,
  }),
  // 403 InvalidClientTokenId (no such key id) or SignatureDoesNotMatch (wrong secret).
  judge: byStatus403,
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** `tenant:client` (pairs.ts) → the two ids, or null when either is not a UUID. */
function entraIds(pair: string | undefined): {tenant: string; client: string} | null {
  const [tenant = '', client = ''] = (pair ?? '').split(':')
  return UUID.test(tenant) && UUID.test(client) ? {tenant: tenant.toLowerCase(), client: client.toLowerCase()} : null
}

/** Entra's answer to a bad application or secret (AADSTS7000215, AADSTS700016, AADSTS7000222). */
const ENTRA_DEAD = new Set(['invalid_client', 'unauthorized_client'])

export const entraClientCredentials: VerifierSpec = {
  env: 'PL_AZURE_LOGIN_URL',
  base: 'https://login.microsoftonline.com',
  needsPair: true,
  accepts: (_secret, _overridden, pair) => entraIds(pair) !== null,
  request: (secret: string, context?: VerifierContext) => {
    const ids = entraIds(context?.pair)
    const form = new URLSearchParams({grant_type: 'client_credentials', client_id: ids?.client ?? '', client_secret: secret, scope: 'https://graph.microsoft.com/.default'})
    return {method: 'POST', path: `/${ids?.tenant ?? 'invalid'}/oauth2/v2.0/token`, headers: {'content-type': 'application/x-www-form-urlencoded'}, body: form.toString()}
  },
  async judge(status: number, body: () => Promise<unknown>): Promise<Verification> {
    if (status === 200) return 'live'
    if (status !== 400 && status !== 401) return 'unknown'
    const parsed = (await body()) as {error?: unknown} | null
    return typeof parsed?.error === 'string' && ENTRA_DEAD.has(parsed.error) ? 'revoked/invalid' : 'unknown'
  },
}
