/**
 * The `pl scan` and `pl redact` use cases: registered prompts, keyed fingerprints (under the
 * store's fingerprint key when the store can be unlocked, otherwise an ephemeral key), findings
 * recorded as incident evidence, and redacted copies with their provenance.
 *
 * A raw secret leaves the scanner only through `onSecret`, and only when findings are recorded in
 * an incident: it is then written encrypted under a data key of its own (`secret.captured`), so
 * that a purge can crypto-shred it. Everything returned to callers is masked.
 */
import {createHash, randomBytes} from 'node:crypto'
import type {Dirent} from 'node:fs'
import {createReadStream, createWriteStream, existsSync, linkSync, openSync, readSync, closeSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import type {Readable} from 'node:stream'
import {Transform} from 'node:stream'
import type {TransformCallback} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {createGunzip, createGzip} from 'node:zlib'
import {hmacSha256} from '../crypto/sodium.js'
import {createScanner} from '../domain/scan/engine.js'
import {placeholder, redactLine} from '../domain/scan/redact.js'
import type {UnmatchablePrompt} from '../domain/scan/prompts.js'
import type {Category, Finding, KnownPrompt} from '../domain/scan/types.js'
import {UserError} from '../errors.js'
import {noPrompter} from '../prompts/types.js'
import type {AppendInput, UnlockedLedger} from '../store/ledger.js'
import {checkRedactTargets} from './redact-paths.js'
import {scanInputs, textKind} from './scan/reader.js'
import type {Verification} from './scan-verify.js'
import {checkProviderUrls, verifyTokens} from './scan-verify.js'
import type {LocatedFinding, ScanStats} from './scan/reader.js'
import type {incidentKey} from './incidents.js'
import type {SessionOptions} from './session.js'
import type {withLedger} from './store-access.js'

export type FingerprintScope = 'store' | 'ephemeral'

/** A finding as pl reports and records it: located, masked, fingerprinted; never the value. */
export interface ReportedFinding {
  rule: string
  category: Category
  /** The input as given, a file found under a given directory, or `-` for standard input. */
  path: string
  /** 1-based line in the decompressed input. */
  line: number
  /** 1-based column in UTF-16 code units. */
  column: number
  endLine: number
  /** Column just after the finding (exclusive), on `endLine`. */
  endColumn: number
  jsonPath?: string
  /** The tenant the record it was found in names, when it names one. */
  tenant?: string
  masked: string
  /** HMAC-SHA-256 of the value (hex) under the fingerprint key; see `stats.fingerprintScope`. */
  fingerprint: string
  /** Length of the matched value in characters. */
  length: number
  promptName?: string
  /** For known prompts: the fraction of the registered prompt found. */
  coverage?: number
  /** With --verify, for tokens whose provider has a read-only check: what the provider said. */
  verification?: Verification
}

export interface ScanReportStats extends ScanStats {
  /** With --verify: distinct values checked, by answer. */
  verification?: Record<Verification, number>
  findings: number
  byCategory: Record<Category, number>
  /** Distinct fingerprints among the findings. */
  distinctValues: number
  /** Registered prompts (`--prompts`). */
  prompts: number
  /** `store`: fingerprints comparable across scans of this store; `ephemeral`: only within this run. */
  fingerprintScope: FingerprintScope
  /** Why a store exists but its key was not used (only then). */
  fingerprintNote?: string
  /** Registered prompts whose copies can never be found (too short, or nothing but common phrases). */
  unmatchablePrompts?: UnmatchableNote[]
}

/** A registered prompt pl cannot look for: its name, why, and a sentence saying so (never quoting it). */
export interface UnmatchableNote {
  name: string
  reason: UnmatchablePrompt['reason']
  message: string
}

function unmatchableNotes(prompts: readonly UnmatchablePrompt[]): {unmatchablePrompts?: UnmatchableNote[]} {
  return prompts.length === 0 ? {} : {unmatchablePrompts: prompts.map(({name, reason, message}) => ({name, reason, message}))}
}

/** One distinct raw value of an incident scan, recorded under its own data key. */
export interface CapturedSecret {
  fingerprint: string
  rule: string
  category: Category
  masked: string
  /** The data key of its `secret.captured` entry: shredding it destroys the raw value. */
  keyId: string
  /** Sequence number of its `secret.captured` entry. */
  entry: number
  occurrences: number
  /** True when an earlier scan of the incident had captured it already (its entry is reused). */
  earlier?: boolean
}

export interface RecordedScan {
  incident: string
  /** Sequence number of the `scan.findings` entry. */
  entry: number
  secretsCaptured: number
  secretsAlreadyCaptured: number
}

export interface ScanReport {
  findings: ReportedFinding[]
  stats: ScanReportStats
  incident?: RecordedScan
}

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
  /** Check found tokens with their providers (see scan-verify.ts). */
  verify?: boolean
}

