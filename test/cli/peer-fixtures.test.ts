/**
 * The peer-fixtures yardstick (../shared/vectors/peer-fixtures: other scanners' test cases as
 * prompt-log lines) scored as its score.py does, with thresholds a little below what the scanner
 * reaches, so that a regression in recall or precision fails. The numbers reached are in
 * docs/scanning.md.
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {describe, it} from 'node:test'

import {defaultRules} from '../../src/domain/scan/rules/index.js'
import {runPl} from '../helpers/cli.js'

const DIR = resolve('..', 'shared', 'vectors', 'peer-fixtures')

interface Truth {
  line: number
  category: 'secret' | 'pii'
  type: string
  positive: boolean
  spans: [number, number][] | null
  weak?: boolean
  contains_positive_value?: boolean
}

interface JsonFinding {
  line: number
  column: number
  endColumn: number
  endLine?: number
  rule: string
  category: string
}

interface Score {
  recall: Record<'secret' | 'pii', number>
  precision: Record<'secret' | 'pii', number>
  /** Recall over types not prefixed `other:`. */
  namedRecall: number
  /**
   * Of the secrets found, the share found only by the generic rules (`key = value`, bearer): every
   * secret finding overlapping the value is from one of them. Held to at most a quarter (issue 18), with a margin.
   */
  genericOnly: number
  /** PII recall over the kinds issue 18 puts in scope (IN_SCOPE_PII), and its counts. */
  inScopePii: {recall: number; found: number; of: number}
}

/** The generic secret rules: those a provider rule outranks (generic-secret, bearer-token). */
const GENERIC_RULES = new Set(defaultRules.filter((r) => r.category === 'secret' && r.priority < 3).map((r) => r.id))

/**
 * The fixtures' PII types that are personal data in scope (docs/scanning.md, "Personal data"):
 * e-mail, phone numbers, payment cards, IBAN, bank routing numbers, US SSN and ITIN, IP addresses
 * and the national identity numbers with check digits. Left out: company registrations (de-handelsregister,
 * kr-brn, sg-uen, au-abn, au-acn, se-organisationsnummer), VAT and business tax numbers (de-vat-id,
 * it-vat-code, in-gstin, de-tax-number), plates, postcodes, URLs, MAC addresses, crypto wallets,
 * medical-provider numbers (de-bsnr, de-lanr, us-npi), and identity documents without a check
 * digit that are not in the issue's list (passports, driving licences, voter and health-insurance ids).
 */
export const IN_SCOPE_PII: readonly string[] = [
  'email', 'phone', 'ph-mobile-number', 'tr-phone-number', 'credit-card', 'iban', 'aba-routing', 'us-ssn', 'us-itin', 'ip-address',
  'uk-nino', 'uk-nhs', 'de-tax-id', 'de-id-card', 'es-nif', 'es-nie', 'it-fiscal-code', 'pl-pesel', 'se-personnummer',
  'fi-personal-identity-code', 'tr-national-id', 'in-aadhaar', 'in-pan', 'kr-rrn', 'sg-fin', 'za-id-number', 'ca-sin', 'au-tfn', 'au-medicare',
]

/** UTF-16 offset of a code-point offset. */
function u16(text: string, index: number): number {
  return Array.from(text).slice(0, index).join('').length
}

