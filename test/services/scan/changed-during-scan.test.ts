import assert from 'node:assert/strict'
import {appendFileSync, mkdtempSync, readFileSync, renameSync, rmSync, truncateSync, unlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {after, before, describe, it} from 'node:test'

import {generateCorpus} from '../../../bench/scan/corpus.js'
import {createScanner} from '../../../src/domain/scan/engine.js'
import type {KnownPrompt} from '../../../src/domain/scan/types.js'
import {scanInputs} from '../../../src/services/scan/reader.js'
import type {ScanResult} from '../../../src/services/scan/reader.js'

// A file split across worker threads is read through the descriptor opened when its scan starts,
// as the one-thread scan reads through its own: what happens to the path meanwhile (rotation,
// deletion) changes nothing, and a file cut short ends where the reads find its end. The events
// happen at the scan's first progress report: after the first segment (threads) or the first read
// (one thread), real files and real worker threads.

const DEV = resolve('..', 'shared', 'vectors', 'prompt-extraction', 'data', 'dev.jsonl')
const segments = {threshold: 1, segmentBytes: 256 << 10, overlapBytes: 12 << 10}
let dir = ''
let path = ''
let original = ''
let other = ''
let prompts: KnownPrompt[] = []

/** A JSON Lines log (its cut last line is a problem the scan reports) from the bench corpus. */
function jsonLines(seed: number, lines: number, all: KnownPrompt[]): {text: string; prompts: KnownPrompt[]} {
  const corpus = generateCorpus({lines, seed, prompts: all})
  const text = corpus.text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line, n) => `${JSON.stringify({n, msg: line})}\n`)
    .join('')
  return {text, prompts: corpus.prompts}
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'pl-scan-changed-'))
  const all = readFileSync(DEV, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as {id: string; instruction: string})
    .map((p) => ({name: p.id, text: p.instruction}))
  const made = jsonLines(7, 24_000, all)
  original = made.text
  prompts = made.prompts
  other = jsonLines(8, 6000, all).text
  path = join(dir, 'app.jsonl')
})

after(() => rmSync(dir, {recursive: true, force: true}))

/** Scans `path` on `threads` threads; `event` runs at the first progress report. */
async function scan(threads: number, event?: () => void): Promise<ScanResult> {
  const scanner = createScanner({fingerprint: (raw) => `fp:${raw.length}:${raw.slice(-3)}`, prompts})
  let happened = false
  return scanInputs({
    inputs: [path],
    scanner,
    parallel: {...segments, threads},
    onProgress: () => {
      if (happened) return
      happened = true
      event?.()
    },
  })
}

/** What a scan reports, without its duration. */
function outcome(result: ScanResult): unknown {
  const {durationMs: _, ...stats} = result.stats
  return {findings: result.findings, stats}
}

describe('a large file changed while its segments are scanned', () => {
  let unchanged: unknown
  let findings = 0

  before(async () => {
    writeFileSync(path, original)
    const result = await scan(1)
    findings = result.findings.length
    unchanged = outcome(result)
  })

  it('is large enough to be read in many segments and many reads, and has findings', () => {
    assert.ok(Buffer.byteLength(original) > 5 * segments.segmentBytes * 4, `${Buffer.byteLength(original)} bytes`)
    assert.ok(Buffer.byteLength(original) > 4 << 20)
    assert.ok(findings > 100)
  })

  for (const threads of [1, 3]) {
    it(`rotated (renamed, a new file under its name): the file opened is scanned, on ${threads} thread(s)`, async () => {
      writeFileSync(path, original)
      const result = await scan(threads, () => {
        renameSync(path, `${path}.1`)
        writeFileSync(path, other)
      })
      assert.equal(readFileSync(path, 'utf8'), other)
      assert.deepEqual(outcome(result), unchanged)
      assert.equal(result.stats.errors.length, 0)
      rmSync(`${path}.1`)
    })

    it(`deleted: the file opened is scanned to its end and its findings kept, on ${threads} thread(s)`, async () => {
      writeFileSync(path, original)
      const result = await scan(threads, () => unlinkSync(path))
      assert.deepEqual(outcome(result), unchanged)
      assert.equal(result.stats.errors.length, 0)
    })

    it(`truncated mid-line: scanned to its new end, the cut line reported, on ${threads} thread(s)`, async () => {
      writeFileSync(path, original)
      // Well past what is read before the first report: a line start in the last fifth, plus 10 bytes.
      const bytes = Buffer.from(original)
      const cut = bytes.indexOf(0x0a, Math.floor(bytes.length * 0.8)) + 1 + 10
      const result = await scan(threads, () => truncateSync(path, cut))
      assert.equal(readFileSync(path).length, cut)
      // The same as a scan of the file as it is now (cut before the scan).
      const expected = outcome(await scan(1))
      assert.deepEqual(outcome(result), expected)
      assert.equal(result.stats.bytes, cut)
      assert.ok(result.findings.length > 0 && result.findings.length < findings)
      assert.equal(result.stats.lines, bytes.subarray(0, cut).toString().split('\n').length)
      assert.deepEqual(
        result.stats.errors.map((e) => e.path),
        [path],
      )
      assert.match(result.stats.errors[0]?.message ?? '', /JSON/)
    })
  }

  it('grown: the threads scan it to the size it had when its scan began', async () => {
    writeFileSync(path, original)
    const result = await scan(3, () => appendFileSync(path, other))
    assert.deepEqual(outcome(result), unchanged)
  })
})
