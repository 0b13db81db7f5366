import {B64URL, provider, token} from '../define.js'

export default provider({
  name: 'docker',
  title: 'Docker Hub',
  revoke: 'app.docker.com → Account settings → Personal access tokens: delete the token.',
  rules: [
    token({
      id: 'docker-hub-token',
      description: 'Docker Hub personal or organisation access token (dckr_pat_, dckr_oat_)',
      keywords: ['dckr_pat_', 'dckr_oat_'],
      pattern: 'dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32}',
      minEntropy: 3.5,
      sample: (r) => `dckr_pat_${r.chars(B64URL, 27)}`,
    }),
  ],
})
