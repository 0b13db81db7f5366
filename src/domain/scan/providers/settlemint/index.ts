import {LOWER_ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'settlemint',
  title: 'SettleMint',
  revoke: 'console.settlemint.com → Access tokens (personal, application or service): revoke the token.',
  rules: [
    token({
      id: 'settlemint-access-token',
      description: 'SettleMint access token (sm_aat_, sm_pat_ or sm_sat_, 16 letters and digits)',
      keywords: ['sm_aat_', 'sm_pat_', 'sm_sat_'],
      pattern: 'sm_[aps]at_[A-Za-z0-9]{16}',
      sample: (r) => `sm_pat_${r.chars(LOWER_ALNUM, 16)}`,
    }),
  ],
})
