import {ALNUM, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

export default provider({
  name: 'netlify',
  title: 'Netlify',
  revoke: 'app.netlify.com/user/applications: delete the personal access token.',
  rules: [
    token({
      id: 'netlify-token',
      description: 'Netlify personal access token (nfp_)',
      keywords: ['nfp_'],
      pattern: 'nfp_[A-Za-z0-9]{36}',
      minEntropy: 3.8,
      sample: (r) => `nfp_${r.chars(ALNUM, 36)}`,
    }),
  ],
  verifiers: {'netlify-token': bearerGet('PL_NETLIFY_API_URL', 'https://api.netlify.com', '/api/v1/user')},
})
