import {LOWER_ALNUM, provider, token} from '../define.js'

const DIGITS = '0123456789'

export default provider({
  name: 'zapier',
  title: 'Zapier',
  revoke: 'zapier.com → the Zap with the \'Catch Hook\' trigger: turn it off and create a new hook URL (the URL is the secret).',
  rules: [
    token({
      id: 'zapier-webhook-url',
      description: 'Zapier catch-hook URL (hooks.zapier.com/hooks/catch/…)',
      keywords: ['https://hooks.zapier.com/hooks/catch/'],
      pattern: 'https://hooks\\.zapier\\.com/hooks/catch/[A-Za-z0-9]+/[A-Za-z0-9]+/?|https://hooks\\.zapier\\.com/hooks/catch/[A-Za-z0-9]{16}',
      start: '[A-Za-z0-9/]',
      end: '[A-Za-z0-9/]',
      minEntropy: 0,
      guard: 'the hooks.zapier.com catch path with its random id',
      sample: (r) => `https://hooks.zapier.com/hooks/catch/${r.chars(DIGITS, 7)}/${r.chars(LOWER_ALNUM, 6)}/`,
    }),
  ],
})
