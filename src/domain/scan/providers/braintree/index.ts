import {ALNUM, HEX, LOWER_ALNUM, named, provider, token} from '../define.js'

export default provider({
  name: 'braintree',
  title: 'PayPal / Braintree',
  revoke: 'Braintree control panel → API → API keys, or developer.paypal.com → the app: regenerate the secret.',
  rules: [
    token({
      id: 'braintree-access-token',
      description: 'Braintree (PayPal) access token (access_token$production$…)',
      keywords: ['access_token$'],
      pattern: 'access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}',
      sample: (r) => `access_token$production$${r.chars(LOWER_ALNUM, 16)}$${r.chars(HEX, 32)}`,
    }),
    named({
      id: 'braintree-private-key',
      description: 'Braintree private key (32 hex characters, next to "braintree")',
      names: ['braintree'],
      value: '[a-f0-9]{32}',
      sample: (r) => r.chars(HEX, 32),
    }),
    named({
      id: 'paypal-client-secret',
      description: 'PayPal REST client secret (80 characters, next to "paypal")',
      names: ['paypal'],
      value: '[A-Za-z0-9_-]{80}',
      alphabet: 'A-Za-z0-9_-',
      minEntropy: 4,
      sample: (r) => r.chars(ALNUM, 80),
    }),
  ],
})
