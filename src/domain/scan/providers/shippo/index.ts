import {HEX, provider, token} from '../define.js'

export default provider({
  name: 'shippo',
  title: 'Shippo',
  revoke: 'apps.goshippo.com → Settings → API: regenerate the live or test token.',
  rules: [
    token({
      id: 'shippo-api-token',
      description: 'Shippo API token (shippo_live_ or shippo_test_, 40 hex)',
      keywords: ['shippo_live_', 'shippo_test_'],
      pattern: 'shippo_(?:live|test)_[a-fA-F0-9]{40}',
      sample: (r) => `shippo_live_${r.chars(HEX, 40)}`,
    }),
  ],
})
