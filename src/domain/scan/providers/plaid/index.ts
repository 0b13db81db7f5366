import {HEX, named, provider, token, uuid} from '../define.js'

export default provider({
  name: 'plaid',
  title: 'Plaid',
  revoke: 'dashboard.plaid.com → Team settings → Keys: rotate the secret; access tokens: /item/remove.',
  rules: [
    token({
      id: 'plaid-access-token',
      description: 'Plaid access token (access-production-, access-development-, access-sandbox- and a UUID)',
      keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
      pattern: 'access-(?:production|development|sandbox)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
      sample: (r) => `access-production-${uuid(r)}`,
    }),
    named({
      id: 'plaid-secret',
      description: 'Plaid client secret (30 hex characters, next to "plaid")',
      names: ['plaid'],
      value: '[a-f0-9]{30}',
      sample: (r) => r.chars(HEX, 30),
    }),
  ],
})
