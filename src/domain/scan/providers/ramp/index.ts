import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'ramp',
  title: 'Ramp',
  revoke: 'app.ramp.com → Developer → API clients: delete the client.',
  rules: [
    token({
      id: 'ramp-client-secret',
      description: 'Ramp API client secret (ramp_sec_, 48 letters and digits)',
      keywords: ['ramp_sec_'],
      pattern: 'ramp_sec_[A-Za-z0-9]{48}',
      sample: (r) => `ramp_sec_${r.chars(ALNUM, 48)}`,
    }),
    token({
      id: 'ramp-client-id',
      description: 'Ramp API client id (ramp_id_, 40 letters and digits)',
      keywords: ['ramp_id_'],
      pattern: 'ramp_id_[A-Za-z0-9]{40}',
      sample: (r) => `ramp_id_${r.chars(ALNUM, 40)}`,
    }),
  ],
})
