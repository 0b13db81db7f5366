import {HEX, named, provider} from '../define.js'
import {bearerGet} from '../../verifier.js'

export default provider({
  name: 'deepseek',
  title: 'DeepSeek',
  revoke: 'platform.deepseek.com/api_keys: delete the key.',
  rules: [
    named({
      id: 'deepseek-api-key',
      description: 'DeepSeek API key (sk- and 32 hex characters, next to "deepseek")',
      names: ['deepseek'],
      value: 'sk-[a-z0-9]{32}',
      alphabet: 'A-Za-z0-9_-',
      sample: (r) => `sk-${r.chars(HEX, 32)}`,
    }),
  ],
  verifiers: {'deepseek-api-key': bearerGet('PL_DEEPSEEK_API_URL', 'https://api.deepseek.com', '/models')},
})
