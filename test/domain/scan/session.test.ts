import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import fc from 'fast-check'

import {Detector} from '../../../src/domain/scan/detect.js'
import {createScanner} from '../../../src/domain/scan/engine.js'
import {defaultRules} from '../../../src/domain/scan/rules/index.js'
import {ScanSession} from '../../../src/domain/scan/session.js'
import type {ScannerOptions} from '../../../src/domain/scan/engine.js'
import type {Finding} from '../../../src/domain/scan/types.js'
import {Rng, cardNumber, fakes, githubToken, pemKey} from '../../fixtures/scan/fakes.js'

const options: ScannerOptions = {fingerprint: (raw) => `fp:${raw.length}:${raw.slice(-2)}`}

function scanPieces(pieces: readonly string[], extra: Partial<ScannerOptions> = {}): {findings: Finding[]; lines: number} {
  const input = createScanner({...options, ...extra}).begin()
  const findings = pieces.flatMap((p) => input.push(p))
  findings.push(...input.end())
  return {findings, lines: input.lines}
}

const key = (f: Finding): string => `${f.rule}@${f.line}:${f.column}-${f.endLine ?? f.line}:${f.end}${f.jsonPath ?? ''}`

describe('JSON paths', () => {
  it('reports the path of hits inside nested strings of JSONL lines', () => {
    const rng = new Rng(1)
    const token = githubToken(rng)
    const email = fakes.email(rng)
    const lines = [
      JSON.stringify({model: 'gpt-4o', messages: [{role: 'system', content: 'be nice'}, {role: 'user', content: `use ${token} please`}]}),
      JSON.stringify({resourceSpans: [{scopeSpans: [{spans: [{name: 'chat', attributes: [{key: 'gen_ai.prompt', value: {stringValue: `mail ${email}`}}]}]}]}]}),
      JSON.stringify({'weird key': [[{'x-y': `card ${cardNumber(rng)}`}]]}),
    ]
    const {findings} = scanPieces([lines.join('\n')])
    assert.deepEqual(
      findings.map((f) => [f.rule, f.line, f.jsonPath]),
      [
        ['github-token', 1, '$.messages[1].content'],
        ['email', 2, '$.resourceSpans[0].scopeSpans[0].spans[0].attributes[0].value.stringValue'],
        ['payment-card', 3, '$["weird key"][0][0]["x-y"]'],
      ],
    )
    const first = findings[0] as Finding
    assert.equal(lines[0]?.slice(first.start, first.end), token)
  })

  it('scans an invalid JSON line as text, without a path', () => {
    const token = githubToken(new Rng(2))
    const {findings} = scanPieces([`{"truncated": "${token}`, '\n'])
    assert.equal(findings.length, 1)
    assert.equal(findings[0]?.jsonPath, undefined)
    assert.equal(findings[0]?.column, 16)
  })

  it('gives paths and real line numbers in a pretty-printed JSON document', () => {
    const token = githubToken(new Rng(3))
    const doc = JSON.stringify({request: {headers: {authorization: `token ${token}`}, body: {messages: [{content: 'hi'}]}}}, null, 2)
    const {findings, lines} = scanPieces([doc])
    assert.equal(lines, doc.split('\n').length)
    assert.equal(findings.length, 1)
    const finding = findings[0] as Finding
    assert.equal(finding.jsonPath, '$.request.headers.authorization')
    assert.equal(doc.split('\n')[finding.line - 1]?.slice(finding.start, finding.end), token)
  })
})

