import {ALNUM, B64URL, provider, token} from '../define.js'

const HEXU = '0123456789ABCDEF'

export default provider({
  name: 'atlassian',
  title: 'Atlassian (Jira, Confluence, Bitbucket)',
  revoke: 'id.atlassian.com/manage-profile/security/api-tokens (ATATT) or Bitbucket → Personal settings → App passwords (ATBB): revoke.',
  rules: [
    token({
      id: 'atlassian-api-token',
      description: 'Atlassian API token (ATATT3 / ATCTT3, ends in an 8-hex-digit checksum)',
      keywords: ['ATATT3', 'ATCTT3'],
      pattern: 'AT[AC]TT3[A-Za-z0-9_=-]{150,250}=[A-F0-9]{8}',
      end: '[A-Za-z0-9_=-]',
      minEntropy: 4,
      sample: (r) => `ATATT3${r.chars(B64URL, 177)}=${r.chars(HEXU, 8)}`,
    }),
    token({
      id: 'bitbucket-app-password',
      description: 'Bitbucket app password (ATBB, 32 characters)',
      keywords: ['ATBB'],
      pattern: 'ATBB[A-Za-z0-9_=.-]{28,36}',
      minEntropy: 3.8,
      sample: (r) => `ATBB${r.chars(ALNUM, 32)}`,
    }),
  ],
})
