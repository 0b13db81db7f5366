import {HEX, provider, token} from '../define.js'

export default provider({
  name: 'intra42',
  title: '42 Intra',
  revoke: 'profile.intra.42.fr/oauth/applications → the application: replace the secret.',
  rules: [
    token({
      id: 'intra42-client-secret',
      description: '42 Intra OAuth client secret (s-s4t2ud- or s-s4t2af- and 64 hex characters)',
      keywords: ['s-s4t2ud-', 's-s4t2af-'],
      pattern: 's-s4t2(?:ud|af)-[a-f0-9]{64}',
      sample: (r) => `s-s4t2ud-${r.chars(HEX, 64)}`,
    }),
  ],
})
