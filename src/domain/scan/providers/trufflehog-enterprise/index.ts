import {HEX, provider, token} from '../define.js'

export default provider({
  name: 'trufflehog-enterprise',
  title: 'TruffleHog Enterprise',
  revoke: 'TruffleHog Enterprise dashboard → Scanners: revoke the scanner key and secret.',
  rules: [
    token({
      id: 'trufflehog-enterprise-secret',
      description: 'TruffleHog Enterprise scanner secret (thog-secret-, 32 hex)',
      keywords: ['thog-secret-'],
      pattern: 'thog-secret-[a-f0-9]{32}',
      sample: (r) => `thog-secret-${r.chars(HEX, 32)}`,
    }),
    token({
      id: 'trufflehog-enterprise-key',
      description: 'TruffleHog Enterprise scanner key (thog-key-, 16 hex)',
      keywords: ['thog-key-'],
      pattern: 'thog-key-[a-f0-9]{16}',
      sample: (r) => `thog-key-${r.chars(HEX, 16)}`,
    }),
  ],
})
