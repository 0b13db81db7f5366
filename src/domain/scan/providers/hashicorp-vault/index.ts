import {B64URL, provider, token} from '../define.js'

export default provider({
  name: 'hashicorp-vault',
  title: 'HashiCorp Vault',
  revoke: 'vault token revoke <accessor> (or revoke the lease / auth method that issued it).',
  rules: [
    token({
      id: 'vault-token',
      description: 'HashiCorp Vault service, batch or recovery token (hvs., hvb., hvr.)',
      keywords: ['hvs.', 'hvb.', 'hvr.'],
      pattern: 'hv[sbr]\\.[A-Za-z0-9_-]{24,}',
      minEntropy: 3.8,
      sample: (r) => `hvs.${r.chars(B64URL, 90)}`,
    }),
  ],
  verifiers: {
    'vault-token': {
      env: 'PL_VAULT_API_URL',
      base: 'https://vault.invalid',
      // A token does not say which Vault issued it: only with the server named in PL_VAULT_API_URL.
      accepts: (_token, overridden) => overridden,
      request: (token) => ({method: 'GET', path: '/v1/auth/token/lookup-self', headers: {'x-vault-token': token}}),
      judge: async (status) => (status >= 200 && status < 300 ? 'live' : status === 403 ? 'revoked/invalid' : 'unknown'),
    },
  },
})
