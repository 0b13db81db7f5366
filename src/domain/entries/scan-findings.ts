/**
 * `scan.findings`: what one scan of an incident found (located, masked, fingerprinted; never a
 * value), and the raw values it captured, each in a `secret.captured` entry of its own.
 */
import type {CapturedSecret, ReportedFinding, ScanReportStats} from '../scan/report.js'
import {aBoolean, aNumber, aString, listOf, object} from './check.js'
import type {KindSpec} from './spec.js'
import {oneLine, SHREDDED} from './text.js'

/** Body of a `scan.findings` entry as a scan writes it (encrypted under the incident's key). */
export interface ScanFindingsBody {
  inputs: string[]
  cwd: string
  prompts: string[]
  fingerprintScope: 'store'
  /** The scan's statistics, kept for the record; no reader interprets them. */
  stats: ScanReportStats
  findings: ReportedFinding[]
  secrets: CapturedSecret[]
}

/** A finding as read back: readers have a fallback for every field. */
export interface StoredFinding {
  rule?: string
  category?: string
  path?: string
  line?: number
  column?: number
  masked?: string
  fingerprint?: string
  tenant?: string
  promptName?: string
  /** For a known prompt: its channel (domain/replay/channel.ts); absent in scans before channels. */
  channel?: string
}

/** A member of `secrets` as read back: readers have a fallback for every field. */
export interface StoredScanSecret {
  fingerprint?: string
  rule?: string
  category?: string
  masked?: string
  keyId?: string
  entry?: number
  occurrences?: number
  earlier?: boolean
}

/** A `scan.findings` body as a store may hold it. */
export interface StoredScanFindings {
  inputs?: string[]
  prompts?: string[]
  findings?: StoredFinding[]
  secrets?: StoredScanSecret[]
}

const finding = object({}, {rule: aString, category: aString, path: aString, line: aNumber, column: aNumber, masked: aString, fingerprint: aString, tenant: aString, promptName: aString, channel: aString})
const secret = object({}, {fingerprint: aString, rule: aString, category: aString, masked: aString, keyId: aString, entry: aNumber, occurrences: aNumber, earlier: aBoolean})

export const scanFindings: KindSpec<'scan.findings'> = {
  guard: object({}, {inputs: listOf(aString), prompts: listOf(aString), findings: listOf(finding), secrets: listOf(secret)}),
  /** "Scan of 2 inputs: 5 findings (3 secret, 1 pii, 1 prompt); 3 values captured, 1 already captured earlier". */
  summary({body}) {
    if (body === null) return `Scan findings: ${SHREDDED}`
    const findings = body.findings ?? []
    const byCategory = new Map<string, number>()
    for (const f of findings) {
      const c = f.category ?? 'other'
      byCategory.set(c, (byCategory.get(c) ?? 0) + 1)
    }
    const parts = [...byCategory].map(([c, n]) => `${n} ${oneLine(c)}`).join(', ')
    const inputs = body.inputs?.length ?? 0
    const secrets = body.secrets ?? []
    // A value an earlier scan of the incident captured is referred to, not captured again.
    const earlier = secrets.filter((s) => s.earlier === true).length
    const captured = secrets.length - earlier
    return `Scan of ${inputs} input${inputs === 1 ? '' : 's'}: ${findings.length} finding${findings.length === 1 ? '' : 's'}${parts ? ` (${parts})` : ''}; ${captured} value${captured === 1 ? '' : 's'} captured${earlier > 0 ? `, ${earlier} already captured earlier` : ''}`
  },
}
