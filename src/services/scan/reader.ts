/**
 * The scanner's I/O: walks files and directories, reads stdin, decompresses gzip, skips binary
 * files, decodes UTF-8 (invalid bytes become U+FFFD) and streams the text through a Scanner.
 * Memory stays bounded by one read chunk plus the scanner's window, whatever the input size.
 * A bad input (unreadable, corrupt gzip) is recorded in `stats.errors` and the scan goes on.
 */
import type {Dirent} from 'node:fs'
import {createReadStream} from 'node:fs'
import {open, readdir, stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import type {Readable} from 'node:stream'
import {createGunzip} from 'node:zlib'
import type {Finding} from '../../domain/scan/types.js'
import type {Scanner} from '../../domain/scan/engine.js'
import {startsJsonDocument} from '../../domain/scan/session.js'
import {CancelledError, UserError} from '../../errors.js'
import {Utf8Pieces} from './decode.js'
import type {ParallelOptions, SegmentResult} from './segments.js'
import {SegmentPool, planSegments} from './segments.js'

/** The path given for standard input. */
export const STDIN = '-'

export interface LocatedFinding extends Finding {
  /** The input the finding is in: a path as given or found under a given directory, or `-`. */
  path: string
}

export interface ScanError {
  path: string
  message: string
}

export interface ScanStats {
  /** Inputs scanned as text (stdin counts as one). */
  files: number
  /** Bytes of text scanned, after decompression. */
  bytes: number
  lines: number
  skippedBinary: number
  errors: ScanError[]
  durationMs: number
}

export interface ScanResult {
  findings: LocatedFinding[]
  stats: ScanStats
}

export interface ScanInputsOptions {
  /** Files, directories (scanned recursively) and `-` for standard input. */
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
   * by default one thread per core (at most 8) for files, or files together, of 32 MiB or more. `threads: 1` scans on this thread only.
   */
  parallel?: Partial<ParallelOptions>
}

const PARALLEL: ParallelOptions = {
  threads: Math.min(8, availableParallelism()),
  threshold: 32 << 20,
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

/** Whether a file can be split: plain text (no gzip, not binary) whose first line does not open a pretty-printed JSON document. */
async function splittable(path: string, whole = false): Promise<boolean> {
  const file = await open(path, 'r')
  try {
    const head = Buffer.alloc(64 << 10)
    const {bytesRead} = await file.read(head, 0, head.length, 0)
    const bytes = head.subarray(0, bytesRead)
    if (bytesRead === 0 || (bytes[0] === 0x1f && bytes[1] === 0x8b) || looksBinary(bytes)) return false
    // A whole file goes to one worker as it is: only gzip and binary files need this thread.
    if (whole) return true
    const nl = bytes.indexOf(0x0a)
    return nl >= 0 && !startsJsonDocument(new TextDecoder().decode(bytes.subarray(0, nl)).replace(/\r$/, ''))
  } finally {
    await file.close()
  }
}

const READ_CHUNK = 1 << 20
const SNIFF = 8000

interface Source {
  path: string
  size?: number
}

function message(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code
    return code !== undefined && !error.message.includes(code) ? `${code}: ${error.message}` : error.message
  }
  return String(error)
}

/** A NUL byte or mostly control characters in the first bytes: an image, an archive, a database. */
export function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.length, SNIFF)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = head[i] ?? 0
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return n > 0 && control / n > 0.3
}

async function collectSources(inputs: readonly string[], errors: ScanError[]): Promise<Source[]> {
  const sources: Source[] = []
  const visit = async (path: string): Promise<void> => {
    let info
    try {
      info = await stat(path)
    } catch (error) {
      errors.push({path, message: message(error)})
      return
    }
    if (info.isFile()) {
      sources.push({path, size: info.size})
      return
    }
    if (!info.isDirectory()) {
      errors.push({path, message: 'not a regular file or directory'})
      return
    }
    let entries: Dirent[]
    try {
      entries = await readdir(path, {withFileTypes: true})
    } catch (error) {
      errors.push({path, message: message(error)})
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      // Symbolic links inside a tree are not followed: they can loop or leave the tree.
      if (entry.isDirectory() || entry.isFile()) await visit(join(path, entry.name))
    }
  }
  for (const input of inputs) {
    if (input === STDIN) sources.push({path: STDIN})
    else await visit(input)
  }
  return sources
}

/** The bytes of a stream, gunzipped when they start with the gzip magic number. */
async function* decompressed(raw: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const iterator = raw[Symbol.asyncIterator]()
  const first = await iterator.next()
  if (first.done === true) return
  const head: Buffer = first.value
  if (head.length < 2 || head[0] !== 0x1f || head[1] !== 0x8b) {
    yield head
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value
    return
  }
  const gunzip = createGunzip()
  const pump = (async () => {
    try {
      let chunk: Buffer | undefined = head
      while (chunk !== undefined && !gunzip.destroyed) {
        if (!gunzip.write(chunk)) {
          await new Promise<void>((resolve) => {
            gunzip.once('drain', resolve)
            gunzip.once('close', resolve)
          })
        }
        const next = await iterator.next()
        chunk = next.done === true ? undefined : next.value
      }
      if (!gunzip.destroyed) gunzip.end()
    } catch (error) {
      gunzip.destroy(error instanceof Error ? error : new Error(String(error)))
    }
  })()
  try {
    for await (const chunk of gunzip) yield chunk as Buffer
  } finally {
    gunzip.destroy()
    await pump
  }
}

