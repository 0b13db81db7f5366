import {HEX, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

export default provider({
  name: 'digitalocean',
  title: 'DigitalOcean',
  revoke: 'cloud.digitalocean.com/account/api/tokens: delete the token.',
  rules: [
    token({
      id: 'digitalocean-token',
      description: 'DigitalOcean personal, OAuth or refresh token (dop_v1_, doo_v1_, dor_v1_)',
      keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
      pattern: 'do[por]_v1_[a-f0-9]{64}',
      sample: (r) => `dop_v1_${r.chars(HEX, 64)}`,
    }),
  ],
  verifiers: {'digitalocean-token': bearerGet('PL_DIGITALOCEAN_API_URL', 'https://api.digitalocean.com', '/v2/account')},
})
