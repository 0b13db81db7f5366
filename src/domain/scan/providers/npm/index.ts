import {HEX, named, provider} from '../define.js'

export default provider({
  name: 'npm',
  title: 'npm (legacy tokens)',
  revoke: 'npmjs.com → Access tokens: delete the token (npm token revoke <id>).',
  rules: [
    named({
      id: 'npm-legacy-token',
      description: 'npm legacy token (a version-4 UUID after _authToken= in .npmrc)',
      names: ['_authtoken'],
      value: '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}',
      alphabet: 'A-Za-z0-9-',
      reach: 4,
      minEntropy: 2.5,
      guard: 'a random (version 4) UUID right after "_authToken="; no placeholder',
      sample: (r) => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-a${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`,
      sampleInContext: (value) => `//registry.npmjs.org/:_authToken=${value}`,
    }),
  ],
})
