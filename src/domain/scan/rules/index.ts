import {setBasicInnerRules} from '../providers/http/index.js'
import {providerRules} from '../providers/index.js'
import type {Category, Rule} from '../types.js'
import {highEntropyToken} from './high-entropy.js'
import {nationalIdRules} from './national-ids.js'
import {networkRules} from './network.js'
import {namedPhone, nationalPhone} from './phones.js'
import {piiRules} from './pii.js'
import {secretRules} from './secrets.js'

export {assignedRejection, looksLikeAssignedSecret} from './assigned.js'

/** Every built-in detector, secrets first: the core rules, then the provider catalogue, then personal data, then unnamed tokens in prose. */
export const defaultRules: readonly Rule[] = [...secretRules, ...providerRules, ...piiRules, ...networkRules, ...nationalIdRules, nationalPhone, namedPhone, highEntropyToken]

// A Basic credential whose user or password is a provider token is reported as that token (providers/http).
setBasicInnerRules([...secretRules, ...providerRules])

/** The known-prompt detector (domain/scan/prompts.ts) as the rule lists name it: it has no regex and no keywords. */
export const KNOWN_PROMPT_RULE: {readonly id: string; readonly category: Category; readonly description: string} = {
  id: 'known-prompt',
  category: 'prompt',
  description: 'A copy (whole or partial, reformatted) of a registered sensitive prompt',
}
