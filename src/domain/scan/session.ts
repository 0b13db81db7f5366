/**
 * Scanning one input, fed as text in arbitrary pieces: lines are gathered into blocks so the
 * detectors and their keyword prefilter run over large strings, very long lines are scanned in
 * overlapping windows (memory stays bounded by the window, not the line), JSON lines and
 * pretty-printed JSON documents get the JSONPath of each hit, and known prompts are matched across
 * line breaks. Pure: the caller reads bytes, decodes them and pushes the text.
 */
import type {Detector, PromptWords, RuleHit} from './detect.js'
import {escapeView, escapeViewOfLines} from './detect.js'
import {JsonPathCursor, jsonValueSpans, looksLikeJson, pathAt} from './json-path.js'
import type {JsonPlace, ValueSpan} from './json-path.js'
import {ExchangeRecord, channelOfPath, channelOfPlace} from '../replay/channel.js'
import type {Channel} from '../replay/channel.js'
import {linkPairs} from './pairs.js'
import {PromptStream} from './prompts.js'
import type {PromptHit, PromptIndex} from './prompts.js'
import {tenantOf} from '../tenant.js'
import type {Detection} from './types.js'
import {WordList} from './words.js'

export interface SessionLimits {
  /** Lines longer than this (in characters) are scanned in windows of this size. */
  maxLineLength?: number
  /** Overlap between windows: longer than any single secret (a PEM key with escaped newlines). */
  windowOverlap?: number
  /** Characters of lines gathered before the detectors run. */
  blockSize?: number
  /** A pretty-printed JSON document up to this many characters is parsed whole for paths. */
  maxJsonDocument?: number
}

const LIMITS: Required<SessionLimits> = {
  maxLineLength: 1 << 20,
  windowOverlap: 16 << 10,
  blockSize: 256 << 10,
  maxJsonDocument: 16 << 20,
}

/** Lines whose tenant is remembered for prompt copies that end later (far more than a match spans). */
const TENANT_MEMORY = 1 << 16

/** How long a block may grow past blockSize while a PEM block is still open. */
const PEM_SLACK = 64 << 10

type Mode = 'start' | 'document' | 'lines'

export class ScanSession {
  private readonly limits: Required<SessionLimits>
  private readonly prompts: PromptStream | undefined
  /** With prompts: their words in a block, read by the detector's keyword pass (ADR 0031). */
  private readonly promptWords: PromptWords | undefined
  private mode: Mode = 'start'
  /** The current, incomplete line (or what is left of it after windows were scanned). */
  private pending = ''
  /** Column offset of `pending` in its line: non-zero once windows of a long line were scanned. */
  private pendingOffset = 0
  /** Where, in the current long line, reported hits end: later windows do not report inside it. */
  private reportedEnd = 0
  /** The JSON paths of the current long line, read window by window (when it starts like JSON). */
  private longLinePaths: JsonPathCursor | undefined
  private longLinePromptPaths: JsonPathCursor | undefined
  /**
   * In the current long JSON line: the places of the values prompt copies were located in (by
   * path: a path names one value of a record), and the copies found, held until the line ends so
   * their channels read the roles that come after them.
   */
  private longLinePlaces = new Map<string, JsonPlace>()
  private longLineHeld: Detection[] = []
  /**
   * The tenant the current long line names (the first one on it, read window by window), and the
   * findings of its earlier windows held until it is known or the line ends: a record's tenant may
   * come after the long value that leaked.
   */
  private longLineTenant: string | undefined
  private longLineWaiting: Detection[] = []
  private lineNo = 1
  private block: string[] = []
  private blockChars = 0
  private blockFirstLine = 1
  /**
   * The block's text as it is gathered, without a copy per line: finished runs of lines, and the
   * current run, lines that lie one after the other in one pushed piece (`runPiece`), kept as
   * offsets in it and cut out once. A line that is not such a slice (one continued from the
   * previous piece, one whose `\r` was dropped) is a run of its own.
   */
  private runs: string[] = []
  private runText = ''
  private runPiece = -1
  private runStart = 0
  private runEnd = 0
  /** Pieces pushed so far, and where in the current piece the line being completed lies (piece -1: in none). */
  private pieces = 0
  private linePiece = -1
  private lineStart = 0
  private lineText = ''
  private pemOpen = false
  private document: string[] = []
  private documentChars = 0
  private documentSpans: ValueSpan[] | null = null
  private documentLineStarts: number[] = []
  private documentFirstLine = 1
  /** The tenant a pretty-printed JSON document being scanned names (the document is one record). */
  private documentTenant: string | undefined
  /** The pretty-printed JSON document being scanned, as the record that tells its copies' channels. */
  private documentRecord: RecordChannels | undefined
  /** Tenants of recent lines that name one, for prompt copies reported after their first line. */
  private readonly lineTenants = new Map<number, string>()
  private finished = false

