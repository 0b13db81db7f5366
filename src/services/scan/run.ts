/**
 * The `pl scan` use case: registered prompts, keyed fingerprints (under the store's fingerprint key
 * when the store can be unlocked, otherwise an ephemeral key), and, with an incident, the findings
 * recorded as its evidence (record.ts).
 *
 * A raw secret leaves the scanner only through `onSecret`, and only when findings are recorded in
 * an incident: it is then written encrypted under a data key of its own (`secret.captured`), so
 * that a purge can crypto-shred it. Everything returned to callers is masked.
 */
import type {Readable} from 'node:stream'
import {createScanner} from '../../domain/scan/engine.js'
import type {ScanReport, Verification, VerificationFailure} from '../../domain/scan/report.js'
import {nothingRead} from '../../domain/scan/report.js'
import {defaultRules} from '../../domain/scan/rules/index.js'
import type {Finding, KnownPrompt, Rule} from '../../domain/scan/types.js'
import type {SessionOptions} from '../session.js'
import type {FingerprintKey} from './fingerprint-key.js'
import {fingerprintWith, newKey, optionalStoreKey} from './fingerprint-key.js'
import {storeAccess} from './lazy-store.js'
import {loadPrompts} from './prompts-dir.js'
import {scanInputs, startPoolFor} from './reader.js'
import type {SegmentPool} from './segments.js'
import type {RawValues} from './record.js'
import {recordScan} from './record.js'
import {reportStats, toReported, unmatchableNotes} from './report-findings.js'
import {checkProviderUrls, verifyTokens} from './verify-tokens.js'
import type {VerifyFailure} from './verify-tokens.js'

export interface ScanOptions {
  /** Files, directories and `-` for standard input. */
  inputs: readonly string[]
  /** Record the findings as evidence of this incident. */
  incident?: string
  /** A directory whose `.txt` files are sensitive prompts. */
  promptsDir?: string
  stdin?: Readable
  /** The working directory the inputs are relative to (recorded with incident scans). */
  cwd: string
  onProgress?: (bytesRead: number, totalBytes?: number) => void
  signal?: AbortSignal
  /** Source of ephemeral fingerprint keys; node:crypto random bytes unless given. */
  randomKey?: () => Uint8Array
  /** Check found tokens with their providers (see verify-tokens.ts). */
  verify?: boolean
  /** Custom rules (rules-file.ts), run with the built-in ones. */
  rules?: readonly Rule[]
}

async function scanWithKey(options: ScanOptions, prompts: readonly KnownPrompt[], key: FingerprintKey, raw?: RawValues): Promise<ScanReport> {
  // Worker threads for a large file are started before this thread builds its scanner: they load
  // and build their detectors meanwhile (ADR 0032). Custom rules run on this thread only.
  const pool = options.rules === undefined || options.rules.length === 0 ? await startPoolFor(options.inputs, {prompts}) : undefined
  try {
    return await scanWith(options, prompts, key, fingerprintWith(key.key), raw, pool)
  } finally {
    if (pool !== undefined) void pool.close()
  }
}

async function scanWith(options: ScanOptions, prompts: readonly KnownPrompt[], key: FingerprintKey, fingerprint: (raw: string) => string, raw: RawValues | undefined, pool: SegmentPool | undefined): Promise<ScanReport> {
  const scanner = createScanner({
    fingerprint,
    prompts,
    ...(options.rules === undefined || options.rules.length === 0 ? {} : {rules: [...defaultRules, ...options.rules]}),
    ...(raw === undefined
      ? {}
      : {
          onSecret: (finding: Finding, value: string, partner?: string) => {
            const known = raw.get(finding.fingerprint)
            // A value found once alone and once beside its other half keeps the half (its check needs it).
            if (known === undefined) raw.set(finding.fingerprint, {rule: finding.rule, category: finding.category, masked: finding.masked, raw: value, ...(partner === undefined ? {} : {pair: partner})})
            else if (known.pair === undefined && partner !== undefined) known.pair = partner
          },
        }),
  })
  const result = await scanInputs({
    inputs: options.inputs,
    scanner,
    ...(options.stdin === undefined ? {} : {stdin: options.stdin}),
    ...(options.onProgress === undefined ? {} : {onProgress: options.onProgress}),
    ...(options.signal === undefined ? {} : {signal: options.signal}),
    ...(pool === undefined ? {} : {pool}),
  })
  const findings = result.findings.map(toReported)
  return {findings, stats: {...reportStats(findings, result.stats, prompts.length, key), ...unmatchableNotes(scanner.unmatchablePrompts)}}
}

