import {ALNUM, HEX, provider, token} from '../define.js'

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
      sample: (r) => `https://contoso.webhook.office.com/webhookb2/${r.chars(HEX, 8)}-${r.chars(HEX, 4)}@${r.chars(HEX, 8)}-${r.chars(HEX, 4)}/IncomingWebhook/${r.chars(ALNUM, 32)}/${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-${r.chars(HEX, 12)}`,
    }),
  ],
})
