/**
 * Store-level tests write entries of any kind and shape: the store encrypts and chains bodies
 * without judging them, while pl's own writers are held to each kind's body type by AppendInput.
 */
import type {AppendInput} from '../../src/store/ledger.js'

export interface AnyEntryInput {
  incident: string
  kind: string
  keyId: string
  body: unknown
  blob?: string
}

export function anyEntry(input: AnyEntryInput): AppendInput {
  return input as AppendInput
}
