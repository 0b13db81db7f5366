import {ALNUM, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

export default provider({
  name: 'stripe',
  title: 'Stripe (test keys, webhook secrets)',
  revoke: 'dashboard.stripe.com/test/apikeys: roll the key; webhooks: roll the endpoint\'s signing secret.',
  rules: [
    token({
      id: 'stripe-test-key',
      description: 'Stripe test-mode secret or restricted key (sk_test_, rk_test_)',
      keywords: ['sk_test_', 'rk_test_'],
      pattern: '[rs]k_test_[0-9A-Za-z]{24,247}',
      minEntropy: 3.5,
      examples: true,
      sample: (r) => `sk_test_${r.chars(ALNUM, 99)}`,
    }),
    token({
      id: 'stripe-webhook-secret',
      description: 'Stripe webhook signing secret (whsec_)',
      keywords: ['whsec_'],
      pattern: 'whsec_[A-Za-z0-9+/]{32,64}',
      sample: (r) => `whsec_${r.chars(ALNUM, 32)}`,
    }),
  ],
  verifiers: {'stripe-test-key': bearerGet('PL_STRIPE_API_URL', 'https://api.stripe.com', '/v1/balance')},
})
