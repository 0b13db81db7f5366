import {ALNUM, B64URL, HEX, named, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

const verify = bearerGet('PL_CLOUDFLARE_API_URL', 'https://api.cloudflare.com/client/v4', '/user/tokens/verify')

export default provider({
  name: 'cloudflare',
  title: 'Cloudflare',
  revoke: 'dash.cloudflare.com/profile/api-tokens: roll or delete the token (the Global API key: "Change").',
  rules: [
    token({
      id: 'cloudflare-api-token',
      description: 'Cloudflare API token with a prefix (cfut_, cfat_, cfk_)',
      keywords: ['cfut_', 'cfat_', 'cfk_'],
      pattern: 'cf(?:ut|at|k)_[A-Za-z0-9]{40,60}',
      // 40 letters and digits, then an 8-hex-digit checksum: exactly 48 after the prefix.
      check: (value) => /^cf(?:ut|at|k)_[A-Za-z0-9]{40}[a-f0-9]{8}$/.test(value),
      minEntropy: 3.8,
      guard: 'prefix cfut_, cfat_ or cfk_, 40 letters and digits, 8 hex digits (a checksum): 48 characters after the prefix, a shorter or longer run is a cut or altered copy; entropy ≥ 3.8, no placeholder',
      sample: (r) => `cfut_${r.chars(ALNUM, 40)}${r.chars(HEX, 8)}`,
    }),
    token({
      id: 'cloudflare-origin-ca-key',
      description: 'Cloudflare Origin CA key (v1.0-)',
      keywords: ['v1.0-'],
      pattern: 'v1\\.0-[a-z0-9]{24}-[a-z0-9]{140,150}',
      sample: (r) => `v1.0-${r.chars(HEX, 24)}-${r.chars(HEX, 146)}`,
    }),
    named({
      id: 'cloudflare-api-token-legacy',
      description: 'Cloudflare API token or Global API key without prefix (next to "cloudflare" or "cf_api")',
      names: ['cloudflare', 'cf_api', 'cf-api', 'cf_token'],
      value: '[A-Za-z0-9_-]{40}|[a-f0-9]{37}',
      alphabet: 'A-Za-z0-9_-',
      minEntropy: 3.5,
      sample: (r) => r.chars(B64URL, 40),
    }),
  ],
  verifiers: {'cloudflare-api-token': verify, 'cloudflare-api-token-legacy': verify},
})
