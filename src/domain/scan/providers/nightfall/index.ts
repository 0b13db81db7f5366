import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'nightfall',
  title: 'Nightfall',
  revoke: 'app.nightfall.ai → Settings → API keys: delete the key.',
  rules: [
    token({
      id: 'nightfall-api-key',
      description: 'Nightfall API key (NF-, 32 letters and digits)',
      keywords: ['NF-'],
      pattern: 'NF-[A-Za-z0-9]{32}',
      sample: (r) => `NF-${r.chars(ALNUM, 32)}`,
    }),
  ],
})
