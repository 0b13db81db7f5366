import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'prefect',
  title: 'Prefect',
  revoke: 'app.prefect.cloud → your profile → API keys: delete the key, create a new one.',
  rules: [
    token({
      id: 'prefect-api-key',
      description: 'Prefect Cloud API key (pnu_, 36 letters and digits)',
      keywords: ['pnu_'],
      pattern: 'pnu_[A-Za-z0-9]{36}',
      sample: (r) => `pnu_${r.chars(ALNUM, 36)}`,
    }),
  ],
})
