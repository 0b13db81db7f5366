/**
 * Scanning one large plain-text file on several threads. The file is cut at line breaks into
 * segments; a thread (this one or a worker) scans each segment with some lines of context before and after it (so a
 * PEM block, an AWS secret near its id or a re-wrapped prompt that crosses a cut is seen whole)
 * and posts back the detections that start in its own segment, with line numbers relative to
 * where it started reading. Raw values stay inside this process: the main thread fingerprints
 * them (the HMAC key never goes to a worker), numbers the lines and keeps them in file order.
 */
import {createReadStream, read} from 'node:fs'
import type {FileHandle} from 'node:fs/promises'
import {open} from 'node:fs/promises'
import {Worker} from 'node:worker_threads'

import type {ScannerSpec} from '../../domain/scan/engine.js'
import {createDetectionSessions} from '../../domain/scan/engine.js'
import type {Detection} from '../../domain/scan/types.js'
import {shiftLines} from '../../domain/scan/pairs.js'
import {BugError} from '../../errors.js'
import {Utf8Pieces} from './decode.js'
import type {PackedDetections} from './detection-transfer.js'
import {unpackDetections} from './detection-transfer.js'
import type {TextProblems} from './text-checks.js'
import {TextChecks, isJsonLinesName} from './text-checks.js'

export interface ParallelOptions {
  /** Threads: the calling one and `threads - 1` workers; 0 or 1 scans on the calling thread only. */
  threads: number
  /** Files at least this large (bytes) are split. */
  threshold: number
  /** Bytes per segment. */
  segmentBytes: number
  /** Bytes of context read before and after each segment. */
  overlapBytes: number
}

/** One segment of a file, all offsets at line starts (or the file's end). */
export interface SegmentJob {
  path: string
  /**
   * The file opened once on the main thread for the whole scan: every thread reads through it
   * (worker threads share the process's descriptors), so a file renamed, replaced or deleted
   * meanwhile is still the one read. Without it the segment is opened by its path.
   */
  fd?: number
  /** Where reading starts (the context before the segment). */
  readStart: number
  /** The segment the worker reports on: [ownStart, ownEnd). */
  ownStart: number
  ownEnd: number
  /** Where reading ends (the context after it). */
  readEnd: number
  /** The file's last segment: its last line may lack a line break. */
  last: boolean
}

export interface SegmentResult {
  detections: Detection[]
  /** Line breaks in [ownStart, ownEnd). */
  ownBreaks: number
  /** Lines of the segment counted as the single-threaded scan counts them (for the last one, a final unterminated line too). */
  ownLines: number
  /** Invalid UTF-8 and, in a JSON Lines file, lines that cannot be JSON, in [ownStart, ownEnd); lines from the segment's first. */
  problems: TextProblems
  /** Bytes of [ownStart, ownEnd) read: fewer when the file ended sooner (it was cut short while scanned). */
  ownRead: number
  /** The file ended before this segment's planned end, inside or at the end of its own part: it was scanned as the file's last. */
  ended: boolean
}

/** A segment's result as a worker posts it: its detections packed, or (when they cannot be) as they are. */
export type PostedResult = Omit<SegmentResult, 'detections'> & ({detections: Detection[]; packed?: undefined} | {packed: PackedDetections; detections?: undefined})

const CUT_PROBE = 64 << 10
/** Bytes per read when this thread scans a segment (a worker waits for its next job at most one read's scan). */
const LOCAL_READ = 256 << 10

/** The first line start at or after `at` (the offset after the next line break), or `size`. */
async function lineStartFrom(file: FileHandle, at: number, size: number): Promise<number> {
  if (at <= 0) return 0
  const buffer = Buffer.alloc(CUT_PROBE)
  for (let from = at - 1; from < size; from += CUT_PROBE) {
    const {bytesRead} = await file.read(buffer, 0, CUT_PROBE, from)
    if (bytesRead === 0) break
    const nl = buffer.subarray(0, bytesRead).indexOf(0x0a)
    if (nl >= 0) return Math.min(size, from + nl + 1)
  }
  return size
}

