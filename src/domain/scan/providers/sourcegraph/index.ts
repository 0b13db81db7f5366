import {HEX, named, provider, token} from '../define.js'

export default provider({
  name: 'sourcegraph',
  title: 'Sourcegraph',
  revoke: 'Your Sourcegraph instance → Settings → Access tokens: delete the token (Cody keys: sourcegraph.com → Cody → access tokens).',
  rules: [
    token({
      id: 'sourcegraph-access-token',
      description: 'Sourcegraph access token (sgp_, optional instance id or \'local\', 40 hex)',
      keywords: ['sgp_'],
      pattern: 'sgp_(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40}',
      sample: (r) => `sgp_${r.chars(HEX, 16)}_${r.chars(HEX, 40)}`,
    }),
    token({
      id: 'sourcegraph-cody-key',
      description: 'Sourcegraph Cody gateway key (slk_, 64 hex)',
      keywords: ['slk_'],
      pattern: 'slk_[a-f0-9]{64}',
      sample: (r) => `slk_${r.chars(HEX, 64)}`,
    }),
    named({
      id: 'sourcegraph-token-named',
      description: 'Sourcegraph access token without its sgp_ prefix (40 hex, next to "sourcegraph")',
      names: ['sourcegraph'],
      value: '[a-fA-F0-9]{40}',
      alphabet: 'A-Za-z0-9_',
      reach: 40,
      sample: (r) => r.chars(HEX, 40),
    }),
  ],
})
