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
    named({
      id: 'alchemy-api-key',
      description: 'Alchemy key (32–36 characters, next to "alchemy_api")',
      names: ['alchemy_api', 'alchemy-api', 'alchemy api', 'alchemyapi', 'alchemy_key', 'alchemy-key', 'alchemy key', 'alchemykey', 'alchemy_token', 'alchemy-token', 'alchemy token', 'alchemytoken', 'alchemy_secret', 'alchemy-secret', 'alchemy secret', 'alchemysecret'],
      value: '[A-Za-z0-9_]{32,36}',
      alphabet: 'A-Za-z0-9_',
      reach: 40,
      minEntropy: 3.5,
      sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}_`, 30) + r.chars(ALNUM, 1),
    }),
  ],
})
