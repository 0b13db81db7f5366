import {B64URL, provider, token} from '../define.js'

export default provider({
  name: 'nvidia',
  title: 'NVIDIA (NGC, build.nvidia.com)',
  revoke: 'org.ngc.nvidia.com → Setup → API keys (or build.nvidia.com → API keys): revoke the key.',
  rules: [
    token({
      id: 'nvidia-api-key',
      description: 'NVIDIA API key (nvapi-, 64 base64url characters)',
      keywords: ['nvapi-'],
      pattern: 'nvapi-[A-Za-z0-9_-]{64}',
      sample: (r) => `nvapi-${r.chars(B64URL, 64)}`,
    }),
  ],
})
