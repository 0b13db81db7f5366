/**
 * Scanner benchmark: generates a labelled corpus, scans it through the real reader, prints recall
 * and precision per category and throughput, and the throughput of `grep -F` over the rules'
 * keywords on the same file as the near-limit reference. Run: npx tsx bench/scan/index.ts [MB]
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {performance} from 'node:perf_hooks'

import {createScanner} from '../../src/domain/scan/engine.js'
import type {Category, KnownPrompt} from '../../src/domain/scan/types.js'
import type {LocatedFinding} from '../../src/services/scan/reader.js'
import {scanInputs} from '../../src/services/scan/reader.js'
import {generateCorpus} from './corpus.js'
import type {Label} from './corpus.js'

const megabytes = Number(process.argv[2] ?? 32)
const seed = Number(process.env.SEED ?? 20240501)
const dir = resolve('.bench-tmp', 'scan')
mkdirSync(dir, {recursive: true})

const prompts: KnownPrompt[] = readFileSync(resolve('..', 'shared', 'vectors', 'prompt-extraction', 'data', 'dev.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as {id: string; instruction: string})
  .map((p) => ({name: p.id, text: p.instruction}))

// About 210 bytes per line on average.
const corpus = generateCorpus({lines: Math.round((megabytes * 1048576) / 210), seed, prompts})
const file = join(dir, 'corpus.log')
writeFileSync(file, corpus.text)
const bytes = statSync(file).size
const mb = bytes / 1048576

function score(findings: readonly LocatedFinding[], labels: readonly Label[]): void {
  const categories: Category[] = ['secret', 'pii', 'prompt']
  console.log('category  labels  findings  recall  precision')
  for (const category of categories) {
    const wanted = labels.filter((l) => l.category === category)
    const got = findings.filter((f) => f.category === category)
    const overlaps = (f: LocatedFinding, l: Label): boolean => f.line <= l.endLine && (f.endLine ?? f.line) >= l.line
    const found = wanted.filter((l) => got.some((f) => overlaps(f, l))).length
    const correct = got.filter((f) => wanted.some((l) => overlaps(f, l))).length
    console.log(
      `${category.padEnd(8)}  ${String(wanted.length).padStart(6)}  ${String(got.length).padStart(8)}  ${(found / Math.max(1, wanted.length)).toFixed(3).padStart(6)}  ${(correct / Math.max(1, got.length)).toFixed(3).padStart(9)}`,
    )
    const missedKinds = new Map<string, number>()
    for (const l of wanted) if (!got.some((f) => overlaps(f, l))) missedKinds.set(l.kind, (missedKinds.get(l.kind) ?? 0) + 1)
    if (missedKinds.size > 0) console.log(`          missed: ${[...missedKinds].map(([k, n]) => `${k}×${n}`).join(', ')}`)
    const falseRules = new Map<string, number>()
    for (const f of got) if (!wanted.some((l) => overlaps(f, l))) falseRules.set(f.rule, (falseRules.get(f.rule) ?? 0) + 1)
    if (falseRules.size > 0) console.log(`          false positives: ${[...falseRules].map(([k, n]) => `${k}×${n}`).join(', ')}`)
  }
}

async function timedScan(withPrompts: boolean): Promise<{findings: LocatedFinding[]; seconds: number}> {
  const scanner = createScanner({fingerprint: (raw) => String(raw.length), ...(withPrompts ? {prompts: corpus.prompts} : {})})
  const started = performance.now()
  const {findings} = await scanInputs({inputs: [file], scanner})
  return {findings, seconds: (performance.now() - started) / 1000}
}

function grepSeconds(keywords: readonly string[]): number {
  const list = join(dir, 'keywords.txt')
  writeFileSync(list, `${keywords.join('\n')}\n`)
  let best = Infinity
  for (let i = 0; i < 3; i++) {
    const started = performance.now()
    const result = spawnSync('grep', ['-F', '-c', '-f', list, file], {encoding: 'utf8'})
    if (result.error !== undefined) throw result.error
    best = Math.min(best, (performance.now() - started) / 1000)
  }
  return best
}

console.log(`corpus: ${mb.toFixed(1)} MB, ${corpus.text.split('\n').length - 1} lines, ${corpus.labels.length} labels, ${corpus.prompts.length} registered prompts (seed ${seed})`)
const full = await timedScan(true)
score(full.findings, corpus.labels)
const secretsOnly = await timedScan(false)
const keywords = createScanner({fingerprint: String}).keywords
const grep = grepSeconds(keywords)
const rate = (s: number): string => `${(mb / s).toFixed(1)} MB/s`
console.log('')
console.log(`grep -F (${keywords.length} keywords)       ${rate(grep)}`)
console.log(`pl scan, secrets + PII      ${rate(secretsOnly.seconds)}  (${(grep / secretsOnly.seconds).toFixed(3)} of grep -F)`)
console.log(`pl scan, + known prompts    ${rate(full.seconds)}  (${(grep / full.seconds).toFixed(3)} of grep -F)`)
rmSync(dir, {recursive: true, force: true})
