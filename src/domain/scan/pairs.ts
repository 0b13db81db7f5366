/**
 * Paired credentials: an id and its secret (an AWS access key id and its secret access key, a
 * Datadog API key and its application key, a Twilio account SID and its auth token, an Entra
 * application's tenant and client ids and its client secret) work only together, so a leak of
 * both is worse than either. Where both halves are found within PAIR_WINDOW lines of one block,
 * the secret half's finding names the other (`pair`: its rule, line, column and masked value).
 * Both stay findings of their own, so that redaction still covers each.
 *
 * Ids that are not secrets (an Entra tenant or client id) are not findings: they are looked for as
 * companions in the lines around the secret, and only name the pair. The raw other half travels
 * with the detection (`partner`) to `pl scan --verify`, whose request takes the pair; it is never
 * copied into a finding.
 */
import {maskToken} from './mask.js'
import type {Detection} from './types.js'

/** The secret half's rule → the rule of the half it pairs with. */
export const PAIRS: Readonly<Record<string, string>> = {
  'aws-secret-access-key': 'aws-access-key-id',
  'alibaba-access-key-secret': 'alibaba-access-key-id',
  'datadog-app-key': 'datadog-api-key',
  'twilio-auth-token': 'twilio-account-sid',
  'twilio-auth-token-named': 'twilio-account-sid',
}

/** Lines apart within which two halves are taken for one pair. */
export const PAIR_WINDOW = 5

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'

/** An id that is not a finding but completes a secret: found by its name on a nearby line. */
interface Companion {
  /** Rule name shown in `pair`. */
  rule: string
  pattern: RegExp
}

/**
 * Entra (Azure AD) client secrets: the token request needs the tenant and the application
 * (client) id, written beside the secret as `AZURE_TENANT_ID=…`, `"tenantId": "…"`, `client_id: …`.
 */
const COMPANIONS: Readonly<Record<string, {partner: readonly Companion[]; join: (values: readonly string[]) => string}>> = {
  'azure-client-secret': {
    partner: [
      {rule: 'azure-client-id', pattern: new RegExp(`(?:client|app(?:lication)?)[_.-]?id["'\\\\\\s]*(?:[:=]|=>|:=)["'\\\\\\s]*(${UUID})(?![0-9a-fA-F-])`, 'i')},
      {rule: 'azure-tenant-id', pattern: new RegExp(`(?:tenant|directory)[_.-]?id["'\\\\\\s]*(?:[:=]|=>|:=)["'\\\\\\s]*(${UUID})(?![0-9a-fA-F-])`, 'i')},
    ],
    // tenant:client, the order the token request reads them.
    join: ([client = '', tenant = '']) => `${tenant}:${client}`,
  },
}

/** Where a companion was found: its line (in the block), column and value. */
interface Found {
  line: number
  start: number
  value: string
}

function nearestCompanion(companion: Companion, detection: Detection, lines: readonly string[], first: number): Found | undefined {
  let best: Found | undefined
  const from = Math.max(first, detection.line - PAIR_WINDOW)
  const to = Math.min(first + lines.length - 1, detection.line + PAIR_WINDOW)
  for (let line = from; line <= to; line++) {
    const match = companion.pattern.exec(lines[line - first] ?? '')
    const value = match?.[1]
    if (match === null || value === undefined) continue
    if (best === undefined || Math.abs(line - detection.line) < Math.abs(best.line - detection.line)) {
      best = {line, start: match.index + match[0].length - value.length, value}
    }
  }
  return best
}

/**
 * Sets `pair` (and the raw `partner`) on each secret half that has its other half nearby (the
 * nearest one). `lines` are the block's lines, `first` the number of its first line: companions
 * that are not findings are looked for there.
 */
export function linkPairs(detections: Detection[], lines: readonly string[] = [], first = 1): void {
  for (const detection of detections) {
    const other = PAIRS[detection.rule]
    if (other !== undefined) {
      const distance = (d: Detection): number => Math.abs(d.line - detection.line) * 1e6 + Math.abs(d.start - detection.start)
      let nearest: Detection | undefined
      for (const candidate of detections) {
        if (candidate.rule !== other || Math.abs(candidate.line - detection.line) > PAIR_WINDOW) continue
        if (nearest === undefined || distance(candidate) < distance(nearest)) nearest = candidate
      }
      if (nearest !== undefined) {
        detection.pair = {rule: nearest.rule, line: nearest.line, column: nearest.start + 1, masked: nearest.masked}
        detection.partner = nearest.secret
      }
      continue
    }
    const companions = COMPANIONS[detection.rule]
    if (companions === undefined || lines.length === 0) continue
    const found = companions.partner.map((c) => nearestCompanion(c, detection, lines, first))
    const [head] = found
    const rule = companions.partner[0]?.rule
    if (head === undefined || rule === undefined || found.some((f) => f === undefined)) continue
    detection.pair = {rule, line: head.line, column: head.start + 1, masked: maskToken(head.value)}
    detection.partner = companions.join(found.map((f) => f?.value ?? ''))
  }
}

/** Moves a detection `by` lines (a segment's detections, numbered within it, into the file's lines), its pair's line with it. */
export function shiftLines(detection: Detection, by: number): void {
  detection.line += by
  if (detection.endLine !== undefined) detection.endLine += by
  if (detection.pair !== undefined) detection.pair.line += by
}
