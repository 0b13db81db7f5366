import {ALNUM, HEX, LOWER_ALNUM, named, provider, token} from '../define.js'

export default provider({
  name: 'adobe',
  title: 'Adobe Developer',
  revoke: 'developer.adobe.com/console → the project → Credentials: rotate the client secret.',
  rules: [
    token({
      id: 'adobe-client-secret',
      description: 'Adobe OAuth client secret (p8e- and 32 characters)',
      keywords: ['p8e-'],
      pattern: 'p8e-[A-Za-z0-9]{32}',
      sample: (r) => `p8e-${r.chars(ALNUM, 32)}`,
    }),
    named({
      id: 'adobe-client-id',
      description: 'Adobe Developer key (32 hex characters, next to "adobe")',
      names: ['adobe'],
      value: '[a-f0-9]{32}',
      reach: 40,
      sample: (r) => r.chars(HEX, 32),
    }),
    named({
      id: 'adobeio-api-key',
      description: 'Adobe Developer key (32 characters, next to "adobe")',
      names: ['adobe'],
      value: '[a-z0-9]{32}',
      reach: 40,
      sample: (r) => r.chars(LOWER_ALNUM, 32),
    }),
  ],
})
