import {ALNUM, named, provider, token} from '../define.js'

export default provider({
  name: 'alchemy',
  title: 'Alchemy',
  revoke: 'dashboard.alchemy.com → Apps → the app → API key: rotate it.',
  rules: [
    token({
      id: 'alchemy-token',
      description: 'Alchemy access token (alcht_ and 30 characters)',
      keywords: ['alcht_'],
      pattern: 'alcht_[A-Za-z0-9]{30}',
      sample: (r) => `alcht_${r.chars(ALNUM, 30)}`,
    }),
    named({id: 'alchemy-api-key', description: 'Alchemy key (32–36 characters, next to "alchemy")', names: ['alchemy'], value: '[A-Za-z0-9_]{32,36}', alphabet: 'A-Za-z0-9_', minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}_`, 30) + r.chars(ALNUM, 1)}),
  ],
})
