/**
 * Redaction keeps the record, for any JSONL: random records (JSON objects and plain text lines)
 * with GitHub tokens, e-mail addresses and copies of registered prompts planted within values and
 * across lines (halves on consecutive records, a prompt re-wrapped over plain lines). The copy has
 * as many lines; each JSON line still parses with the same keys, key order, array lengths and
 * non-string values; every value without a placeholder is the original; no planted value is left;
 * the copy passes pl's own check; and a rescan of the copy finds nothing.
 */
import assert from 'node:assert/strict'
import {createHash} from 'node:crypto'
import {describe, it} from 'node:test'

import fc from 'fast-check'

import {createScanner} from '../../../src/domain/scan/engine.js'
import {redactText, redactionProblem} from '../../../src/domain/scan/redact.js'
import {Rng, fakes, githubToken} from '../../fixtures/scan/fakes.js'
import {gatewayLog} from '../../fixtures/scan/gateway-log.js'

const {prompts} = gatewayLog(3)
const scanner = createScanner({fingerprint: (raw) => createHash('sha256').update(raw).digest('hex'), prompts})
const promptWords = prompts.map((p) => p.text.split(' '))

type Planted = {text: string; raw?: string}

const words = fc.constantFrom('hello', 'invoice', 'the', 'customer', 'asked', 'about', 'é', 'emoji 🙂', 'tab\there', 'line\nbreak', 'back\\slash', '"quoted"', 'ok.')
const token = fc.integer({min: 1, max: 1 << 30}).map((seed): Planted => {
  const raw = githubToken(new Rng(seed))
  return {text: raw, raw}
})
const email = fc.integer({min: 1, max: 1 << 30}).map((seed): Planted => {
  const raw = fakes.email(new Rng(seed))
  return {text: raw, raw}
})
const promptCopy = fc.tuple(fc.integer({min: 0, max: prompts.length - 1}), fc.constantFrom('whole', 'first-half', 'second-half', 'quoted', 'upper')).map(([i, kind]): Planted => {
  const all = promptWords[i] ?? []
  const half = Math.ceil(all.length / 2)
  const text = all.join(' ')
  switch (kind) {
    case 'first-half':
      return {text: all.slice(0, half).join(' ')}
    case 'second-half':
      return {text: all.slice(half).join(' ')}
    case 'quoted':
      return {text: `she wrote "${text}" to me`}
    case 'upper':
      return {text: text.toUpperCase()}
    default:
      return {text}
  }
})
const fragment = fc.oneof({weight: 6, arbitrary: words.map((text): Planted => ({text}))}, {weight: 1, arbitrary: token}, {weight: 1, arbitrary: email}, {weight: 1, arbitrary: promptCopy})
const sentence = fc.array(fragment, {minLength: 1, maxLength: 6}).map((parts) => ({text: parts.map((p) => p.text).join(' '), raws: parts.flatMap((p) => (p.raw === undefined ? [] : [p.raw]))}))

interface Generated {
  value: unknown
  raws: string[]
}

const leaf: fc.Arbitrary<Generated> = fc.oneof(
  {weight: 4, arbitrary: sentence.map((s) => ({value: s.text, raws: s.raws}))},
  {weight: 1, arbitrary: fc.integer({min: -100000, max: 100000}).map((n) => ({value: n, raws: []}))},
  {weight: 1, arbitrary: fc.constantFrom(true, false, null, 1.5).map((v) => ({value: v, raws: []}))},
)
const key = fc.constantFrom('ts', 'tenant', 'content', 'text', 'n', 'ok', 'messages', 'meta', 'weird key', 'x-y')
const { value: record } = fc.letrec<{value: Generated}>((tie) => ({
  value: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    {weight: 3, arbitrary: leaf},
    {
      weight: 1,
      arbitrary: fc.array(tie('value'), {maxLength: 4}).map((items) => ({value: items.map((i) => i.value), raws: items.flatMap((i) => i.raws)})),
    },
    {
      weight: 2,
      arbitrary: fc.uniqueArray(fc.tuple(key, tie('value')), {maxLength: 5, selector: ([k]) => k}).map((entries) => ({
        value: Object.fromEntries(entries.map(([k, v]) => [k, v.value])),
        raws: entries.flatMap(([, v]) => v.raws),
      })),
    },
  ),
}))

