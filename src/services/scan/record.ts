/**
 * An incident scan's evidence: the findings as one `scan.findings` entry under the incident's key,
 * and each distinct raw value as a `secret.captured` entry under a data key of its own, so that a
 * purge can crypto-shred it. A value an earlier scan of the incident captured is not captured again.
 */
import type {CapturedSecret, RecordedScan, ReportedFinding, ScanReport, ScanReportStats} from '../../domain/scan/report.js'
import type {Category, KnownPrompt} from '../../domain/scan/types.js'
import type {AppendInput, UnlockedLedger} from '../../store/ledger.js'

/** The raw values a scan met, by fingerprint: the only place they live, and only until recorded or verified. */
export type RawValues = Map<string, {rule: string; category: Category; masked: string; raw: string}>

/** Body of a `scan.findings` entry (encrypted under the incident's key). */
export interface ScanFindingsBody {
  inputs: string[]
  cwd: string
  prompts: string[]
  fingerprintScope: 'store'
  stats: ScanReportStats
  findings: ReportedFinding[]
  secrets: CapturedSecret[]
}

/** Body of a `secret.captured` entry (encrypted under a data key of its own). */
export interface SecretCapturedBody {
  fingerprint: string
  rule: string
  category: Category
  raw: string
}

/** What was scanned, as the `scan.findings` entry records it. */
export interface ScannedInputs {
  inputs: readonly string[]
  /** The working directory the inputs are relative to. */
  cwd: string
}

/** Fingerprints of raw values captured by earlier scans of the incident whose keys still exist. */
function capturedEarlier(ledger: UnlockedLedger, incident: string): Map<string, CapturedSecret> {
  const earlier = new Map<string, CapturedSecret>()
  for (const row of ledger.rowsOfIncident(incident)) {
    if (row.kind !== 'scan.findings') continue
    const body = ledger.decrypt(row).body as Partial<ScanFindingsBody> | null
    for (const secret of body?.secrets ?? []) {
      if (!earlier.has(secret.fingerprint) && ledger.hasKey(secret.keyId)) earlier.set(secret.fingerprint, secret)
    }
  }
  return earlier
}

/** Appends the scan's entries in one transaction. */
export function recordScan(
  ledger: UnlockedLedger,
  incident: string,
  incidentKeyId: string,
  scanned: ScannedInputs,
  prompts: readonly KnownPrompt[],
  report: ScanReport,
  raw: RawValues,
): RecordedScan {
  const occurrences = new Map<string, number>()
  for (const f of report.findings) occurrences.set(f.fingerprint, (occurrences.get(f.fingerprint) ?? 0) + 1)
  return ledger.transaction(() => {
    const earlier = capturedEarlier(ledger, incident)
    const secrets: CapturedSecret[] = []
    const fresh: {secret: Omit<CapturedSecret, 'entry'>; input: AppendInput}[] = []
    for (const [fingerprint, value] of raw) {
      const base = {fingerprint, rule: value.rule, category: value.category, masked: value.masked, occurrences: occurrences.get(fingerprint) ?? 0}
      const prior = earlier.get(fingerprint)
      if (prior !== undefined) {
        secrets.push({...base, keyId: prior.keyId, entry: prior.entry, earlier: true})
        continue
      }
      const keyId = ledger.createKey()
      const body: SecretCapturedBody = {fingerprint, rule: value.rule, category: value.category, raw: value.raw}
      fresh.push({secret: {...base, keyId}, input: {incident, kind: 'secret.captured', keyId, body}})
    }
    const rows = fresh.length === 0 ? [] : ledger.append(fresh.map((f) => f.input))
    fresh.forEach((f, i) => secrets.push({...f.secret, entry: rows[i]!.seq}))
    secrets.sort((a, b) => a.entry - b.entry)
    const body: ScanFindingsBody = {
      inputs: [...scanned.inputs],
      cwd: scanned.cwd,
      prompts: prompts.map((p) => p.name),
      fingerprintScope: 'store',
      stats: report.stats,
      findings: report.findings,
      secrets,
    }
    const [row] = ledger.append([{incident, kind: 'scan.findings', keyId: incidentKeyId, body}])
    return {incident, entry: row!.seq, secretsCaptured: fresh.length, secretsAlreadyCaptured: secrets.length - fresh.length}
  })
}