  constructor(
    private readonly detector: Detector,
    promptIndex?: PromptIndex,
    limits: SessionLimits = {},
    /** `lines`: the input is known to be lines, not a pretty-printed JSON document (a later part of a file). */
    mode: 'start' | 'lines' = 'start',
  ) {
    this.mode = mode
    this.limits = {...LIMITS, ...limits}
    this.prompts = promptIndex !== undefined && promptIndex.size > 0 ? new PromptStream(promptIndex) : undefined
    this.promptWords = this.prompts !== undefined && promptIndex !== undefined ? {vocabulary: promptIndex.vocabulary, minRun: promptIndex.options.k, list: new WordList()} : undefined
  }

  /**
   * Characters held between pushes: the incomplete line, the block and a JSON document being
   * gathered. Bounded by the limits (window, block, document) plus one pushed piece, however long
   * a line is.
   */
  get buffered(): number {
    return this.pending.length + this.blockChars + this.documentChars
  }

  /** Lines seen so far (a last line without a line break counts once the input ends). */
  get lines(): number {
    return this.lineNo - 1
  }

  push(text: string): Detection[] {
    const out: Detection[] = []
    let from = 0
    const piece = ++this.pieces
    for (let nl = text.indexOf('\n', from); nl >= 0; nl = text.indexOf('\n', from)) {
      const slice = text.slice(from, nl)
      const continued = this.pending.length > 0
      const line = continued ? this.pending + slice : slice
      this.pending = ''
      const cr = line.charCodeAt(line.length - 1) === 13
      if (!continued && !cr) {
        this.linePiece = piece
        this.lineStart = from
        this.lineText = text
      }
      this.completeLine(cr ? line.slice(0, -1) : line, out)
      this.linePiece = -1
      from = nl + 1
    }
    if (from < text.length) {
      this.pending += text.slice(from)
      if (this.pending.length > this.limits.maxLineLength) this.scanWindows(out)
    }
    return out
  }

  end(): Detection[] {
    if (this.finished) return []
    this.finished = true
    const out: Detection[] = []
    if (this.pending.length > 0 || this.pendingOffset > 0) {
      const line = this.pending
      this.pending = ''
      this.completeLine(line, out)
    }
    if (this.mode === 'document') this.endDocument(out)
    this.flushBlock(out)
    if (this.prompts !== undefined) out.push(...this.promptDetections(this.prompts.finish()))
    return out
  }

  private completeLine(line: string, out: Detection[]): void {
    if (this.pendingOffset > 0) {
      this.finishLongLine(line, out)
      return
    }
    if (this.mode === 'start') this.mode = this.startsDocument(line) ? 'document' : 'lines'
    if (this.mode === 'document') {
      this.document.push(line)
      this.documentChars += line.length + 1
      if (this.documentChars > this.limits.maxJsonDocument) this.abandonDocument(out)
      this.lineNo++
      return
    }
    this.addLine(line, out)
  }

  private startsDocument(line: string): boolean {
    return startsJsonDocument(line)
  }

  private abandonDocument(out: Detection[]): void {
    const lines = this.document
    this.document = []
    // The lines gathered are no slice of the piece being read.
    this.linePiece = -1
    this.mode = 'lines'
    this.lineNo -= lines.length
    for (const line of lines) this.addLine(line, out)
  }

