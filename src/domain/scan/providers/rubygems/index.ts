import {HEX, provider, token} from '../define.js'

export default provider({
  name: 'rubygems',
  title: 'RubyGems',
  revoke: 'rubygems.org/profile/api_keys: delete the key.',
  rules: [
    token({
      id: 'rubygems-api-key',
      description: 'RubyGems API key (rubygems_, 48 characters)',
      keywords: ['rubygems_'],
      pattern: 'rubygems_[a-z0-9]{48}',
      sample: (r) => `rubygems_${r.chars(HEX, 48)}`,
    }),
  ],
})
