import {HEX, named, provider} from '../define.js'
import {byStatus} from '../../verifier.js'

export default provider({
  name: 'snyk',
  title: 'Snyk',
  revoke: 'app.snyk.io/account: revoke and regenerate the API token (service accounts: Settings → Service accounts).',
  rules: [
    named({
      id: 'snyk-api-token',
      description: 'Snyk API token (a UUID next to "snyk")',
      names: ['snyk'],
      value: '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}',
      alphabet: 'A-Za-z0-9-',
      reach: 40,
      minEntropy: 2.5,
      sample: (r) => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-a${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`,
      sampleInContext: (value) => `SNYK_TOKEN=${value}`,
    }),
  ],
  verifiers: {
    'snyk-api-token': {
      env: 'PL_SNYK_API_URL',
      base: 'https://api.snyk.io',
      // The REST API's own user: GET /rest/self, "Authorization: token …".
      request: (key) => ({method: 'GET', path: '/rest/self?version=2024-10-15', headers: {authorization: `token ${key}`}}),
      judge: byStatus,
    },
  },
})
