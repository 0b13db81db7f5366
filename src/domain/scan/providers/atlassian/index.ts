import {ALNUM, B64URL, OTHER_CREDENTIAL_NAME, decodeBase64, named, provider, token} from '../define.js'

const HEXU = '0123456789ABCDEF'
const DIGITS = '0123456789'

/**
 * Jira, Confluence and Bitbucket Data Center personal access tokens are the base64 of a 12-digit
 * token id, a colon and 20 random bytes (44 characters; Bitbucket's carry a "BBDC-" prefix).
 */
function dataCenterToken(body: string): boolean {
  return /^\d{12}:/.test(Buffer.from(body, 'base64').toString('latin1'))
}

/** Whether a base64 value decodes to printable `user:secret` text (Basic-auth credentials), not a 12-digit id and bytes. */
function basicAuthText(value: string): boolean {
  const text = decodeBase64(value)
  return text !== null && /^[\x20-\x7e]+$/.test(text) && /^[^:]+:./.test(text) && !/^\d{10,14}:/.test(text)
}

function dataCenterSample(r: {chars(alphabet: string, n: number): string}): string {
  const random = Buffer.from(r.chars(ALNUM, 40), 'latin1').subarray(0, 20)
  return Buffer.concat([Buffer.from(`${r.chars('123456789', 1)}${r.chars(DIGITS, 11)}:`), random]).toString('base64')
}

/** An Atlassian API token as issued: 150–250 characters after the prefix, "=" and the 8-hex-digit checksum. */
const ISSUED_API_TOKEN = /^AT[AC]TT3[A-Za-z0-9_=-]{150,250}=[A-F0-9]{8}$/

/** Why an Atlassian API token cut short or off its checksum's alphabet is shown at low confidence. */
export const ATLASSIAN_CUT_COPY = "Atlassian's fixed token start (ATATT3xFfG, ATCTT3xFfG) with a body shorter than issued or a tail that is not 8 hex digits: a truncated copy, an example, or a test value"

/** A Bitbucket username and ":" right before a value (`user:ATBB…`, `https://user:ATBB…@`). */
const BITBUCKET_USER = /(?<![A-Za-z0-9._-])[A-Za-z0-9._-]{1,30}:$/

export default provider({
  name: 'atlassian',
  title: 'Atlassian (Jira, Confluence, Bitbucket)',
  revoke: 'id.atlassian.com/manage-profile/security/api-tokens (ATATT) or Bitbucket → Personal settings → App passwords (ATBB): revoke.',
  rules: [
    token({
      id: 'atlassian-api-token',
      description: 'Atlassian API token (ATATT3 / ATCTT3, ends in an 8-hex-digit checksum)',
      keywords: ['ATATT3', 'ATCTT3'],
      // As issued; or a copy cut short (or with another tail) after the ten characters every token
      // starts with, ATATT3xFfG / ATCTT3xFfG: those alone name Atlassian.
      pattern: 'AT[AC]TT3[A-Za-z0-9_=-]{150,250}=[A-F0-9]{8}|AT[AC]TT3xFfG[A-Za-z0-9_=-]{8,250}=[A-Za-z0-9]{8}',
      end: '[A-Za-z0-9_=-]',
      minEntropy: 4,
      lowConfidence: (value) => (ISSUED_API_TOKEN.test(value) ? undefined : ATLASSIAN_CUT_COPY),
      lowConfidenceWhen: 'after ATATT3xFfG / ATCTT3xFfG, a copy cut short or with a tail that is not 8 hex digits',
      sample: (r) => `ATATT3${r.chars(B64URL, 177)}=${r.chars(HEXU, 8)}`,
    }),
    token({
      id: 'bitbucket-app-password',
      description: 'Bitbucket app password (ATBB, about 32 characters)',
      keywords: ['ATBB'],
      pattern: 'ATBB[A-Za-z0-9_=.-]{24,40}',
      minEntropy: 3.8,
      // A typed body is shown only as it is used, after a Bitbucket username (30 characters at most) and ":".
      examples: (_value, text, start) => BITBUCKET_USER.test(text.slice(Math.max(0, start - 32), start)),
      examplesWhere: 'after a Bitbucket username and ":" (user:ATBB…), as it is used',
      sample: (r) => `ATBB${r.chars(ALNUM, 32)}`,
    }),
    token({
      id: 'atlassian-datacenter-token',
      description: 'Jira / Confluence / Bitbucket Data Center personal access token (base64 of a 12-digit id, ":", 20 random bytes; BBDC- for Bitbucket)',
      // The base64 of a 12-digit id starts with one of these (the first digit's two-bit groups).
      keywords: ['BBDC-', 'MD', 'MT', 'Mj', 'Mz', 'ND', 'NT', 'Nj', 'Nz', 'OD', 'OT'],
      pattern: '(?:BBDC-)?[MNO][A-Za-z0-9+/]{43}',
      end: '[A-Za-z0-9+/=_-]',
      start: '[A-Za-z0-9+/_-]',
      minEntropy: 0,
      check: (value) => dataCenterToken(value.replace(/^BBDC-/, '')),
      guard: '44 base64 characters that decode to a 12-digit id, ":" and 20 bytes (optional BBDC- prefix)',
      // Under a Jira or Confluence name, a base64 value of about this length is one of these tokens
      // (Atlassian's other formats are ATATT3… and 24 letters and digits): whole, or a broken copy.
      // Only under a token's name (…_TOKEN, …_PAT), and not when the value decodes to text with a
      // colon, as the base64 of `email:api_token` (Jira Cloud Basic auth) does.
      claims: (value, name) =>
        /jira|confluence/i.test(name) &&
        /(?:token|pat)s?$/i.test(name) &&
        !OTHER_CREDENTIAL_NAME.test(name) &&
        /^[A-Za-z0-9+/]{36,52}=*$/.test(value) &&
        !basicAuthText(value),
      sample: (r) => dataCenterSample(r),
    }),
    named({
      id: 'atlassian-api-token-legacy',
      description: 'Atlassian Cloud API token of the older 24-character format, next to "jira", "confluence" or "atlassian"',
      names: ['atlassian', 'jira', 'confluence'],
      value: '[A-Za-z0-9]{24}',
      reach: 40,
      minEntropy: 3.8,
      sample: (r) => r.chars(ALNUM, 24),
      sampleInContext: (value) => `JIRA_API_TOKEN=${value}`,
    }),
  ],
})
