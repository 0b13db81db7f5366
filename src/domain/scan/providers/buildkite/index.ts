import {LOWER_ALNUM, named, provider, token} from '../define.js'

export default provider({
  name: 'buildkite',
  title: 'Buildkite',
  revoke: 'buildkite.com/user/api-access-tokens: revoke the token.',
  rules: [
    token({
      id: 'buildkite-user-token',
      description: 'Buildkite user API access token (bkua_ and 40 characters)',
      keywords: ['bkua_'],
      pattern: 'bkua_[a-z0-9]{40}',
      sample: (r) => `bkua_${r.chars(LOWER_ALNUM, 40)}`,
    }),
    named({
      id: 'buildkite-api-key',
      description: 'Buildkite key (40 characters, next to "buildkite")',
      names: ['buildkite'],
      value: '[a-z0-9]{40}',
      reach: 40,
      sample: (r) => r.chars(LOWER_ALNUM, 40),
    }),
  ],
})
