import {B64URL, provider, token} from '../define.js'
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
