import {ALNUM, named, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

const verify = bearerGet('PL_FIREWORKS_API_URL', 'https://api.fireworks.ai/inference', '/v1/models')

export default provider({
  name: 'fireworks',
  title: 'Fireworks AI',
  revoke: 'fireworks.ai/account/api-keys: delete the key.',
  rules: [
    token({
      id: 'fireworks-api-key',
      description: 'Fireworks AI API key (fw_)',
      keywords: ['fw_'],
      pattern: 'fw_[A-Za-z0-9]{24,48}',
      minEntropy: 3.8,
      sample: (r) => `fw_${r.chars(ALNUM, 24)}`,
    }),
    named({
      id: 'fireworks-api-key-legacy',
      description: 'Fireworks AI API key without prefix (48 characters, next to "fireworks_api_key" or its host)',
      // Not the bare word "fireworks", which is English.
      names: ['fireworks_api_key', 'fireworks_key', 'fireworks-api-key', 'fireworks.ai', 'fireworks_ai', 'fireworksai'],
      value: '[A-Za-z0-9]{48}',
      minEntropy: 3.8,
      sample: (r) => r.chars(ALNUM, 48),
    }),
  ],
  verifiers: {'fireworks-api-key': verify, 'fireworks-api-key-legacy': verify},
})
