import {ALNUM, HEX, provider, token, uuid} from '../define.js'

export default provider({
  name: 'microsoft-teams',
  title: 'Microsoft Teams',
  revoke: 'Teams → the channel → Connectors / Workflows: remove the incoming webhook.',
  rules: [
    token({
      id: 'teams-webhook',
      description: 'Microsoft Teams incoming webhook URL',
      keywords: ['.webhook.office.com/', 'outlook.office.com/webhook'],
      pattern: 'https://[A-Za-z0-9-]+\\.webhook\\.office\\.com/webhookb2/[A-Za-z0-9@-]{20,}/IncomingWebhook/[A-Za-z0-9]{32}/[A-Za-z0-9-]{20,}|https://outlook\\.office\\.com/webhook/[A-Za-z0-9@-]{20,}/IncomingWebhook/[A-Za-z0-9]{32}/[A-Za-z0-9-]{20,}',
      // The group and tenant ids, then the connector id and its configuration's id: GUIDs of 36 characters, and 32.
      check: (value) => /\/webhook(?:b2)?\/[A-Za-z0-9-]{36}@[A-Za-z0-9-]{36}\/IncomingWebhook\/[A-Za-z0-9]{32}\/[A-Za-z0-9-]{36}$/.test(value),
      guard: 'an incoming webhook URL on *.webhook.office.com (or outlook.office.com/webhook): group@tenant ids and the configuration id of 36 characters each (GUIDs), a connector id of 32; a shorter or longer part is a truncated or altered copy',
      sample: (r) => `https://contoso.webhook.office.com/webhookb2/${uuid(r)}@${uuid(r)}/IncomingWebhook/${r.chars(HEX, 32)}/${uuid(r)}`,
    }),
    token({
      id: 'teams-workflow-url',
      description: 'Microsoft Teams / Power Automate workflow trigger URL (the "sig" query parameter authorises the call)',
      keywords: ['.environment.api.powerplatform.com'],
      pattern: 'https://[A-Za-z0-9-]+\\.[0-9]{1,3}\\.environment\\.api\\.powerplatform\\.com(?::443)?/powerautomate/automations/direct/workflows/[0-9a-f]{32}/triggers/[A-Za-z0-9_]+/paths/invoke\\?[A-Za-z0-9_.%&=-]*sig=[A-Za-z0-9_%-]{20,}',
      minEntropy: 0,
      guard: 'a workflow trigger URL on *.environment.api.powerplatform.com carrying a sig= of 20+ characters',
      sample: (r) => `https://default${r.chars(HEX, 30)}.${r.chars('0123456789', 2)}.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${r.chars(HEX, 32)}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${r.chars(ALNUM, 43)}`,
    }),
  ],
})
