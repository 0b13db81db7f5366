import {HEX, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

export default provider({
  name: 'openrouter',
  title: 'OpenRouter',
  revoke: 'openrouter.ai/settings/keys: delete the key.',
  rules: [
    token({
      id: 'openrouter-api-key',
      description: 'OpenRouter API key (sk-or-v1-, 64 hex characters)',
      keywords: ['sk-or-v1-'],
      pattern: 'sk-or-v1-[a-f0-9]{64}',
      sample: (r) => `sk-or-v1-${r.chars(HEX, 64)}`,
    }),
  ],
  verifiers: {'openrouter-api-key': bearerGet('PL_OPENROUTER_API_URL', 'https://openrouter.ai/api', '/v1/key')},
})
