import {HEX, LOWER_ALNUM, named, provider, token} from '../define.js'
import {byStatus} from '../../verifier.js'

const basic = (key: string): string => `Basic ${Buffer.from(`api:${key}`).toString('base64')}`

export default provider({
  name: 'mailgun',
  title: 'Mailgun',
  revoke: 'app.mailgun.com → API security: delete the key.',
  rules: [
    token({
      id: 'mailgun-api-key',
      description: 'Mailgun private or public API key (key-, pubkey-)',
      keywords: ['key-'],
      pattern: '(?:pub)?key-[a-z0-9]{32}',
      sample: (r) => `key-${r.chars(LOWER_ALNUM, 32)}`,
    }),
    named({
      id: 'mailgun-sending-key',
      description: 'Mailgun domain sending key (32-8-8 hex) or API key without prefix, next to "mailgun"',
      names: ['mailgun'],
      value: '[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}|[A-Za-z0-9]{72}',
      alphabet: 'A-Za-z0-9-',
      sample: (r) => `${r.chars(HEX, 32)}-${r.chars(HEX, 8)}-${r.chars(HEX, 8)}`,
    }),
  ],
  verifiers: {
    'mailgun-api-key': {
      env: 'PL_MAILGUN_API_URL',
      base: 'https://api.mailgun.net',
      accepts: (key) => !key.startsWith('pubkey-'),
      request: (key) => ({method: 'GET', path: '/v3/domains', headers: {authorization: basic(key)}}),
      judge: byStatus,
    },
  },
})
