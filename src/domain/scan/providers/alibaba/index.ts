import {entropy, isPlaceholder} from '../../checks.js'
import {maskToken} from '../../mask.js'
import {ALNUM, PROVIDER_PRIORITY, provider, token} from '../define.js'
import type {ProviderRule} from '../define.js'

/** How far (in characters) the 30-character secret may sit from its AccessKey id. */
const NEAR = 300
const ID = /(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{12,21}(?![A-Za-z0-9_-])/g
const CANDIDATE = /(?<![A-Za-z0-9/+])[A-Za-z0-9]{30}(?![A-Za-z0-9/+=])/g

function secretShape(value: string): boolean {
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value) && entropy(value) >= 4 && !isPlaceholder(value)
}

/**
 * An AccessKey secret (30 letters and digits) has no mark of its own: it is looked for only
 * around an AccessKey id (LTAI…), as the pair is written together in configs and logs.
 */
const accessKeySecret: ProviderRule<'alibaba-access-key-secret'> = {
  id: 'alibaba-access-key-secret',
  category: 'secret',
  description: 'Alibaba Cloud AccessKey secret (30 characters) next to an AccessKey id',
  keywords: ['LTAI'],
  pattern: ID,
  priority: PROVIDER_PRIORITY,
  reach: 'context',
  guard: `only within ${NEAR} characters of an LTAI AccessKey id; 30 letters and digits with upper and lower case and a digit, entropy ≥ 4, no placeholder`,
  minEntropy: 4,
  sample: (r) => `${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2)}${r.chars('abcdefghijklmnopqrstuvwxyz', 2)}${r.chars('0123456789', 2)}${r.chars(ALNUM, 24)}`,
  // The id is made from the fake too (reversed), so that no token-shaped string sits in the source.
  sampleInContext: (value) => `ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI${[...value.slice(0, 20)].reverse().join('')}\nALIBABA_CLOUD_ACCESS_KEY_SECRET=${value}`,
  validate(match, text) {
    const from = Math.max(0, match.index - NEAR)
    const around = text.slice(from, match.index + match[0].length + NEAR)
    for (const candidate of around.matchAll(CANDIDATE)) {
      const value = candidate[0]
      const start = from + (candidate.index ?? 0)
      // Whole in the text, not cut by the window's edge.
      if (secretShape(value) && !/[A-Za-z0-9/+]/.test(text[start - 1] ?? '') && !/[A-Za-z0-9/+=]/.test(text[start + 30] ?? '')) {
        return {start, end: start + 30, secret: value, masked: maskToken(value)}
      }
    }
    return null
  },
}

export default provider({
  name: 'alibaba',
  title: 'Alibaba Cloud',
  revoke: 'RAM console → Users → AccessKey: disable and delete the pair.',
  rules: [
    token({
      id: 'alibaba-access-key-id',
      description: 'Alibaba Cloud AccessKey id (LTAI)',
      keywords: ['LTAI'],
      pattern: 'LTAI[A-Za-z0-9]{12,21}',
      minEntropy: 3.2,
      sample: (r) => `LTAI${r.chars(ALNUM, 20)}`,
    }),
    accessKeySecret,
  ],
})
