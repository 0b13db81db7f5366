import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'infracost',
  title: 'Infracost',
  revoke: 'dashboard.infracost.io → Org settings → API key: rotate it.',
  rules: [
    token({
      id: 'infracost-api-key',
      description: 'Infracost API key (ico- and 32 characters)',
      keywords: ['ico-'],
      pattern: 'ico-[A-Za-z0-9]{32}',
      start: '[A-Za-z0-9._/-]',
      sample: (r) => `ico-${r.chars(ALNUM, 32)}`,
    }),
  ],
})
