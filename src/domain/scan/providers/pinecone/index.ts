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
      minEntropy: 3.8,
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
