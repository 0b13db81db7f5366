import {ALNUM, named, provider, token} from '../define.js'

export default provider({
  name: 'salesforce',
  title: 'Salesforce',
  revoke: "Salesforce Setup → Connected apps OAuth usage (refresh tokens) or Session management (sessions): revoke, then reset the user's security token.",
  rules: [
    token({
      id: 'salesforce-refresh-token',
      description: 'Salesforce OAuth refresh token (5Aep861, then 80 or more characters)',
      keywords: ['5Aep861'],
      pattern: '5Aep861[A-Za-z0-9._=]{80,255}',
      end: '[A-Za-z0-9._=]',
      sample: (r) => `5Aep861${r.chars(ALNUM, 80)}`,
    }),
    named({
      id: 'salesforce-session-token',
      description: 'Salesforce session or access token (15-character org id from 00, "!", 96 characters, next to "salesforce")',
      names: ['salesforce'],
      value: '00[A-Za-z0-9]{13}![A-Za-z0-9_.]{96}',
      alphabet: 'A-Za-z0-9_.!',
      reach: 40,
      minEntropy: 3.8,
      sample: (r) => `00${r.chars(ALNUM, 13)}!${r.chars(ALNUM, 96)}`,
    }),
  ],
})
