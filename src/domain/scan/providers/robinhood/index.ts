import {HEX, provider, token} from '../define.js'
import type {SampleRandom} from '../define.js'

function uuid(r: SampleRandom): string {
  return [8, 4, 4, 4, 12].map((n) => r.chars(HEX, n)).join('-')
}

export default provider({
  name: 'robinhood',
  title: 'Robinhood Crypto',
  revoke: 'robinhood.com → Account → Crypto → API trading credentials: delete the key.',
  rules: [
    token({
      id: 'robinhood-crypto-api-key',
      description: 'Robinhood Crypto trading API key (rh-api-, then a UUID)',
      keywords: ['rh-api-'],
      pattern: 'rh-api-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
      minEntropy: 0,
      guard: 'prefix rh-api-, then a UUID',
      sample: (r) => `rh-api-${uuid(r)}`,
    }),
  ],
})
