import {ALNUM, named, provider, token} from '../define.js'

export default provider({
  name: 'maxmind',
  title: 'MaxMind',
  revoke: 'maxmind.com → My account → Manage license keys: deactivate the key, generate a new one.',
  rules: [
    token({
      id: 'maxmind-license-key',
      description: 'MaxMind license key (6 and 29 letters and digits, ending in _mmk)',
      // The fixed part is the suffix: the prefilter finds it, the pattern reads back from it.
      keywords: ['_mmk'],
      pattern: '[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk',
      guard: 'suffix _mmk after 6 and 29 letters and digits, entropy ≥ 3, no placeholder',
      sample: (r) => `${r.chars(ALNUM, 6)}_${r.chars(ALNUM, 29)}_mmk`,
    }),
    named({
      id: 'maxmind-legacy-license-key',
      description: 'MaxMind legacy license key (16 letters and digits, next to "maxmind" or "geoip")',
      names: ['maxmind', 'geoip', 'geolite'],
      value: '[A-Za-z0-9]{16}',
      reach: 40,
      minEntropy: 3.3,
      sample: (r) => r.chars(ALNUM, 16),
    }),
  ],
})