  private endDocument(out: Detection[]): void {
    const lines = this.document
    this.document = []
    this.mode = 'lines'
    const whole = lines.join('\n')
    this.documentSpans = jsonValueSpans(whole)
    this.documentTenant = tenantOf(whole)
    let at = 0
    this.documentLineStarts = lines.map((l) => {
      const start = at
      at += l.length + 1
      return start
    })
    this.lineNo -= lines.length
    this.documentFirstLine = this.lineNo
    this.flushBlock(out)
    if (this.prompts !== undefined) out.push(...this.promptDetections(this.prompts.cut()))
    const starts = this.documentLineStarts
    const firstLine = this.documentFirstLine
    const exchange = new ExchangeRecord(whole)
    this.documentRecord = {at: (line, column) => (starts[line - firstLine] ?? 0) + column, channelAt: (at) => exchange.channelAt(at)}
    for (const line of lines) this.addLine(line, out)
    this.flushBlock(out)
    if (this.prompts !== undefined) out.push(...this.promptDetections(this.prompts.cut(), this.documentRecord))
    this.documentRecord = undefined
    this.documentSpans = null
    this.documentTenant = undefined
  }

  private addLine(line: string, out: Detection[]): void {
    if (this.block.length === 0) this.blockFirstLine = this.lineNo
    this.block.push(line)
    if (this.linePiece >= 0 && this.linePiece === this.runPiece && this.lineStart === this.runEnd + 1) this.runEnd = this.lineStart + line.length
    else {
      this.closeRun()
      if (this.linePiece >= 0) {
        this.runText = this.lineText
        this.runPiece = this.linePiece
        this.runStart = this.lineStart
        this.runEnd = this.lineStart + line.length
      } else this.runs.push(line)
    }
    this.blockChars += line.length + 1
    this.lineNo++
    // PEM, OpenSSH, PGP: "-----BEGIN "; SSH2 (RFC 4716): "---- BEGIN SSH2 ".
    if (line.includes('----')) {
      const end = Math.max(line.lastIndexOf('-----END '), line.lastIndexOf('---- END SSH2 '))
      if (end >= 0) this.pemOpen = Math.max(line.lastIndexOf('-----BEGIN '), line.lastIndexOf('---- BEGIN SSH2 ')) > end
      else if ((line.includes('-----BEGIN ') || line.includes('---- BEGIN SSH2 ')) && line.includes('PRIVATE KEY')) this.pemOpen = true
    }
    const limit = this.limits.blockSize + (this.pemOpen ? PEM_SLACK : 0)
    if (this.blockChars >= limit) this.flushBlock(out)
  }

  /** Ends the current run of lines: cut out of its piece, once. */
  private closeRun(): void {
    if (this.runPiece < 0) return
    this.runs.push(this.runText.slice(this.runStart, this.runEnd))
    this.runPiece = -1
  }

  /**
   * Scans the block gathered: the rules over its escape view, then the known prompts line by line.
   * Three methods, not one: each is compiled (and, when a rare case first shows, recompiled) on
   * its own, and a change in one does not throw away the optimized code of the others.
   */
  private flushBlock(out: Detection[]): void {
    if (this.block.length === 0) return
    const lines = this.block
    const first = this.blockFirstLine
    this.closeRun()
    const runs = this.runs
    this.block = []
    this.runs = []
    this.blockChars = 0
    this.pemOpen = false
    // No escape spans a line break, so the view of the block is the view of each line joined.
    const text = escapeViewOfLines(runs)
    const starts: number[] = []
    let at = 0
    for (let i = 0; i < lines.length; i++) {
      starts.push(at)
      at += (lines[i] as string).length + 1
    }
    // The value spans of the block's JSON lines, tokenised once for the rules' paths, the prompts' paths and their channels.
    const spans = new Map<number, ValueSpan[] | null>()
    const jsonPath = this.pathResolver(lines, first, spans)
    const tenant = this.tenantResolver(lines, first)
    this.ruleDetections(text, starts, first, jsonPath, tenant, out)
    if (this.prompts !== undefined && this.promptWords !== undefined) this.promptBlock(this.prompts, this.promptWords.list, text, lines, starts, first, jsonPath, tenant, spans, out)
  }

