/**
 * The `pl redact` use case: a redacted copy of one file (gzip in, gzip out) with a provenance
 * sidecar listing every redaction by position, rule and keyed fingerprint, never the value.
 */
import {randomBytes} from 'node:crypto'
import {closeSync, createReadStream, createWriteStream, existsSync, openSync, readSync, rmSync, statSync, unlinkSync, writeFileSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import {pipeline} from 'node:stream/promises'
import {createGunzip, createGzip} from 'node:zlib'
import {createScanner} from '../../domain/scan/engine.js'
import {placeholder} from '../../domain/scan/redact.js'
import type {ProvenanceFile, RedactResult, Redaction} from '../../domain/scan/redact-report.js'
import {UserError, systemError} from '../../errors.js'
import {digestFile} from '../files/digest.js'
import type {SessionOptions} from '../session.js'
import {commitFile} from './commit-file.js'
import {fingerprintWith, newKey, optionalStoreKey} from './fingerprint-key.js'
import {LineRedactor} from './line-redactor.js'
import {loadPrompts} from './prompts-dir.js'
import type {LocatedFinding} from './reader.js'
import {scanInputs} from './reader.js'
import {checkRedactTargets} from './redact-paths.js'
import {toReported, unmatchableNotes} from './report-findings.js'
import {textKind} from './text-kind.js'
import {shownName} from '../../domain/terminal.js'

export interface RedactOptions {
  input: string
  /** Where the redacted copy goes; `<input>.redacted` unless given. */
  out?: string
  force?: boolean
  promptsDir?: string
  now: () => number
  randomKey?: () => Uint8Array
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
    if (code === 'ENOENT') throw new UserError('not-found', `${shownName(input)} does not exist.`, {cause: error, hints: ['Check the path.']})
    throw new UserError('not-found', `Cannot read ${shownName(input)}: ${code ?? 'error'}.`, {cause: error, hints: ['Check the path and its permissions.']})
  }
  if (!info.isFile()) throw new UserError('invalid-input', `${shownName(input)} is not a regular file.`, {hints: ['pl redact takes one file at a time.']})
  const output = options.out ?? `${input}.redacted`
  const provenance = `${output}.provenance.json`
  const force = options.force ?? false
  checkRedactTargets({input, output, provenance, force})
  const prompts = options.promptsDir === undefined ? [] : loadPrompts(options.promptsDir)
  const key = await optionalStoreKey(session, options.randomKey ?? newKey)
  const fingerprint = fingerprintWith(key.key)
  const tmpOut = join(dirname(resolve(output)), `.${basename(output)}.${randomBytes(6).toString('hex')}.tmp`)
  const stopWatchingSignals = removeOnSignal([tmpOut, `${tmpOut}.provenance`])
  try {
    const scanner = createScanner({fingerprint, prompts})
    const scanned = await scanInputs({inputs: [input], scanner})
    // An input not read to its end cannot be redacted; problems in its text (invalid UTF-8, lines
    // of a JSON Lines file that are not JSON) are redacted as read, and said in the result and sidecar.
    const unreadable = scanned.stats.errors.find((e) => e.line === undefined)
    if (unreadable !== undefined) throw new UserError('invalid-input', `Cannot read ${shownName(input)}: ${unreadable.message}. Nothing was written.`)
    const problems = scanned.stats.errors.map((e) => e.message)
    const gzip = startsWith(input, [0x1f, 0x8b])
    const encoding = textKind(await textHead(input, gzip)).kind
    if (encoding === 'utf-16le' || encoding === 'utf-16be') {
      throw new UserError('invalid-input', `${shownName(input)} is UTF-16 text; pl redact writes UTF-8 copies only. Nothing was written.`, {
        hints: [`Convert it first, e.g. iconv -f UTF-16 -t UTF-8 ${shownName(input)} > ${shownName(input)}.utf8, and redact that (pl scan reads UTF-16 as it is).`],
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
    const redactor = new LineRedactor(byLine, input)
    const sink = createWriteStream(tmpOut, {flags: 'wx', mode: 0o600})
    if (gzip) await pipeline(reader, createGunzip(), redactor, createGzip(), sink)
    else await pipeline(reader, redactor, sink)

    const again = await scanInputs({inputs: [tmpOut], scanner: createScanner({fingerprint, prompts})})
    const remaining = again.findings.length
    const [source, copy] = await Promise.all([digestFile(input), digestFile(tmpOut)])
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
    stopWatchingSignals()
    key.key.fill(0)
    if (existsSync(tmpOut)) unlinkSync(tmpOut)
  }
}

/**
 * Removes `paths` if Ctrl-C (SIGINT) or SIGTERM ends the process first: the `finally` above never
 * runs then. The signal is raised again once they are gone, so pl ends as the signal ends it.
 * Returns the function that stops watching.
 */
function removeOnSignal(paths: readonly string[]): () => void {
  const stop = (): void => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
  const onSignal = (signal: NodeJS.Signals): void => {
    for (const path of paths) rmSync(path, {force: true})
    stop()
    process.kill(process.pid, signal)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return stop
}

/** File-system failures pl cannot prevent by checking first (a full disk, a read-only mount, a file gone meanwhile). */
const FILE_ERRORS = new Set(['EFBIG', 'ENOENT', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EISDIR', 'ENOTDIR', 'EIO', 'EMFILE'])

/** A file-system error of a redaction as a user error naming the path (pl's own errors pass through). */
function fileError(error: unknown, input: string, output: string, tmpOut: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (error instanceof UserError || typeof code !== 'string' || !FILE_ERRORS.has(code)) return error
  const path = (error as NodeJS.ErrnoException).path ?? ''
  // The copy and its sidecar are written to temporary files next to the copy first.
  const target = path === '' || path.startsWith(tmpOut) ? output : path
  if (code === 'EFBIG') return systemError(error, target) ?? error
  if (path === input) return new UserError('invalid-input', `Cannot read ${shownName(input)}: ${code}. Nothing was written.`, {cause: error})
  return new UserError('invalid-input', `Cannot write ${shownName(target)}: ${code}. Nothing was written.`, {
    cause: error,
    hints: ['Check that the directory of the copy exists, is writable and has room, or pass another --out.'],
  })
}