/** A line of the file: a JSON object, a plain text line, or a prompt re-wrapped over several plain lines. */
const lineGroup: fc.Arbitrary<{lines: string[]; raws: string[]}> = fc.oneof(
  {weight: 4, arbitrary: fc.uniqueArray(fc.tuple(key, record), {minLength: 1, maxLength: 5, selector: ([k]) => k}).map((entries) => ({
    lines: [JSON.stringify(Object.fromEntries(entries.map(([k, v]) => [k, v.value])))],
    raws: entries.flatMap(([, v]) => v.raws),
  }))},
  {weight: 1, arbitrary: sentence.map((s) => ({lines: [`2026-11-20T13:02:00Z INFO ${s.text.replace(/\n/g, ' ')}`], raws: s.raws}))},
  {weight: 1, arbitrary: fc.integer({min: 0, max: prompts.length - 1}).map((i) => {
    const all = promptWords[i] ?? []
    const lines = ['the prompt, as pasted:']
    for (let w = 0; w < all.length; w += 9) lines.push(`  ${all.slice(w, w + 9).join(' ')}`)
    return {lines, raws: []}
  })},
)

/** The same shape, checked without pl's code: keys and their order, array lengths, non-string values. */
function sameShape(a: unknown, b: unknown, path: string): void {
  if (typeof a === 'string') {
    assert.equal(typeof b, 'string', path)
    if (!(b as string).includes('[REDACTED:')) assert.equal(b, a, `${path} has no placeholder, so it is the original`)
    return
  }
  if (Array.isArray(a)) {
    assert.ok(Array.isArray(b), path)
    assert.equal(b.length, a.length, `${path}: array length`)
    a.forEach((item, i) => sameShape(item, b[i], `${path}[${i}]`))
    return
  }
  if (typeof a === 'object' && a !== null) {
    assert.deepEqual(Object.keys(b as object), Object.keys(a), `${path}: keys and their order`)
    for (const k of Object.keys(a)) sameShape((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`)
    return
  }
  assert.equal(b, a, `${path}: a non-string value`)
}

describe('redaction keeps the record (property)', () => {
  it('any JSONL with planted secrets, PII and prompt copies', () => {
    fc.assert(
      fc.property(fc.array(lineGroup, {minLength: 1, maxLength: 8}), (groups) => {
        const lines = groups.flatMap((g) => g.lines)
        const raws = groups.flatMap((g) => g.raws)
        const text = `${lines.join('\n')}\n`
        const findings = scanner.scanText(text)
        const copy = redactText(text, findings)
        const copied = copy.split('\n')
        assert.equal(copied.length, lines.length + 1, 'as many lines')
        lines.forEach((line, i) => {
          const redacted = copied[i] ?? ''
          assert.equal(redactionProblem(line, redacted, i + 1, findings), undefined, `line ${i + 1} passes pl's check`)
          if (!findings.some((f) => f.line <= i + 1 && i + 1 <= (f.endLine ?? f.line))) assert.equal(redacted, line, `line ${i + 1} has no finding, so it is kept`)
          if (line.startsWith('{')) sameShape(JSON.parse(line), JSON.parse(redacted), `line ${i + 1} $`)
        })
        for (const raw of raws) assert.ok(!copy.includes(raw) && !copy.includes(JSON.stringify(raw).slice(1, -1)), 'no planted value is left')
        assert.deepEqual(
          scanner.scanText(copy).map((f) => `${f.rule}@${f.line}`),
          [],
          'a rescan of the copy finds nothing',
        )
      }),
      {numRuns: 80},
    )
  })

  it('refuses a copy that changed a value without a finding, or spread a finding over two records', () => {
    const line = JSON.stringify({ts: '2026-11-20', tenant: 'acme', content: 'hello'})
    const finding = {rule: 'email', fingerprint: '0123456789abcdef', line: 1, start: line.indexOf('hello'), end: line.indexOf('hello') + 5}
    const good = line.replace('hello', '[REDACTED:email:01234567]')
    assert.equal(redactionProblem(line, good, 1, [finding]), undefined)
    assert.match(redactionProblem(line, good.replace('acme', ''), 1, [finding]) ?? '', /\$\.tenant holds no finding but would change/)
    assert.match(redactionProblem(line, good.replace('"2026-11-20"', '"[REDACTED:payment-card:01234567]"'), 1, [finding]) ?? '', /\$\.ts holds no finding/)
    assert.match(redactionProblem(line, good.replace(',"tenant"', ',"tenantX"'), 1, [finding]) ?? '', /keys/)
    assert.match(redactionProblem(line, good.slice(0, -1), 1, [finding]) ?? '', /not be valid JSON/)
    assert.match(redactionProblem(line, good, 1, [{...finding, endLine: 5}]) ?? '', /beyond this JSON record/)
    const across = {...finding, start: line.indexOf('acme'), end: line.indexOf('hello') + 5}
    assert.match(redactionProblem(line, good, 1, [across]) ?? '', /touches more than one value|would change/)
    assert.match(redactionProblem('plain text hello', 'plain text [REDACTED:email:01234567]!', 1, [{...finding, start: 11, end: 16}]) ?? '', /outside the redacted spans/)
  })
})
