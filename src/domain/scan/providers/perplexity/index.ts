import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'perplexity',
  title: 'Perplexity',
  revoke: 'perplexity.ai/settings/api: revoke the key.',
  rules: [
    token({
      id: 'perplexity-api-key',
      description: 'Perplexity API key (pplx-)',
      keywords: ['pplx-'],
      pattern: 'pplx-[A-Za-z0-9]{40,64}',
      minEntropy: 3.8,
      sample: (r) => `pplx-${r.chars(ALNUM, 48)}`,
    }),
  ],
})
