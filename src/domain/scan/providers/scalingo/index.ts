import {B64URL, provider, token} from '../define.js'

export default provider({
  name: 'scalingo',
  title: 'Scalingo',
  revoke: 'dashboard.scalingo.com → User settings → API tokens: delete the token.',
  rules: [
    token({
      id: 'scalingo-api-token',
      description: 'Scalingo API token (tk-us-, 48 characters)',
      keywords: ['tk-us-'],
      pattern: 'tk-us-[A-Za-z0-9_-]{48}',
      sample: (r) => `tk-us-${r.chars(B64URL, 48)}`,
    }),
  ],
})
