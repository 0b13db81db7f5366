import {ALNUM, HEX, provider, token} from '../define.js'

export default provider({
  name: 'harness',
  title: 'Harness',
  revoke: 'app.harness.io → My profile → API keys (pat.) or the service account (sat.): delete the token.',
  rules: [
    token({
      id: 'harness-token',
      description: 'Harness personal or service account token (pat. or sat., account id, token id, secret)',
      keywords: ['pat.', 'sat.'],
      pattern: '(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}',
      sample: (r) => `pat.${r.chars(ALNUM, 22)}.${r.chars(HEX, 24)}.${r.chars(ALNUM, 20)}`,
    }),
  ],
})
