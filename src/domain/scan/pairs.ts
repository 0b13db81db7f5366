/**
 * Paired credentials: an id and its secret (an AWS access key id and its secret access key, a
 * Datadog API key and its application key) work only together, so a leak of both is worse than
 * either. Where both halves are found within PAIR_WINDOW lines of one block, the secret half's
 * finding names the other (`pair`: its rule, line, column and masked value). Both stay findings of
 * their own, so that redaction still covers each.
 */
import type {Detection} from './types.js'

/** The secret half's rule → the rule of the half it pairs with. */
export const PAIRS: Readonly<Record<string, string>> = {
  'aws-secret-access-key': 'aws-access-key-id',
  'datadog-app-key': 'datadog-api-key',
}

/** Lines apart within which two halves are taken for one pair. */
export const PAIR_WINDOW = 5

/** Sets `pair` on each secret half that has its other half nearby (the nearest one). */
export function linkPairs(detections: readonly Detection[]): void {
  for (const detection of detections) {
    const other = PAIRS[detection.rule]
    if (other === undefined) continue
    const distance = (d: Detection): number => Math.abs(d.line - detection.line) * 1e6 + Math.abs(d.start - detection.start)
    let nearest: Detection | undefined
    for (const candidate of detections) {
      if (candidate.rule !== other || Math.abs(candidate.line - detection.line) > PAIR_WINDOW) continue
      if (nearest === undefined || distance(candidate) < distance(nearest)) nearest = candidate
    }
    if (nearest !== undefined) detection.pair = {rule: nearest.rule, line: nearest.line, column: nearest.start + 1, masked: nearest.masked}
  }
}

/** Moves a detection `by` lines (a segment's detections, numbered within it, into the file's lines), its pair's line with it. */
export function shiftLines(detection: Detection, by: number): void {
  detection.line += by
  if (detection.endLine !== undefined) detection.endLine += by
  if (detection.pair !== undefined) detection.pair.line += by
}
