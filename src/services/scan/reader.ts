/**
 * The scanner's I/O: reads the inputs the walk found (walk.ts), standard input and pipes,
 * decompresses gzip, skips binary files, decodes UTF-8 or UTF-16 (invalid sequences become
 * U+FFFD) and streams the text through a Scanner. Memory stays bounded by one read chunk plus the
 * scanner's window, whatever the input size. A bad input (unreadable, corrupt gzip, a dangling
 * link) or bad text in one (invalid UTF-8, lines of a JSON Lines file that are not JSON) is
 * recorded in `stats.errors` with its path and the scan goes on.
 */
import {createReadStream} from 'node:fs'
import type {FileHandle} from 'node:fs/promises'
import {open, stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import type {Readable} from 'node:stream'
import type {ScanStats} from '../../domain/scan/report.js'
import type {Finding} from '../../domain/scan/types.js'
import type {Scanner, ScannerSpec} from '../../domain/scan/engine.js'
import {startsJsonDocument} from '../../domain/scan/session.js'
import {shiftLines} from '../../domain/scan/pairs.js'
import {CancelledError, UserError} from '../../errors.js'
import {countBytes, decompressed, sniffable} from './byte-streams.js'
import type {TextPieces} from './decode.js'
import {Utf16Pieces, Utf8Pieces} from './decode.js'
import {errorMessage} from './error-message.js'
import type {ParallelOptions, SegmentResult} from './segments.js'
import {SegmentPool, planSegments} from './segments.js'
import type {TextProblems} from './text-checks.js'
import {TextChecks, describeProblems, isJsonLinesName, joinProblems} from './text-checks.js'
import {BINARY_INPUT, SNIFF, textKind} from './text-kind.js'
import type {Source} from './walk.js'
import {STDIN, collectSources} from './walk.js'

export interface LocatedFinding extends Finding {
  /** The input the finding is in: a path as given or found under a given directory, or `-`. */
  path: string
}

export interface ScanResult {
  findings: LocatedFinding[]
  stats: ScanStats
}

export interface ScanInputsOptions {
  /** Files, directories (scanned recursively), pipes and `-` for standard input. */
  inputs: readonly string[]
  scanner: Scanner
  /** Standard input; `process.stdin` unless given. */
  stdin?: Readable
  /** Called as input bytes are read (compressed bytes for .gz); total is known when no stdin is read. */
  onProgress?: (bytesRead: number, totalBytes?: number) => void
  /** Called for each finding as soon as it is made. */
  onFinding?: (finding: LocatedFinding) => void
  /** Keep findings in the result (default); turn off for huge inputs consumed through onFinding. */
  collect?: boolean
  signal?: AbortSignal
  /** Milliseconds clock for durationMs. */
  now?: () => number
  /**
   * Large plain files are split across worker threads (when the scanner runs the built-in rules):
   * by default one thread per core (at most 8: this one and workers, ADR 0021) for files, or files together, of 16 MiB or more (48 MiB on two cores). `threads: 1` scans on this thread only.
   */
  parallel?: Partial<ParallelOptions>
  /**
   * Threads started ahead (startPoolFor), used if a file is split. The caller's: it closes them,
   * used or not; a pool the scan starts itself it closes when it ends.
   */
  pool?: SegmentPool
}

const CORES = availableParallelism()

/**
 * From how many bytes a file, or files together, are scanned on more than one thread. A worker is
 * a second V8 isolate that starts cold: it compiles the engine again (V8's optimizing compiler
 * runs on helper threads) and runs its first segments at a third of the warm speed, about 1.2 s
 * of CPU in all. On two cores that CPU is taken from the scanning threads themselves: measured
 * on the 32 MB bench corpus, one thread costs 2.3 s of CPU (1.6 s of it on the main thread) and
 * two 3.5 s, which two cores cannot run in less time than the one thread's main thread; the two
 * break even near 48 MiB (ADR 0041). With more cores the compiler has cores of its own.
 */
export function splitThreshold(cores: number): number {
  return cores <= 2 ? 48 << 20 : 16 << 20
}

const PARALLEL: ParallelOptions = {
  threads: Math.min(8, CORES),
  threshold: splitThreshold(CORES),
  segmentBytes: 4 << 20,
  overlapBytes: 64 << 10,
}

/** File order, then position; at one position rules before prompts, then by rule: the same whatever the threads. */
function byPosition(a: Finding, b: Finding): number {
  return (
    a.line - b.line ||
    a.start - b.start ||
    Number(a.category === 'prompt') - Number(b.category === 'prompt') ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.endLine ?? a.line) - (b.endLine ?? b.line) ||
    a.end - b.end
  )
}

