import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'frameio',
  title: 'Frame.io',
  revoke: 'developer.frame.io → Tokens: revoke the developer token.',
  rules: [
    token({
      id: 'frameio-developer-token',
      description: 'Frame.io developer token (fio-u- and 64 characters)',
      keywords: ['fio-u-'],
      pattern: 'fio-u-[A-Za-z0-9_=-]{64}',
      end: '[A-Za-z0-9_=-]',
      sample: (r) => `fio-u-${r.chars(ALNUM, 64)}`,
    }),
  ],
})
