import {UPPER_ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'dynatrace',
  title: 'Dynatrace',
  revoke: 'Dynatrace → Access tokens: delete the token.',
  rules: [
    token({
      id: 'dynatrace-token',
      description: 'Dynatrace API token (dt0c01.)',
      keywords: ['dt0c01.'],
      pattern: 'dt0c01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}',
      sample: (r) => `dt0c01.${r.chars(UPPER_ALNUM, 24)}.${r.chars(UPPER_ALNUM, 64)}`,
    }),
  ],
})
