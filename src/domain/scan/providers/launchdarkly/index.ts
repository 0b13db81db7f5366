import {LOWER_ALNUM, named, provider, token, uuid} from '../define.js'

export default provider({
  name: 'launchdarkly',
  title: 'LaunchDarkly',
  revoke: 'app.launchdarkly.com/settings/authorization (access tokens) or the environment\\\'s SDK key: reset it.',
  rules: [
    token({
      id: 'launchdarkly-key',
      description: 'LaunchDarkly API access token or server-side SDK key (api- or sdk- and a UUID-shaped id)',
      keywords: ['api-', 'sdk-'],
      pattern: '(?:api|sdk)-[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}',
      sample: (r) => `sdk-${uuid(r)}`,
    }),
    named({
      id: 'launchdarkly-access-token',
      description: 'LaunchDarkly key (40 characters, next to "launchdarkly")',
      names: ['launchdarkly'],
      value: '[a-z0-9_-]{40}',
      alphabet: 'A-Za-z0-9_\\\\-',
      reach: 40,
      sample: (r) => r.chars(LOWER_ALNUM, 40),
    }),
  ],
})