/**
 * Scans the inputs. With an incident, the store is unlocked first (asking for the passphrase on a
 * terminal), the incident must exist, and the findings and raw values are appended at the end in
 * one transaction: an interrupted scan records nothing.
 */
export async function runScan(session: SessionOptions, options: ScanOptions): Promise<ScanReport> {
  if (options.verify === true) checkProviderUrls(session.env)
  const prompts = options.promptsDir === undefined ? [] : loadPrompts(options.promptsDir)
  const randomKey = options.randomKey ?? newKey
  if (options.incident !== undefined) {
    const incident = options.incident.toUpperCase()
    const {withLedger, incidentKey} = await storeAccess()
    return withLedger(session, async (ledger) => {
      const incidentKeyId = incidentKey(ledger, incident)
      const key: FingerprintKey = {key: ledger.fingerprintKey(), scope: 'store'}
      const raw: RawValues = new Map()
      try {
        const report = await verified(await scanWithKey(options, prompts, key, raw), raw, session, options)
        // A scan that read nothing (every input missing or unreadable) is no evidence: nothing is recorded.
        if (nothingRead(report.stats)) return {...report, notRecorded: {incident, reason: 'no input could be read'}}
        return {...report, incident: recordScan(ledger, incident, incidentKeyId, options, prompts, report, raw)}
      } finally {
        key.key.fill(0)
        raw.clear()
      }
    })
  }
  const key = await optionalStoreKey(session, randomKey)
  const raw: RawValues | undefined = options.verify === true ? new Map() : undefined
  try {
    const report = await scanWithKey(options, prompts, key, raw)
    return raw === undefined ? report : await verified(report, raw, session, options)
  } finally {
    key.key.fill(0)
    raw?.clear()
  }
}

/** With --verify, adds each provider's answer to the findings of its tokens and counts them. */
async function verified(report: ScanReport, raw: RawValues, session: SessionOptions, options: ScanOptions): Promise<ScanReport> {
  if (options.verify !== true) return report
  const targets = [...raw].map(([fingerprint, value]) => ({fingerprint, rule: value.rule, raw: value.raw, ...(value.pair === undefined ? {} : {pair: value.pair})}))
  const reasons = new Map<string, VerifyFailure>()
  const answers = await verifyTokens(targets, {env: session.env, reasons})
  const counts: Record<Verification, number> = {live: 0, 'revoked/invalid': 0, unknown: 0}
  for (const answer of answers.values()) counts[answer]++
  for (const finding of report.findings) {
    const answer = answers.get(finding.fingerprint)
    if (answer !== undefined) finding.verification = answer
    const failure = answer === 'unknown' ? reasons.get(finding.fingerprint) : undefined
    if (failure !== undefined) finding.verificationError = `${failure.host} (${failure.variable}): ${failure.reason}`
  }
  // Each provider that gave no answer once, with why: "unknown" because the API is down is not "unknown" because it has no check.
  const failures = new Map<string, VerificationFailure>()
  for (const [fingerprint, failure] of reasons) {
    const key = `${failure.variable}\0${failure.host}\0${failure.reason}`
    const rule = raw.get(fingerprint)?.rule ?? '?'
    const f = failures.get(key) ?? {...failure, rules: [], tokens: 0}
    if (!f.rules.includes(rule)) f.rules.push(rule)
    f.tokens++
    failures.set(key, f)
  }
  return {...report, stats: {...report.stats, verification: counts, ...(failures.size === 0 ? {} : {verificationFailures: [...failures.values()]})}}
}
