import {B64URL, lineAround, provider, token} from '../define.js'

/** A Vault server's address: VAULT_ADDR (vaultAddr), a URL on Vault's port 8200, or an HCP Vault cluster. */
const VAULT_ADDRESS = /vault[_-]?addr|https?:\/\/[^\s"'\/]+:8200(?![0-9])|\.hashicorp\.cloud\b/i

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
      // A typed body (Vault's docs and tests print them) is shown only on the line of the Vault address it is used with.
      examples: (_value, text, start) => VAULT_ADDRESS.test(lineAround(text, start)),
      examplesWhere: 'on the line of a Vault address (VAULT_ADDR, a :8200 URL or *.hashicorp.cloud)',
      sample: (r) => `hvs.${r.chars(B64URL, 90)}`,
    }),
    token({
      id: 'vault-token-legacy',
      description: 'HashiCorp Vault service or batch token of the pre-1.10 format (s. or b., 24 characters)',
      keywords: ['s.', 'b.'],
      pattern: '[sb]\\.[A-Za-z0-9]{24}',
      start: '[A-Za-z0-9_.-]',
      end: '[A-Za-z0-9_.-]',
      minEntropy: 3.8,
      check: (value) => /[a-z]/.test(value.slice(2)) && /[A-Z]/.test(value.slice(2)) && /\d/.test(value.slice(2)),
      guard: '"s." or "b." then exactly 24 letters and digits, upper and lower case and a digit all present; entropy ≥ 3.8, no placeholder',
      sample: (r) => `s.${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)}${r.chars('abcdefghijklmnopqrstuvwxyz', 4)}${r.chars('0123456789', 2)}${r.chars(B64URL.slice(0, 62), 14)}`,
    }),
  ],
  verifiers: {
    'vault-token-legacy': {
      env: 'PL_VAULT_API_URL',
      base: 'https://vault.invalid',
      accepts: (_token, overridden) => overridden,
      request: (token) => ({method: 'GET', path: '/v1/auth/token/lookup-self', headers: {'x-vault-token': token}}),
      judge: async (status) => (status >= 200 && status < 300 ? 'live' : status === 403 ? 'revoked/invalid' : 'unknown'),
    },
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
