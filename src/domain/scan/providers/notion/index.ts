import {ALNUM, provider, token} from '../define.js'
import {bearer, byStatus} from '../../verifier.js'

const verify = {
  env: 'PL_NOTION_API_URL',
  base: 'https://api.notion.com',
  request: (t: string) => ({method: 'GET' as const, path: '/v1/users/me', headers: {...bearer(t), 'notion-version': '2022-06-28'}}),
  judge: byStatus,
}

export default provider({
  name: 'notion',
  title: 'Notion',
  revoke: 'notion.so/my-integrations: open the integration, "Refresh" its secret.',
  rules: [
    token({
      id: 'notion-token',
      description: 'Notion integration token (ntn_, 46 characters after the prefix)',
      keywords: ['ntn_'],
      pattern: 'ntn_\\d{11}[A-Za-z0-9]{35}',
      examples: true,
      sample: (r) => `ntn_${r.chars('0123456789', 11)}${r.chars(ALNUM, 35)}`,
    }),
    token({
      id: 'notion-token-legacy',
      description: 'Notion legacy integration token (secret_, 43 characters)',
      keywords: ['secret_'],
      pattern: 'secret_[A-Za-z0-9]{43}',
      minEntropy: 4,
      sample: (r) => `secret_${r.chars(ALNUM, 43)}`,
    }),
  ],
  verifiers: {'notion-token': verify, 'notion-token-legacy': verify},
})