const newKey = (): Uint8Array => new Uint8Array(randomBytes(32))

/** Every `.txt` file of `dir` (not recursive) is a prompt named after the file. */
export function loadPrompts(dir: string): KnownPrompt[] {
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, {withFileTypes: true})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOTDIR') throw new UserError('invalid-input', `--prompts ${dir} is not a directory.`, {hints: ['Pass a directory of .txt files, one prompt per file.']})
    throw new UserError('not-found', `Cannot read the prompts directory ${dir}.`, {cause: error, hints: ['Check the path given with --prompts and its permissions.']})
  }
  const files = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.toLowerCase().endsWith('.txt')).map((e) => e.name)
  files.sort()
  if (files.length === 0) {
    throw new UserError('invalid-input', `No .txt files in the prompts directory ${dir}.`, {hints: ['Put each sensitive prompt in its own .txt file; its name (without .txt) is reported.']})
  }
  return files.map((file) => {
    const path = join(dir, file)
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      throw new UserError('not-found', `Cannot read the prompt file ${path}.`, {cause: error})
    }
    if (text.trim().length === 0) throw new UserError('invalid-input', `The prompt file ${path} is empty.`, {hints: ['Remove it or put the prompt text in it.']})
    return {name: file.slice(0, -'.txt'.length), text}
  })
}

interface FingerprintKey {
  key: Uint8Array
  scope: FingerprintScope
  note?: string
}

/**
 * The store's modules (SQLite, the ledger, libsodium), loaded only when a scan uses the store: a
 * scan without one starts faster.
 */
async function storeAccess(): Promise<{withLedger: typeof withLedger; incidentKey: typeof incidentKey}> {
  const [access, incidents] = await Promise.all([import('./store-access.js'), import('./incidents.js')])
  return {withLedger: access.withLedger, incidentKey: incidents.incidentKey}
}

/**
 * The store's fingerprint key if the store exists and its key is in the environment; never asks
 * for a passphrase (a scan without --incident must not block on a prompt). Otherwise a random key.
 */
async function optionalStoreKey(session: SessionOptions, randomKey: () => Uint8Array): Promise<FingerprintKey> {
  if (!existsSync(session.storePath)) return {key: randomKey(), scope: 'ephemeral'}
  try {
    const {withLedger} = await storeAccess()
    return {key: await withLedger({...session, prompter: noPrompter}, (ledger) => ledger.fingerprintKey()), scope: 'store'}
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    const reasons: Partial<Record<string, string>> = {
      'store-missing': `${session.storePath} is not an initialised evidence store`,
      'no-passphrase': `the evidence store's key is not in the environment (PL_PASSPHRASE_FILE, PL_PASSPHRASE or PL_KEY_FILE)`,
      'wrong-passphrase': `the passphrase or key file in the environment does not unlock the evidence store`,
    }
    const reason = reasons[error.code]
    if (reason === undefined) throw error
    return {key: randomKey(), scope: 'ephemeral', note: `Fingerprints are ephemeral: ${reason}.`}
  }
}

const fingerprintWith =
  (key: Uint8Array) =>
  (raw: string): string =>
    Buffer.from(hmacSha256(key, raw)).toString('hex')

export function toReported(f: LocatedFinding): ReportedFinding {
  const out: ReportedFinding = {
    rule: f.rule,
    category: f.category,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine ?? f.line,
    endColumn: f.end + 1,
    masked: f.masked,
    fingerprint: f.fingerprint,
    length: f.length,
  }
  if (f.jsonPath !== undefined) out.jsonPath = f.jsonPath
  if (f.promptName !== undefined) out.promptName = f.promptName
  if (f.tenant !== undefined) out.tenant = f.tenant
  if (f.coverage !== undefined) out.coverage = f.coverage
  return out
}

function reportStats(findings: readonly ReportedFinding[], stats: ScanStats, prompts: number, key: FingerprintKey): ScanReportStats {
  const byCategory: Record<Category, number> = {secret: 0, pii: 0, prompt: 0}
  for (const f of findings) byCategory[f.category]++
  return {
    ...stats,
    findings: findings.length,
    byCategory,
    distinctValues: new Set(findings.map((f) => f.fingerprint)).size,
    prompts,
    fingerprintScope: key.scope,
    ...(key.note === undefined ? {} : {fingerprintNote: key.note}),
  }
}

type RawValues = Map<string, {rule: string; category: Category; masked: string; raw: string}>

