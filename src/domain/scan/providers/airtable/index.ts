import {ALNUM, HEX, provider, token} from '../define.js'
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
  ],
  verifiers: {'airtable-token': bearerGet('PL_AIRTABLE_API_URL', 'https://api.airtable.com', '/v0/meta/whoami')},
})
