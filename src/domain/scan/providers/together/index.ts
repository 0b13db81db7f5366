import {B64URL, HEX, named, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

const verify = bearerGet('PL_TOGETHER_API_URL', 'https://api.together.xyz', '/v1/models')

export default provider({
  name: 'together',
  title: 'Together AI',
  revoke: 'api.together.ai/settings/api-keys: revoke the key.',
  rules: [
    token({
      id: 'together-api-key',
      description: 'Together AI API key (tgp_v1_)',
      keywords: ['tgp_v1_'],
      pattern: 'tgp_v1_[A-Za-z0-9_-]{40,50}',
      minEntropy: 3.8,
      sample: (r) => `tgp_v1_${r.chars(B64URL, 43)}`,
    }),
    named({
      id: 'together-api-key-legacy',
      description: 'Together AI legacy API key (64 hex characters, next to "together_api_key", "togetherai" or its host)',
      // Not the bare word "together": it is English, and a sha256 often follows it in a log.
      names: ['together_api_key', 'together_key', 'together-api-key', 'togetherai', 'together_ai', 'together.xyz', 'together.ai'],
      value: '[a-f0-9]{64}',
      sample: (r) => r.chars(HEX, 64),
    }),
  ],
  verifiers: {'together-api-key': verify, 'together-api-key-legacy': verify},
})
