import {ALNUM, named, provider, token} from '../define.js'

export default provider({
  name: 'typeform',
  title: 'Typeform',
  revoke: 'admin.typeform.com → Account → Personal tokens: delete the token.',
  rules: [
    token({
      id: 'typeform-personal-token',
      description: 'Typeform personal access token (tfp_, 59 characters)',
      keywords: ['tfp_'],
      pattern: 'tfp_[A-Za-z0-9_.=-]{59}',
      end: '[A-Za-z0-9_.=-]',
      sample: (r) => `tfp_${r.chars(ALNUM, 59)}`,
    }),
    named({
      id: 'typeform-api-key',
      description: 'Typeform API key (tfp then 40-60 characters, next to "typeform")',
      names: ['typeform'],
      value: 'tfp[A-Za-z0-9_.=-]{40,60}',
      alphabet: 'A-Za-z0-9_.=-',
      reach: 40,
      minEntropy: 3.6,
      sample: (r) => `tfp${r.chars(ALNUM, 41)}`,
    }),
  ],
})