export async function scanInputs(options: ScanInputsOptions): Promise<ScanResult> {
  if (options.inputs.length === 0) {
    throw new UserError('usage', 'Nothing to scan.', {hints: ['Pass one or more files or directories, or - to read standard input.']})
  }
  const now = options.now ?? (() => performance.now())
  const started = now()
  const collect = options.collect ?? true
  const stats: ScanStats = {files: 0, bytes: 0, lines: 0, skippedBinary: 0, errors: [], durationMs: 0}
  const findings: LocatedFinding[] = []
  const sources = await collectSources(options.inputs, stats.errors)
  const total = sources.every((s) => s.size !== undefined) ? sources.reduce((sum, s) => sum + (s.size ?? 0), 0) : undefined
  let read = 0
  const progress = (n: number): void => {
    read += n
    options.onProgress?.(read, total)
  }
  const emit = (path: string, batch: readonly Finding[]): void => {
    for (const finding of batch) {
      const located: LocatedFinding = {path, ...finding}
      options.onFinding?.(located)
      if (collect) findings.push(located)
    }
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
  const regular = sources.filter((source) => source.path !== STDIN && (source.size ?? 0) < parallel.threshold)
  if (spec !== undefined && parallel.threads >= 2 && regular.length > 1 && regular.reduce((sum, source) => sum + (source.size ?? 0), 0) >= parallel.threshold) {
    pool = new SegmentPool(spec, parallel.threads)
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
  const scanSplit = async (source: Source): Promise<boolean> => {
    const whole = wholeFiles.get(source)
    let results: SegmentResult[]
    if (whole !== undefined) {
      results = await whole
      if (results.length === 0) return false
      progress(source.size ?? 0)
    } else {
      if (spec === undefined || parallel.threads < 2 || source.path === STDIN || (source.size ?? 0) < parallel.threshold) return false
      if (!(await splittable(source.path))) return false
      const jobs = await planSegments(source.path, source.size ?? 0, parallel)
      pool ??= new SegmentPool(spec, parallel.threads)
      const running = pool
      results = await Promise.all(
        jobs.map(async (job) => {
          const result = await running.run(job)
          progress(job.ownEnd - job.ownStart)
          return result
        }),
      )
    }
    cancelIfAborted()
    const batch: Finding[] = []
    let firstLine = 1
    for (const result of results) {
      for (const d of result.detections) {
        d.line += firstLine - 1
        if (d.endLine !== undefined) d.endLine += firstLine - 1
      }
      batch.push(...options.scanner.finalize(result.detections))
      stats.lines += result.ownLines
      firstLine += result.ownBreaks
    }
    emit(source.path, batch.sort(byPosition))
    stats.bytes += source.size ?? 0
    stats.files++
    return true
  }

  try {
    for (const source of sources) await scanSource(source)
  } finally {
    await pool?.close()
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
      stats.errors.push({path: source.path, message: message(error)})
      findings.length = mark
      return
    }
    const input = options.scanner.begin()
    let stream: Readable | undefined
    let binary = false
    let scanned = false
    try {
      stream = source.path === STDIN ? (options.stdin ?? process.stdin) : createReadStream(source.path, {highWaterMark: READ_CHUNK})
      const counted = countBytes(stream as AsyncIterable<Buffer>, progress)
      const decoder = new Utf8Pieces()
      let first = true
      for await (const chunk of decompressed(counted)) {
        if (first) {
          first = false
          if (looksBinary(chunk)) {
            binary = true
            break
          }
        }
        cancelIfAborted()
        scanned = true
        stats.bytes += chunk.length
        for (const piece of decoder.decode(chunk)) emit(source.path, input.push(piece))
      }
      if (!binary) for (const piece of decoder.end()) emit(source.path, input.push(piece))
    } catch (error) {
      if (error instanceof CancelledError) throw error
      stats.errors.push({path: source.path, message: message(error)})
    } finally {
      if (source.path !== STDIN) stream?.destroy()
    }
    if (binary) {
      stats.skippedBinary++
      return
    }
    // What was read before an error is still reported: a corrupt gzip's good prefix, for one.
    emit(source.path, input.end())
    if (collect) findings.slice(mark).sort(byPosition).forEach((finding, i) => (findings[mark + i] = finding))
    if (scanned || source.size === 0 || source.path === STDIN) stats.files++
    stats.lines += input.lines
  }
}

async function* countBytes(source: AsyncIterable<Buffer>, progress: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    progress(chunk.length)
    yield chunk
  }
}
