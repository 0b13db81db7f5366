import {HEX, named, provider, token} from '../define.js'
import {byStatus} from '../../verifier.js'

const verify = {
  env: 'PL_ELEVENLABS_API_URL',
  base: 'https://api.elevenlabs.io',
  request: (key: string) => ({method: 'GET' as const, path: '/v1/user', headers: {'xi-api-key': key}}),
  judge: byStatus,
}

export default provider({
  name: 'elevenlabs',
  title: 'ElevenLabs',
  revoke: 'elevenlabs.io → Profile → API keys: delete the key.',
  rules: [
    token({
      id: 'elevenlabs-api-key',
      description: 'ElevenLabs API key (sk_, 48 hex characters)',
      keywords: ['sk_'],
      pattern: 'sk_[a-f0-9]{48}',
      sample: (r) => `sk_${r.chars(HEX, 48)}`,
    }),
    named({
      id: 'elevenlabs-api-key-legacy',
      description: 'ElevenLabs legacy API key (32 hex characters, next to "elevenlabs" or "xi-api-key")',
      names: ['elevenlabs', 'xi-api-key', 'xi_api_key'],
      value: '[a-f0-9]{32}',
      sample: (r) => r.chars(HEX, 32),
    }),
  ],
  verifiers: {'elevenlabs-api-key': verify, 'elevenlabs-api-key-legacy': verify},
})