  /** The rules' detections in a block's escape view, with their lines, columns, JSON paths and tenants. */
  private ruleDetections(
    text: string,
    starts: readonly number[],
    first: number,
    jsonPath: (index: number, column: number) => string | undefined,
    tenant: (line: number) => string | undefined,
    out: Detection[],
  ): void {
    const hits = this.detector.detect(text, this.promptWords, starts)
    if (hits.length === 0) return
    const found: Detection[] = []
    let paired = false
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h] as RuleHit
      const index = lineIndex(starts, hit.start)
      const endIndex = lineIndex(starts, Math.max(hit.start, hit.end - 1))
      const start = hit.start - (starts[index] ?? 0)
      const detection = ruleDetection(hit, first + index, start, hit.end - (starts[endIndex] ?? 0))
      if (endIndex !== index) detection.endLine = first + endIndex
      const path = jsonPath(index, start)
      if (path !== undefined) detection.jsonPath = detached(path)
      const owner = tenant(first + index)
      if (owner !== undefined) detection.tenant = detached(owner)
      if (detection.rule === 'azure-client-secret') paired = true
      found.push(detection)
    }
    linkPairs(found, paired ? text.split('\n') : [], first)
    for (let f = 0; f < found.length; f++) out.push(found[f] as Detection)
  }

  /**
   * Feeds a block's lines to the known-prompt stream, cutting it at each JSON record: their words,
   * which the rules' keyword pass over the block has read into `words`.
   */
  private promptBlock(
    prompts: PromptStream,
    words: WordList,
    text: string,
    lines: readonly string[],
    starts: readonly number[],
    first: number,
    jsonPath: (index: number, column: number) => string | undefined,
    tenant: (line: number) => string | undefined,
    spans: Map<number, ValueSpan[] | null>,
    out: Detection[],
  ): void {
    // Records: in a document, the whole document (cut where it starts and ends); otherwise a
    // JSON line is one record.
    const inDocument = this.documentSpans !== null
    const last = first + lines.length
    const locate = (column: number, line: number): string | undefined => jsonPath(line - first, column)
    // A copy's tenant is its first line's: read from the block, or remembered from an earlier one.
    const tenantAt = (line: number): string | undefined => (line >= first && line < last ? tenant(line) : this.lineTenants.get(line))
    // The words of line i: those kept in [word, lineEnd), of ordinals [ordinal, lineWords[i]).
    let word = 0
    let ordinal = 0
    for (let i = 0; i < lines.length; i++) {
      const from = starts[i] ?? 0
      const line = lines[i] ?? ''
      const to = from + line.length
      let lineEnd = word
      while (lineEnd < words.count && (words.starts[lineEnd] as number) < to) lineEnd++
      const ordinalEnd = i < words.breaks ? (words.lineWords[i] as number) : words.total
      const record = !inDocument && isJsonLine(line)
      if (record) this.pushPromptDetections(out, prompts.cut(), undefined, tenantAt)
      // The record whose roles tell the channel of a copy on this line (read only if there is one).
      const exchange = inDocument ? this.documentRecord : record ? line : undefined
      const json = inDocument || record ? line : undefined
      this.pushPromptDetections(out, prompts.feedWords(words, word, lineEnd, ordinal, ordinalEnd, first + i, 0, locate, json, from, to), exchange, tenantAt, spans, i)
      word = lineEnd
      ordinal = ordinalEnd
      prompts.newline()
      if (record) this.pushPromptDetections(out, prompts.cut(), exchange, tenantAt, spans, i)
    }
    // Copies still open (or held back) report later: their first lines' tenants are kept.
    const pending = prompts.pendingLines()
    for (let p = 0; p < pending.length; p++) {
      const line = pending[p] as number
      if (line >= first && line < last) this.rememberTenant(line, tenant(line))
    }
  }

  /**
   * Finds the JSON path of a column in one of the block's lines: from the whole document when one
   * is being scanned, else from the line itself if it is JSON (tokenised once, on first use).
   */
  private pathResolver(lines: readonly string[], first: number, cache: Map<number, ValueSpan[] | null>): (index: number, column: number) => string | undefined {
    const documentSpans = this.documentSpans
    const documentStarts = this.documentLineStarts
    const documentFirst = this.documentFirstLine
    return (index, column) => {
      if (documentSpans !== null) {
        const lineStart = documentStarts[first + index - documentFirst]
        return lineStart === undefined ? undefined : pathAt(documentSpans, lineStart + column)
      }
      const line = lines[index] ?? ''
      if (!looksLikeJson(line)) return undefined
      let spans = cache.get(index)
      if (spans === undefined) {
        spans = jsonValueSpans(line)
        cache.set(index, spans)
      }
      return spans === null ? undefined : pathAt(spans, column)
    }
  }

  /**
   * The tenant of a line of the block by line number: the document's when a document is being
   * scanned, else the one the line names (read on first use: only lines with hits are read).
   * Prompt copies, which can end blocks after they start, use the tenants kept by rememberTenant.
   */
  private tenantResolver(lines: readonly string[], first: number): (line: number) => string | undefined {
    if (this.documentSpans !== null) {
      const owner = this.documentTenant
      return () => owner
    }
    const cache = new Map<number, string | undefined>()
    return (line) => {
      const index = line - first
      if (index < 0 || index >= lines.length) return undefined
      if (!cache.has(index)) cache.set(index, tenantOf(lines[index] ?? ''))
      return cache.get(index)
    }
  }

  /** Scans complete windows of the pending long line, keeping an overlap for the next one. */
  private scanWindows(out: Detection[]): void {
    this.flushBlock(out)
    if (this.mode !== 'lines') {
      if (this.mode === 'document') this.abandonDocument(out)
      this.flushBlock(out)
      this.mode = 'lines'
    }
    const {maxLineLength, windowOverlap} = this.limits
    while (this.pending.length > maxLineLength) {
      const window = this.pending.slice(0, maxLineLength)
      const cut = wordBoundary(window, maxLineLength - windowOverlap)
      this.scanWindow(window, cut, out)
      this.pending = this.pending.slice(cut)
      this.pendingOffset += cut
    }
  }

  private finishLongLine(rest: string, out: Detection[]): void {
    this.scanWindow(rest, rest.length, out)
    this.pending = ''
    this.pendingOffset = 0
    this.reportedEnd = 0
    this.longLinePaths = undefined
    this.prompts?.newline()
    const tenant = this.longLineTenant
    for (const detection of this.longLineWaiting) out.push(withTenant(detection, tenant, this.lineNo))
    // A long JSON line is one record: its copies get their channels now that it is read whole.
    if (this.prompts !== undefined && this.longLinePromptPaths !== undefined) {
      const held = this.longLineHeld
      held.push(...this.promptDetections(this.prompts.cut()))
      for (const detection of held) {
        const place = detection.jsonPath === undefined ? undefined : this.longLinePlaces.get(detection.jsonPath)
        if (place !== undefined) detection.channel = channelOfPlace(place)
        out.push(withTenant(detection, tenant, this.lineNo))
      }
    }
    this.longLineWaiting = []
    this.longLineTenant = undefined
    this.longLineHeld = []
    this.longLinePlaces = new Map()
    this.longLinePromptPaths = undefined
    this.lineNo++
  }

  /** Reports hits that start before `cut`; the rest are found again in the next window. */
  private scanWindow(window: string, cut: number, out: Detection[]): void {
    const view = escapeView(window)
    const offset = this.pendingOffset
    // The line's start is in its first window: a JSON line gets its paths read as the windows pass
    // (once for the rules' hits and once for the prompts', each asked in increasing order).
    if (offset === 0) {
      const json = looksLikeJson(window)
      this.longLinePaths = json ? new JsonPathCursor() : undefined
      this.longLinePromptPaths = json && this.prompts !== undefined ? new JsonPathCursor(true) : undefined
      if (this.prompts !== undefined && json) out.push(...this.promptDetections(this.prompts.cut()))
    }
    if (this.longLineTenant === undefined) {
      const tenant = tenantOf(window)
      if (tenant !== undefined) this.longLineTenant = detached(tenant)
    }
    // Until the line names its tenant, its findings wait for it (or for the line's end).
    const found = this.longLineTenant === undefined ? this.longLineWaiting : out
    const paths = this.longLinePaths
    for (const hit of this.detector.detect(view)) {
      const start = offset + hit.start
      if (hit.start >= cut || start < this.reportedEnd) continue
      const detection = ruleDetection(hit, this.lineNo, start, offset + hit.end)
      const path = paths?.pathAt(window, offset, start)
      if (path !== undefined) detection.jsonPath = detached(path)
      found.push(withTenant(detection, this.longLineTenant, this.lineNo))
      this.reportedEnd = Math.max(this.reportedEnd, offset + hit.end)
    }
    paths?.advance(window, offset, offset + cut)
    if (this.prompts !== undefined) {
      const promptPaths = this.longLinePromptPaths
      const places = this.longLinePlaces
      const locate =
        promptPaths === undefined
          ? undefined
          : (column: number): string | undefined => {
              const place = promptPaths.placeAt(window, offset, column)
              if (place !== undefined && !places.has(place.path)) places.set(place.path, place)
              return place?.path
            }
      const hits = this.promptDetections(this.prompts.feed(view.slice(0, cut), this.lineNo, offset, locate, promptPaths === undefined ? undefined : 'windows'))
      if (promptPaths === undefined) for (const hit of hits) found.push(withTenant(hit, this.longLineTenant, this.lineNo))
      else {
        this.longLineHeld.push(...hits)
        // Read on to the window's cut, so the next window's first question starts inside it (the
        // cursor reads each character once, and never reads a window it no longer holds).
        promptPaths.advance(window, offset, offset + cut)
      }
    }
  }

  /**
   * A prompt copy is reported once it ends, possibly lines (or blocks) after the line it starts
   * on: the tenants of the first lines of copies still open at a block's end are kept for it, by
   * line number.
   */
  private rememberTenant(line: number, tenant: string | undefined): void {
    if (tenant !== undefined) this.lineTenants.set(line, tenant)
    if (this.lineTenants.size > TENANT_MEMORY) {
      for (const old of this.lineTenants.keys()) {
        if (this.lineTenants.size <= TENANT_MEMORY / 2) break
        this.lineTenants.delete(old)
      }
    }
  }

  /**
   * Known-prompt detections from the stream's hits. `exchange` is the JSON record the hits are in
   * (the document, or the text of a JSON line), read for the roles that tell a copy's channel; a
   * copy outside JSON is outside any exchange, and one in a line too long to parse whole gets the
   * channel its JSON path tells.
   */
  private pushPromptDetections(
    out: Detection[],
    hits: readonly PromptHit[],
    exchange: RecordChannels | string | undefined,
    tenantAt?: (line: number) => string | undefined,
    /** The block's value spans by line (pathResolver's cache), and the index of the JSON line `exchange` is in it. */
    spans?: ReadonlyMap<number, ValueSpan[] | null>,
    index = -1,
  ): void {
    if (hits.length === 0) return
    const record = typeof exchange === 'string' ? lineRecord(exchange, spans, index) : exchange
    for (let h = 0; h < hits.length; h++) out.push(this.promptDetection(hits[h] as PromptHit, record, tenantAt))
  }

  private promptDetections(hits: readonly PromptHit[], exchange?: RecordChannels | string, tenantAt?: (line: number) => string | undefined): Detection[] {
    const out: Detection[] = []
    this.pushPromptDetections(out, hits, exchange, tenantAt)
    return out
  }

  private promptDetection(hit: PromptHit, record: RecordChannels | undefined, tenantAt: ((line: number) => string | undefined) | undefined): Detection {
    const detection: Detection = {
      rule: 'known-prompt',
      category: 'prompt',
      line: hit.line,
      start: hit.start,
      end: hit.end,
      masked: `[prompt:${hit.name}]`,
      length: hit.length,
      secret: `prompt:${hit.name}`,
      promptName: hit.name,
      coverage: Math.round(hit.coverage * 1000) / 1000,
    }
    if (hit.endLine !== hit.line) detection.endLine = hit.endLine
    if (hit.jsonPath !== undefined) detection.jsonPath = detached(hit.jsonPath)
    const owner = tenantAt === undefined ? this.lineTenants.get(hit.line) : tenantAt(hit.line)
    if (owner !== undefined) detection.tenant = detached(owner)
    detection.channel = hit.jsonPath === undefined ? 'outside-exchange' : record === undefined ? channelOfPath(hit.jsonPath) : record.channelAt(record.at(hit.line, hit.start))
    return detection
  }
}

