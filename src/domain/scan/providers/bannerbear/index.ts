import {ALNUM, HEX, named, provider, token} from '../define.js'

export default provider({
  name: 'bannerbear',
  title: 'Bannerbear',
  revoke: 'app.bannerbear.com → the project → Settings → API key: reset it.',
  rules: [
    token({
      id: 'bannerbear-key',
      description: 'Bannerbear project or master key (bb_pr_ or bb_ma_ and 30 hex characters)',
      keywords: ['bb_pr_', 'bb_ma_'],
      pattern: 'bb_(?:pr|ma)_[a-f0-9]{30}',
      sample: (r) => `bb_pr_${r.chars(HEX, 30)}`,
    }),
    named({
      id: 'bannerbear-api-key',
      description: 'Bannerbear key (24 characters, next to "bannerbear")',
      names: ['bannerbear'],
      value: '[A-Za-z0-9]{24}',
      reach: 40,
      sample: (r) => r.chars(ALNUM, 24),
    }),
  ],
})
