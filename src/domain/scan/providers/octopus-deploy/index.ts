import {UPPER_ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'octopus-deploy',
  title: 'Octopus Deploy',
  revoke: 'Octopus web portal → your profile → My API keys: revoke the key.',
  rules: [
    token({
      id: 'octopus-deploy-api-key',
      description: 'Octopus Deploy API key (API-, 25-27 upper-case letters and digits)',
      keywords: ['API-'],
      pattern: 'API-[A-Z0-9]{25,27}',
      end: '[A-Za-z0-9]',
      sample: (r) => `API-${r.chars(UPPER_ALNUM, 26)}`,
    }),
  ],
})
