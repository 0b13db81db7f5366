/** "Did you mean": the known word closest to a mistyped one. */

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1)
      d[i]![j] = best
    }
  }
  return d[a.length]![b.length]!
}

/**
 * The candidate `word` most likely meant: the only one it is a prefix of, else the nearest within
 * a third of its length (at least 1, at most 3 edits); undefined when nothing is close.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase()
  const prefixed = candidates.filter((c) => c.startsWith(w))
  if (w.length > 0 && prefixed.length === 1) return prefixed[0]
  const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)))
  let best: {c: string; d: number} | undefined
  for (const c of candidates) {
    const dist = editDistance(w, c)
    if (dist <= limit && (best === undefined || dist < best.d)) best = {c, d: dist}
  }
  return best?.c
}
