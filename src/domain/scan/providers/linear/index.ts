import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'linear',
  title: 'Linear',
  revoke: 'linear.app → Settings → Security & access → Personal API keys: revoke.',
  rules: [
    token({
      id: 'linear-api-key',
      description: 'Linear personal API key (lin_api_, 40 characters)',
      keywords: ['lin_api_'],
      pattern: 'lin_api_[A-Za-z0-9]{40}',
      minEntropy: 3.8,
      sample: (r) => `lin_api_${r.chars(ALNUM, 40)}`,
    }),
  ],
})