describe('tenants', () => {
  it('gives each finding the tenant its record names: JSON member, OTel attribute, key=value, none', () => {
    const rng = new Rng(11)
    const lines = [
      JSON.stringify({tenant_id: 'acme', headers: {authorization: `token ${githubToken(rng)}`}}),
      JSON.stringify({attributes: [{key: 'tenant.id', value: {stringValue: 'globex'}}, {key: 'gen_ai.prompt', value: {stringValue: `mail ${fakes.email(rng)}`}}]}),
      `2026-11-20T10:00:00Z level=info org=initech msg="card ${cardNumber(rng)}"`,
      `no tenant here ${fakes.email(rng)}`,
    ]
    const {findings} = scanPieces([lines.join('\n')])
    assert.deepEqual(
      findings.map((f) => [f.rule, f.line, f.tenant]),
      [
        ['github-token', 1, 'acme'],
        ['email', 2, 'globex'],
        ['payment-card', 3, 'initech'],
        ['email', 4, undefined],
      ],
    )
  })

  it('takes the tenant of a pretty-printed JSON document for every finding in it', () => {
    const rng = new Rng(12)
    const doc = JSON.stringify({request: {headers: {authorization: `token ${githubToken(rng)}`}}, meta: {customerId: 'cus_42'}}, null, 2)
    const {findings} = scanPieces([doc])
    assert.equal(findings.length, 1)
    assert.equal(findings[0]?.tenant, 'cus_42')
  })

  it('a known prompt copied into a tenant’s record carries the tenant', () => {
    const text = 'You are the billing assistant of Acme. Never reveal the refund override code or the internal escalation matrix to any customer under any circumstances.'
    const {findings} = scanPieces([`${JSON.stringify({tenant: 'acme', output: text})}\n`], {prompts: [{name: 'billing', text}]})
    const prompt = findings.find((f) => f.category === 'prompt')
    assert.equal(prompt?.tenant, 'acme')
  })
})

describe('streaming', () => {
  it('finds the same things however the input is split into pieces', () => {
    const rng = new Rng(4)
    const text = [
      `a ${githubToken(rng)} b`,
      JSON.stringify({k: pemKey('ec')}),
      pemKey('ed25519').trimEnd(),
      `card ${cardNumber(rng)} mail ${fakes.email(rng)}\r`,
      `password="${fakes.password(rng)}"`,
    ].join('\n')
    const whole = scanPieces([text])
    assert.equal(whole.findings.length, 6)
    fc.assert(
      fc.property(fc.array(fc.integer({min: 0, max: text.length}), {maxLength: 12}), (cuts) => {
        const sorted = [0, ...cuts.sort((a, b) => a - b), text.length]
        const pieces = sorted.slice(1).map((end, i) => text.slice(sorted[i], end))
        const split = scanPieces(pieces)
        assert.deepEqual(split.findings.map(key), whole.findings.map(key))
        assert.equal(split.lines, whole.lines)
      }),
      {numRuns: 50},
    )
  })

  it('finds the same things in a pretty-printed document given up for its size, however it is split', () => {
    // A block is cut out of the piece its lines lie in: the lines of a document gathered and then
    // scanned as lines (too large to parse whole) are no slice of the piece being read.
    const rng = new Rng(5)
    const members = Array.from({length: 60}, (_, i) => `  "k${i}": "${i % 6 === 0 ? `password=${fakes.password(rng)}` : `card ${cardNumber(rng)}`} \\n y",`)
    const text = ['{', ...members, '  "end": 1', '}', `mail ${fakes.email(rng)}`, `a ${githubToken(rng)} b`].join('\n')
    const limits = {maxJsonDocument: 1500, maxLineLength: 500, windowOverlap: 100}
    const whole = scanPieces([text], {limits})
    assert.ok(whole.findings.length > 20)
    for (const size of [7, 64, 1000]) {
      const pieces = Array.from({length: Math.ceil(text.length / size)}, (_, i) => text.slice(i * size, (i + 1) * size))
      assert.deepEqual(scanPieces(pieces, {limits}).findings.map(key), whole.findings.map(key), `pieces of ${size}`)
    }
  })

  it('counts lines like wc -l, plus an unterminated last line', () => {
    assert.equal(scanPieces(['a\nb\n']).lines, 2)
    assert.equal(scanPieces(['a\nb']).lines, 2)
    assert.equal(scanPieces(['']).lines, 0)
  })

  it('scans a line longer than the window limit in overlapping windows, each hit once with its column', () => {
    const rng = new Rng(5)
    const limits = {maxLineLength: 4096, windowOverlap: 512, blockSize: 1024}
    const filler = (n: number): string => rng.chars('abc def ghi,. ', n)
    const tokens: string[] = []
    let line = ''
    // Tokens at window boundaries and inside overlaps as well as in between.
    for (const at of [10, 3580, 3600, 4090, 7000, 7160, 20000, 40000]) {
      line += filler(at - line.length)
      const token = githubToken(rng)
      tokens.push(token)
      line += ` ${token} `
    }
    line += filler(1000)
    const pieces = line.match(/[\s\S]{1,777}/g) ?? []
    const {findings, lines} = scanPieces([...pieces, '\nnext line'], {limits})
    assert.equal(lines, 2)
    assert.deepEqual(
      findings.map((f) => line.slice(f.start, f.end)),
      tokens,
    )
    assert.ok(findings.every((f) => f.line === 1 && f.column === f.start + 1))
  })
})

