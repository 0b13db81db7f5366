import {HEX, named, provider} from '../define.js'
import {graphqlViewer} from '../../verifier.js'

export default provider({
  name: 'wandb',
  title: 'Weights & Biases',
  revoke: 'wandb.ai/authorize → User settings → API keys: delete the key.',
  rules: [
    named({
      id: 'wandb-api-key',
      description: 'Weights & Biases API key (40 hex characters, next to "wandb")',
      names: ['wandb'],
      value: '[a-f0-9]{40}',
      // Under a W&B name, a hex value is a legacy API key, which is 40 hex digits (newer keys carry a wandb_ prefix).
      claims: (value, name) => /wandb/i.test(name) && /^[a-f0-9]+$/.test(value),
      sample: (r) => r.chars(HEX, 40),
    }),
  ],
  // GraphQL `{ viewer { id } }` (a read-only query), HTTP Basic with the user "api" as the wandb client sends it.
  verifiers: {'wandb-api-key': graphqlViewer('PL_WANDB_API_URL', 'https://api.wandb.ai', '/graphql', (key) => ({authorization: `Basic ${Buffer.from(`api:${key}`).toString('base64')}`}))},
})
