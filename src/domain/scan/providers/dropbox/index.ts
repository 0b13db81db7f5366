import {B64URL, provider, token} from '../define.js'
import {bearer, byStatus} from '../../verifier.js'

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
  verifiers: {
    'dropbox-access-token': {
      env: 'PL_DROPBOX_API_URL',
      base: 'https://api.dropboxapi.com',
      // The token's own account: an RPC call with no arguments (POST, no body).
      request: (t) => ({method: 'POST', path: '/2/users/get_current_account', headers: bearer(t)}),
      judge: byStatus,
    },
  },
})
