import {B64URL, provider, token} from '../define.js'
import {byStatus403} from '../../verifier.js'

export default provider({
  name: 'figma',
  title: 'Figma',
  revoke: 'Figma → Settings → Security → Personal access tokens: revoke.',
  rules: [
    token({
      id: 'figma-token',
      description: 'Figma personal access or OAuth token (figd_, figp_, figr_, figu_)',
      keywords: ['figd_', 'figp_', 'figr_', 'figu_'],
      pattern: 'fig[dpru]_[A-Za-z0-9_-]{38,80}',
      minEntropy: 3.8,
      examples: true,
      sample: (r) => `figd_${r.chars(B64URL, 40)}`,
    }),
  ],
  verifiers: {
    'figma-token': {
      env: 'PL_FIGMA_API_URL',
      base: 'https://api.figma.com',
      // GET /v1/me with X-Figma-Token; a bad token is answered 403 "Invalid token".
      request: (t) => ({method: 'GET', path: '/v1/me', headers: {'x-figma-token': t}}),
      accepts: (t) => t.startsWith('figd_'),
      judge: byStatus403,
    },
  },
})
