import {HEX, provider, token} from '../define.js'
import {byStatus} from '../../verifier.js'

export default provider({
  name: 'postman',
  title: 'Postman',
  revoke: 'postman.co/settings/me/api-keys: revoke.',
  rules: [
    token({
      id: 'postman-api-key',
      description: 'Postman API key (PMAK-)',
      keywords: ['PMAK-'],
      pattern: 'PMAK-[a-f0-9]{24}-[a-f0-9]{34}|PMAK-[A-Za-z0-9]{59}',
      sample: (r) => `PMAK-${r.chars(HEX, 24)}-${r.chars(HEX, 34)}`,
    }),
  ],
  verifiers: {
    'postman-api-key': {
      env: 'PL_POSTMAN_API_URL',
      base: 'https://api.getpostman.com',
      request: (t) => ({method: 'GET', path: '/me', headers: {'x-api-key': t}}),
      judge: byStatus,
    },
  },
})
