import {HEX, provider, randomPart, token} from '../define.js'

const DIGITS = '0123456789'

export default provider({
  name: 'asana',
  title: 'Asana',
  revoke: 'app.asana.com/0/my-apps: deauthorize the personal access token.',
  rules: [
    token({
      id: 'asana-personal-access-token',
      description: 'Asana personal access token (a version digit, "/", the user id, optionally "/" and the token id, ":" and 32+ characters)',
      // The token's structure (digits, "/", digits, ":") is its mark; a digit and "/" is the prefilter's word.
      keywords: ['0/', '1/', '2/', '3/', '4/', '5/', '6/', '7/', '8/', '9/'],
      pattern: '[0-9]{1,4}/[0-9]{13,40}(?:/[0-9]{13,40})?:[A-Za-z0-9]{32,80}',
      start: '[A-Za-z0-9/]',
      // Ids are digits; the random part is after the colon.
      minEntropy: 0,
      check: (value) => randomPart(value.slice(value.indexOf(':') + 1), 3),
      guard: 'digits "/" 13–40 digits (again for the token id in the version-2 format) ":" then 32–80 letters and digits; entropy ≥ 3, no placeholder',
      sample: (r) => `2/${r.chars('123456789', 1)}${r.chars(DIGITS, 15)}/${r.chars('123456789', 1)}${r.chars(DIGITS, 15)}:${r.chars(HEX, 32)}`,
    }),
  ],
})