describe('blocks', () => {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  const ssh2Key = (rng: Rng): string =>
    [
      '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
      'Comment: "rsa-key-20260402"',
      ...(`P2/56wAAA${rng.chars(B64, 1400)}`.match(/.{1,70}/g) ?? []),
      '---- END SSH2 ENCRYPTED PRIVATE KEY ----',
    ].join('\n')

  it('keep a private key whole when its BEGIN line comes just before a block would end: PEM and SSH2', () => {
    const rng = new Rng(9)
    const limits = {blockSize: 1024}
    for (const pem of [pemKey('rsa'), ssh2Key(rng)]) {
      for (const before of [900, 1000, 1020]) {
        const filler = rng.chars('abcdefgh ', before)
        const text = `${filler}\n${pem.trimEnd()}\nafter\n`
        const {findings} = scanPieces([text], {limits})
        assert.deepEqual(
          findings.map((f) => [f.rule, f.line, f.endLine]),
          [['private-key', 2, pem.trimEnd().split('\n').length + 1]],
          `${pem.slice(0, 20)} after ${before} characters`,
        )
        assert.deepEqual(findings.map(key), scanPieces([text]).findings.map(key), 'the same as with one block')
      }
    }
  })
})

describe('a very long line', () => {
  it('is held at most one window and one piece at a time, its hits found once at their columns', () => {
    // The mechanism that keeps a 200 MB line in bounded memory, shown on a 2 MB line with a 16 KB window.
    const rng = new Rng(6)
    const limits = {maxLineLength: 16 << 10, windowOverlap: 2 << 10}
    const first = githubToken(rng)
    const last = fakes.email(rng)
    const pieceSize = 8 << 10
    const fillerPiece = 'lorem ipsum dolor sit amet, '.repeat(pieceSize / 28 + 1).slice(0, pieceSize)
    const session = new ScanSession(new Detector(defaultRules), undefined, limits)
    const found = [...session.push(`{"data":"${first} `)]
    let length = first.length + 10
    let peak = 0
    for (let i = 0; i < 256; i++) {
      found.push(...session.push(fillerPiece))
      length += pieceSize
      peak = Math.max(peak, session.buffered)
    }
    found.push(...session.push(` ${last}"}\n`), ...session.end())
    assert.ok(peak <= limits.maxLineLength + pieceSize, `held ${peak} characters`)
    assert.deepEqual(
      found.map((d) => d.rule),
      ['github-token', 'email'],
    )
    assert.equal(found[1]?.start, length + 1)
    assert.equal(session.lines, 1)
  })
})

describe('findings are safe to keep', () => {
  it('never contain the raw value; onSecret receives it', () => {
    const rng = new Rng(6)
    const token = githubToken(rng)
    const card = cardNumber(rng)
    const raws: string[] = []
    const scanner = createScanner({fingerprint: () => 'f', onSecret: (_finding, raw) => raws.push(raw)})
    const findings = scanner.scanText(`t=${token} c=${card}`)
    const serialised = JSON.stringify(findings)
    assert.ok(!serialised.includes(token) && !serialised.includes(card))
    assert.deepEqual(raws, [token, card])
  })
})
