import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import fc from 'fast-check'

import {createScanner} from '../../../src/domain/scan/engine.js'
import {placeholder, redactLine, redactText} from '../../../src/domain/scan/redact.js'
import {Rng, cardNumber, fakes, githubToken, pemKey} from '../../fixtures/scan/fakes.js'

const scanner = createScanner({fingerprint: (raw) => `abcdef0123456789${raw.length}`})

describe('redaction', () => {
  it('replaces each finding with a placeholder naming rule and fingerprint prefix', () => {
    const token = githubToken(new Rng(1))
    const line = `token=${token} ok`
    const findings = scanner.scanText(line)
    assert.equal(redactLine(line, 1, findings), 'token=[REDACTED:github-token:abcdef01] ok')
    assert.equal(placeholder({rule: 'x', fingerprint: '0123456789'}), '[REDACTED:x:01234567]')
  })

  it('keeps JSON lines valid, whatever is redacted in them', () => {
    const rng = new Rng(2)
    const line = JSON.stringify({
      messages: [{role: 'user', content: `my key\n${githubToken(rng)}\tand "quoted" ${fakes.email(rng)}`}],
      key: pemKey('ec'),
      dsn: `postgres://u:${fakes.password(rng)}@db/x`,
    })
    const findings = scanner.scanText(line)
    assert.equal(findings.length, 4)
    const redacted = redactLine(line, 1, findings)
    const parsed = JSON.parse(redacted) as {messages: Array<{content: string}>; key: string; dsn: string}
    assert.match(parsed.messages[0]?.content ?? '', /^my key\n\[REDACTED:github-token:abcdef01\]\tand "quoted" \[REDACTED:email:/)
    assert.match(parsed.key, /^\[REDACTED:private-key:abcdef01\]\n?$/)
    assert.match(parsed.dsn, /^postgres:\/\/u:\[REDACTED:connection-string-password:abcdef01\]@db\/x$/)
  })

  it('turns a redacted JSON number into a string', () => {
    const card = cardNumber(new Rng(3))
    const line = `{"card":${card},"n":1}`
    const redacted = redactLine(line, 1, scanner.scanText(line))
    assert.deepEqual(JSON.parse(redacted), {card: '[REDACTED:payment-card:abcdef01]', n: 1})
  })

  it('stays valid JSON for spans that cut escape sequences or cross values (property)', () => {
    const line = JSON.stringify({a: 'x\ny\u00e9z"q\\w', b: [1, 'tail\t'], c: 12.5})
    fc.assert(
      fc.property(fc.integer({min: 0, max: line.length}), fc.integer({min: 0, max: line.length}), (x, y) => {
        const [start, end] = x <= y ? [x, y] : [y, x]
        const redacted = redactLine(line, 1, [{rule: 'r', fingerprint: 'f', line: 1, start, end}])
        JSON.parse(redacted)
      }),
    )
  })

  it('redacts a multi-line key: placeholder on the first line, the rest emptied', () => {
    const pem = pemKey('ed25519').trimEnd()
    const text = `before\n${pem}\nafter`
    const redacted = redactText(text, scanner.scanText(text))
    assert.equal(redacted, `before\n[REDACTED:private-key:abcdef01]${'\n'.repeat(pem.split('\n').length - 1)}\nafter`)
  })
})
