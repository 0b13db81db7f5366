import {B64URL, provider, token} from '../define.js'

export default provider({
  name: 'telegram',
  title: 'Telegram',
  revoke: 'Message @BotFather: /revoke, choose the bot.',
  rules: [
    token({
      id: 'telegram-bot-token',
      description: 'Telegram bot token (bot id, colon, 35 characters)',
      keywords: [':A'],
      // Issued tokens are 8–10 digits and "AA"; shorter bot ids and other second letters are accepted as the API does.
      pattern: '\\d{5,16}:A[A-Za-z0-9_-]{34}',
      start: '[A-Za-z0-9_:/-]',
      minEntropy: 3.5,
      guard: '5-16 digits, ":A", 34 characters of the token alphabet; entropy ≥ 3.5',
      // The token's shape with a bot id of any length: one outside 5–16 digits is not a bot's.
      claims: (value) => /^\d+:A[A-Za-z0-9_-]{34}$/.test(value),
      sample: (r) => `${r.chars('123456789', 1)}${r.chars('0123456789', 9)}:AA${r.chars(B64URL, 33)}`,
    }),
  ],
})
