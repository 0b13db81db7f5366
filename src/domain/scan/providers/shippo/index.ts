import {HEX, provider, token} from '../define.js'

export default provider({
  name: 'shippo',
  title: 'Shippo',
  revoke: 'apps.goshippo.com → Settings → API: regenerate the live or test token.',
  rules: [
    token({
      id: 'shippo-api-token',
      description: 'Shippo API token (shippo_live_ or shippo_test_, 40 lower-case hex)',
      keywords: ['shippo_live_', 'shippo_test_'],
      // Shippo issues lower-case hex: an upper-case body is another string.
      pattern: 'shippo_(?:live|test)_[a-f0-9]{40}',
      examples: true,
      sample: (r) => `shippo_live_${r.chars(HEX, 40)}`,
    }),
  ],
})
