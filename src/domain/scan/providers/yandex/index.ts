import {ALNUM, B64URL, named, provider, token} from '../define.js'

export default provider({
  name: 'yandex',
  title: 'Yandex Cloud',
  revoke: 'console.cloud.yandex.com → the service account → API keys, static access keys or IAM tokens: delete the key.',
  rules: [
    token({
      id: 'yandex-api-key',
      description: 'Yandex Cloud API key (AQVN, 35-38 base64url characters)',
      keywords: ['AQVN'],
      pattern: 'AQVN[A-Za-z0-9_-]{35,38}',
      sample: (r) => `AQVN${r.chars(B64URL, 36)}`,
    }),
    token({
      id: 'yandex-iam-token',
      description: 'Yandex Cloud IAM token (t1., two base64url parts)',
      keywords: ['t1.'],
      pattern: 't1\\.[A-Za-z0-9_-]+={0,2}\\.[A-Za-z0-9_-]{86}={0,2}',
      start: '[A-Za-z0-9]',
      end: '[A-Za-z0-9_=-]',
      sample: (r) => `t1.${r.chars(B64URL, 20)}.${r.chars(B64URL, 86)}`,
    }),
    named({
      id: 'yandex-static-access-key',
      description: 'Yandex Cloud static access key id (YC, 38 base64url characters, next to "yandex")',
      names: ['yandex'],
      value: 'YC[A-Za-z0-9_-]{38}',
      alphabet: 'A-Za-z0-9_-',
      reach: 40,
      minEntropy: 3.6,
      sample: (r) => `YC${r.chars(B64URL, 38)}`,
    }),
    named({
      id: 'yandex-oauth-token',
      description: 'Yandex OAuth token (83 characters with dots, next to "yandex")',
      names: ['yandex'],
      value: '[A-Za-z0-9.]{83}',
      alphabet: 'A-Za-z0-9.',
      reach: 40,
      minEntropy: 3.8,
      sample: (r) => `${r.chars(ALNUM, 18)}.${r.chars(ALNUM, 16)}.${r.chars(ALNUM, 47)}`,
    }),
  ],
})
