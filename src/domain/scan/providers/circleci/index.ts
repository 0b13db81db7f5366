import {ALNUM, HEX, named, provider, token} from '../define.js'

export default provider({
  name: 'circleci',
  title: 'CircleCI',
  revoke: 'app.circleci.com/settings/user/tokens: delete the token.',
  rules: [
    token({
      id: 'circleci-personal-token',
      description: 'CircleCI personal API token (CCIPAT_, 22 characters, _, 40 hex characters)',
      keywords: ['CCIPAT_'],
      pattern: 'CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}',
      examples: true,
      sample: (r) => `CCIPAT_${r.chars(ALNUM, 22)}_${r.chars(HEX, 40)}`,
    }),
    named({
      id: 'circleci-api-key',
      description: 'CircleCI key (40 hex characters, next to "circleci")',
      names: ['circleci', 'circle_token', 'circle-token'],
      value: '[a-f0-9]{40}',
      reach: 40,
      sample: (r) => r.chars(HEX, 40),
    }),
  ],
})
