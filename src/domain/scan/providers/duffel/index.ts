import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'duffel',
  title: 'Duffel',
  revoke: 'app.duffel.com → Developers → Access tokens: revoke the token.',
  rules: [
    token({
      id: 'duffel-access-token',
      description: 'Duffel access token (duffel_test_ or duffel_live_ and 43 characters)',
      keywords: ['duffel_test_', 'duffel_live_'],
      pattern: 'duffel_(?:test|live)_[A-Za-z0-9_=-]{43}',
      examples: true,
      end: '[A-Za-z0-9_=-]',
      sample: (r) => `duffel_live_${r.chars(ALNUM, 43)}`,
    }),
  ],
})
