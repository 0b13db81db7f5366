import {ALNUM, LOWER_ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'authress',
  title: 'Authress',
  revoke: 'authress.io → the account → Service clients: delete the access key.',
  rules: [
    token({
      id: 'authress-service-client-key',
      description: 'Authress service client access key (sc_, ext_ or authress_, four dot-separated parts)',
      keywords: ['sc_', 'ext_', 'scauth_', 'authress_'],
      pattern: '(?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\\.[a-z0-9]{4,6}\\.acc[_-][a-z0-9-]{10,32}\\.[A-Za-z0-9+/_=-]{30,120}',
      end: '[A-Za-z0-9+/_=-]',
      sample: (r) => `sc_${r.chars(LOWER_ALNUM, 10)}.${r.chars(LOWER_ALNUM, 4)}.acc_${r.chars(LOWER_ALNUM, 12)}.${r.chars(ALNUM, 40)}`,
    }),
  ],
})
