/**
 * Two guards of the detector against text that only looks like a finding:
 * - pl's own redaction markers, `[REDACTED:<rule>:<8 hex>]`, are never a finding, whatever the
 *   fingerprint prefix (an all-digit one reads as a phone number) and whatever rule id (its words
 *   read as a provider's name), in the contexts a redacted copy puts them in;
 * - a provider's name spelled by chance inside base64 data (an image's `data:…;base64,` payload,
 *   a blob longer than any credential) does not open its context rule, while the same credential
 *   written next to its provider's name is still found, also on a line that carries such data.
 */
import assert from 'node:assert/strict'
import {createHash} from 'node:crypto'
import {describe, it} from 'node:test'

import fc from 'fast-check'

import {BASE64_RUN} from '../../../src/domain/scan/detect.js'
import {createScanner} from '../../../src/domain/scan/engine.js'
import {MARKER_SOURCE, redactionMarker} from '../../../src/domain/scan/marker.js'
import {providerRules} from '../../../src/domain/scan/providers/index.js'
import {placeholder} from '../../../src/domain/scan/redact.js'
import {defaultRules} from '../../../src/domain/scan/rules/index.js'
import type {Finding} from '../../../src/domain/scan/types.js'
import {Rng} from '../../fixtures/scan/fakes.js'

const scanner = createScanner({fingerprint: (raw) => createHash('sha256').update(raw).digest('hex')})
const ruleIds = [...new Set([...defaultRules.map((r) => r.id), 'known-prompt'])]

/** Where a redacted copy puts a marker: prose, JSON values, assignments, next to phone and key words. */
const CONTEXTS: readonly ((m: string) => string)[] = [
  (m) => m,
  (m) => `call ${m} today`,
  (m) => `tel: ${m}`,
  (m) => `phone number ${m} or mobile ${m}`,
  (m) => `{"messages":[{"role":"user","content":"my number is ${m} and my key is ${m}"}]}`,
  (m) => `{"phone": "${m}", "card": "${m}", "ssn": "${m}"}`,
  (m) => `token: ${m}`,
  (m) => `api_key=${m}\npassword = ${m}`,
  (m) => `Authorization: Bearer ${m}`,
  (m) => `postgres://app:${m}@db.internal:5432/prod`,
  (m) => `${m}${m} ${m}`,
  (m) => `the ${m} value (${m}), then ${m}.`,
]

const hex = fc.stringMatching(/^[0-9a-f]{64}$/)
const digitsFirst = fc.tuple(fc.stringMatching(/^[0-9]{8}$/), fc.stringMatching(/^[0-9a-f]{56}$/)).map(([a, b]) => a + b)

function overlapping(findings: readonly Finding[], text: string): Finding[] {
  const spans = [...text.matchAll(new RegExp(MARKER_SOURCE, 'g'))].map((m) => [m.index, m.index + m[0].length] as const)
  return findings.filter((f) => spans.some(([from, to]) => f.start < to && f.end > from))
}

describe("pl's own redaction markers", () => {
  it('redact writes the marker the scanner knows', () => {
    const m = placeholder({rule: 'phone', fingerprint: '80950368aa'})
    assert.equal(m, '[REDACTED:phone:80950368]')
    assert.equal(m, redactionMarker('phone', '80950368aa'))
    assert.match(m, new RegExp(`^${MARKER_SOURCE}$`))
  })

  it('no rule reports a marker, for random fingerprints (all-digit ones included) and every rule id, in realistic contexts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ruleIds), fc.oneof(hex, digitsFirst), fc.constantFrom(...CONTEXTS), (rule, fingerprint, context) => {
        const text = context(redactionMarker(rule, fingerprint))
        for (const line of [text, text.replace(/\n/g, ' ')]) {
          const found = overlapping(scanner.scanText(line), line)
          assert.deepEqual(found.map((f) => f.rule), [], `${line}`)
        }
      }),
      {numRuns: 3000},
    )
  })

  it('every rule id with the all-digit fingerprint of the report is clean after "call"', () => {
    for (const rule of ruleIds) {
      const text = `call ${redactionMarker(rule, '80950368')} or ${redactionMarker(rule, '76504388')}`
      assert.deepEqual(scanner.scanText(text).map((f) => f.rule), [], text)
    }
  })

  it('a value right after a marker is still found: only the marker itself is skipped', () => {
    const rng = new Rng(11)
    const ibm = providerRules.find((r) => r.id === 'ibm-cloud-api-key')
    assert.ok(ibm !== undefined)
    const text = `${redactionMarker('phone', '80950368')} ${ibm.sampleInContext(ibm.sample(rng))}`
    assert.deepEqual(scanner.scanText(text).map((f) => f.rule), ['ibm-cloud-api-key'])
  })
})

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
/** Random base64 of `n` characters, as an encoded image's bytes read. */
const base64 = (rng: Rng, n: number): string => rng.chars(B64, n)

