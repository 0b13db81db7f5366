import {ALNUM, named, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

const verify = bearerGet('PL_VERCEL_API_URL', 'https://api.vercel.com', '/v2/user')

export default provider({
  name: 'vercel',
  title: 'Vercel',
  revoke: 'vercel.com/account/tokens: delete the token.',
  rules: [
    token({
      id: 'vercel-token',
      description: 'Vercel token (vcp_, vci_, vca_, vcr_, vck_)',
      keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
      pattern: 'vc[pciark]_[A-Za-z0-9]{24,64}',
      minEntropy: 3.8,
      examples: true,
      sample: (r) => `vcp_${r.chars(ALNUM, 56)}`,
    }),
    named({
      id: 'vercel-token-legacy',
      description: 'Vercel legacy token (24 characters, next to "vercel")',
      names: ['vercel'],
      value: '[A-Za-z0-9]{24}',
      minEntropy: 3.8,
      sample: (r) => r.chars(ALNUM, 24),
    }),
  ],
  verifiers: {'vercel-token': verify, 'vercel-token-legacy': verify},
})
