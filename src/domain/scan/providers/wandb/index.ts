import {HEX, named, provider} from '../define.js'

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
      sample: (r) => r.chars(HEX, 40),
    }),
  ],
})
