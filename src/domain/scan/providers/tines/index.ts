import {LOWER_ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'tines',
  title: 'Tines',
  revoke: "The story's webhook action in Tines: change its path and secret (the URL is the credential).",
  rules: [
    token({
      id: 'tines-webhook-url',
      description: 'Tines webhook URL (<tenant>.tines.com/webhook/<path>/<secret>)',
      keywords: ['.tines.com/webhook/'],
      pattern: 'https://[A-Za-z0-9-]+\\.tines\\.com/webhook/[a-z0-9]{32}/[a-z0-9]{32}',
      start: '[A-Za-z0-9/]',
      end: '[A-Za-z0-9/]',
      minEntropy: 0,
      guard: 'a tines.com/webhook URL with its 32-character path and secret',
      sample: (r) => `https://${r.chars(LOWER_ALNUM, 6)}.tines.com/webhook/${r.chars(LOWER_ALNUM, 32)}/${r.chars(LOWER_ALNUM, 32)}`,
    }),
  ],
})
