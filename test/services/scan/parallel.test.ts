import assert from 'node:assert/strict'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {after, before, describe, it} from 'node:test'

import {generateCorpus} from '../../../bench/scan/corpus.js'
import {createScanner} from '../../../src/domain/scan/engine.js'
import type {Finding, KnownPrompt} from '../../../src/domain/scan/types.js'
import {scanInputs} from '../../../src/services/scan/reader.js'
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
})
