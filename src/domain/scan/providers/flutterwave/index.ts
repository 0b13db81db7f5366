import {HEX, provider, token} from '../define.js'

export default provider({
  name: 'flutterwave',
  title: 'Flutterwave',
  revoke: 'Flutterwave dashboard → Settings → API keys: regenerate.',
  rules: [
    token({
      id: 'flutterwave-secret-key',
      description: 'Flutterwave secret or encryption key (FLWSECK-…-X, FLWSECK_TEST-…-X, and the 12-hex FLWSECK_TEST- encryption key)',
      keywords: ['FLWSECK'],
      pattern: 'FLWSECK(?:_TEST)?-[a-z0-9]{32}-X|FLWSECK_TEST-[a-f0-9]{12}',
      sample: (r) => `FLWSECK-${r.chars(HEX, 32)}-X`,
    }),
  ],
})
