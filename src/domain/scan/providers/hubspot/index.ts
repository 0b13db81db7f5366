import {named, provider, token, uuid} from '../define.js'

export default provider({
  name: 'hubspot',
  title: 'HubSpot',
  revoke: 'app.hubspot.com → Settings → Integrations → Private apps: rotate the token (legacy API keys: retired).',
  rules: [
    token({
      id: 'hubspot-private-app-token',
      description: 'HubSpot private app token (pat-<region>- and a UUID)',
      keywords: ['pat-na1-', 'pat-eu1-', 'pat-na2-', 'pat-ap1-'],
      pattern: 'pat-(?:na|eu|ap)[12]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
      sample: (r) => `pat-na1-${uuid(r)}`,
    }),
    named({
      id: 'hubspot-api-key',
      description: 'HubSpot key (a UUID, next to "hubspot")',
      names: ['hubspot', 'hapikey'],
      value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
      alphabet: 'A-Za-z0-9-',
      reach: 40,
      sample: (r) => uuid(r),
    }),
  ],
})
