import {ALNUM, named, provider} from '../define.js'
import {bearerGet} from '../../verifier.js'

export default provider({
  name: 'cohere',
  title: 'Cohere',
  revoke: 'dashboard.cohere.com → API keys: delete the key, create a new one.',
  rules: [
    named({
      id: 'cohere-api-key',
      description: 'Cohere API key (40 characters, next to "cohere")',
      names: ['cohere', 'co_api_key'],
      value: '[A-Za-z0-9]{40}',
      minEntropy: 3.8,
      sample: (r) => r.chars(ALNUM, 40),
    }),
  ],
  verifiers: {'cohere-api-key': bearerGet('PL_COHERE_API_URL', 'https://api.cohere.com', '/v1/models')},
})
