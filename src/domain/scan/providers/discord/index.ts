import {B64URL, decodeBase64, provider, token} from '../define.js'
import {byStatus} from '../../verifier.js'

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
    token({
      id: 'discord-bot-token',
      description: 'Discord bot token (the bot\'s id in base64, a timestamp, an HMAC)',
      // The first part is a snowflake id (17–20 digits) in base64: it starts with one of these.
      keywords: ['MT', 'Mj', 'Mz', 'ND', 'NT', 'Nj', 'Nz', 'OD', 'OT'],
      pattern: '[MNO][TjzD][A-Za-z0-9_-]{21,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}',
      check: (value) => /^\d{17,20}$/.test(decodeBase64(value.slice(0, value.indexOf('.'))) ?? ''),
      guard: 'three dot-separated parts whose first decodes from base64 to a 17–20 digit id; entropy ≥ 3, no placeholder',
      sample: (r) => `${Buffer.from(`1${r.chars('0123456789', 17)}`).toString('base64')}.${r.chars(B64URL, 6)}.${r.chars(B64URL, 27)}`,
    }),
  ],
  verifiers: {
    'discord-bot-token': {
      env: 'PL_DISCORD_API_URL',
      base: 'https://discord.com/api/v10',
      // The bot's own user: GET /users/@me with "Authorization: Bot …".
      request: (t) => ({method: 'GET', path: '/users/@me', headers: {authorization: `Bot ${t}`}}),
      judge: byStatus,
    },
  },
})
