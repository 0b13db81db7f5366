import {B64URL, provider, token} from '../define.js'

export default provider({
  name: 'discord',
  title: 'Discord',
  revoke: 'Discord → Server settings → Integrations → Webhooks: delete the webhook; bots: Developer portal → Bot → Reset token.',
  rules: [
    token({
      id: 'discord-webhook',
      description: 'Discord webhook URL',
      keywords: ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'],
      pattern: 'https://(?:(?:ptb|canary)\\.)?discord(?:app)?\\.com/api/webhooks/\\d{17,20}/[A-Za-z0-9_-]{60,70}',
      sample: (r) => `https://discord.com/api/webhooks/1${r.chars('0123456789', 18)}/${r.chars(B64URL, 68)}`,
    }),
  ],
})
