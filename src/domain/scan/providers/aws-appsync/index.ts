import {LOWER_ALNUM, lineAround, provider, token} from '../define.js'

/** An AppSync GraphQL endpoint: `https://<26-character API id>.appsync-api.<region>.amazonaws.com`. */
const APPSYNC_ENDPOINT = /(?<![a-z0-9])[a-z0-9]{26}\.appsync-api\.[a-z0-9-]+\.amazonaws\.com/

export default provider({
  name: 'aws-appsync',
  title: 'AWS AppSync',
  revoke: 'AppSync console → the API → Settings → API keys: delete the key (or aws appsync delete-api-key).',
  rules: [
    token({
      id: 'aws-appsync-api-key',
      description: 'AWS AppSync GraphQL API key (da2-, 26 lower-case letters and digits)',
      keywords: ['da2-'],
      pattern: 'da2-[a-z0-9]{26}',
      minEntropy: 3.5,
      // A typed body (docs and SDK samples print them) is shown only beside the endpoint it opens: an AppSync API id is 26 characters.
      examples: (_value, text, start) => APPSYNC_ENDPOINT.test(lineAround(text, start)),
      examplesWhere: 'on the line of an AppSync endpoint (<26-character API id>.appsync-api.<region>.amazonaws.com)',
      sample: (r) => `da2-${r.chars(LOWER_ALNUM, 26)}`,
    }),
  ],
})
