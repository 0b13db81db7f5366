import {B64URL, provider, token} from '../define.js'

export default provider({
  name: 'portainer',
  title: 'Portainer',
  revoke: 'Portainer → My account → Access tokens: remove the token.',
  rules: [
    token({
      id: 'portainer-access-token',
      description: 'Portainer access token (ptr_, 20-60 base64 characters)',
      keywords: ['ptr_'],
      pattern: 'ptr_[A-Za-z0-9/_+=-]{20,60}',
      end: '[A-Za-z0-9/_+=-]',
      sample: (r) => `ptr_${r.chars(B64URL, 43)}`,
    }),
  ],
})