/** `detection` with the tenant of its record, when one is known and it has none of its own. */
function withTenant(detection: Detection, tenant: string | undefined, line: number): Detection {
  // A copy that started on an earlier line has that line's tenant (or none).
  if (tenant !== undefined && detection.tenant === undefined && detection.line === line) detection.tenant = tenant
  return detection
}

/** A JSON record: where a line's column is in its text, and the channel of a copy at an offset of it. */
interface RecordChannels {
  at: (line: number, column: number) => number
  channelAt: (at: number) => Channel
}

/**
 * A JSON line as a record: parsed only when a copy is found on it. With `spans`, the block's cache
 * of its lines' value spans (pathResolver's), and `index`, the line's in the block: the spans
 * already read for the copy's path are not read again.
 */
function lineRecord(line: string, spans: ReadonlyMap<number, ValueSpan[] | null> | undefined, index: number): RecordChannels {
  let exchange: ExchangeRecord | undefined
  return {
    at: (_line, column) => column,
    channelAt: (at) => (exchange ??= new ExchangeRecord(line, 0, spans?.get(index))).channelAt(at),
  }
}

/**
 * Whether a line is a JSON record by itself (it opens and closes like a JSON value), which a prompt
 * copy cannot run into or out of. Plain lines continue the text before them, so a prompt re-wrapped
 * over plain log lines (a streamed reply logged in chunks) is still one copy.
 */
