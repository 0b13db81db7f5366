import {HEX, named, provider, token} from '../define.js'

export default provider({
  name: 'sidekiq',
  title: 'Sidekiq Pro / Enterprise',
  revoke: 'sidekiq.org → your license account: ask Contributed Systems to rotate the gem server credential, then update BUNDLE_*__CONTRIBSYS__COM.',
  rules: [
    token({
      id: 'sidekiq-gem-server-url',
      description: 'Sidekiq Pro/Enterprise gem server URL with its credential (https://<8 hex>:<8 hex>@gems or enterprise.contribsys.com)',
      keywords: ['@gems.contribsys.com', '@enterprise.contribsys.com'],
      pattern: 'https?://[a-f0-9]{8}:[a-f0-9]{8}@(?:gems|enterprise)\\.contribsys\\.com',
      start: '[A-Za-z0-9/]',
      end: '[A-Za-z0-9-]',
      minEntropy: 0,
      guard: 'the contribsys.com gem server host with an 8-hex:8-hex credential in the URL',
      sample: (r) => `https://${r.chars(HEX, 8)}:${r.chars(HEX, 8)}@gems.contribsys.com/`,
    }),
    named({
      id: 'sidekiq-secret',
      description: 'Sidekiq Pro/Enterprise gem server credential (8 hex, a colon, 8 hex, next to BUNDLE_*__CONTRIBSYS__COM)',
      names: ['contribsys'],
      value: '[a-f0-9]{8}:[a-f0-9]{8}',
      alphabet: 'A-Za-z0-9:',
      reach: 40,
      sample: (r) => `${r.chars(HEX, 8)}:${r.chars(HEX, 8)}`,
    }),
  ],
})