/**
 * Cuts a file into segments at line breaks; a line longer than a segment stays whole. Each
 * segment is half of an even share of what is left (the rest over twice the threads), between a
 * quarter of `segmentBytes` and four times it (ADR 0035): the first segments are large, so a large
 * file has fewer cuts, each of which reads `overlapBytes` of context on both sides again (69
 * segments of the bench's 254 MiB file re-read 8.5 MiB, 26 re-read 3.1 MiB); the last ones are
 * small, so the threads finish within a quarter segment of each other instead of one waiting for
 * another's whole last segment (ADR 0027).
 */
export async function planSegments(path: string, size: number, options: ParallelOptions, opened?: FileHandle): Promise<SegmentJob[]> {
  const file = opened ?? (await open(path, 'r'))
  try {
    const cuts = [0]
    const shares = 2 * Math.max(1, options.threads)
    const least = Math.max(1, options.segmentBytes >> 2)
    const most = options.segmentBytes * 4
    while ((cuts[cuts.length - 1] ?? size) < size) {
      const previous = cuts[cuts.length - 1] ?? 0
      const step = Math.min(most, Math.max(least, Math.floor((size - previous) / shares)))
      cuts.push(Math.max(previous + 1, await lineStartFrom(file, previous + step, size)))
    }
    const jobs: SegmentJob[] = []
    for (let i = 0; i + 1 < cuts.length; i++) {
      const ownStart = cuts[i] ?? 0
      const ownEnd = cuts[i + 1] ?? size
      jobs.push({
        path,
        ...(opened === undefined ? {} : {fd: opened.fd}),
        readStart: ownStart === 0 ? 0 : await lineStartFrom(file, Math.max(0, ownStart - options.overlapBytes), size),
        ownStart,
        ownEnd,
        readEnd: ownEnd >= size ? size : await lineStartFrom(file, ownEnd + options.overlapBytes, size),
        last: ownEnd >= size,
      })
    }
    return jobs
  } finally {
    if (opened === undefined) await file.close()
  }
}

function readAt(fd: number, buffer: Buffer, position: number): Promise<number> {
  return new Promise((resolve, reject) => read(fd, buffer, 0, buffer.length, position, (error, bytesRead) => (error === null ? resolve(bytesRead) : reject(error))))
}

/** The bytes [readStart, readEnd) of a job's file, in reads of `readBytes`; fewer if the file ends sooner. */
async function* segmentBytes(job: SegmentJob, readBytes: number): AsyncIterable<Buffer> {
  if (job.readEnd <= job.readStart) return
  if (job.fd === undefined) {
    yield* createReadStream(job.path, {start: job.readStart, end: job.readEnd - 1, highWaterMark: readBytes}) as AsyncIterable<Buffer>
    return
  }
  // Positional reads: the descriptor has no position shared between the threads reading it.
  for (let at = job.readStart; at < job.readEnd; ) {
    const buffer = Buffer.allocUnsafe(Math.min(readBytes, job.readEnd - at))
    const bytesRead = await readAt(job.fd, buffer, at)
    if (bytesRead === 0) return
    yield buffer.subarray(0, bytesRead)
    at += bytesRead
  }
}

function countBreaks(chunk: Buffer): number {
  let n = 0
  for (let at = chunk.indexOf(0x0a); at >= 0; at = chunk.indexOf(0x0a, at + 1)) n++
  return n
}

/**
 * The detectors of each spec, built once per thread: a worker scans many segments, and building
 * the rules' regexes, the keyword automaton and the prompt index for each would cost it more than
 * a segment's scan.
 */
const detectorsOf = new WeakMap<ScannerSpec, ReturnType<typeof createDetectionSessions>>()