async function scanWithKey(options: ScanOptions, prompts: readonly KnownPrompt[], key: FingerprintKey, raw?: RawValues): Promise<ScanReport> {
  const scanner = createScanner({
    fingerprint: fingerprintWith(key.key),
    prompts,
    ...(raw === undefined
      ? {}
      : {
          onSecret: (finding: Finding, value: string) => {
            if (!raw.has(finding.fingerprint)) raw.set(finding.fingerprint, {rule: finding.rule, category: finding.category, masked: finding.masked, raw: value})
          },
        }),
  })
  const result = await scanInputs({
    inputs: options.inputs,
    scanner,
    ...(options.stdin === undefined ? {} : {stdin: options.stdin}),
    ...(options.onProgress === undefined ? {} : {onProgress: options.onProgress}),
    ...(options.signal === undefined ? {} : {signal: options.signal}),
  })
  const findings = result.findings.map(toReported)
  return {findings, stats: {...reportStats(findings, result.stats, prompts.length, key), ...unmatchableNotes(scanner.unmatchablePrompts)}}
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

function recordScan(
  ledger: UnlockedLedger,
  incident: string,
  incidentKeyId: string,
  options: ScanOptions,
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
      inputs: [...options.inputs],
      cwd: options.cwd,
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
  const targets = [...raw].map(([fingerprint, value]) => ({fingerprint, rule: value.rule, raw: value.raw}))
  const answers = await verifyTokens(targets, {env: session.env})
  const counts: Record<Verification, number> = {live: 0, 'revoked/invalid': 0, unknown: 0}
  for (const answer of answers.values()) counts[answer]++
  for (const finding of report.findings) {
    const answer = answers.get(finding.fingerprint)
    if (answer !== undefined) finding.verification = answer
  }
  return {...report, stats: {...report.stats, verification: counts}}
}

// ---------------------------------------------------------------------------------------------
// pl redact

export interface RedactOptions {
  input: string
  /** Where the redacted copy goes; `<input>.redacted` unless given. */
  out?: string
  force?: boolean
  promptsDir?: string
  now: () => number
  randomKey?: () => Uint8Array
}

/** One redaction as listed in the provenance sidecar: where, what kind, which value (keyed). */
export interface Redaction {
  rule: string
  category: Category
  line: number
  column: number
  endLine: number
  endColumn: number
  /** Characters removed (the matched value's length). */
  length: number
  fingerprint: string
  placeholder: string
  jsonPath?: string
  promptName?: string
}

export interface ProvenanceFile {
  format: 'pl-redaction-provenance/1'
  createdAt: string
  source: {path: string; size: number; sha256: string}
  output: {path: string; size: number; sha256: string}
  gzip: boolean
  fingerprintScope: FingerprintScope
  prompts: string[]
  /** Findings still present when the redacted copy was scanned again (0 expected). */
  remaining: number
  /** Problems in the source's text, redacted as read (invalid UTF-8 is written as U+FFFD). */
  problems?: string[]
  redactions: Redaction[]
}

export interface RedactResult {
  input: string
  output: string
  provenance: string
  redactions: number
  byRule: Record<string, number>
  fingerprintScope: FingerprintScope
  fingerprintNote?: string
  remaining: number
  gzip: boolean
  /** Problems in the source's text, redacted as read (invalid UTF-8 is written as U+FFFD). */
  problems?: string[]
  /** Registered prompts whose copies can never be found, so never redacted. */
  unmatchablePrompts?: UnmatchableNote[]
}

function startsWith(path: string, magic: readonly number[]): boolean {
  const fd = openSync(path, 'r')
  try {
    const head = Buffer.alloc(magic.length)
    const n = readSync(fd, head, 0, magic.length, 0)
    return n === magic.length && magic.every((b, i) => head[i] === b)
  } finally {
    closeSync(fd)
  }
}

/** Splits decoded text into lines (the `\n` kept out), redacts each, and re-joins them. */
class LineRedactor extends Transform {
  private readonly decoder = new TextDecoder('utf-8')
  private pending = ''
  private lineNo = 1
  private first = true

  constructor(private readonly byLine: ReadonlyMap<number, readonly LocatedFinding[]>) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.first) {
      this.first = false
      // The decoder drops a byte order mark, as the scanner's did; put it back in the copy.
      if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) this.push('\ufeff')
    }
    this.pushLines(this.decoder.decode(chunk, {stream: true}), false)
    done()
  }

  override _flush(done: TransformCallback): void {
    this.pushLines(this.decoder.decode(), true)
    done()
  }

  private pushLines(text: string, last: boolean): void {
    const nl = text.lastIndexOf('\n')
    if (nl < 0 && !last) {
      // Only the new text is searched for line breaks, so a huge line costs one pass, not one per chunk.
      this.pending += text
      return
    }
    const complete = last ? this.pending + text : this.pending + text.slice(0, nl)
    this.pending = last ? '' : text.slice(nl + 1)
    const parts = complete.split('\n')
    const out: string[] = []
    for (let i = 0; i < parts.length; i++) {
      const line = parts[i] ?? ''
      const list = this.byLine.get(this.lineNo)
      if (list === undefined) out.push(line)
      else {
        const cr = line.endsWith('\r')
        const redacted = redactLine(cr ? line.slice(0, -1) : line, this.lineNo, list)
        out.push(cr ? `${redacted}\r` : redacted)
      }
      this.lineNo++
    }
    // Every line but the input's last one ended with a line break.
    const joined = last ? out.join('\n') : out.join('\n') + '\n'
    if (joined.length > 0) this.push(joined)
  }
}

