import {ALNUM, HEX, provider, token} from '../define.js'
import {byStatus} from '../../verifier.js'

export default provider({
  name: 'brevo',
  title: 'Brevo (Sendinblue)',
  revoke: 'app.brevo.com/settings/keys/api: delete the key.',
  rules: [
    token({
      id: 'brevo-api-key',
      description: 'Brevo (Sendinblue) API or SMTP key (xkeysib-, xsmtpsib-)',
      keywords: ['xkeysib-', 'xsmtpsib-'],
      pattern: 'x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}|x(?:keysib|smtpsib)-[A-Za-z0-9_-]{60,100}',
      sample: (r) => `xkeysib-${r.chars(HEX, 64)}-${r.chars(ALNUM, 16)}`,
    }),
  ],
  verifiers: {
    'brevo-api-key': {
      env: 'PL_BREVO_API_URL',
      base: 'https://api.brevo.com',
      accepts: (key) => key.startsWith('xkeysib-'),
      request: (key) => ({method: 'GET', path: '/v3/account', headers: {'api-key': key}}),
      judge: byStatus,
    },
  },
})
