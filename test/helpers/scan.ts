/** One scanner and the questions the scanner's rule tests ask of it: what a rule reports, and why it nearly fired. */
import assert from 'node:assert/strict'

import {createScanner} from '../../src/domain/scan/engine.js'
import {explainText} from '../../src/services/scan/explain-rules.js'

/** The built-in rules, with a fingerprint that needs no key. */
export const scanner = createScanner({fingerprint: (raw) => `fp${raw.length}`})

/** The rules that report on `text`, in order. */
export const rules = (text: string): string[] => scanner.scanText(text).map((f) => f.rule)

/** The span a rule reports in `text`, or undefined. */
export function found(text: string, rule: string): string | undefined {
  const hit = scanner.scanText(text).find((f) => f.rule === rule)
  return hit === undefined ? undefined : text.slice(hit.start, hit.end)
}

/** Why `rule` nearly fired on `text`, as `pl rules explain` says it. */
export function whyNot(text: string, rule: string): string {
  const near = explainText(text).nearlyFired.find((n) => n.rule === rule)
  assert.ok(near !== undefined, `${rule} near miss in ${JSON.stringify(text)}: ${JSON.stringify(explainText(text))}`)
  return near.why
}
