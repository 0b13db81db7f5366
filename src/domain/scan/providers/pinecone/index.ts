import {ALNUM, provider, token} from '../define.js'
import {byStatus} from '../../verifier.js'

export default provider({
  name: 'pinecone',
  title: 'Pinecone',
  revoke: 'app.pinecone.io → API keys: delete the key.',
  rules: [
    token({
      id: 'pinecone-api-key',
      description: 'Pinecone API key (pcsk_)',
      keywords: ['pcsk_'],
      pattern: 'pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}',
      // pcsk_, the key's id of 5 or 6 characters, _, the secret.
      check: (value) => /^pcsk_[A-Za-z0-9]{5,6}_/.test(value),
      minEntropy: 3.8,
      guard: 'prefix pcsk_, a key id of 5 or 6 letters and digits (a shorter or longer one is not a key), _, 50 to 80 letters and digits; entropy ≥ 3.8, no placeholder',
      sample: (r) => `pcsk_${r.chars(ALNUM, 6)}_${r.chars(ALNUM, 63)}`,
    }),
  ],
  verifiers: {
    'pinecone-api-key': {
      env: 'PL_PINECONE_API_URL',
      base: 'https://api.pinecone.io',
      request: (token) => ({method: 'GET', path: '/indexes', headers: {'api-key': token}}),
      judge: byStatus,
    },
  },
})
