import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'apify',
  title: 'Apify',
  revoke: 'console.apify.com/settings/integrations → API tokens: revoke the token.',
  rules: [
    token({
      id: 'apify-api-token',
      description: 'Apify API token (apify_api_ and 36 characters)',
      keywords: ['apify_api_'],
      pattern: 'apify_api_[A-Za-z0-9-]{36}',
      end: '[A-Za-z0-9_-]',
      sample: (r) => `apify_api_${r.chars(ALNUM, 36)}`,
    }),
  ],
})
