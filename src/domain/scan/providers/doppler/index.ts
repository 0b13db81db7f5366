import {ALNUM, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

export default provider({
  name: 'doppler',
  title: 'Doppler',
  revoke: 'dashboard.doppler.com → the token\'s project or Account → Tokens: revoke.',
  rules: [
    token({
      id: 'doppler-token',
      description: 'Doppler personal, service, CLI, SCIM or audit token (dp.pt., dp.st., dp.ct., dp.sa., …)',
      keywords: ['dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
      pattern: 'dp\\.(?:pt|st|ct|sa|scim|audit)\\.[A-Za-z0-9._-]{40,60}',
      end: '[A-Za-z0-9._-]',
      sample: (r) => `dp.st.${r.chars(ALNUM, 44)}`,
    }),
  ],
  verifiers: {'doppler-token': bearerGet('PL_DOPPLER_API_URL', 'https://api.doppler.com', '/v3/me')},
})
