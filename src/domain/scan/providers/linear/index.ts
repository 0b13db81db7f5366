import {ALNUM, provider, token} from '../define.js'
import {graphqlViewer} from '../../verifier.js'

export default provider({
  name: 'linear',
  title: 'Linear',
  revoke: 'linear.app → Settings → Security & access → Personal API keys: revoke.',
  rules: [
    token({
      id: 'linear-api-key',
      description: 'Linear personal API key (lin_api_, 40 characters)',
      keywords: ['lin_api_'],
      pattern: 'lin_api_[A-Za-z0-9]{40}',
      minEntropy: 3.8,
      examples: true,
      sample: (r) => `lin_api_${r.chars(ALNUM, 40)}`,
    }),
  ],
  // GraphQL `{ viewer { id } }`; personal API keys go in Authorization without a scheme.
  verifiers: {'linear-api-key': graphqlViewer('PL_LINEAR_API_URL', 'https://api.linear.app', '/graphql', (key) => ({authorization: key}))},
})
