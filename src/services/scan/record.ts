/**
 * An incident scan's evidence: the findings as one `scan.findings` entry under the incident's key,
 * and each distinct raw value as a `secret.captured` entry under a data key of its own, so that a
 * purge can crypto-shred it. A value an earlier scan of the incident captured is not captured again.
 */
import {isKind} from '../../domain/entries/index.js'
import type {ScanFindingsBody} from '../../domain/entries/scan-findings.js'
import type {SecretCapturedBody} from '../../domain/entries/secret-captured.js'
import {isNotSensitive} from '../../domain/scan/report.js'
import type {CapturedSecret, RecordedScan, ScanReport} from '../../domain/scan/report.js'
import type {Category, KnownPrompt} from '../../domain/scan/types.js'
import type {AppendInput, UnlockedLedger} from '../../store/ledger.js'

/** The raw values a scan met, by fingerprint: the only place they live, and only until recorded or verified. */
export type RawValues = Map<string, {rule: string; category: Category; masked: string; raw: string; pair?: string}>

/** What was scanned, as the `scan.findings` entry records it. */
export interface ScannedInputs {
  inputs: readonly string[]
  /** The working directory the inputs are relative to. */
  cwd: string
}

/** Where an earlier scan's captured value lives: its data key and its `secret.captured` entry. */
interface EarlierCapture {
  keyId: string
  entry: number
}

/** Fingerprints of raw values captured by earlier scans of the incident whose keys still exist. */
function capturedEarlier(ledger: UnlockedLedger, incident: string): Map<string, EarlierCapture> {
  const earlier = new Map<string, EarlierCapture>()
  for (const row of ledger.rowsOfIncident(incident)) {
    if (row.kind !== 'scan.findings') continue
    const entry = ledger.decrypt(row)
    if (!isKind(entry, 'scan.findings')) continue
    for (const {fingerprint, keyId, entry: seq} of entry.body?.secrets ?? []) {
      if (fingerprint === undefined || keyId === undefined || seq === undefined) continue
      if (!earlier.has(fingerprint) && ledger.hasKey(keyId)) earlier.set(fingerprint, {keyId, entry: seq})
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
  // Values every finding of which is a reserved address, a test card or a stand-in are not captured.
  const sensitive = new Set(report.findings.filter((f) => !isNotSensitive(f)).map((f) => f.fingerprint))
  return ledger.transaction(() => {
    const earlier = capturedEarlier(ledger, incident)
    const secrets: CapturedSecret[] = []
    const fresh: {secret: Omit<CapturedSecret, 'entry'>; input: AppendInput}[] = []
    for (const [fingerprint, value] of raw) {
      if (!sensitive.has(fingerprint)) continue
      const base = {fingerprint, rule: value.rule, category: value.category, masked: value.masked, occurrences: occurrences.get(fingerprint) ?? 0}
      const prior = earlier.get(fingerprint)
      if (prior !== undefined) {
        secrets.push({...base, keyId: prior.keyId, entry: prior.entry, earlier: true})
        continue
      }
      const keyId = ledger.createKey(incident)
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
