/**
 * The scanner's I/O: walks files and directories (following symbolic links, never in a loop),
 * reads stdin and pipes, decompresses gzip, skips binary files, decodes UTF-8 or UTF-16 (invalid
 * sequences become U+FFFD) and streams the text through a Scanner. Memory stays bounded by one
 * read chunk plus the scanner's window, whatever the input size. A bad input (unreadable, corrupt
 * gzip, a dangling link) or bad text in one (invalid UTF-8, lines of a JSON Lines file that are
 * not JSON) is recorded in `stats.errors` with its path and the scan goes on.
 */
import type {Dirent} from 'node:fs'
import {createReadStream} from 'node:fs'
import {open, readdir, readlink, realpath, stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import type {Readable} from 'node:stream'
import {createGunzip} from 'node:zlib'
import type {Finding} from '../../domain/scan/types.js'
import type {Scanner} from '../../domain/scan/engine.js'
import {startsJsonDocument} from '../../domain/scan/session.js'
import {CancelledError, UserError} from '../../errors.js'
import type {TextPieces} from './decode.js'
import {Utf16Pieces, Utf8Pieces} from './decode.js'
import type {ParallelOptions, SegmentResult} from './segments.js'
import {SegmentPool, planSegments} from './segments.js'
import type {TextProblems} from './text-checks.js'
import {TextChecks, describeProblems, isJsonLinesName, joinProblems} from './text-checks.js'

/** The path given for standard input. */
export const STDIN = '-'

export interface LocatedFinding extends Finding {
  /** The input the finding is in: a path as given or found under a given directory, or `-`. */
  path: string
}

export interface ScanError {
  path: string
  message: string
  /**
   * Set for a problem in the text of an input that was read to its end (invalid UTF-8, lines of a
   * JSON Lines file that are not JSON): the line where it first shows. Absent when the input
   * could not be read, or not all of it.
   */
  line?: number
}

export interface ScanStats {
  /** Inputs scanned as text (stdin counts as one). */
  files: number
  /** Bytes of text scanned, after decompression. */
  bytes: number
  lines: number
  skippedBinary: number
  /** Pipes, sockets and devices found in a directory: not read (one named on the command line is). */
  skippedSpecial?: number
  /** Directories reached again through a symbolic link (a loop, or one already scanned): walked once. */
  skippedRepeated?: number
  /** Files reached again by another path (a link to one already taken, or named twice): scanned once. */
  skippedRepeatedFiles?: number
  errors: ScanError[]
  durationMs: number
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
    if (bytesRead === 0 || (bytes[0] === 0x1f && bytes[1] === 0x8b) || textKind(bytes).kind !== 'utf-8') return false
    // A whole file goes to one worker as it is: only gzip, binary and UTF-16 files need this thread.
    if (whole) return true
    const nl = bytes.indexOf(0x0a)
    return nl >= 0 && !startsJsonDocument(new TextDecoder().decode(bytes.subarray(0, nl)).replace(/\r$/, ''))
  } finally {
    await file.close()
  }
}

const READ_CHUNK = 1 << 20
const MIN_READ_CHUNK = 16 << 10
const SNIFF = 8000

interface Source {
  path: string
  /** Known for a regular file. */
  size?: number
  /** Read as standard input is, to its end: `-`, or a pipe or a device named on the command line. */
  stream?: boolean
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

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/** UTF-16 text whose units are mostly ASCII: no NUL unit, at least 90 % printable ASCII units. */
function asciiUtf16(head: Uint8Array, from: number, littleEndian: boolean, share: number): boolean {
  const n = (Math.min(head.length, SNIFF) - from) >> 1
  let ascii = 0
  for (let i = 0; i < n; i++) {
    const a = head[from + 2 * i] ?? 0
    const b = head[from + 2 * i + 1] ?? 0
    const [low, high] = littleEndian ? [a, b] : [b, a]
    if (low === 0 && high === 0) return false
    if (high === 0 && (low === 9 || low === 10 || low === 13 || (low >= 32 && low < 127))) ascii++
  }
  return ascii >= share * n
}

/**
 * How an input's first bytes say to read it: UTF-16 with a byte order mark (FF FE, FE FF) whose
 * text is not binary, or without one when it is clearly UTF-16 (mostly ASCII, every other byte
 * zero); binary (see looksBinary); otherwise UTF-8. `bom` is the length of a UTF-16 byte order
 * mark to drop (the UTF-8 decoder drops its own).
 */
export function textKind(head: Uint8Array): {kind: TextEncoding | 'binary'; bom: number} {
  const le = head[0] === 0xff && head[1] === 0xfe
  if (le || (head[0] === 0xfe && head[1] === 0xff)) {
    // The text after the mark may be anything but NUL units or mostly control characters (FF FE 00 00 is UTF-32).
    if (asciiUtf16(head, 2, le, 0) && !looksBinary(Buffer.from(new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(head.subarray(2, SNIFF))))) {
      return {kind: le ? 'utf-16le' : 'utf-16be', bom: 2}
    }
    return {kind: 'binary', bom: 0}
  }
  if (head.length >= 8) {
    if (asciiUtf16(head, 0, true, 0.9)) return {kind: 'utf-16le', bom: 0}
    if (asciiUtf16(head, 0, false, 0.9)) return {kind: 'utf-16be', bom: 0}
  }
  return {kind: looksBinary(head) ? 'binary' : 'utf-8', bom: 0}
}

interface Walk {
  sources: Source[]
  stats: ScanStats
  /** Real paths of the directories walked: one reached again through a link is not walked twice. */
  walked: Set<string>
  /** Device and inode of the files taken: one reached by a second path (a link, named twice) is scanned once. */
  files: Set<string>
}

/** Takes a regular file once, under the first path it was reached by. */
function addFile(walk: Walk, path: string, info: {dev: number; ino: number; size: number}): void {
  const id = `${info.dev}:${info.ino}`
  if (walk.files.has(id)) {
    walk.stats.skippedRepeatedFiles = (walk.stats.skippedRepeatedFiles ?? 0) + 1
    return
  }
  walk.files.add(id)
  walk.sources.push({path, size: info.size})
}

async function walkDirectory(walk: Walk, path: string): Promise<void> {
  const {stats} = walk
  let entries: Dirent[]
  try {
    const real = await realpath(path)
    if (walk.walked.has(real)) {
      stats.skippedRepeated = (stats.skippedRepeated ?? 0) + 1
      return
    }
    walk.walked.add(real)
    entries = await readdir(path, {withFileTypes: true})
  } catch (error) {
    stats.errors.push({path, message: message(error)})
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const child = join(path, entry.name)
    if (entry.isDirectory()) await walkDirectory(walk, child)
    else if (entry.isFile() || entry.isSymbolicLink()) await walkEntry(walk, child, entry.isSymbolicLink())
    else stats.skippedSpecial = (stats.skippedSpecial ?? 0) + 1
  }
}

/** A file or a symbolic link found in a directory: a link is followed, and scanned under its own path. */
async function walkEntry(walk: Walk, path: string, link: boolean): Promise<void> {
  const {stats} = walk
  let info
  try {
    info = await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (link && code === 'ENOENT') {
      const target = await readlink(path).catch(() => undefined)
      stats.errors.push({path, message: target === undefined ? 'dangling symbolic link' : `dangling symbolic link to ${target}`})
    } else if (link && code === 'ELOOP') {
      stats.errors.push({path, message: 'symbolic link loop'})
    } else {
      stats.errors.push({path, message: message(error)})
    }
    return
  }
  if (info.isFile()) addFile(walk, path, info)
  else if (info.isDirectory()) await walkDirectory(walk, path)
  else stats.skippedSpecial = (stats.skippedSpecial ?? 0) + 1
}

/** Why a path named on the command line cannot be read: a dangling link says where it points. */
async function danglingLink(path: string, error: unknown): Promise<string> {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    const target = await readlink(path).catch(() => undefined)
    if (target !== undefined) return `dangling symbolic link to ${target}`
  }
  return message(error)
}

