import {HEX, LOWER_ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'photoroom',
  title: 'Photoroom',
  revoke: 'app.photoroom.com → API dashboard: revoke the key, create a new one.',
  rules: [
    token({
      id: 'photoroom-api-key',
      description: 'Photoroom API key (sk_pr_, key name, 40 hex)',
      keywords: ['sk_pr_'],
      pattern: 'sk_pr_[a-z0-9]{1,32}_[a-f0-9]{40}',
      start: '[A-Za-z0-9]',
      sample: (r) => `sk_pr_${r.chars(LOWER_ALNUM, 8)}_${r.chars(HEX, 40)}`,
    }),
  ],
})
