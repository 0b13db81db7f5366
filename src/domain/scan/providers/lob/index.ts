import {HEX, provider, token} from '../define.js'

export default provider({
  name: 'lob',
  title: 'Lob',
  revoke: 'dashboard.lob.com/settings/api-keys: roll the key.',
  rules: [
    token({
      id: 'lob-api-key',
      description: 'Lob secret API key (live_ or test_ and 35 hex characters)',
      keywords: ['live_', 'test_'],
      pattern: '(?:live|test)_[a-f0-9]{35}',
      sample: (r) => `live_${r.chars(HEX, 35)}`,
    }),
  ],
})
