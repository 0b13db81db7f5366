import {HEX, named, provider, token} from '../define.js'

export default provider({
  name: 'gcp',
  title: 'Google Cloud (service accounts, OAuth)',
  revoke: 'console.cloud.google.com → IAM → Service accounts → Keys: delete the key; OAuth tokens: revoke at myaccount.google.com/permissions.',
  rules: [
    named({
      id: 'gcp-service-account-key',
      description: 'Google Cloud service-account JSON key (its private_key_id, next to the private key)',
      names: ['"private_key_id"'],
      value: '[a-f0-9]{40}',
      reach: 8,
      guard: '40 hex characters as the value of "private_key_id" in a key file',
      sample: (r) => r.chars(HEX, 40),
      sampleInContext: (value) => `{"type": "service_account", "project_id": "demo", "private_key_id": "${value}"}`,
    }),
    token({
      id: 'google-oauth-access-token',
      description: 'Google OAuth 2.0 access token (ya29.)',
      keywords: ['ya29.'],
      pattern: 'ya29\\.[A-Za-z0-9_-]{30,}',
      minEntropy: 3.8,
      sample: (r) => `ya29.a0${r.chars(`${HEX}ABCDEFGHIJKLMNOPQRSTUVWXYZ_-`, 150)}`,
    }),
  ],
})
