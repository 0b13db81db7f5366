import {LOWER_ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'planetscale',
  title: 'PlanetScale',
  revoke: 'PlanetScale → the database → Passwords, or Organization → Service tokens: delete.',
  rules: [
    token({
      id: 'planetscale-token',
      description: 'PlanetScale password, service token or OAuth token (pscale_pw_, pscale_tkn_, pscale_oauth_)',
      keywords: ['pscale_pw_', 'pscale_tkn_', 'pscale_oauth_'],
      pattern: 'pscale_(?:pw|tkn|oauth)_[A-Za-z0-9_=.-]{32,64}',
      end: '[A-Za-z0-9_=.-]',
      sample: (r) => `pscale_pw_${r.chars(LOWER_ALNUM, 43)}`,
    }),
  ],
})