function isJsonLine(line: string): boolean {
  let i = 0
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++
  const open = line.charCodeAt(i)
  return (open === 123 && closes(line, 125)) || (open === 91 && closes(line, 93))
}

/** Whether the line's last character other than a space or tab is `close` (a JSON line's closing bracket). */
function closes(line: string, close: number): boolean {
  let i = line.length - 1
  while (i >= 0 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i--
  return line.charCodeAt(i) === close
}

/** A first line that opens JSON but is not a whole JSON value starts a pretty-printed document. */
export function startsJsonDocument(line: string): boolean {
  return looksLikeJson(line) && jsonValueSpans(line) === null
}

function ruleDetection(hit: RuleHit, line: number, start: number, end: number): Detection {
  const detection: Detection = {
    rule: hit.rule.id,
    category: hit.rule.category,
    line,
    start,
    end,
    masked: detached(hit.masked),
    length: hit.end - hit.start,
    secret: hit.secret,
  }
  if (hit.confidence !== undefined) detection.confidence = hit.confidence
  if (hit.reason !== undefined) detection.reason = hit.reason
  return detection
}

/**
 * The same text, in a string of its own. A finding outlives the block it was found in (the report
 * holds every finding to the end), and V8 keeps a slice of 13 characters or more, or a
 * concatenation holding one, as a reference into the string it was cut from: a masked value such
 * as `10.239.108.44`, a JSON path through a long key, a tenant id. Kept as they are, they kept
 * every block's escape view (512 KB) and every read piece (1 MB) alive until the scan ended: 64 MB
 * for the 32 MB bench corpus, promoted through the young generation. Prepending a character and
 * slicing it off flattens the text into a new string of its own (the slice's parent).
 */
function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1)
}

function lineIndex(starts: readonly number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    if ((starts[mid] ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** A cut at or before `at` that does not split a word (so a prompt word is never halved). */
function wordBoundary(text: string, at: number): number {
  for (let i = at; i > at - 256 && i > 0; i--) if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) return i
  return at
}
