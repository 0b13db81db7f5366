/**
 * The optional fields a finding carries from detection to report: one list, copied in one place
 * (engine: detection → finding; services/scan/report-findings: finding → reported; render/sarif:
 * reported → result properties), in one key order. A new optional field is added here.
 */
import type {Detection} from './types.js'

export type OptionalFindingFields = Pick<Detection, 'jsonPath' | 'promptName' | 'coverage' | 'tenant' | 'channel' | 'confidence' | 'reason' | 'pair'>

/** Copies the optional fields that are set from `from` onto `to`, in the list's order, and returns `to`. */
export function copyOptionalFields<T extends object>(to: T, from: OptionalFindingFields): T & OptionalFindingFields {
  const out: T & OptionalFindingFields = to
  if (from.jsonPath !== undefined) out.jsonPath = from.jsonPath
  if (from.promptName !== undefined) out.promptName = from.promptName
  if (from.coverage !== undefined) out.coverage = from.coverage
  if (from.tenant !== undefined) out.tenant = from.tenant
  if (from.channel !== undefined) out.channel = from.channel
  if (from.confidence !== undefined) out.confidence = from.confidence
  if (from.reason !== undefined) out.reason = from.reason
  if (from.pair !== undefined) out.pair = from.pair
  return out
}
