import {B64URL, HEX, named, provider, token} from '../define.js'
import {byStatus} from '../../verifier.js'

export default provider({
  name: 'heroku',
  title: 'Heroku',
  revoke: 'heroku authorizations:revoke <id>, or dashboard.heroku.com/account/applications.',
  rules: [
    token({
      id: 'heroku-api-key',
      description: 'Heroku platform API key (HRKU-AA)',
      keywords: ['HRKU-AA'],
      pattern: 'HRKU-AA[A-Za-z0-9_-]{58}',
      minEntropy: 3.8,
      sample: (r) => `HRKU-AA${r.chars(B64URL, 58)}`,
    }),
    named({
      id: 'heroku-legacy-api-key',
      description: 'Heroku API key in the legacy UUID form (next to "heroku")',
      names: ['heroku'],
      value: '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}',
      alphabet: 'A-Za-z0-9-',
      reach: 40,
      minEntropy: 2.5,
      sample: (r) => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-a${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`,
      sampleInContext: (value) => `HEROKU_API_KEY=${value}`,
    }),
  ],
  verifiers: {
    'heroku-api-key': {
      env: 'PL_HEROKU_API_URL',
      base: 'https://api.heroku.com',
      request: (t) => ({method: 'GET', path: '/account', headers: {authorization: `Bearer ${t}`, accept: 'application/vnd.heroku+json; version=3'}}),
      judge: byStatus,
    },
  },
})
