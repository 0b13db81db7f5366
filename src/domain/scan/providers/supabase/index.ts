import {B64URL, LOWER_ALNUM, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

export default provider({
  name: 'supabase',
  title: 'Supabase',
  revoke: 'supabase.com/dashboard/account/tokens (sbp_) or the project\'s API settings (sb_secret_): revoke.',
  rules: [
    token({
      id: 'supabase-access-token',
      description: 'Supabase personal access token (sbp_, 40 characters)',
      keywords: ['sbp_'],
      pattern: 'sbp_[a-z0-9]{40}',
      sample: (r) => `sbp_${r.chars(LOWER_ALNUM, 40)}`,
    }),
    token({
      id: 'supabase-secret-key',
      description: 'Supabase project secret API key (sb_secret_)',
      keywords: ['sb_secret_'],
      pattern: 'sb_secret_[A-Za-z0-9_-]{28,64}',
      minEntropy: 3.5,
      sample: (r) => `sb_secret_${r.chars(B64URL, 31)}`,
    }),
  ],
  verifiers: {'supabase-access-token': bearerGet('PL_SUPABASE_API_URL', 'https://api.supabase.com', '/v1/projects')},
})
