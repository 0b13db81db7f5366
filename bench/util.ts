/**
 * Benchmark helpers: wall-clock timing with warm-up, best-of-N, and a result row printed as a
 * ratio against a baseline measured in the same run (never an absolute number to compare across
 * machines).
 */
export interface Row {
  name: string
  ratio: number
  goal: string
  met: boolean
  detail: string
}

export function bestOf(runs: number, fn: () => void): number {
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    best = Math.min(best, performance.now() - t)
  }
  return best
}

/** Best of N where each run times only its own measured phase (set-up excluded) and returns it. */
export function bestPhase(runs: number, run: () => number): number {
  let best = Infinity
  for (let i = 0; i < runs; i++) best = Math.min(best, run())
  return best
}

export async function bestOfAsync(runs: number, fn: () => Promise<void>): Promise<number> {
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    best = Math.min(best, performance.now() - t)
  }
  return best
}

export function printRows(title: string, rows: readonly Row[]): void {
  console.log(`\n${title}`)
  for (const r of rows) {
    console.log(`  ${r.met ? '✔' : '✖'} ${r.name.padEnd(58)} ratio ${r.ratio.toFixed(2).padStart(6)}  (goal ${r.goal})  ${r.detail}`)
  }
}

/** The middle value (the upper middle of an even count). */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
