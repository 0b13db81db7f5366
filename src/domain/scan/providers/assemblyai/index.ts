import {LOWER_ALNUM, named, provider} from '../define.js'
import {byStatus} from '../../verifier.js'

export default provider({
  name: 'assemblyai',
  title: 'AssemblyAI',
  revoke: 'assemblyai.com/app/api-keys: delete the key.',
  rules: [
    named({
      id: 'assemblyai-api-key',
      description: 'AssemblyAI API key (32 characters, next to "assemblyai")',
      names: ['assemblyai', 'assembly_ai', 'assembly-ai'],
      value: '[a-z0-9]{32}',
      sample: (r) => r.chars(LOWER_ALNUM, 32),
    }),
  ],
  verifiers: {
    'assemblyai-api-key': {
      env: 'PL_ASSEMBLYAI_API_URL',
      base: 'https://api.assemblyai.com',
      request: (key) => ({method: 'GET', path: '/v2/transcript?limit=1', headers: {authorization: key}}),
      judge: byStatus,
    },
  },
})
