import {LOWER_ALNUM, named, provider} from '../define.js'
import {byStatus} from '../../verifier.js'

export default provider({
  name: 'deepgram',
  title: 'Deepgram',
  revoke: 'console.deepgram.com → API keys: delete the key.',
  rules: [
    named({
      id: 'deepgram-api-key',
      description: 'Deepgram API key (40 characters, next to "deepgram")',
      names: ['deepgram'],
      value: '[a-z0-9]{40}',
      sample: (r) => r.chars(LOWER_ALNUM, 40),
    }),
  ],
  verifiers: {
    'deepgram-api-key': {
      env: 'PL_DEEPGRAM_API_URL',
      base: 'https://api.deepgram.com',
      request: (key) => ({method: 'GET', path: '/v1/projects', headers: {authorization: `Token ${key}`}}),
      judge: byStatus,
    },
  },
})
