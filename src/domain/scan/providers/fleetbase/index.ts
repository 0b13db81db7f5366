import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'fleetbase',
  title: 'Fleetbase',
  revoke: 'console.fleetbase.io → Developers → API keys: roll the key.',
  rules: [
    token({
      id: 'fleetbase-api-key',
      description: 'Fleetbase API key (flb_live_ or flb_test_ and 20 characters)',
      keywords: ['flb_live_', 'flb_test_'],
      pattern: 'flb_(?:live|test)_[A-Za-z0-9]{20}',
      sample: (r) => `flb_live_${r.chars(ALNUM, 20)}`,
    }),
  ],
})
