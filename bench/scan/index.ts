/**
 * Scanner benchmark: generates a labelled corpus, prints recall and precision per category, and
 * measures in the same run, on the same files:
 * - `pl scan --prompts` against `secretlint` with its recommended preset, both as the command a
 *   user runs (start-up included), over the corpus as one file, cut into files of about 1 MB, and
 *   its first lines as a thousand files of a few KB (median of interleaved rounds);
 * - the start-up of `pl scan` from its bundle against oclif's route to the same command;
 * - the scan engine in this process against `grep -F` over the rules' keywords (the near-limit
 *   reference: reading the bytes and finding the keywords, nothing more);
 * - the scan engine with known prompts against the same scan without them, and with a thousand
 *   synthesized context rules more than the built-in catalogue against the catalogue alone;
 * - one large file (256 MB: the corpus repeated) on one thread against the same file on one
 *   thread per core.
 * Numbers only, never asserted. Run compiled (`npm run bench scan`, or
 * `node dist/bench/scan/index.js [MB]`); under tsx the worker row is skipped.
 */
import {spawnSync} from 'node:child_process'
import {appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {performance} from 'node:perf_hooks'
import {pathToFileURL} from 'node:url'

import {createScanner} from '../../src/domain/scan/engine.js'
import {HEX, named} from '../../src/domain/scan/providers/define.js'
import {defaultRules} from '../../src/domain/scan/rules/index.js'
import type {Category, KnownPrompt, Rule} from '../../src/domain/scan/types.js'
import type {LocatedFinding, ScanInputsOptions} from '../../src/services/scan/reader.js'
import {scanInputs} from '../../src/services/scan/reader.js'
import {cleanEnv, interleaved} from '../proc.js'
import type {Row} from '../util.js'
import {generateCorpus} from './corpus.js'
import type {Label} from './corpus.js'

const PART_LINES = 5000
/** The many-small-files layout: this many files of SMALL_LINES lines (a few KB each). */
const SMALL_FILES = 1000
const SMALL_LINES = 20
/** Size of the one large file scanned on one thread and on one per core (PL_BENCH_WORKER_MB). */
const WORKER_MB = Number(process.env.PL_BENCH_WORKER_MB ?? 256)
/** Rounds of the in-process engine comparisons (each scans the files once per configuration). */
const ENGINE_ROUNDS = 3
/** Rounds of the command-line comparisons (each runs pl and secretlint once). */
const CLI_ROUNDS = 5
/** Rounds of the start-up comparison (node -e 0, pl scan from its bundle, through oclif). */
const STARTUP_ROUNDS = 15

function loadPrompts(): KnownPrompt[] {
  return readFileSync(resolve('..', 'shared', 'vectors', 'prompt-extraction', 'data', 'dev.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as {id: string; instruction: string})
    .map((p) => ({name: p.id, text: p.instruction}))
}

function score(findings: readonly LocatedFinding[], labels: readonly Label[]): void {
  const categories: Category[] = ['secret', 'pii', 'prompt']
  const low = findings.filter((f) => f.confidence === 'low').length
  if (low > 0) console.log(`  ${low} findings of low confidence (failed checksum), not scored`)
  console.log('  category  labels  findings  recall  precision')
  for (const category of categories) {
    const wanted = labels.filter((l) => l.category === category)
    // Low-confidence findings (a failed checksum) are reported apart, not as detections.
    const got = findings.filter((f) => f.category === category && f.confidence !== 'low')
    const overlaps = (f: LocatedFinding, l: Label): boolean => f.line <= l.endLine && (f.endLine ?? f.line) >= l.line
    const found = wanted.filter((l) => got.some((f) => overlaps(f, l))).length
    const correct = got.filter((f) => wanted.some((l) => overlaps(f, l))).length
    console.log(
      `  ${category.padEnd(8)}  ${String(wanted.length).padStart(6)}  ${String(got.length).padStart(8)}  ${(found / Math.max(1, wanted.length)).toFixed(3).padStart(6)}  ${(correct / Math.max(1, got.length)).toFixed(3).padStart(9)}`,
    )
    const missedKinds = new Map<string, number>()
    for (const l of wanted) if (!got.some((f) => overlaps(f, l))) missedKinds.set(l.kind, (missedKinds.get(l.kind) ?? 0) + 1)
    if (missedKinds.size > 0) console.log(`            missed: ${[...missedKinds].map(([k, n]) => `${k}×${n}`).join(', ')}`)
    const falseRules = new Map<string, number>()
    for (const f of got) if (!wanted.some((l) => overlaps(f, l))) falseRules.set(f.rule, (falseRules.get(f.rule) ?? 0) + 1)
    if (falseRules.size > 0) console.log(`            false positives: ${[...falseRules].map(([k, n]) => `${k}×${n}`).join(', ')}`)
  }
}

/** Best of `runs` in-process scans (the first run also warms the JIT up). */
async function timedScan(
  inputs: string[],
  prompts: readonly KnownPrompt[] | undefined,
  parallel: ScanInputsOptions['parallel'],
  runs: number,
  rules?: readonly Rule[],
): Promise<{findings: LocatedFinding[]; seconds: number}> {
  let best = Infinity
  let findings: LocatedFinding[] = []
  for (let i = 0; i < runs; i++) {
    const scanner = createScanner({fingerprint: (raw) => String(raw.length), ...(prompts === undefined ? {} : {prompts}), ...(rules === undefined ? {} : {rules})})
    const started = performance.now()
    findings = (await scanInputs({inputs, scanner, ...(parallel === undefined ? {} : {parallel})})).findings
    best = Math.min(best, (performance.now() - started) / 1000)
  }
  return {findings, seconds: best}
}

/**
 * Context rules as the long-tail provider tables write them (ADR 0019): a provider name, alone and
 * with `_api`, case-insensitive, then a 32-hex value. The names are made of syllables, so that
 * (like most providers' names) they are absent from the corpus: what is measured is what the
 * rules cost where they do not fire.
 */
function syntheticContextRules(n: number): Rule[] {
  const syllables = ['ka', 'zu', 'ri', 'mo', 'tal', 'ven', 'dor', 'qi', 'lux', 'pra', 'sen', 'tor', 'vel', 'nix', 'bro', 'dex']
  return Array.from({length: n}, (_, i) => {
    const name = Array.from(i.toString(16).padStart(3, '0'), (digit) => syllables[parseInt(digit, 16)] ?? '').join('')
    return named({id: `synthetic-${i}`, description: 'a synthesized long-tail provider', names: [name, `${name}_api`], value: '[0-9a-f]{32}', sample: (random) => random.chars(HEX, 32)})
  })
}

/**
 * `grep -F -c` over the files with the engine's keywords, as written (case-sensitive): it reads
 * every byte and stops at a line's first keyword, so it does less than the engine's keyword pass
 * (every occurrence, ASCII case folded for case-insensitive rules): a reference no scan can beat,
 * never one made slower for pl. The C locale pins it: grep's speed depends on the locale with
 * `-i`, not without (docs/scanning.md, "Speed", measures the variants).
 */
function grepSeconds(dir: string, files: readonly string[], keywords: readonly string[]): number {
  const list = join(dir, 'keywords.txt')
  writeFileSync(list, `${keywords.join('\n')}\n`)
  let best = Infinity
  for (let i = 0; i < 3; i++) {
    const started = performance.now()
    const result = spawnSync('grep', ['-F', '-c', '-f', list, ...files], {encoding: 'utf8', env: {...process.env, LC_ALL: 'C'}})
    if (result.error !== undefined) throw result.error
    // 2 is an error (a file it could not read): its time would measure nothing.
    if (result.status !== 0 && result.status !== 1) throw new Error(`grep exited with ${result.status}: ${result.stderr}`)
    best = Math.min(best, (performance.now() - started) / 1000)
  }
  return best
}

export async function benchScan(megabytes = 32): Promise<Row[]> {
  const seed = Number(process.env.SEED ?? 20240501)
  const dir = mkdtempSync(join(tmpdir(), 'pl-bench-scan-'))
  try {
    // About 210 bytes per line on average.
    const corpus = generateCorpus({lines: Math.round((megabytes * 1048576) / 210), seed, prompts: loadPrompts()})
    const file = join(dir, 'corpus.log')
    writeFileSync(file, corpus.text)
    const mb = statSync(file).size / 1048576
    const partsDir = join(dir, 'logs')
    mkdirSync(partsDir)
    const lines = corpus.text.split('\n')
    const parts: string[] = []
    for (let i = 0; i * PART_LINES < lines.length - 1; i++) {
      const part = join(partsDir, `app-${String(i).padStart(4, '0')}.log`)
      writeFileSync(part, `${lines.slice(i * PART_LINES, (i + 1) * PART_LINES).join('\n')}\n`)
      parts.push(part)
    }
    const smallDir = join(dir, 'small')
    mkdirSync(smallDir)
    let smallBytes = 0
    for (let i = 0; i < SMALL_FILES && (i + 1) * SMALL_LINES < lines.length; i++) {
      const text = `${lines.slice(i * SMALL_LINES, (i + 1) * SMALL_LINES).join('\n')}\n`
      writeFileSync(join(smallDir, `req-${String(i).padStart(5, '0')}.log`), text)
      smallBytes += Buffer.byteLength(text)
    }
    console.log(
      `\nScanner corpus: ${mb.toFixed(1)} MB, ${lines.length - 1} lines in ${parts.length} files, ${corpus.labels.length} labels, ${corpus.prompts.length} registered prompts (seed ${seed}), ${availableParallelism()} cores`,
    )

    const single = await timedScan([file], corpus.prompts, {threads: 1}, 2)
    score(single.findings, corpus.labels)

    // The engine rows compare scans of the same files: run in turn, round after round (a machine
    // shared with other work changes speed from one minute to the next), best of each.
    const synthetic = syntheticContextRules(1000)
    const engine = {secretsOnly: {findings: [] as LocatedFinding[], seconds: Infinity}, withPrompts: {findings: [] as LocatedFinding[], seconds: Infinity}, catalogue: {findings: [] as LocatedFinding[], seconds: Infinity}}
    for (let round = 0; round < ENGINE_ROUNDS; round++) {
      for (const [key, prompts, rules] of [
        ['secretsOnly', undefined, undefined],
        ['withPrompts', corpus.prompts, undefined],
        ['catalogue', undefined, [...defaultRules, ...synthetic]],
      ] as const) {
        const run = await timedScan([partsDir], prompts, {threads: 1}, 1, rules)
        if (run.seconds < engine[key].seconds) engine[key] = run
      }
    }
    const {secretsOnly, withPrompts, catalogue} = engine
    const keywords = createScanner({fingerprint: String}).keywords
    const grep = grepSeconds(dir, parts, keywords)

    const rc = join(dir, 'secretlintrc.json')
    writeFileSync(rc, JSON.stringify({rules: [{id: '@secretlint/secretlint-rule-preset-recommend'}]}))
    const env = {...cleanEnv(), PL_HOME: join(dir, 'home')}
    // secretlint only takes globs inside its working directory. It reads every byte of every file
    // (no size limit; it ignores only .git, node_modules and its own config) and lists each problem;
    // it exits 1 with findings and 2 on an error, which okCodes refuses (docs/scanning.md, "Speed").
    const secretlintBin = resolve('node_modules', 'secretlint', 'bin', 'secretlint.js')
    const plBin = resolve('bin', 'run.js')
    // Each command as a user runs it (start-up included; exit 1 means findings), pl and secretlint
    // in turn, round after round: the median of the per-round ratios.
    // Each one's findings (the last round's) are counted: both read and report on every file
    // (secretlint's compact format: one line per finding, each naming its file). secretlint writes
    // its report with --output: on a pipe it exits before its output is written past the first
    // 128 KB, so its whole report would not be written (pl writes all of its JSON to the pipe).
    const secretlintReport = join(dir, 'secretlint-report.txt')
    const versus = async (plArgs: string[], secretlintArgs: string[], rounds = CLI_ROUNDS): Promise<{ratio: number; pl: number; secretlint: number; found: string}> => {
      const {ratio, ms, stdout} = await interleaved(rounds, [
        {args: [plBin, 'scan', ...plArgs, '--format', 'json'], env, cwd: dir, okCodes: [0, 1]},
        {args: [secretlintBin, '--secretlintrc', rc, '--format', 'compact', '--output', secretlintReport, ...secretlintArgs], env, cwd: dir, okCodes: [0, 1]},
      ])
      const plFindings = (JSON.parse(stdout[0] ?? '{}') as {findings?: Array<{path: string}>}).findings ?? []
      const secretlintLines = readFileSync(secretlintReport, 'utf8').split('\n').filter((line) => /: line \d+, col \d+, /.test(line))
      const files = (paths: string[]): number => new Set(paths).size
      const found = `pl ${plFindings.length} findings in ${files(plFindings.map((f) => f.path))} files, secretlint ${secretlintLines.length} in ${files(secretlintLines.map((line) => line.slice(0, line.indexOf(': line '))))}`
      return {ratio: ratio[1] ?? 0, pl: (ms[0] ?? 0) / 1000, secretlint: (ms[1] ?? 0) / 1000, found}
    }
    // The registered prompts as `pl scan --prompts DIR` reads them: one .txt file each.
    const promptsDir = join(dir, 'prompts')
    mkdirSync(promptsDir)
    corpus.prompts.forEach((p, i) => writeFileSync(join(promptsDir, `prompt-${String(i).padStart(3, '0')}.txt`), p.text))
    const oneFile = await versus(['corpus.log', '--prompts', 'prompts'], ['corpus.log'])
    const manyFiles = await versus(['logs', '--prompts', 'prompts'], ['logs/*.log'])
    const smallFiles = await versus(['small', '--prompts', 'prompts'], ['small/*.log'], 3)
    // Start-up: `pl scan` of a one-line file from its bundle (bin/run.js, ADR 0023) and through
    // oclif's execute entry (command discovery and the unbundled modules, as before the bundle),
    // against `node -e 0`.
    const tiny = join(dir, 'tiny.log')
    writeFileSync(tiny, 'nothing to see here\n')
    const oclifRoute = `import {execute} from '@oclif/core/execute'; await execute({dir: ${JSON.stringify(pathToFileURL(plBin).href)}, args: ['scan', ${JSON.stringify(tiny)}]})`
    const startup = await interleaved(STARTUP_ROUNDS, [
      {args: ['-e', '0']},
      {args: [plBin, 'scan', tiny], env, okCodes: [0]},
      {args: ['--input-type=module', '-e', oclifRoute], env, cwd: resolve('.'), okCodes: [0]},
    ])
    const [nodeMs, bundledMs, oclifMs] = startup.ms as [number, number, number]

    const rate = (s: number): string => `${(mb / s).toFixed(1)} MB/s`
    const rows: Row[] = [
      {
        name: `pl scan --prompts vs secretlint (recommended preset), one ${mb.toFixed(0)} MB file`,
        ratio: oneFile.ratio,
        goal: '≥ 3',
        met: oneFile.ratio >= 3,
        detail: `${rate(oneFile.pl)} vs ${rate(oneFile.secretlint)}, commands with start-up, median of ${CLI_ROUNDS} rounds; ${oneFile.found}`,
      },
      {
        name: `pl scan --prompts vs secretlint, the same lines in ${parts.length} files of ~1 MB`,
        ratio: manyFiles.ratio,
        goal: '≥ 3',
        met: manyFiles.ratio >= 3,
        detail: `${rate(manyFiles.pl)} vs ${rate(manyFiles.secretlint)}, commands with start-up, median of ${CLI_ROUNDS} rounds; ${manyFiles.found}`,
      },
      {
        name: `pl scan --prompts vs secretlint, ${SMALL_FILES} files of ~${((smallBytes / SMALL_FILES) / 1024).toFixed(0)} KB`,
        ratio: smallFiles.ratio,
        goal: 'report',
        met: true,
        detail: `${(smallBytes / 1048576 / smallFiles.pl).toFixed(1)} MB/s vs ${(smallBytes / 1048576 / smallFiles.secretlint).toFixed(1)} MB/s, commands with start-up, median of 3 rounds; ${smallFiles.found}`,
      },
      {
        name: 'pl scan start-up (a one-line file): its bundle vs oclif\'s route',
        ratio: oclifMs / bundledMs,
        goal: 'report',
        met: true,
        detail: `median ${bundledMs.toFixed(0)} ms vs ${oclifMs.toFixed(0)} ms (node -e 0: ${nodeMs.toFixed(0)} ms), ${STARTUP_ROUNDS} interleaved rounds`,
      },
      {
        name: `scan engine, secrets + PII, as a fraction of grep -F (${keywords.length} keywords)`,
        ratio: grep / secretsOnly.seconds,
        goal: 'report',
        met: true,
        detail: `${rate(secretsOnly.seconds)} vs ${rate(grep)}`,
      },
      {
        name: `scan engine, + ${corpus.prompts.length} known prompts, as a fraction of grep -F`,
        ratio: grep / withPrompts.seconds,
        goal: '≥ 0.4',
        met: grep / withPrompts.seconds >= 0.4,
        detail: `${rate(withPrompts.seconds)}`,
      },
    ]
    rows.push({
      name: `known prompts: scan engine with ${corpus.prompts.length} registered prompts vs without`,
      ratio: withPrompts.seconds / secretsOnly.seconds,
      goal: '≤ 1.3',
      met: withPrompts.seconds / secretsOnly.seconds <= 1.3,
      detail: `${rate(withPrompts.seconds)} vs ${rate(secretsOnly.seconds)}, best of ${ENGINE_ROUNDS} interleaved rounds`,
    })
    // Issue 18: ten times the rules. A thousand more context rules (case-insensitive provider
    // names, as the long-tail tables add) must not slow the scan where their names are absent.
    const sameCatalogue = JSON.stringify(catalogue.findings) === JSON.stringify(secretsOnly.findings)
    rows.push({
      name: `scan engine with ${synthetic.length} more context rules (synthesized) vs the built-in catalogue`,
      ratio: secretsOnly.seconds / catalogue.seconds,
      goal: '≥ 0.9',
      met: secretsOnly.seconds / catalogue.seconds >= 0.9 && sameCatalogue,
      detail: `${rate(catalogue.seconds)} vs ${rate(secretsOnly.seconds)}; findings ${sameCatalogue ? 'identical' : 'DIFFER'}`,
    })
    if (import.meta.url.endsWith('.js')) {
      // One large file (the corpus repeated) on this thread and on one per core.
      const copies = Math.max(1, Math.round(WORKER_MB / mb))
      const large = join(dir, 'large.log')
      const body = readFileSync(file)
      writeFileSync(large, '')
      for (let i = 0; i < copies; i++) appendFileSync(large, body)
      const largeMb = statSync(large).size / 1048576
      const threads = availableParallelism()
      const one = await timedScan([large], corpus.prompts, {threads: 1}, 1)
      const workers = await timedScan([large], corpus.prompts, {threads, threshold: 1 << 20}, 1)
      const same = JSON.stringify(workers.findings) === JSON.stringify(one.findings)
      rows.push({
        name: `one ${largeMb.toFixed(0)} MB file on ${threads} threads vs one thread`,
        ratio: one.seconds / workers.seconds,
        goal: threads >= 2 ? '≥ 1.7' : 'report',
        met: same && (threads < 2 || one.seconds / workers.seconds >= 1.7),
        detail: `${(largeMb / workers.seconds).toFixed(1)} MB/s vs ${(largeMb / one.seconds).toFixed(1)} MB/s, with known prompts; findings ${same ? 'identical' : 'DIFFER'}`,
      })
    }
    return rows
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const {printRows} = await import('../util.js')
  printRows('Scanner', await benchScan(Number(process.argv[2] ?? 32)))
}
