import {ALNUM, named, provider, token} from '../define.js'
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
    // The app's consumer key and secret and a user's access token and secret: no format of their own, found after the name.
    named({
      id: 'twitter-api-key',
      description: 'X (Twitter) API (consumer) key (25 letters and digits, next to "twitter")',
      names: ['twitter'],
      value: '[A-Za-z0-9]{25}',
      reach: 40,
      minEntropy: 3.5,
      sample: (r) => r.chars(ALNUM, 25),
      sampleInContext: (value) => `TWITTER_CONSUMER_KEY=${value}`,
    }),
    named({
      id: 'twitter-api-secret',
      description: 'X (Twitter) API (consumer) secret (50 letters and digits, next to "twitter")',
      names: ['twitter'],
      value: '[A-Za-z0-9]{50}',
      reach: 40,
      minEntropy: 3.5,
      sample: (r) => r.chars(ALNUM, 50),
      sampleInContext: (value) => `TWITTER_CONSUMER_SECRET=${value}`,
    }),
    named({
      id: 'twitter-access-token',
      description: 'X (Twitter) user access token (the numeric user id, "-", 20-40 letters and digits, next to "twitter")',
      names: ['twitter'],
      value: '[0-9]{6,25}-[A-Za-z0-9]{20,40}',
      alphabet: 'A-Za-z0-9-',
      reach: 40,
      minEntropy: 3.5,
      sample: (r) => `${r.chars('123456789', 1)}${r.chars('0123456789', 17)}-${r.chars(ALNUM, 40)}`,
      sampleInContext: (value) => `TWITTER_ACCESS_TOKEN=${value}`,
    }),
    named({
      id: 'twitter-access-secret',
      description: 'X (Twitter) user access token secret (45 letters and digits, next to "twitter")',
      names: ['twitter'],
      value: '[A-Za-z0-9]{45}',
      reach: 40,
      minEntropy: 3.5,
      sample: (r) => r.chars(ALNUM, 45),
      sampleInContext: (value) => `TWITTER_ACCESS_SECRET=${value}`,
    }),
  ],
  verifiers: {'twitter-bearer-token': bearerGet('PL_TWITTER_API_URL', 'https://api.twitter.com', '/2/tweets/search/recent?query=pl')},
})
