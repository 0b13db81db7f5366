import {ALNUM, named, provider} from '../define.js'
import {bearerGet} from '../../verifier.js'

export default provider({
  name: 'mistral',
  title: 'Mistral AI',
  revoke: 'console.mistral.ai → API keys: delete the key.',
  rules: [
    named({
      id: 'mistral-api-key',
      description: 'Mistral AI API key (32 characters, next to "mistral")',
      names: ['mistral'],
      value: '[A-Za-z0-9]{32}',
      minEntropy: 3.8,
      sample: (r) => r.chars(ALNUM, 32),
    }),
  ],
  verifiers: {'mistral-api-key': bearerGet('PL_MISTRAL_API_URL', 'https://api.mistral.ai', '/v1/models')},
})