/** Scans one segment (in a worker, or on the calling thread): the worker's whole job. */
export async function scanSegment(spec: ScannerSpec, job: SegmentJob, readBytes = 1 << 20): Promise<SegmentResult> {
  let sessions = detectorsOf.get(spec)
  if (sessions === undefined) {
    sessions = createDetectionSessions(spec)
    detectorsOf.set(spec, sessions)
  }
  const session = sessions({lines: job.ownStart > 0})
  const decoder = new Utf8Pieces()
  const checks = new TextChecks(isJsonLinesName(job.path))
  const found: Detection[] = []
  let leadBreaks = 0
  let ownBreaks = 0
  let at = job.readStart
  const scan = (pieces: string[], own: boolean): void => {
    checks.decoded(decoder, pieces, session.lines - leadBreaks, own)
    for (const piece of pieces) found.push(...session.push(piece))
  }
  for await (const chunk of segmentBytes(job, readBytes)) {
    const lead = Math.max(0, Math.min(chunk.length, job.ownStart - at))
    const own = Math.max(0, Math.min(chunk.length, job.ownEnd - at) - lead)
    if (lead > 0) leadBreaks += countBreaks(chunk.subarray(0, lead))
    if (own > 0) ownBreaks += countBreaks(chunk.subarray(lead, lead + own))
    at += chunk.length
    // The context before, the segment and the context after are decoded apart, so what the
    // decoder finds is counted for the part it is in: each cut follows a line break, where the
    // decoder holds nothing.
    if (lead > 0) scan(decoder.decode(chunk.subarray(0, lead)), false)
    if (own > 0) scan(decoder.decode(chunk.subarray(lead, lead + own)), true)
    if (lead + own < chunk.length) scan(decoder.decode(chunk.subarray(lead + own)), false)
  }
  // A file cut short while scanned ends here if it ended before the segment's own end: its last
  // line, maybe cut, is scanned as the one-thread scan scans the end it reaches.
  const ended = at < job.readEnd && at <= job.ownEnd
  const last = job.last || ended
  scan(decoder.end(), last)
  found.push(...session.end())
  const first = leadBreaks + 1
  const lastOwn = last ? Infinity : leadBreaks + ownBreaks
  const detections = found.filter((d) => d.line >= first && d.line <= lastOwn)
  for (const d of detections) shiftLines(d, -leadBreaks)
  return {
    detections,
    ownBreaks,
    ownLines: last ? session.lines - leadBreaks : ownBreaks,
    problems: checks.result(decoder.encoding, last),
    ownRead: Math.max(0, Math.min(at, job.ownEnd) - job.ownStart),
    ended,
  }
}

interface Pending {
  resolve: (result: SegmentResult) => void
  reject: (error: Error) => void
}

/** Whether two specs build the same detectors: the same prompts (name and text, in order) and options. */
function sameSpec(a: ScannerSpec, b: ScannerSpec): boolean {
  return (
    a.prompts.length === b.prompts.length &&
    a.prompts.every((p, i) => p.name === b.prompts[i]?.name && p.text === b.prompts[i]?.text) &&
    JSON.stringify([a.promptOptions, a.limits]) === JSON.stringify([b.promptOptions, b.limits])
  )
}

/** What the pool posts to a worker: the spec its detectors are built for (once, first), then segments. */
export type WorkerMessage = {spec: ScannerSpec; job?: undefined} | {job: SegmentJob; spec?: undefined}

/** Builds this thread's detectors for `spec` now, not at its first segment (a worker does so while the main thread still starts up). */
export function prepareDetectors(spec: ScannerSpec): void {
  if (!detectorsOf.has(spec)) detectorsOf.set(spec, createDetectionSessions(spec))
}

/**
 * A fixed set of threads running scanSegment: this thread and `threads - 1` workers. Jobs are
 * handed out in order as threads free up. This thread takes its share between its reads (a
 * segment's scan awaits each chunk, so workers are served meanwhile): its code is already
 * compiled and its detectors built, where a worker first loads the rules and warms up, so two
 * threads cost one worker's start, not two.
 *
 * The workers can be started before the scanner exists (`start()`, then `use(spec)`): a worker
 * takes about as long to load the bundle as the main thread takes to build its scanner, and then
 * builds its own detectors as soon as the spec comes (ADR 0032).
 */
export class SegmentPool {
  private readonly workers: Worker[] = []
  private readonly idle: Worker[] = []
  private readonly queue: Array<{job: SegmentJob; pending: Pending}> = []
  private readonly running = new Map<Worker, Pending>()
  private localBusy = false
  /** The scanner this thread scans with. */
  private spec: ScannerSpec | undefined
  /** The spec the workers were sent (an equal one may come before the scanner exists). */
  private posted: ScannerSpec | undefined