function sha256Of(path: string): Promise<{sha256: string; size: number}> {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash('sha256')
    let size = 0
    createReadStream(path)
      .on('data', (chunk) => {
        hash.update(chunk as Buffer)
        size += (chunk as Buffer).length
      })
      .on('error', reject)
      .on('end', () => resolvePromise({sha256: hash.digest('hex'), size}))
  })
}

/** Moves a finished temporary file into place, refusing to replace an existing file unless forced. */
function commitFile(tmp: string, target: string, force: boolean): void {
  if (force) {
    renameSync(tmp, target)
    return
  }
  try {
    linkSync(tmp, target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserError('invalid-input', `${target} already exists; it was not overwritten.`, {hints: ['Pass --force to replace it, or --out for another path.']})
    }
    throw error
  } finally {
    if (!force) unlinkSync(tmp)
  }
}

/** The first bytes of a file's text (decompressed when it is gzip), to tell its encoding. */
async function textHead(path: string, gzip: boolean): Promise<Buffer> {
  const source = createReadStream(path, gzip ? {} : {end: HEAD_BYTES - 1})
  const text = gzip ? source.pipe(createGunzip()) : source
  // pipe() does not pass the file's errors on: the loop below must see them (as a user error).
  if (text !== source) source.on('error', (error) => text.destroy(error))
  try {
    for await (const chunk of text as AsyncIterable<Buffer>) return chunk.subarray(0, HEAD_BYTES)
    return Buffer.alloc(0)
  } finally {
    source.destroy()
    text.destroy()
  }
}

const HEAD_BYTES = 8192

function redactionOf(f: LocatedFinding): Redaction {
  const r = toReported(f)
  const out: Redaction = {
    rule: r.rule,
    category: r.category,
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn,
    length: r.length,
    fingerprint: r.fingerprint,
    placeholder: placeholder(r),
  }
  if (r.jsonPath !== undefined) out.jsonPath = r.jsonPath
  if (r.promptName !== undefined) out.promptName = r.promptName
  return out
}

/**
 * Writes a redacted copy of one file (gzip in, gzip out) and its provenance sidecar, then scans
 * the copy again and reports what, if anything, remains. The copy is written to a temporary file
 * next to its target and moved into place only when complete.
 */