/**
 * Worker threads started before the scanner is built, when an input named is a plain file large
 * enough to be split (ADR 0032): a worker loads pl's code and builds its detectors while this
 * thread builds its own, not after. `spec` is the one the scanner will have (its prompts).
 * Directories are left to the scan itself (their files are known once walked).
 */
export async function startPoolFor(inputs: readonly string[], spec: ScannerSpec, parallel?: Partial<ParallelOptions>): Promise<SegmentPool | undefined> {
  const options: ParallelOptions = {...PARALLEL, ...parallel}
  if (options.threads < 2) return undefined
  for (const input of inputs) {
    if (input === STDIN) continue
    const info = await stat(input).catch(() => undefined)
    if (info === undefined || !info.isFile() || info.size < options.threshold) continue
    if (await splittable(input).catch(() => false)) return new SegmentPool(options.threads).start(spec)
  }
  return undefined
}

/**
 * The finding, now known to be in `path`: the path is added to the object finalize made (which
 * nothing else holds), not copied with its fields into a new one, 47,900 times per 32 MB of the
 * bench corpus (ADR 0032).
 */
function located(finding: Finding, path: string): LocatedFinding {
  const f = finding as Finding & {path?: string}
  f.path = path
  return f as LocatedFinding
}

/** Whether a file can be split: plain text (no gzip, not binary) whose first line does not open a pretty-printed JSON document. */
async function splittable(path: string, whole = false, opened?: FileHandle): Promise<boolean> {
  const file = opened ?? (await open(path, 'r'))
  try {
    const head = Buffer.alloc(64 << 10)
    const {bytesRead} = await file.read(head, 0, head.length, 0)
    const bytes = head.subarray(0, bytesRead)
    if (bytesRead === 0 || (bytes[0] === 0x1f && bytes[1] === 0x8b) || textKind(bytes).kind !== 'utf-8') return false
    // A whole file goes to one worker as it is: only gzip, binary and UTF-16 files need this thread.
    if (whole) return true
    const nl = bytes.indexOf(0x0a)
    return nl >= 0 && !startsJsonDocument(new TextDecoder().decode(bytes.subarray(0, nl)).replace(/\r$/, ''))
  } finally {
    if (opened === undefined) await file.close()
  }
}

const READ_CHUNK = 1 << 20
const MIN_READ_CHUNK = 16 << 10

