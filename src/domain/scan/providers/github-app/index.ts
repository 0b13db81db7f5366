import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'github-app',
  title: 'GitHub App installation tokens (long form)',
  revoke: 'Installation tokens expire within an hour; revoke early with DELETE /installation/token, and rotate the App\'s private key if it leaked too.',
  rules: [
    token({
      id: 'github-app-token',
      description: 'GitHub App installation token in the long form (ghs_ and 80 or more characters)',
      keywords: ['ghs_'],
      pattern: 'ghs_[A-Za-z0-9_]{80,400}',
      minEntropy: 4,
      sample: (r) => `ghs_${r.chars(ALNUM, 60)}_${r.chars(ALNUM, 60)}`,
    }),
  ],
})
