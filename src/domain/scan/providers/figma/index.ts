import {B64URL, provider, token} from '../define.js'

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
      sample: (r) => `figd_${r.chars(B64URL, 40)}`,
    }),
  ],
  verifiers: {},
})
