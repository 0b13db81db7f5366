import {B64URL, provider, token} from '../define.js'

export default provider({
  name: 'dropbox',
  title: 'Dropbox',
  revoke: 'dropbox.com/account/connected_apps, or the app console: revoke the token.',
  rules: [
    token({
      id: 'dropbox-access-token',
      description: 'Dropbox short-lived access token (sl.)',
      keywords: ['sl.'],
      pattern: 'sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,}',
      minEntropy: 4,
      sample: (r) => `sl.${r.chars(B64URL, 138)}`,
    }),
  ],
})
