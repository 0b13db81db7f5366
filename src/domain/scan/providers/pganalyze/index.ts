import {LOWER_ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'pganalyze',
  title: 'pganalyze',
  revoke: 'app.pganalyze.com → Settings → API keys: revoke the read key.',
  rules: [
    token({
      id: 'pganalyze-read-key',
      description: 'pganalyze read-only API key (pgar_, 27 lower-case letters and digits)',
      keywords: ['pgar_'],
      pattern: 'pgar_[a-z0-9]{27}',
      examples: true,
      sample: (r) => `pgar_${r.chars(LOWER_ALNUM, 27)}`,
    }),
  ],
})
