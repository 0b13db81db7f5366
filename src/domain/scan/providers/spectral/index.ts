import {HEX, provider, token} from '../define.js'

export default provider({
  name: 'spectral',
  title: 'Spectral (SpectralOps)',
  revoke: 'Spectral dashboard → Settings → Personal tokens: revoke the token.',
  rules: [
    token({
      id: 'spectral-personal-token',
      description: 'Spectral personal token (spu-, 32 hex)',
      keywords: ['spu-'],
      pattern: 'spu-[a-f0-9]{32}',
      examples: true,
      sample: (r) => `spu-${r.chars(HEX, 32)}`,
    }),
  ],
})
