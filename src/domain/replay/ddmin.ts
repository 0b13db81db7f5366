/**
 * Delta debugging to a 1-minimal failing configuration (Zeller and Hildebrandt, "Simplifying and
 * Isolating Failure-Inducing Input", 2002): the result still fails, and removing any single element
 * makes the failure go away.
 *
 * Zeller's split-into-n schedule finds one cause in O(log n) tests but can spend far more on k
 * causes that must occur together (a request and the sentence it extracts). So the reduction is
 * done in the binary-search form of delta debugging: with `kept` the causes found so far, binary
 * search for the shortest prefix of the remaining elements that fails together with `kept`; its
 * last element is a cause, everything after it is dropped. That costs about k·⌈log2 n⌉ + k tests.
 * A model is not a monotone function, so a final pass tries removing each element of the result
 * once more (k tests) and keeps only what is needed. Tests are memoised: `calls` counts distinct
 * configurations tried, i.e. model calls.
 */

export interface DdminResult<T> {
  minimal: T[]
  /** Number of distinct configurations tested (model calls). */
  calls: number
  /** False when the whole input did not fail on re-test (a stochastic model): nothing was reduced. */
  reproduced: boolean
}

export async function ddmin<T>(items: readonly T[], fails: (subset: readonly T[]) => Promise<boolean>, key: (item: T) => string = String): Promise<DdminResult<T>> {
  const cache = new Map<string, boolean>()
  let calls = 0
  const order = new Map(items.map((x, i) => [x, i]))
  const test = async (subset: readonly T[]): Promise<boolean> => {
    // Configurations are tested in the input's order, whatever order they were built in.
    const sorted = [...subset].sort((a, b) => order.get(a)! - order.get(b)!)
    const k = sorted.map(key).join('\u0000')
    const known = cache.get(k)
    if (known !== undefined) return known
    calls += 1
    const result = await fails(sorted)
    cache.set(k, result)
    return result
  }
  if (!(await test(items))) return {minimal: [...items], calls, reproduced: false}
  let kept: T[] = []
  let rest = [...items]
  // The empty configuration is taken not to fail: there is nothing to send.
  while (kept.length === 0 || !(await test(kept))) {
    // Smallest i with fails(kept ∪ rest[0..i]); rest[0..rest.length-1] is known to fail.
    let lo = 0
    let hi = rest.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (await test([...kept, ...rest.slice(0, mid + 1)])) hi = mid
      else lo = mid + 1
    }
    kept = [...kept, rest[lo]!]
    rest = rest.slice(0, lo)
  }
  for (const x of [...kept]) {
    const without = kept.filter((y) => y !== x)
    if (without.length > 0 && (await test(without))) kept = without
  }
  return {minimal: [...kept].sort((a, b) => order.get(a)! - order.get(b)!), calls, reproduced: true}
}
