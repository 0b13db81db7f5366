import assert from 'node:assert/strict'
import {randomBytes} from 'node:crypto'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {gzipSync} from 'node:zlib'

import {generateCorpus} from '../../../bench/scan/corpus.js'
import {createScanner} from '../../../src/domain/scan/engine.js'
import type {Finding, KnownPrompt} from '../../../src/domain/scan/types.js'
import {scanInputs, splitThreshold, startPoolFor} from '../../../src/services/scan/reader.js'
import type {ScanResult} from '../../../src/services/scan/reader.js'
import {planSegments} from '../../../src/services/scan/segments.js'

const DEV = resolve('..', 'shared', 'vectors', 'prompt-extraction', 'data', 'dev.jsonl')
let dir = ''
let corpusPath = ''
let prompts: KnownPrompt[] = []
const small = {threshold: 1, segmentBytes: 48 << 10, overlapBytes: 12 << 10}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'pl-scan-par-'))
  const all = readFileSync(DEV, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as {id: string; instruction: string})
    .map((p) => ({name: p.id, text: p.instruction}))
  const corpus = generateCorpus({lines: 5000, seed: 7, prompts: all})
  prompts = corpus.prompts
  corpusPath = join(dir, 'corpus.log')
  writeFileSync(corpusPath, corpus.text)
})

after(() => rmSync(dir, {recursive: true, force: true}))

async function scan(threads: number, raws?: string[]): Promise<ScanResult> {
  const scanner = createScanner({
    fingerprint: (raw) => `fp:${raw.length}:${raw.slice(-3)}`,
    prompts,
    ...(raws === undefined ? {} : {onSecret: (_: Finding, raw: string) => raws.push(raw)}),
  })
  return scanInputs({inputs: [corpusPath], scanner, parallel: {...small, threads}})
}

