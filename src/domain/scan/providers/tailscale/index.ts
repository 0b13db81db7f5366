import {ALNUM, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

export default provider({
  name: 'tailscale',
  title: 'Tailscale',
  revoke: 'login.tailscale.com/admin/settings/keys: revoke the key.',
  rules: [
    token({
      id: 'tailscale-key',
      description: 'Tailscale API, auth, OAuth client, SCIM or webhook key (tskey-…)',
      keywords: ['tskey-'],
      pattern: 'tskey-[a-z]{3,10}-[A-Za-z0-9]{10,20}-[A-Za-z0-9]{20,40}|tskey-[a-z0-9]{6,20}-[A-Za-z0-9_-]{40,}',
      minEntropy: 3.5,
      examples: true,
      sample: (r) => `tskey-api-${r.chars(ALNUM, 12)}CNTRL-${r.chars(ALNUM, 32)}`,
    }),
  ],
  verifiers: {'tailscale-key': {...bearerGet('PL_TAILSCALE_API_URL', 'https://api.tailscale.com', '/api/v2/tailnet/-/devices'), accepts: (key: string) => key.startsWith('tskey-api-')}},
})
