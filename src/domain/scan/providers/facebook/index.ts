import {ALNUM, B64URL, named, provider, token} from '../define.js'

export default provider({
  name: 'facebook',
  title: 'Facebook / Meta',
  revoke: 'developers.facebook.com/apps: reset the app secret (app tokens) or remove the app from the page (page tokens).',
  rules: [
    token({
      id: 'facebook-page-access-token',
      description: 'Facebook page or user access token (EAAM…, EAAC…)',
      keywords: ['EAAM', 'EAAC'],
      pattern: 'EAA[MC][A-Za-z0-9]{100,400}',
      minEntropy: 4,
      sample: (r) => `EAAM${r.chars(ALNUM, 160)}`,
    }),
    named({
      id: 'facebook-app-access-token',
      description: 'Facebook app access token (app id | app secret or signature, next to "facebook")',
      names: ['facebook'],
      value: '\\d{15,16}(?:\\||%7C)[A-Za-z0-9_-]{27}',
      alphabet: 'A-Za-z0-9_-',
      reach: 40,
      sample: (r) => `1${r.chars('0123456789', 15)}|${r.chars(B64URL, 27)}`,
      sampleInContext: (value) => `FACEBOOK_APP_TOKEN=${value}`,
    }),
  ],
})