  constructor(private readonly threads: number) {}

  /**
   * Starts every worker now. Given the spec the scanner will have (the same prompts and options),
   * they build their detectors at once; use() then sends the scanner's own spec only if it differs.
   */
  start(spec?: ScannerSpec): this {
    this.posted = spec
    while (this.workers.length < this.threads - 1) this.idle.push(this.spawn())
    return this
  }

  /** The scanner whose detectors every thread runs; set once, before the first job. */
  use(spec: ScannerSpec): void {
    if (this.spec === spec) return
    if (this.spec !== undefined) throw new BugError('A scan thread pool was given a second scanner.')
    this.spec = spec
    if (this.posted !== undefined && sameSpec(this.posted, spec)) return
    this.posted = spec
    for (const worker of this.workers) worker.postMessage({spec} satisfies WorkerMessage)
  }

  run(job: SegmentJob): Promise<SegmentResult> {
    if (this.spec === undefined) return Promise.reject(new BugError('A scan thread pool was given a segment before its scanner.'))
    return new Promise((resolve, reject) => {
      this.queue.push({job, pending: {resolve, reject}})
      this.next()
    })
  }

  /** Stops the workers; the promise settles once they are gone, and never rejects. */
  async close(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.terminate()))
  }

  private next(): void {
    const spec = this.spec
    // run() refuses a job before use(): with no spec there is nothing queued.
    if (spec === undefined) return
    while (this.queue.length > 0) {
      if (!this.localBusy) {
        const item = this.queue.shift()
        if (item === undefined) return
        this.localBusy = true
        // Smaller reads on this thread: the workers' results and next jobs are handled between them.
        scanSegment(spec, item.job, LOCAL_READ).then(
          (result) => {
            this.localBusy = false
            item.pending.resolve(result)
            this.next()
          },
          (error: unknown) => {
            this.localBusy = false
            item.pending.reject(error instanceof Error ? error : new Error(String(error)))
            this.next()
          },
        )
        continue
      }
      let worker = this.idle.pop()
      if (worker === undefined && this.workers.length < this.threads - 1) worker = this.spawn()
      if (worker === undefined) return
      const item = this.queue.shift()
      if (item === undefined) return
      this.running.set(worker, item.pending)
      worker.postMessage({job: item.job} satisfies WorkerMessage)
    }
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./segment-worker.js', import.meta.url))
    this.workers.push(worker)
    const spec = this.posted ?? this.spec
    if (spec !== undefined) worker.postMessage({spec} satisfies WorkerMessage)
    worker.on('message', (message: {result?: PostedResult; error?: string}) => {
      const pending = this.running.get(worker)
      this.running.delete(worker)
      this.idle.push(worker)
      // The worker's next job first: it scans while this thread unpacks.
      this.next()
      // A segment worker runs pl's own scanner on bytes already read: its failure is pl's bug.
      if (message.result === undefined) pending?.reject(new BugError(`A scan worker failed: ${message.error ?? 'no reason given'}.`))
      else {
        const {packed, detections, ...rest} = message.result
        try {
          pending?.resolve({...rest, detections: packed === undefined ? detections : unpackDetections(packed)})
        } catch (error) {
          pending?.reject(new BugError(`A scan worker's detections could not be read: ${error instanceof Error ? error.message : String(error)}.`, {cause: error}))
        }
      }
    })
    worker.on('error', (error) => {
      const pending = this.running.get(worker)
      this.running.delete(worker)
      this.workers.splice(this.workers.indexOf(worker), 1)
      // A worker started ahead (start()) may fail while idle: it must not be handed a job.
      if (this.idle.includes(worker)) this.idle.splice(this.idle.indexOf(worker), 1)
      pending?.reject(error)
      this.next()
    })
    // A worker stopped (close()) while it scanned: its job settles, so that whoever waits for
    // every segment before closing the file they read (reader.ts) is not kept waiting.
    worker.on('exit', () => {
      const pending = this.running.get(worker)
      this.running.delete(worker)
      pending?.reject(new BugError('A scan worker stopped before it finished its segment.'))
    })
    return worker
  }
}
