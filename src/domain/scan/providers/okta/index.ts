import {B64URL, named, provider} from '../define.js'

export default provider({
  name: 'okta',
  title: 'Okta',
  revoke: 'Okta admin → Security → API → Tokens: revoke.',
  rules: [
    named({
      id: 'okta-api-token',
      description: 'Okta API token (00 and 40 characters, next to "okta")',
      names: ['okta'],
      value: '00[A-Za-z0-9_-]{40}',
      alphabet: 'A-Za-z0-9_=-',
      minEntropy: 3.8,
      sample: (r) => `00${r.chars(B64URL, 40)}`,
    }),
  ],
})