describe('worker threads', () => {
  it('cuts a file at line breaks into segments read with context on both sides', async () => {
    const text = readFileSync(corpusPath)
    const jobs = await planSegments(corpusPath, text.length, {threads: 2, ...small})
    assert.ok(jobs.length > 10)
    assert.equal(jobs[0]?.ownStart, 0)
    assert.equal(jobs.at(-1)?.ownEnd, text.length)
    assert.equal(jobs.filter((j) => j.last).length, 1)
    for (const [i, job] of jobs.entries()) {
      if (i > 0) assert.equal(job.ownStart, jobs[i - 1]?.ownEnd)
      for (const at of [job.readStart, job.ownStart, job.ownEnd, job.readEnd]) assert.ok(at === 0 || at === text.length || text[at - 1] === 0x0a)
      assert.ok(job.readStart <= job.ownStart && job.ownEnd <= job.readEnd)
      if (i > 0) assert.ok(job.ownStart - job.readStart > small.overlapBytes / 2)
    }
  })

  it('finds exactly what the single-threaded scan finds, in the same order, fingerprinted on the main thread', async () => {
    const singleRaws: string[] = []
    const workerRaws: string[] = []
    const single = await scan(1, singleRaws)
    const parallel = await scan(3, workerRaws)
    assert.ok(single.findings.length > 200)
    assert.deepEqual(parallel.findings, single.findings)
    assert.equal(parallel.stats.lines, single.stats.lines)
    assert.equal(parallel.stats.bytes, single.stats.bytes)
    assert.deepEqual(workerRaws.sort(), singleRaws.sort())
    const again = await scan(2)
    assert.deepEqual(again.findings, single.findings)
  })

  it('names the other half of a paired credential at its line in the file, whichever segment found it', async () => {
    // Fake AWS key pairs (right shape, random, not credentials) every 97 lines of filler.
    const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
    const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    const pick = (alphabet: string, n: number) => Array.from(randomBytes(n), (byte) => alphabet[byte % alphabet.length]).join('')
    const lines: string[] = []
    for (let i = 0; i < 6000; i++) {
      if (i % 97 === 0) {
        lines.push(`{"level":"info","msg":"config loaded","aws_access_key_id":"AKIA${pick(upper, 16)}"}`)
        lines.push(`{"level":"info","msg":"config loaded","aws_secret_access_key":"${pick(b64, 40)}"}`)
      } else lines.push(`{"level":"debug","msg":"request ${i} served in ${i % 13} ms","path":"/v1/chat/completions"}`)
    }
    const path = join(dir, 'pairs.log')
    writeFileSync(path, `${lines.join('\n')}\n`)
    const run = (threads: number) => scanInputs({inputs: [path], scanner: createScanner({fingerprint: (raw) => `fp:${raw.length}`}), parallel: {...small, threads}})
    const single = await run(1)
    const paired = single.findings.filter((f) => f.pair !== undefined)
    assert.ok(paired.length > 50, `${paired.length} paired findings`)
    for (const f of paired) assert.equal(f.pair!.line, f.line - 1, 'the key id is on the line before its secret')
    assert.deepEqual((await run(3)).findings, single.findings)
  })

  it('sends the files of a large directory whole to workers, gzip and binary files staying on this thread, with the same result', async () => {
    const logs = join(dir, 'logs')
    mkdirSync(logs)
    const lines = readFileSync(corpusPath, 'utf8').split('\n')
    for (let i = 0; i * 700 < lines.length; i++) writeFileSync(join(logs, `app-${String(i).padStart(2, '0')}.log`), lines.slice(i * 700, (i + 1) * 700).join('\n'))
    writeFileSync(join(logs, 'rotated.log.gz'), gzipSync(lines.slice(0, 300).join('\n')))
    writeFileSync(join(logs, 'image.bin'), Buffer.from([0x89, 0x50, 0, 0, 1, 2, 3]))
    writeFileSync(join(logs, 'empty.log'), '')
    const run = (threads: number): Promise<ScanResult> =>
      scanInputs({inputs: [logs], scanner: createScanner({fingerprint: (raw) => `fp:${raw.length}`, prompts}), parallel: {threads, threshold: 512 << 10}})
    const single = await run(1)
    const parallel = await run(2)
    assert.ok(single.findings.length > 200)
    assert.deepEqual(parallel.findings, single.findings)
    assert.deepEqual({...parallel.stats, durationMs: 0}, {...single.stats, durationMs: 0})
  })

  it('uses workers started before the scanner (with its spec or another one) and finds the same; they stay the caller\'s to close', async () => {
    const single = await scan(1)
    for (const ahead of [prompts, prompts.slice(1)]) {
      const pool = await startPoolFor([corpusPath], {prompts: ahead}, {...small, threads: 3})
      assert.ok(pool !== undefined)
      const scanner = createScanner({fingerprint: (raw) => `fp:${raw.length}:${raw.slice(-3)}`, prompts})
      try {
        const parallel = await scanInputs({inputs: [corpusPath], scanner, parallel: {...small, threads: 3}, pool})
        // The scanner's prompts reach the workers even when they were started with others.
        assert.deepEqual(parallel.findings, single.findings)
        // The scan did not stop the caller's workers: a second scan runs on them and finds the same.
        const again = await scanInputs({inputs: [corpusPath], scanner, parallel: {...small, threads: 3}, pool})
        assert.deepEqual(again.stats.errors, [])
        assert.deepEqual(again.findings, single.findings)
      } finally {
        await pool.close()
      }
    }
  })

  it('starts no workers ahead for standard input, a small file, gzip, a directory or one thread', async () => {
    const gz = join(dir, 'corpus.log.gz')
    writeFileSync(gz, gzipSync(readFileSync(corpusPath)))
    assert.equal(await startPoolFor(['-', gz, dir, join(dir, 'missing.log')], {prompts}, {...small, threads: 2}), undefined)
    assert.equal(await startPoolFor([corpusPath], {prompts}, {...small, threads: 1}), undefined)
    assert.equal(await startPoolFor([corpusPath], {prompts}, {...small, threshold: 1 << 30, threads: 2}), undefined)
  })

  it('splits from 48 MiB on two cores (a second isolate starts cold on the cores that scan) and from 16 MiB with more', () => {
    // ADR 0041: on two cores a 32 MB file costs 2.3 s of CPU on one thread and 3.5 s on two.
    assert.equal(splitThreshold(1), 48 << 20)
    assert.equal(splitThreshold(2), 48 << 20)
    assert.equal(splitThreshold(3), 16 << 20)
    assert.equal(splitThreshold(8), 16 << 20)
  })
})
