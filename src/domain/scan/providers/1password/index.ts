import {base64Json, provider, randomPart, token} from '../define.js'

const UPPER_DIGITS = 'ABCDEFGHJKLMNPQRSTVWXYZ23456789'

export default provider({
  name: '1password',
  title: '1Password',
  revoke: '1Password → Developer → Service accounts: revoke the token; a Secret Key: sign in and regenerate it.',
  rules: [
    token({
      id: 'onepassword-service-account-token',
      description: '1Password service account token (ops_ and base64 JSON)',
      keywords: ['ops_eyJ'],
      pattern: 'ops_eyJ[A-Za-z0-9+/_-]{100,}={0,2}',
      end: '[A-Za-z0-9+/=_-]',
      minEntropy: 0,
      // A whole token decodes to JSON; a copy cut in a log keeps the prefix and a long random tail.
      check: (value) => base64Json(value.slice(4)) !== null || randomPart(value.slice(7), 4),
      guard: 'prefix ops_eyJ (base64 of {"); the rest decodes to a JSON object, or is 100+ characters with entropy ≥ 4, no placeholder',
      sample: (r) => `ops_${Buffer.from(JSON.stringify({signInAddress: 'my.1password.com', userAuth: {method: 'SRPg-4096', alg: 'PBES2g-HS256'}, email: `${r.chars('abcdefghij', 10)}@1passwordserviceaccounts.com`, secretKey: r.chars(UPPER_DIGITS, 26)})).toString('base64')}`,
    }),
    token({
      id: 'onepassword-secret-key',
      description: '1Password account Secret Key (A3-…)',
      keywords: ['A3-'],
      pattern: 'A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}',
      minEntropy: 3.5,
      sample: (r) => `A3-${r.chars(UPPER_DIGITS, 6)}-${r.chars(UPPER_DIGITS, 6)}-${r.chars(UPPER_DIGITS, 5)}-${r.chars(UPPER_DIGITS, 5)}-${r.chars(UPPER_DIGITS, 5)}-${r.chars(UPPER_DIGITS, 5)}`,
    }),
  ],
})
