import {B64URL, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

export default provider({
  name: 'square',
  title: 'Square',
  revoke: 'developer.squareup.com/apps → the app → Credentials: replace the access token or application secret.',
  rules: [
    token({
      id: 'square-access-token',
      description: 'Square access token (EAAA, sq0atp-)',
      keywords: ['EAAA', 'sq0atp-'],
      pattern: 'EAAA[A-Za-z0-9_=+-]{40,120}|sq0atp-[A-Za-z0-9_-]{22}',
      end: '[A-Za-z0-9_=+-]',
      minEntropy: 3.8,
      sample: (r) => `EAAA${r.chars(B64URL, 60)}`,
    }),
    token({
      id: 'square-oauth-secret',
      description: 'Square OAuth application secret (sq0csp-)',
      keywords: ['sq0csp-'],
      pattern: 'sq0csp-[A-Za-z0-9_-]{43}',
      sample: (r) => `sq0csp-${r.chars(B64URL, 43)}`,
    }),
  ],
  verifiers: {'square-access-token': bearerGet('PL_SQUARE_API_URL', 'https://connect.squareup.com', '/v2/locations')},
})
