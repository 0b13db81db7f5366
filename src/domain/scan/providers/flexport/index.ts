import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'flexport',
  title: 'Flexport',
  revoke: 'Flexport portal → Settings → API credentials: revoke the token.',
  rules: [
    token({
      id: 'flexport-api-token',
      description: 'Flexport API token (shltm_ and 40 characters)',
      keywords: ['shltm_'],
      pattern: 'shltm_[A-Za-z0-9_-]{40}',
      end: '[A-Za-z0-9_-]',
      sample: (r) => `shltm_${r.chars(ALNUM, 40)}`,
    }),
  ],
})
