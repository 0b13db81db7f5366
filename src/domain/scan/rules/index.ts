import type {Rule} from '../types.js'
import {piiRules} from './pii.js'
import {secretRules} from './secrets.js'

export {looksLikeAssignedSecret} from './secrets.js'

/** Every built-in detector, secrets first. */
export const defaultRules: readonly Rule[] = [...secretRules, ...piiRules]