function score(corpus: string, truthFile: string, findings: readonly JsonFinding[]): Score {
  const lines = readFileSync(resolve(DIR, corpus), 'utf8').split('\n')
  const truth = readFileSync(resolve(DIR, truthFile), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Truth)
  const byLine = new Map<number, {start: number; end: number; category: string; rule: string}[]>()
  for (const f of findings) {
    const end = (f.endLine ?? f.line) === f.line ? f.endColumn - 1 : 1e9
    byLine.set(f.line, [...(byLine.get(f.line) ?? []), {start: f.column - 1, end, category: f.category, rule: f.rule}])
  }
  const c = {pos: {secret: 0, pii: 0}, hit: {secret: 0, pii: 0}, tp: {secret: 0, pii: 0}, fp: {secret: 0, pii: 0}}
  let named = 0
  let namedHit = 0
  let genericOnly = 0
  let inScope = 0
  let inScopeHit = 0
  for (const t of truth) {
    const text = lines[t.line - 1] ?? ''
    const spans = t.spans === null || t.spans.length === 0 ? null : t.spans.map(([a, b]) => [u16(text, a), u16(text, b)] as const)
    const found = byLine.get(t.line) ?? []
    const overlaps = (f: {start: number; end: number}): boolean => spans === null || spans.some(([a, b]) => f.start < b && a < f.end)
    if (t.positive) {
      if (t.weak === true) continue
      const hits = found.filter((f) => f.category === t.category && overlaps(f))
      const hit = hits.length > 0
      c.pos[t.category]++
      if (hit) c.hit[t.category]++
      if (hit && t.category === 'secret' && hits.every((f) => GENERIC_RULES.has(f.rule))) genericOnly++
      if (!t.type.startsWith('other:')) {
        named++
        if (hit) namedHit++
      }
      if (t.category === 'pii' && IN_SCOPE_PII.includes(t.type)) {
        inScope++
        if (hit) inScopeHit++
      }
      for (const f of found) {
        if (f.category === t.category && overlaps(f)) c.tp[t.category]++
        else if (f.category === 'secret' && t.category === 'pii') c.fp.secret++
      }
    } else if (t.contains_positive_value !== true) {
      for (const f of found) if (f.category === 'secret' || f.category === t.category) c.fp[f.category as 'secret' | 'pii']++
    }
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b)
  return {
    recall: {secret: ratio(c.hit.secret, c.pos.secret), pii: ratio(c.hit.pii, c.pos.pii)},
    precision: {secret: ratio(c.tp.secret, c.tp.secret + c.fp.secret), pii: ratio(c.tp.pii, c.tp.pii + c.fp.pii)},
    namedRecall: ratio(namedHit, named),
    genericOnly: ratio(genericOnly, c.hit.secret),
    inScopePii: {recall: ratio(inScopeHit, inScope), found: inScopeHit, of: inScope},
  }
}

async function scanFile(name: string): Promise<JsonFinding[]> {
  const result = await runPl(['scan', resolve(DIR, name), '--format', 'json'], {timeoutMs: 120_000})
  // Exit 1: findings were made (the scan's documented "found something" code).
  assert.ok(result.code === 0 || result.code === 1, result.stderr)
  return (JSON.parse(result.stdout) as {findings: JsonFinding[]}).findings
}

describe('peer fixtures (other scanners\' test cases) keep their score', () => {
  it('values in their fixture\'s context', async (t) => {
    const s = score('corpus.jsonl', 'truth.jsonl', await scanFile('corpus.jsonl'))
    const reached = JSON.stringify(s)
    // Reported for docs/scanning.md.
    t.diagnostic(`peer fixtures in context: ${reached}`)
    assert.ok(s.recall.secret >= 0.9, `secret recall ${reached}`)
    assert.ok(s.precision.secret >= 0.97, `secret precision ${reached}`)
    assert.ok(s.recall.pii >= 0.56, `pii recall ${reached}`)
    assert.ok(s.inScopePii.recall >= 0.88, `in-scope pii recall ${reached}`)
    // Issue 18's goals: recall 0.90 and precision 0.97 in context; the generic rules alone make at
    // most a quarter of the hits (0.10 is where they are).
    assert.ok(s.genericOnly <= 0.1, `generic-only share ${reached}`)
    assert.ok(s.precision.pii >= 0.97, `pii precision ${reached}`)
  })

  it('bare values pasted alone into a sentence', async (t) => {
    const s = score('bare.jsonl', 'truth-bare.jsonl', await scanFile('bare.jsonl'))
    const reached = JSON.stringify(s)
    t.diagnostic(`peer fixtures bare: ${reached}`)
    assert.ok(s.recall.secret >= 0.86, `bare secret recall ${reached}`)
    // Issue 18's goal: 0.90 on named providers.
    assert.ok(s.namedRecall >= 0.9, `bare named-provider recall ${reached}`)
    assert.ok(s.precision.secret >= 0.99, `bare precision ${reached}`)
  })
})