export async function redactFile(session: SessionOptions, options: RedactOptions): Promise<RedactResult> {
  const input = options.input
  let info
  if (input === '-') {
    throw new UserError('usage', 'pl redact takes a file, not standard input: the copy is written next to it.', {hints: ['Save the input to a file first, then pl redact FILE.']})
  }
  try {
    info = statSync(input)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UserError('not-found', `${input} does not exist.`, {cause: error, hints: ['Check the path.']})
    throw new UserError('not-found', `Cannot read ${input}: ${code ?? 'error'}.`, {cause: error, hints: ['Check the path and its permissions.']})
  }
  if (!info.isFile()) throw new UserError('invalid-input', `${input} is not a regular file.`, {hints: ['pl redact takes one file at a time.']})
  const output = options.out ?? `${input}.redacted`
  const provenance = `${output}.provenance.json`
  const force = options.force ?? false
  checkRedactTargets({input, output, provenance, force})
  const prompts = options.promptsDir === undefined ? [] : loadPrompts(options.promptsDir)
  const key = await optionalStoreKey(session, options.randomKey ?? newKey)
  const fingerprint = fingerprintWith(key.key)
  const tmpOut = join(dirname(resolve(output)), `.${basename(output)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const scanner = createScanner({fingerprint, prompts})
    const scanned = await scanInputs({inputs: [input], scanner})
    // An input not read to its end cannot be redacted; problems in its text (invalid UTF-8, lines
    // of a JSON Lines file that are not JSON) are redacted as read, and said in the result and sidecar.
    const unreadable = scanned.stats.errors.find((e) => e.line === undefined)
    if (unreadable !== undefined) throw new UserError('invalid-input', `Cannot read ${input}: ${unreadable.message}. Nothing was written.`)
    const problems = scanned.stats.errors.map((e) => e.message)
    if (scanned.stats.skippedBinary > 0) throw new UserError('invalid-input', `${input} looks binary; pl redacts text (plain, JSON, JSONL, gzip of those). Nothing was written.`)
    const gzip = startsWith(input, [0x1f, 0x8b])
    const encoding = textKind(await textHead(input, gzip)).kind
    if (encoding === 'utf-16le' || encoding === 'utf-16be') {
      throw new UserError('invalid-input', `${input} is UTF-16 text; pl redact writes UTF-8 copies only. Nothing was written.`, {
        hints: [`Convert it first, e.g. iconv -f UTF-16 -t UTF-8 ${input} > ${input}.utf8, and redact that (pl scan reads UTF-16 as it is).`],
      })
    }
    const byLine = new Map<number, LocatedFinding[]>()
    for (const f of scanned.findings) {
      for (let l = f.line; l <= (f.endLine ?? f.line); l++) {
        const list = byLine.get(l)
        if (list === undefined) byLine.set(l, [f])
        else list.push(f)
      }
    }
    const reader = createReadStream(input)
    const redactor = new LineRedactor(byLine)
    const sink = createWriteStream(tmpOut, {flags: 'wx', mode: 0o600})
    if (gzip) await pipeline(reader, createGunzip(), redactor, createGzip(), sink)
    else await pipeline(reader, redactor, sink)

    const again = await scanInputs({inputs: [tmpOut], scanner: createScanner({fingerprint, prompts})})
    const remaining = again.findings.length
    const [source, copy] = await Promise.all([sha256Of(input), sha256Of(tmpOut)])
    const redactions = scanned.findings.map(redactionOf)
    const byRule: Record<string, number> = {}
    for (const r of redactions) byRule[r.rule] = (byRule[r.rule] ?? 0) + 1
    const sidecar: ProvenanceFile = {
      format: 'pl-redaction-provenance/1',
      createdAt: new Date(options.now()).toISOString(),
      source: {path: input, ...source},
      output: {path: output, ...copy},
      gzip,
      fingerprintScope: key.scope,
      prompts: prompts.map((p) => p.name),
      remaining,
      ...(problems.length === 0 ? {} : {problems}),
      redactions,
    }
    const tmpSidecar = `${tmpOut}.provenance`
    writeFileSync(tmpSidecar, JSON.stringify(sidecar, null, 2) + '\n', {flag: 'wx', mode: 0o600})
    try {
      commitFile(tmpOut, output, force)
      commitFile(tmpSidecar, provenance, force)
    } finally {
      if (existsSync(tmpSidecar)) unlinkSync(tmpSidecar)
    }
    return {
      input,
      output,
      provenance,
      redactions: redactions.length,
      byRule,
      fingerprintScope: key.scope,
      ...(key.note === undefined ? {} : {fingerprintNote: key.note}),
      remaining,
      gzip,
      ...(problems.length === 0 ? {} : {problems}),
      ...unmatchableNotes(scanner.unmatchablePrompts),
    }
  } catch (error) {
    throw fileError(error, input, output, tmpOut)
  } finally {
    key.key.fill(0)
    if (existsSync(tmpOut)) unlinkSync(tmpOut)
  }
}

/** File-system failures pl cannot prevent by checking first (a full disk, a read-only mount, a file gone meanwhile). */
const FILE_ERRORS = new Set(['ENOENT', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EISDIR', 'ENOTDIR', 'EIO', 'EMFILE'])

/** A file-system error of a redaction as a user error naming the path (pl's own errors pass through). */
function fileError(error: unknown, input: string, output: string, tmpOut: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (error instanceof UserError || typeof code !== 'string' || !FILE_ERRORS.has(code)) return error
  const path = (error as NodeJS.ErrnoException).path ?? ''
  if (path === input) return new UserError('invalid-input', `Cannot read ${input}: ${code}. Nothing was written.`, {cause: error})
  // The copy and its sidecar are written to temporary files next to the copy first.
  const target = path === '' || path.startsWith(tmpOut) ? output : path
  return new UserError('invalid-input', `Cannot write ${target}: ${code}. Nothing was written.`, {
    cause: error,
    hints: ['Check that the directory of the copy exists, is writable and has room, or pass another --out.'],
  })
}
