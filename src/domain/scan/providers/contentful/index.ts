import {ALNUM, named, provider, token} from '../define.js'

export default provider({
  name: 'contentful',
  title: 'Contentful',
  revoke: 'app.contentful.com/account/profile/cma_tokens: revoke the token.',
  rules: [
    token({
      id: 'contentful-personal-token',
      description: 'Contentful personal access token (CFPAT- and 43 characters)',
      keywords: ['CFPAT-'],
      pattern: 'CFPAT-[A-Za-z0-9_-]{43}',
      examples: true,
      end: '[A-Za-z0-9_-]',
      sample: (r) => `CFPAT-${r.chars(ALNUM, 43)}`,
    }),
    named({
      id: 'contentful-delivery-api-token',
      description: 'Contentful key (43 characters, next to "contentful")',
      names: ['contentful'],
      value: '[A-Za-z0-9_-]{43}',
      alphabet: 'A-Za-z0-9_\\\\-',
      reach: 40,
      minEntropy: 3.5,
      sample: (r) => r.chars(ALNUM, 43),
    }),
  ],
})
