/**
 * Adding a large file (streamed, encrypted, hashed, chunked into SQLite) against `sha256sum` of
 * the same file, with the peak resident memory of `pl evidence add` at two sizes.
 */
import {randomBytes} from 'node:crypto'
import {closeSync, mkdtempSync, openSync, rmSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {cleanEnv, measure} from './proc.js'
import type {Row} from './util.js'

const MIB = 1024 * 1024

function makeFile(path: string, mib: number): void {
  const block = randomBytes(MIB)
  const fd = openSync(path, 'w')
  for (let i = 0; i < mib; i++) writeSync(fd, block)
  closeSync(fd)
}

export async function benchLargeFile(): Promise<Row[]> {
  const big = Number(process.env.PL_BENCH_MB ?? 1024)
  const small = Math.max(16, Math.floor(big / 10))
  const dir = mkdtempSync(join(tmpdir(), 'pl-bench-large-'))
  const bin = resolve('bin', 'run.js')
  const keyFile = join(dir, 'key')
  const env = {...cleanEnv(), PL_HOME: join(dir, 'home'), PL_KEY_FILE: keyFile}
  try {
    closeSync(openSync(keyFile, 'w'))
    const fd = openSync(keyFile, 'w')
    writeSync(fd, randomBytes(32).toString('hex'))
    closeSync(fd)
    await measure(process.execPath, [bin, 'init'], env)
    const opened = await measure(process.execPath, [bin, 'incident', 'open', '--title', 'bench', '--severity', 'P3', '--json'], env)
    const id = (JSON.parse(opened.stdout) as {id: string}).id
    const results: {mib: number; add: number; sha: number; rss: number}[] = []
    for (const mib of [small, big]) {
      const file = join(dir, `f-${mib}.bin`)
      makeFile(file, mib)
      const sha = await measure('sha256sum', [file])
      const add = await measure(process.execPath, [bin, 'evidence', 'add', id, file, '--json'], env)
      if (add.code !== 0) throw new Error(`pl evidence add failed (${add.code})`)
      const recorded = (JSON.parse(add.stdout) as {evidence: {sha256: string}[]}).evidence[0]!.sha256
      if (!sha.stdout.startsWith(recorded)) throw new Error('recorded SHA-256 differs from sha256sum')
      results.push({mib, add: add.ms, sha: sha.ms, rss: add.peakRssMiB})
      rmSync(file)
    }
    const [s, b] = results as [(typeof results)[0], (typeof results)[0]]
    return [
      {
        name: `pl evidence add ${b.mib} MiB vs sha256sum`,
        ratio: b.sha / b.add,
        goal: '≥ 0.25',
        met: b.sha / b.add >= 0.25,
        detail: `pl ${((b.mib / b.add) * 1000).toFixed(0)} MiB/s, sha256sum ${((b.mib / b.sha) * 1000).toFixed(0)} MiB/s`,
      },
      {
        name: `peak RSS at ${b.mib} MiB vs at ${s.mib} MiB`,
        ratio: b.rss / s.rss,
        goal: '≈ 1 (flat)',
        met: b.rss - s.rss < 64,
        detail: `${b.rss.toFixed(0)} MiB vs ${s.rss.toFixed(0)} MiB`,
      },
    ]
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
