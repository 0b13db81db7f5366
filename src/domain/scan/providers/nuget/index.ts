import {LOWER_ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'nuget',
  title: 'NuGet',
  revoke: 'nuget.org/account/apikeys: delete the key.',
  rules: [
    token({
      id: 'nuget-api-key',
      description: 'NuGet.org API key (oy2, 46 characters)',
      keywords: ['oy2'],
      pattern: 'oy2[a-z0-9]{43}',
      minEntropy: 3.8,
      sample: (r) => `oy2${r.chars(LOWER_ALNUM, 43)}`,
    }),
  ],
})
