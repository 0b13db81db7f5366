import {LOWER_ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'defined-networking',
  title: 'Defined Networking',
  revoke: 'admin.defined.net → API keys: delete the key.',
  rules: [
    token({
      id: 'defined-networking-api-token',
      description: 'Defined Networking (Nebula) API token (dnkey-, two dash-separated parts)',
      keywords: ['dnkey-'],
      pattern: 'dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}',
      end: '[A-Za-z0-9=_-]',
      sample: (r) => `dnkey-${r.chars(LOWER_ALNUM, 26)}-${r.chars(LOWER_ALNUM, 52)}`,
    }),
  ],
})
