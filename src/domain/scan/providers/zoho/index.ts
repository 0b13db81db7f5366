import {HEX, provider, token} from '../define.js'

export default provider({
  name: 'zoho',
  title: 'Zoho CRM',
  revoke: 'api-console.zoho.com → the client: regenerate the secret; revoke refresh tokens under Connected apps.',
  rules: [
    token({
      id: 'zoho-oauth-token',
      description: 'Zoho OAuth access or refresh token (1000., 32 hex, ".", 32 hex)',
      keywords: ['1000.'],
      pattern: '1000\\.[a-f0-9]{32}\\.[a-f0-9]{32}',
      start: '[A-Za-z0-9.]',
      end: '[A-Za-z0-9.]',
      guard: 'prefix 1000. and two parts of exactly 32 hex, entropy ≥ 3, no placeholder',
      sample: (r) => `1000.${r.chars(HEX, 32)}.${r.chars(HEX, 32)}`,
    }),
  ],
})
