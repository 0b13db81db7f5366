import {ALNUM, B64URL, HEX, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

export default provider({
  name: 'airtable',
  title: 'Airtable',
  revoke: 'airtable.com/create/tokens: delete the token.',
  rules: [
    token({
      id: 'airtable-token',
      description: 'Airtable personal access token (pat…, a dot, 64 hex characters)',
      keywords: ['pat'],
      pattern: 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}',
      sample: (r) => `pat${r.chars(ALNUM, 14)}.${r.chars(HEX, 64)}`,
    }),
    token({
      id: 'airtable-oauth-token',
      description: 'Airtable OAuth access or refresh token (an id, ".v1.", a base64url payload, "." and a hex tag)',
      keywords: ['.v1.'],
      pattern: '[A-Za-z0-9]{17,34}\\.v1\\.[A-Za-z0-9_-]{20,}\\.[a-f0-9]{5,}',
      end: '[A-Za-z0-9_.-]',
      start: '[A-Za-z0-9_.-]',
      minEntropy: 3.5,
      guard: 'the ".v1." separator between a 17–34 character id and a payload, then a hex tag; entropy ≥ 3.5, no placeholder',
      sample: (r) => `oaa${r.chars(ALNUM, 31)}.v1.${r.chars(B64URL, 120)}.${r.chars(HEX, 64)}`,
    }),
  ],
  verifiers: {'airtable-token': bearerGet('PL_AIRTABLE_API_URL', 'https://api.airtable.com', '/v0/meta/whoami')},
})
