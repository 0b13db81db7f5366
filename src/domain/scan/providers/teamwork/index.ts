import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'teamwork',
  title: 'Teamwork',
  revoke: 'Teamwork → your profile → Edit details → API & Mobile: regenerate the token.',
  rules: [
    token({
      id: 'teamwork-api-token',
      description: 'Teamwork API token (tkn.v1_, then base64)',
      keywords: ['tkn.v1_'],
      pattern: 'tkn\\.v1_[A-Za-z0-9+/_-]{60,80}={0,2}',
      end: '[A-Za-z0-9+/_=-]',
      sample: (r) => `tkn.v1_${r.chars(ALNUM, 71)}=`,
    }),
  ],
})
