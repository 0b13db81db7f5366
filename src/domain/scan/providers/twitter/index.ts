import {ALNUM, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

export default provider({
  name: 'twitter',
  title: 'X (Twitter)',
  revoke: 'developer.x.com → the app → Keys and tokens: regenerate the bearer token.',
  rules: [
    token({
      id: 'twitter-bearer-token',
      description: 'X (Twitter) app bearer token (22 A, then URL-encoded base64)',
      keywords: ['AAAAAAAAAAAAAAAAAAAAA'],
      pattern: 'A{22}[A-Za-z0-9%]{80,120}',
      end: '[A-Za-z0-9%]',
      start: '[A-Za-z0-9%]',
      minEntropy: 0,
      check: (value) => {
        const rest = value.replace(/^A+/, '')
        return rest.length >= 60 && new Set(rest).size >= 20
      },
      guard: '22 "A" then at least 60 characters, 20 of them distinct',
      sample: (r) => `${'A'.repeat(22)}${r.chars(ALNUM, 20)}%3D${r.chars(ALNUM, 60)}`,
    }),
  ],
  verifiers: {'twitter-bearer-token': bearerGet('PL_TWITTER_API_URL', 'https://api.twitter.com', '/2/tweets/search/recent?query=pl')},
})
