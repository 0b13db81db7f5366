import {B64URL, HEX, base64Json, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

function orgToken(value: string): boolean {
  const body = value.slice('sntrys_'.length)
  const cut = body.lastIndexOf('_')
  const claims = cut > 0 ? base64Json(body.slice(0, cut)) : null
  return claims !== null && ('iat' in claims || 'org' in claims)
}

export default provider({
  name: 'sentry',
  title: 'Sentry',
  revoke: 'sentry.io → Settings → Auth tokens (user) or Organization tokens: revoke.',
  rules: [
    token({
      id: 'sentry-org-token',
      description: 'Sentry organisation auth token (sntrys_, embedded JSON claims checked)',
      keywords: ['sntrys_'],
      pattern: 'sntrys_eyJ[A-Za-z0-9+/=_-]{20,}?_[A-Za-z0-9+/]{43}',
      end: '[A-Za-z0-9+/_=-]',
      minEntropy: 0,
      check: orgToken,
      guard: 'prefix sntrys_; the part before the last "_" must decode to JSON claims (iat, org)',
      sample: (r) => `sntrys_${Buffer.from(JSON.stringify({iat: 1700000000.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: r.chars('abcdefghij', 8)})).toString('base64').replace(/=+$/, '')}_${r.chars(`${B64URL.slice(0, 62)}+/`, 43)}`,
    }),
    token({
      id: 'sentry-user-token',
      description: 'Sentry user auth token (sntryu_, 64 hex characters)',
      keywords: ['sntryu_'],
      pattern: 'sntryu_[a-f0-9]{64}',
      sample: (r) => `sntryu_${r.chars(HEX, 64)}`,
    }),
  ],
  verifiers: {'sentry-user-token': bearerGet('PL_SENTRY_API_URL', 'https://sentry.io', '/api/0/organizations/')},
})
