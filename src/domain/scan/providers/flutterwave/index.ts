import {HEX, provider, token} from '../define.js'

export default provider({
  name: 'flutterwave',
  title: 'Flutterwave',
  revoke: 'Flutterwave dashboard → Settings → API keys: regenerate.',
  rules: [
    token({
      id: 'flutterwave-secret-key',
      description: 'Flutterwave secret or encryption key (FLWSECK-, FLWSECK_TEST-)',
      keywords: ['FLWSECK'],
      pattern: 'FLWSECK(?:_TEST)?-[a-f0-9]{32}-X',
      sample: (r) => `FLWSECK-${r.chars(HEX, 32)}-X`,
    }),
  ],
})
