import {HEX, provider, token} from '../define.js'

export default provider({
  name: 'besttime',
  title: 'BestTime',
  revoke: 'besttime.app → API keys: regenerate the private key.',
  rules: [
    token({
      id: 'besttime-private-key',
      description: 'BestTime private API key (pri_ and 32 hex characters)',
      keywords: ['pri_'],
      pattern: 'pri_[a-f0-9]{32}',
      sample: (r) => `pri_${r.chars(HEX, 32)}`,
    }),
  ],
})
