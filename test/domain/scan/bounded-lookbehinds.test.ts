/**
 * A lookbehind is evaluated at every place its rule is tried. One that ends in an unbounded run
 * (`[A-Za-z0-9_.]*`, `\s+`) reads back over the whole run each time, so a long line of names or of
 * spaces costs time quadratic in its length: a 500 KB line of `token` took 80 s before the generic
 * rule's comparison lookbehind was bounded. Every rule's lookbehinds must be bounded.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {defaultRules} from '../../../src/domain/scan/rules/index.js'

/** The lookbehind groups of a regex source, `(?<=…)` and `(?<!…)`, with their brackets balanced. */
function lookbehinds(source: string): string[] {
  const groups: string[] = []
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      i++
      continue
    }
    if (!source.startsWith('(?<=', i) && !source.startsWith('(?<!', i)) continue
    let depth = 0
    let j = i
    for (; j < source.length; j++) {
      const c = source[j]
      if (c === '\\') {
        j++
      } else if (c === '[') {
        while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1
      } else if (c === '(') {
        depth++
      } else if (c === ')' && --depth === 0) {
        break
      }
    }
    groups.push(source.slice(i, j + 1))
  }
  return groups
}

/** Whether a group holds `*`, `+` or `{n,}` outside escapes and character classes. */
function unbounded(group: string): boolean {
  const bare = group.replace(/\\./g, '').replace(/\[[^\]]*\]/g, 'C')
  return /[*+]|\{\d+,\}/.test(bare)
}

describe('rules: bounded lookbehinds', () => {
  it('the check itself tells a bounded lookbehind from an unbounded one', () => {
    assert.deepEqual(lookbehinds(String.raw`a(?<=x[)]\s{0,8})b(?<!y(?:z)+)`), [String.raw`(?<=x[)]\s{0,8})`, String.raw`(?<!y(?:z)+)`])
    assert.equal(unbounded(String.raw`(?<=x[*+]\s{0,8}\*)`), false)
    assert.equal(unbounded(String.raw`(?<=x[A-Z]*)`), true)
    assert.equal(unbounded(String.raw`(?<=\s+)`), true)
    assert.equal(unbounded(String.raw`(?<=a{2,})`), true)
  })

  it('no rule has a lookbehind that reads back without bound', () => {
    const found: string[] = []
    for (const rule of defaultRules) {
      for (const group of lookbehinds(rule.pattern.source)) if (unbounded(group)) found.push(`${rule.id}: ${group.slice(0, 100)}`)
    }
    assert.deepEqual(found, [])
  })
})
