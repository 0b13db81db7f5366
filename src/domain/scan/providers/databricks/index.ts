import {HEX, provider, token} from '../define.js'

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
})
