import {ALNUM, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

export default provider({
  name: 'xai',
  title: 'xAI (Grok)',
  revoke: 'console.x.ai → API keys: delete the key.',
  rules: [
    token({
      id: 'xai-api-key',
      description: 'xAI API key (xai-, 80 characters)',
      keywords: ['xai-'],
      pattern: 'xai-[A-Za-z0-9]{80}',
      minEntropy: 3.8,
      sample: (r) => `xai-${r.chars(ALNUM, 80)}`,
    }),
  ],
  verifiers: {'xai-api-key': bearerGet('PL_XAI_API_URL', 'https://api.x.ai', '/v1/api-key')},
})
