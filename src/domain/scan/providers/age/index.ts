import {provider, token} from '../define.js'

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'.toUpperCase()

export default provider({
  name: 'age',
  title: 'age encryption',
  revoke: 'Generate a new identity (age-keygen), re-encrypt what the old one opened, and remove its recipient.',
  rules: [
    token({
      id: 'age-secret-key',
      description: 'age secret key (AGE-SECRET-KEY-1, bech32)',
      keywords: ['AGE-SECRET-KEY-1'],
      pattern: 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}',
      minEntropy: 3.5,
      examples: true,
      sample: (r) => `AGE-SECRET-KEY-1${r.chars(BECH32, 58)}`,
    }),
  ],
})
