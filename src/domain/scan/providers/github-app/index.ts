import {ALNUM, provider, token} from '../define.js'

function jwtHeaderNamesAlg(part: string): boolean {
  try {
    const header: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    return typeof header === 'object' && header !== null && typeof (header as {alg?: unknown}).alg === 'string'
  } catch {
    return false
  }
}

export default provider({
  name: 'github-app',
  title: 'GitHub App installation tokens (long form)',
  revoke: 'Installation tokens expire within an hour; revoke early with DELETE /installation/token, and rotate the App\'s private key if it leaked too.',
  rules: [
    token({
      id: 'github-app-token',
      description: 'GitHub App installation token in the long form (ghs_ and 80 or more characters, or ghs_, the installation id and a JWT)',
      keywords: ['ghs_'],
      pattern: 'ghs_(?:[A-Za-z0-9_]{80,400}|\\d{1,12}_eyJ[A-Za-z0-9_-]{10,400}\\.eyJ[A-Za-z0-9_-]{10,2000}\\.[A-Za-z0-9_-]{16,800})',
      minEntropy: 4,
      // The JWT form: its header must decode to a JSON object naming an algorithm.
      check: (value) => !value.includes('.') || jwtHeaderNamesAlg(value.slice(value.indexOf('_eyJ') + 1, value.indexOf('.'))),
      guard: 'prefix ghs_, 80 or more characters of the token alphabet, or the installation id and a JWT whose header names its algorithm; entropy ≥ 4, no placeholder',
      sample: (r) => `ghs_${r.chars(ALNUM, 60)}_${r.chars(ALNUM, 60)}`,
    }),
  ],
})
