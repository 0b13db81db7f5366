import {HEX, provider, token} from '../define.js'
import {byStatus} from '../../verifier.js'

export default provider({
  name: 'langsmith',
  title: 'LangSmith',
  revoke: 'smith.langchain.com → Settings → API keys: delete the key.',
  rules: [
    token({
      id: 'langsmith-api-key',
      description: 'LangSmith personal or service key (lsv2_pt_ / lsv2_sk_)',
      keywords: ['lsv2_pt_', 'lsv2_sk_'],
      pattern: 'lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}',
      sample: (r) => `lsv2_pt_${r.chars(HEX, 32)}_${r.chars(HEX, 10)}`,
    }),
  ],
  verifiers: {
    'langsmith-api-key': {
      env: 'PL_LANGSMITH_API_URL',
      base: 'https://api.smith.langchain.com',
      request: (token) => ({method: 'GET', path: '/api/v1/workspaces', headers: {'x-api-key': token}}),
      judge: byStatus,
    },
  },
})
