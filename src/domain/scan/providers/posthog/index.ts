import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'posthog',
  title: 'PostHog',
  revoke: 'posthog.com → Settings → Personal API keys: delete the key.',
  rules: [
    token({
      id: 'posthog-personal-api-key',
      description: 'PostHog personal API key (phx_, 43 or more characters)',
      keywords: ['phx_'],
      pattern: 'phx_[A-Za-z0-9_]{43,64}',
      sample: (r) => `phx_${r.chars(ALNUM, 43)}`,
    }),
  ],
})
