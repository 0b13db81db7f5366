import {LOWER_ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'readme',
  title: 'ReadMe',
  revoke: 'dash.readme.com → the project → API keys: revoke the key.',
  rules: [
    token({
      id: 'readme-api-key',
      description: 'ReadMe API key (rdme_, 70 lower-case letters and digits)',
      keywords: ['rdme_'],
      pattern: 'rdme_[a-z0-9]{70}',
      sample: (r) => `rdme_${r.chars(LOWER_ALNUM, 70)}`,
    }),
  ],
})
