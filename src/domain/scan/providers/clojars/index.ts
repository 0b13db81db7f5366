import {LOWER_ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'clojars',
  title: 'Clojars',
  revoke: 'clojars.org/tokens: disable the deploy token.',
  rules: [
    token({
      id: 'clojars-deploy-token',
      description: 'Clojars deploy token (CLOJARS_ and 60 characters)',
      keywords: ['CLOJARS_'],
      pattern: 'CLOJARS_[a-z0-9]{60}',
      sample: (r) => `CLOJARS_${r.chars(LOWER_ALNUM, 60)}`,
    }),
  ],
})
