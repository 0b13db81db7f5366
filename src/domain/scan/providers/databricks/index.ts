import {HEX, provider, token} from '../define.js'
import {bearer, byStatus} from '../../verifier.js'

export default provider({
  name: 'databricks',
  title: 'Databricks',
  revoke: 'Workspace → Settings → Developer → Access tokens: revoke the token.',
  rules: [
    token({
      id: 'databricks-token',
      description: 'Databricks personal access token (dapi, 32 hex characters)',
      keywords: ['dapi'],
      pattern: 'dapi[a-f0-9]{32}(?:-\\d)?',
      sample: (r) => `dapi${r.chars(HEX, 32)}`,
    }),
  ],
  verifiers: {
    'databricks-token': {
      env: 'PL_DATABRICKS_API_URL',
      base: 'https://databricks.invalid',
      // A token belongs to one workspace, which it does not name: asked only at the workspace URL set
      // in PL_DATABRICKS_API_URL. GET /api/2.0/preview/scim/v2/Me is the token's own user.
      accepts: (_t, overridden) => overridden,
      request: (t) => ({method: 'GET', path: '/api/2.0/preview/scim/v2/Me', headers: bearer(t)}),
      judge: byStatus,
    },
  },
})
