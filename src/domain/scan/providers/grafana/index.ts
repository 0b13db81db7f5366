import {ALNUM, HEX, base64Json, provider, randomPart, token} from '../define.js'
import {bearer, byStatus} from '../../verifier.js'
import type {VerifierSpec} from '../../verifier.js'

/**
 * A service account or API key belongs to one Grafana instance, which the token does not name:
 * asked only at the instance set in PL_GRAFANA_API_URL. GET /api/org is the token's own
 * organisation (read-only, any role).
 */
const instance: VerifierSpec = {
  env: 'PL_GRAFANA_API_URL',
  base: 'https://grafana.invalid',
  accepts: (_token, overridden) => overridden,
  request: (t) => ({method: 'GET', path: '/api/org', headers: bearer(t)}),
  judge: byStatus,
}

export default provider({
  name: 'grafana',
  title: 'Grafana',
  revoke: 'Grafana → Administration → Service accounts (glsa_) or grafana.com → Access policies (glc_): delete the token.',
  rules: [
    token({
      id: 'grafana-service-account-token',
      description: 'Grafana service account token (glsa_, checksum suffix)',
      keywords: ['glsa_'],
      pattern: 'glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}',
      examples: true,
      sample: (r) => `glsa_${r.chars(ALNUM, 32)}_${r.chars(HEX, 8)}`,
    }),
    token({
      id: 'grafana-cloud-token',
      description: 'Grafana Cloud access policy token (glc_)',
      keywords: ['glc_'],
      pattern: 'glc_[A-Za-z0-9+/]{32,400}={0,2}',
      end: '[A-Za-z0-9+/=_-]',
      minEntropy: 3.5,
      sample: (r) => `glc_${Buffer.from(JSON.stringify({o: r.chars('0123456789', 6), n: 'stack-token', k: r.chars(ALNUM, 24), m: {r: 'prod-us-east-0'}})).toString('base64')}`,
    }),
    token({
      id: 'grafana-api-key',
      description: 'Grafana legacy API key (base64 JSON with "k", "n", "id")',
      keywords: ['eyJrIjoi'],
      pattern: 'eyJrIjoi[A-Za-z0-9+/]{40,400}={0,2}',
      end: '[A-Za-z0-9+/=_-]',
      minEntropy: 0,
      // A whole key decodes to JSON; a copy cut or re-typed in a log still has the 8-character prefix and a long random tail.
      check: (value) => base64Json(value) !== null || (value.length >= 70 && randomPart(value.slice(8), 3.5)),
      guard: 'prefix eyJrIjoi (base64 of {"k":"); decodes to a JSON object, or at least 70 characters with entropy ≥ 3.5, no placeholder',
      sample: (r) => Buffer.from(JSON.stringify({k: r.chars(ALNUM, 32), n: 'ci', id: 1})).toString('base64'),
    }),
  ],
  verifiers: {'grafana-service-account-token': instance, 'grafana-api-key': instance},
})
