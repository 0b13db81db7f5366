import {HEX, provider, token} from '../define.js'

export default provider({
  name: 'rootly',
  title: 'Rootly',
  revoke: 'rootly.com → Organization settings → API keys: revoke the key.',
  rules: [
    token({
      id: 'rootly-api-key',
      description: 'Rootly API key (rootly_, 64 hex)',
      keywords: ['rootly_'],
      pattern: 'rootly_[a-f0-9]{64}',
      sample: (r) => `rootly_${r.chars(HEX, 64)}`,
    }),
  ],
})
