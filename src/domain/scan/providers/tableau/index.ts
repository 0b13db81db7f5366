import {ALNUM, provider, token} from '../define.js'

const B64 = `${ALNUM}+/`

export default provider({
  name: 'tableau',
  title: 'Tableau',
  revoke: 'Tableau Cloud or Server → My Account Settings → Personal Access Tokens: revoke the token.',
  rules: [
    token({
      id: 'tableau-personal-access-token',
      // The secret Tableau shows once when a personal access token is created: the base64 of 16 bytes, ":", 32 characters.
      description: 'Tableau personal access token secret (22 base64 characters and "==", ":", 32 letters and digits)',
      keywords: ['==:'],
      pattern: '[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32}',
      start: '[A-Za-z0-9+/=]',
      minEntropy: 4,
      // `salt:md5` records have this shape with a hex tail; a random secret of 32 letters and digits is all hex once in 10^14.
      check: (value) => !/^[0-9a-f]{32}$/i.test(value.slice(-32)),
      guard: '22 base64 characters, "==:", 32 letters and digits, not all hex (a salt and a digest); entropy ≥ 4, no placeholder',
      sample: (r) => `${r.chars(B64, 21)}${r.chars('AQgw', 1)}==:${r.chars(ALNUM, 32)}`,
    }),
  ],
})