export async function scanInputs(options: ScanInputsOptions): Promise<ScanResult> {
  if (options.inputs.length === 0) {
    throw new UserError('usage', 'Nothing to scan.', {hints: ['Pass one or more files or directories, or - to read standard input.']})
  }
  const now = options.now ?? (() => performance.now())
  const started = now()
  const collect = options.collect ?? true
  const stats: ScanStats = {files: 0, bytes: 0, lines: 0, skippedBinary: 0, skippedSpecial: 0, skippedRepeated: 0, skippedRepeatedFiles: 0, errors: [], durationMs: 0}
  const findings: LocatedFinding[] = []
  const sources = await collectSources(options.inputs, stats)
  const total = sources.every((s) => s.size !== undefined) ? sources.reduce((sum, s) => sum + (s.size ?? 0), 0) : undefined
  let read = 0
  const progress = (n: number): void => {
    read += n
    options.onProgress?.(read, total)
  }
  const deliver = (located: LocatedFinding): void => {
    options.onFinding?.(located)
    if (collect) findings.push(located)
  }
  const emit = (path: string, batch: readonly Finding[]): void => {
    for (const finding of batch) deliver(located(finding, path))
  }

  const cancelIfAborted = (): void => {
    if (options.signal?.aborted === true) throw new CancelledError('Scan cancelled.')
  }
  const parallel: ParallelOptions = {...PARALLEL, ...options.parallel}
  const spec = options.scanner.spec
  let pool: SegmentPool | undefined
  // Many files that are large together: each plain file goes whole to a worker, started in
  // advance so the workers stay busy, and is reported in input order.
  const wholeFiles = new Map<Source, Promise<SegmentResult[]>>()
  const regular = sources.filter((source) => source.stream !== true && (source.size ?? 0) < parallel.threshold)
  if (spec !== undefined && parallel.threads >= 2 && regular.length > 1 && regular.reduce((sum, source) => sum + (source.size ?? 0), 0) >= parallel.threshold) {
    pool = options.pool ?? new SegmentPool(parallel.threads)
    pool.use(spec)
    const running = pool
    for (const source of regular) {
      const size = source.size ?? 0
      const result = splittable(source.path, true).then(async (plain) =>
        plain ? [await running.run({path: source.path, readStart: 0, ownStart: 0, ownEnd: size, readEnd: size, last: true})] : [],
      )
      // Handled when its turn comes; until then a rejection must not count as unhandled.
      result.catch(() => undefined)
      wholeFiles.set(source, result)
    }
  }
  const reportProblems = (path: string, problems: TextProblems): void => {
    for (const problem of describeProblems(problems)) stats.errors.push({path, ...problem})
  }
  const scanSplit = async (source: Source): Promise<boolean> => {
    const whole = wholeFiles.get(source)
    if (whole !== undefined) {
      const results = await whole
      if (results.length === 0) return false
      progress(source.size ?? 0)
      return joinSegments(source, results.map((result) => Promise.resolve(result)))
    }
    if (spec === undefined || parallel.threads < 2 || source.stream === true || (source.size ?? 0) < parallel.threshold) return false
    // Opened once, here, and read by every thread through this descriptor, as the one-thread scan
    // reads through the one it opens: a file renamed, replaced or deleted while scanned is still
    // the one read, and one cut short ends where the reads find its end. Its size now is the size
    // scanned (what is appended meanwhile is left out).
    const file = await open(source.path, 'r')
    let segments: Array<Promise<SegmentResult>> = []
    try {
      const info = await file.stat()
      if (!info.isFile() || info.size < parallel.threshold || !(await splittable(source.path, false, file))) return false
      const jobs = await planSegments(source.path, info.size, parallel, file)
      pool ??= options.pool ?? new SegmentPool(parallel.threads)
      pool.use(spec)
      const running = pool
      segments = jobs.map(async (job) => {
        const result = await running.run(job)
        progress(result.ownRead)
        return result
      })
      // Each is awaited in its turn below; until then a rejection must not count as unhandled.
      for (const segment of segments) segment.catch(() => undefined)
      return await joinSegments(source, segments)
    } finally {
      // Closed once no thread reads it any more (its number could otherwise be reused under a
      // read still running); not awaited when a segment failed or the scan was cancelled.
      void Promise.allSettled(segments).then(() => file.close())
    }
  }
  const joinSegments = async (source: Source, segments: ReadonlyArray<Promise<SegmentResult>>): Promise<true> => {
    // Each segment's detections become findings as soon as it and the ones before it are done
    // (their line breaks number its lines), while the other threads still scan: not all at the
    // end, when the workers have nothing left to do. Segments hold consecutive lines, so sorting
    // each one's findings sorts them all.
    const batch: LocatedFinding[] = []
    const results: SegmentResult[] = []
    let firstLine = 1
    let bytes = 0
    for (const segment of segments) {
      const result = await segment
      cancelIfAborted()
      for (const d of result.detections) shiftLines(d, firstLine - 1)
      for (const finding of options.scanner.finalize(result.detections).sort(byPosition)) batch.push(located(finding, source.path))
      stats.lines += result.ownLines
      firstLine += result.ownBreaks
      results.push(result)
      bytes += result.ownRead
      // The file was cut short while scanned and ended in this segment: what the segments after
      // it read (nothing, or what was written there since) is not part of it.
      if (result.ended) break
    }
    // Delivered once the whole file is read: a file that fails part way reports none of them.
    for (const located of batch) deliver(located)
    reportProblems(source.path, joinProblems(results))
    stats.bytes += bytes
    stats.files++
    return true
  }

  try {
    for (const source of sources) await scanSource(source)
  } finally {
    // Not awaited: a worker's isolate takes tens of milliseconds to tear down (its heap), which
    // the findings' report and output need not wait for (ADR 0032).
    if (pool !== undefined && pool !== options.pool) void pool.close()
  }
  stats.durationMs = Math.round(now() - started)
  return {findings, stats}

  async function scanSource(source: Source): Promise<void> {
    cancelIfAborted()
    const mark = findings.length
    try {
      if (await scanSplit(source)) return
    } catch (error) {
      if (error instanceof CancelledError) throw error
      stats.errors.push({path: source.path, message: errorMessage(error)})
      findings.length = mark
      return
    }
    const input = options.scanner.begin()
    const checks = new TextChecks(isJsonLinesName(source.path))
    let decoder: TextPieces | undefined
    let stream: Readable | undefined
    let binary = false
    let scanned = false
    let failed = false
    const scan = (text: TextPieces, pieces: string[]): void => {
      checks.decoded(text, pieces, input.lines)
      for (const piece of pieces) emit(source.path, input.push(piece))
    }
    try {
      // A buffer of READ_CHUNK per read: no larger than the file (thousands of small logs would
      // otherwise each allocate a whole chunk, and the collector spend more time than the scan).
      const chunk = source.size === undefined ? READ_CHUNK : Math.min(READ_CHUNK, Math.max(MIN_READ_CHUNK, source.size + 1))
      stream = source.path === STDIN ? (options.stdin ?? process.stdin) : createReadStream(source.path, {highWaterMark: chunk})
      const counted = countBytes(stream as AsyncIterable<Buffer>, progress)
      for await (const chunk of sniffable(decompressed(counted), SNIFF)) {
        let text = chunk
        if (decoder === undefined) {
          const {kind, bom} = textKind(chunk)
          if (kind === 'binary') {
            binary = true
            break
          }
          decoder = kind === 'utf-8' ? new Utf8Pieces() : new Utf16Pieces(kind === 'utf-16le')
          text = chunk.subarray(bom)
        }
        cancelIfAborted()
        scanned = true
        stats.bytes += chunk.length
        scan(decoder, decoder.decode(text))
      }
      if (decoder !== undefined) scan(decoder, decoder.end())
    } catch (error) {
      if (error instanceof CancelledError) throw error
      stats.errors.push({path: source.path, message: errorMessage(error)})
      failed = true
    } finally {
      if (source.path !== STDIN) stream?.destroy()
    }
    if (binary) {
      // A file named on the command line was meant to be read: saying nothing of it would pass for
      // "scanned, clean". One found in a directory (an image beside the logs) is counted and named.
      if (source.named === true) stats.errors.push({path: source.path, message: BINARY_INPUT})
      else {
        stats.skippedBinary++
        ;(stats.skippedBinaryPaths ??= []).push(source.path)
      }
      return
    }
    // What was read before an error is still reported: a corrupt gzip's good prefix, for one.
    emit(source.path, input.end())
    // An input not read to its end is reported as such; its cut-off last line is no text problem.
    if (decoder !== undefined && !failed) reportProblems(source.path, checks.result(decoder.encoding))
    if (collect) findings.slice(mark).sort(byPosition).forEach((finding, i) => (findings[mark + i] = finding))
    // An input not read to its end is counted with the unreadable ones (stats.errors), not here.
    if (!failed && (scanned || source.size === 0 || source.stream === true)) stats.files++
    stats.lines += input.lines
  }
}