/** Keywords of the rules the guard covers (a provider's name), that base64 can spell. */
const proseKeywords = [...new Set(defaultRules.filter((r) => r.proseKeywords === true).flatMap((r) => r.keywords))].filter((k) => /^[A-Za-z0-9+/]+$/.test(k))

/** `payload` with each keyword written over it at a random place, in lower or upper case. */
function plant(rng: Rng, payload: string, keywords: readonly string[]): string {
  let out = payload
  for (const keyword of keywords) {
    const at = 1 + rng.int(out.length - keyword.length - 2)
    const spelled = rng.int(2) === 0 ? keyword : keyword.toUpperCase()
    out = out.slice(0, at) + spelled + out.slice(at + keyword.length)
  }
  return out
}

describe('provider names inside base64 data', () => {
  it('covers the catalogue: nearly a thousand names base64 can spell, ibm and lark among them', () => {
    assert.ok(proseKeywords.length > 900, `${proseKeywords.length}`)
    assert.ok(proseKeywords.includes('ibm') && proseKeywords.includes('lark'))
  })

  it('a data: URI of random bytes with every provider name planted in it gives no finding', () => {
    const rng = new Rng(2026)
    const lines: string[] = []
    // About 25 names per image of 6,000 characters, each name planted in three images.
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < proseKeywords.length; i += 25) {
        const payload = plant(rng, base64(rng, 6000), [...proseKeywords.slice(i, i + 25), 'ibm', 'lark'])
        lines.push(JSON.stringify({messages: [{role: 'user', content: [{type: 'image_url', image_url: {url: `data:image/png;base64,${payload}`}}]}]}))
      }
    }
    const findings = scanner.scanText(lines.join('\n'))
    assert.deepEqual(findings.map((f) => `${f.rule} line ${f.line}`), [])
  })

  it('a short data: payload and a bare base64 blob longer than BASE64_RUN give none either', () => {
    const rng = new Rng(7)
    const lines: string[] = []
    for (let i = 0; i < 400; i++) {
      lines.push(`<img src="data:image/gif;base64,${plant(rng, base64(rng, 200), ['ibm', 'lark'])}">`)
      lines.push(`{"blob": "${plant(rng, base64(rng, BASE64_RUN * 2), [rng.pick(proseKeywords), 'ibm', 'lark'])}"}`)
    }
    assert.deepEqual(scanner.scanText(lines.join('\n')).map((f) => `${f.rule} line ${f.line}`), [])
  })

  it('the same credential next to its provider name is still found, also beside an image on the same line', () => {
    const rng = new Rng(5)
    for (const id of ['ibm-cloud-api-key', 'larksuite-api-key']) {
      const rule = providerRules.find((r) => r.id === id)
      assert.ok(rule !== undefined, id)
      const value = rule.sample(rng)
      const image = `data:image/png;base64,${base64(rng, 4000)}`
      const contexts = [
        rule.sampleInContext(value),
        `{"image": "${image}", "note": "${rule.sampleInContext(value)}"}`,
        `${base64(rng, BASE64_RUN * 3)} ${rule.sampleInContext(value)}`,
      ]
      for (const text of contexts) assert.ok(scanner.scanText(text).some((f) => f.rule === id), `${id} in ${text.slice(0, 60)}…`)
    }
  })
})
