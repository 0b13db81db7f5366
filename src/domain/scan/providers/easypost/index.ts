import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'easypost',
  title: 'EasyPost',
  revoke: 'www.easypost.com/account/api-keys: disable the key, create a new one.',
  rules: [
    token({
      id: 'easypost-api-key',
      description: 'EasyPost production or test API key (EZAK or EZTK and 54 characters)',
      keywords: ['EZAK', 'EZTK'],
      pattern: 'EZ[AT]K[A-Za-z0-9]{54}',
      sample: (r) => `EZAK${r.chars(ALNUM, 54)}`,
    }),
  ],
})
