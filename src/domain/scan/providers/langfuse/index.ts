import {provider, token, uuid} from '../define.js'

export default provider({
  name: 'langfuse',
  title: 'Langfuse',
  revoke: 'cloud.langfuse.com → the project → Settings → API keys: delete the key pair.',
  rules: [
    token({
      id: 'langfuse-secret-key',
      description: 'Langfuse secret key (sk-lf- and a UUID)',
      keywords: ['sk-lf-'],
      pattern: 'sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
      examples: true,
      sample: (r) => `sk-lf-${uuid(r)}`,
    }),
  ],
})
