import {HEX, provider, token} from '../define.js'
import {byStatus} from '../../verifier.js'

export default provider({
  name: 'pulumi',
  title: 'Pulumi',
  revoke: 'app.pulumi.com → Settings → Access tokens: delete the token.',
  rules: [
    token({
      id: 'pulumi-access-token',
      description: 'Pulumi access token (pul-, 40 characters)',
      keywords: ['pul-'],
      pattern: 'pul-[a-z0-9]{40}',
      sample: (r) => `pul-${r.chars(HEX, 40)}`,
    }),
  ],
  verifiers: {
    'pulumi-access-token': {
      env: 'PL_PULUMI_API_URL',
      base: 'https://api.pulumi.com',
      request: (t) => ({method: 'GET', path: '/api/user', headers: {authorization: `token ${t}`}}),
      judge: byStatus,
    },
  },
})
