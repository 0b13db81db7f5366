import {ALNUM, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

export default provider({
  name: 'replicate',
  title: 'Replicate',
  revoke: 'replicate.com/account/api-tokens: delete the token.',
  rules: [
    token({
      id: 'replicate-api-token',
      description: 'Replicate API token (r8_, 40 characters)',
      keywords: ['r8_'],
      pattern: 'r8_[A-Za-z0-9]{37}',
      minEntropy: 3.8,
      sample: (r) => `r8_${r.chars(ALNUM, 37)}`,
    }),
  ],
  verifiers: {'replicate-api-token': bearerGet('PL_REPLICATE_API_URL', 'https://api.replicate.com', '/v1/account')},
})