async function collectSources(inputs: readonly string[], stats: ScanStats): Promise<Source[]> {
  const walk: Walk = {sources: [], stats, walked: new Set(), files: new Set()}
  for (const input of inputs) {
    if (input === STDIN) {
      walk.sources.push({path: STDIN, stream: true})
      continue
    }
    let info
    try {
      info = await stat(input)
    } catch (error) {
      stats.errors.push({path: input, message: await danglingLink(input, error)})
      continue
    }
    if (info.isFile()) addFile(walk, input, info)
    else if (info.isDirectory()) await walkDirectory(walk, input)
    // Named on the command line, a pipe (`<(cmd)`, a FIFO) or a device is read like standard input.
    else if (info.isFIFO() || info.isCharacterDevice()) walk.sources.push({path: input, stream: true})
    else stats.errors.push({path: input, message: 'not a regular file, directory or pipe'})
  }
  return walk.sources
}

/** The first chunk at least `min` bytes long (or the whole stream), so it says what the input is. */
async function* sniffable(chunks: AsyncIterable<Buffer>, min: number): AsyncGenerator<Buffer> {
  const first: Buffer[] = []
  let length = 0
  let gathering = true
  for await (const chunk of chunks) {
    if (!gathering) {
      yield chunk
      continue
    }
    first.push(chunk)
    length += chunk.length
    if (length >= min) {
      gathering = false
      yield first.length === 1 ? chunk : Buffer.concat(first)
    }
  }
  if (gathering && length > 0) yield Buffer.concat(first)
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
  const stats: ScanStats = {files: 0, bytes: 0, lines: 0, skippedBinary: 0, skippedSpecial: 0, skippedRepeated: 0, skippedRepeatedFiles: 0, errors: [], durationMs: 0}
  const findings: LocatedFinding[] = []
  const sources = await collectSources(options.inputs, stats)
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
  const regular = sources.filter((source) => source.stream !== true && (source.size ?? 0) < parallel.threshold)
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
  const reportProblems = (path: string, problems: TextProblems): void => {
    for (const problem of describeProblems(problems)) stats.errors.push({path, ...problem})
  }
  const scanSplit = async (source: Source): Promise<boolean> => {
    const whole = wholeFiles.get(source)
    let results: SegmentResult[]
    if (whole !== undefined) {
      results = await whole
      if (results.length === 0) return false
      progress(source.size ?? 0)
    } else {
      if (spec === undefined || parallel.threads < 2 || source.stream === true || (source.size ?? 0) < parallel.threshold) return false
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
    reportProblems(source.path, joinProblems(results))
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
      stats.errors.push({path: source.path, message: message(error)})
      failed = true
    } finally {
      if (source.path !== STDIN) stream?.destroy()
    }
    if (binary) {
      stats.skippedBinary++
      return
    }
    // What was read before an error is still reported: a corrupt gzip's good prefix, for one.
    emit(source.path, input.end())
    // An input not read to its end is reported as such; its cut-off last line is no text problem.
    if (decoder !== undefined && !failed) reportProblems(source.path, checks.result(decoder.encoding))
    if (collect) findings.slice(mark).sort(byPosition).forEach((finding, i) => (findings[mark + i] = finding))
    if (scanned || source.size === 0 || source.stream === true) stats.files++
    stats.lines += input.lines
  }
}

async function* countBytes(source: AsyncIterable<Buffer>, progress: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    progress(chunk.length)
    yield chunk
  }
}
