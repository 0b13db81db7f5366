import {HEX, named, provider, token} from '../define.js'
import {byStatus} from '../../verifier.js'
import type {VerifierContext, VerifierSpec} from '../../verifier.js'

const ACCOUNT_SID = /^AC[0-9a-f]{32}$/

/**
 * An auth token checked with its account SID (pairs.ts): HTTP Basic SID:token on the account's own
 * resource, `GET /2010-04-01/Accounts/{sid}.json` (read-only). The SID is an id, not a secret.
 */
export const twilioAccount: VerifierSpec = {
  env: 'PL_TWILIO_API_URL',
  base: 'https://api.twilio.com',
  needsPair: true,
  accepts: (_token, _overridden, pair) => pair !== undefined && ACCOUNT_SID.test(pair),
  request: (secret: string, context?: VerifierContext) => {
    const sid = context?.pair ?? ''
    return {method: 'GET', path: `/2010-04-01/Accounts/${sid}.json`, headers: {authorization: `Basic ${Buffer.from(`${sid}:${secret}`).toString('base64')}`}}
  },
  judge: byStatus,
}

export default provider({
  name: 'twilio',
  title: 'Twilio (account SID and auth token)',
  revoke: 'console.twilio.com → Account → API keys & tokens: rotate the auth token (promote the secondary), delete API keys.',
  rules: [
    token({
      id: 'twilio-account-sid',
      description: 'Twilio account SID (AC and 32 hex characters): the id half of an auth-token pair',
      keywords: ['AC'],
      pattern: 'AC[0-9a-f]{32}',
      minEntropy: 3,
      check: (value) => /[a-f]/.test(value.slice(2)) && /\d/.test(value.slice(2)),
      guard: 'AC then 32 lower-case hex digits, letters and digits both present; entropy ≥ 3, no placeholder',
      sample: (r) => `AC${r.chars(HEX, 32)}`,
    }),
    named({
      id: 'twilio-auth-token-named',
      description: 'Twilio auth token (32 hex characters) written after "twilio" in any form (twilio token: …, TWILIO_TOKEN=…)',
      names: ['twilio'],
      value: '[0-9a-f]{32}',
      reach: 40,
      sample: (r) => r.chars(HEX, 32),
      sampleInContext: (value) => `twilio token - '${value}'`,
    }),
  ],
  verifiers: {'twilio-auth-token-named': twilioAccount},
})
