import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'alibaba',
  title: 'Alibaba Cloud',
  revoke: 'RAM console → Users → AccessKey: disable and delete the pair.',
  rules: [
    token({
      id: 'alibaba-access-key-id',
      description: 'Alibaba Cloud AccessKey id (LTAI)',
      keywords: ['LTAI'],
      pattern: 'LTAI[A-Za-z0-9]{12,20}',
      minEntropy: 3.2,
      sample: (r) => `LTAI${r.chars(ALNUM, 20)}`,
    }),
  ],
})
