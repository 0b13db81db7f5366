import {HEX, provider, token} from '../define.js'

export default provider({
  name: 'mailchimp',
  title: 'Mailchimp',
  revoke: 'Mailchimp → Profile → Extras → API keys: revoke.',
  rules: [
    token({
      id: 'mailchimp-api-key',
      description: 'Mailchimp API key (32 hex characters and the data centre, -us20)',
      keywords: ['-us'],
      pattern: '[a-f0-9]{32}-us\\d{1,2}',
      end: '[A-Za-z0-9_-]',
      sample: (r) => `${r.chars(HEX, 32)}-us${r.chars('123456789', 1)}`,
    }),
  ],
})
