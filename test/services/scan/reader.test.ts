import assert from 'node:assert/strict'
import {chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {after, before, describe, it} from 'node:test'
import {gzipSync} from 'node:zlib'

import {createScanner} from '../../../src/domain/scan/engine.js'
import {scanInputs} from '../../../src/services/scan/reader.js'
import {looksBinary} from '../../../src/services/scan/text-kind.js'
import {UserError} from '../../../src/errors.js'
import {Rng, cardNumber, fakes, githubToken} from '../../fixtures/scan/fakes.js'

const scanner = createScanner({fingerprint: (raw) => `fp${raw.length}`})
let dir = ''
const rng = new Rng(42)
const token = githubToken(rng)
const email = fakes.email(rng)
const card = cardNumber(rng)

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'pl-scan-'))
  mkdirSync(join(dir, 'tree', 'nested'), {recursive: true})
  writeFileSync(join(dir, 'tree', 'a.log'), `line one\ntoken=${token}\n`)
  writeFileSync(join(dir, 'tree', 'nested', 'b.jsonl'), [JSON.stringify({messages: [{content: `mail ${email}`}]}), '{not json ' + card, ''].join('\n'))
  writeFileSync(join(dir, 'tree', 'nested', 'c.log.gz'), gzipSync(`x\ny\ncard ${card}\n`))
  writeFileSync(join(dir, 'tree', 'image.png'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), Buffer.from(`token=${token}`)]))
  const gz = gzipSync(`first ${email}\n${'filler line\n'.repeat(5000)}last ${token}\n`)
  writeFileSync(join(dir, 'corrupt.gz'), gz.subarray(0, Math.floor(gz.length / 2)))
  writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('caf\xe9 ', 'latin1'), Buffer.from(`${email}\n`)]))
})

after(() => rmSync(dir, {recursive: true, force: true}))

describe('scanInputs', () => {
  it('walks a directory recursively: text, JSONL with paths, gzip; skips and counts binaries', async () => {
    const {findings, stats} = await scanInputs({inputs: [join(dir, 'tree')], scanner})
    assert.deepEqual(
      findings.map((f) => [f.path.slice(dir.length + 1), f.rule, f.line, f.jsonPath]),
      [
        ['tree/a.log', 'github-token', 2, undefined],
        ['tree/nested/b.jsonl', 'email', 1, '$.messages[0].content'],
        ['tree/nested/b.jsonl', 'payment-card', 2, undefined],
        ['tree/nested/c.log.gz', 'payment-card', 3, undefined],
      ],
    )
    assert.equal(stats.files, 3)
    assert.equal(stats.skippedBinary, 1)
    assert.equal(stats.lines, 2 + 2 + 3)
    // The JSON Lines file's second line is not JSON: scanned as text, and reported.
    assert.deepEqual(stats.errors, [{path: join(dir, 'tree', 'nested', 'b.jsonl'), message: '1 line is not valid JSON (line 2); scanned as text', line: 2}])
    assert.ok(stats.bytes > 0 && stats.durationMs >= 0)
  })

  it('reports a corrupt gzip with its path, keeps what was read, and goes on', async () => {
    const {findings, stats} = await scanInputs({inputs: [join(dir, 'corrupt.gz'), join(dir, 'tree', 'a.log')], scanner})
    assert.equal(stats.errors.length, 1)
    assert.equal(stats.errors[0]?.path, join(dir, 'corrupt.gz'))
    assert.ok(findings.some((f) => f.rule === 'email' && f.path.endsWith('corrupt.gz')))
    assert.ok(findings.some((f) => f.rule === 'github-token' && f.path.endsWith('a.log')))
  })

  it('a JSON Lines gzip cut short is reported once, as unreadable: its cut-off last line is not also a JSON problem', async () => {
    const lines = Array.from({length: 4000}, (_, i) => JSON.stringify({i, msg: `request ${i} served for someone.${i}@example.org`}))
    const gz = gzipSync(lines.join('\n') + '\n')
    const cut = join(dir, 'cut.jsonl.gz')
    writeFileSync(cut, gz.subarray(0, Math.floor(gz.length * 0.6)))
    const {findings, stats} = await scanInputs({inputs: [cut], scanner})
    assert.equal(stats.errors.length, 1, JSON.stringify(stats.errors))
    assert.equal(stats.errors[0]?.line, undefined)
    assert.ok(findings.length > 100, 'the good prefix is scanned')
  })

  it('reports missing and unreadable paths and scans the rest', async () => {
    const locked = join(dir, 'locked.txt')
    writeFileSync(locked, `token=${token}\n`)
    chmodSync(locked, 0)
    const {findings, stats} = await scanInputs({inputs: [join(dir, 'missing'), locked, join(dir, 'tree', 'a.log')], scanner})
    assert.equal(stats.errors[0]?.path, join(dir, 'missing'))
    assert.match(stats.errors[0]?.message ?? '', /ENOENT/)
    // root can read a mode-000 file; anyone else gets EACCES.
    if (process.getuid?.() !== 0) assert.match(stats.errors[1]?.message ?? '', /EACCES/)
    assert.ok(findings.some((f) => f.path.endsWith('a.log')))
  })

  it('decodes non-UTF-8 bytes as replacement characters and still finds what follows', async () => {
    const {findings, stats} = await scanInputs({inputs: [join(dir, 'latin1.txt')], scanner})
    assert.equal(stats.errors.length, 1)
    assert.equal(stats.errors[0]?.line, 1)
    assert.match(stats.errors[0]?.message ?? '', /^1 invalid UTF-8 sequence \(.*line 1\), read as U\+FFFD$/)
    assert.equal(findings[0]?.rule, 'email')
    assert.equal(findings[0]?.column, 6)
  })

  it('reads standard input as "-", gzip included', async () => {
    const stdin = Readable.from([gzipSync(`${JSON.stringify({a: [token]})}\n`)])
    const {findings, stats} = await scanInputs({inputs: ['-'], scanner, stdin})
    assert.equal(findings[0]?.path, '-')
    assert.equal(findings[0]?.jsonPath, '$.a[0]')
    assert.equal(stats.files, 1)
  })

  it('reports progress against the total size and streams findings', async () => {
    const progress: Array<[number, number | undefined]> = []
    const streamed: string[] = []
    const result = await scanInputs({
      inputs: [join(dir, 'tree')],
      scanner,
      collect: false,
      onProgress: (read, total) => progress.push([read, total]),
      onFinding: (f) => streamed.push(f.rule),
    })
    assert.equal(result.findings.length, 0)
    assert.equal(streamed.length, 4)
    const last = progress[progress.length - 1]
    assert.ok(last !== undefined && last[1] !== undefined && last[0] <= last[1])
  })

  it('refuses an empty input list as a usage error', async () => {
    await assert.rejects(scanInputs({inputs: [], scanner}), UserError)
  })

  it('tells binary from text by NUL bytes and control characters', () => {
    assert.ok(looksBinary(Buffer.from([0x41, 0, 0x42])))
    assert.ok(looksBinary(Buffer.alloc(100, 1)))
    assert.equal(looksBinary(Buffer.from('plain text\twith tabs\r\n')), false)
  })

  it('scans a single 16 MB line through windows and finds secrets at both ends', async () => {
    // The session test shows the bound on what is held; here the reader feeds it a long line.
    const path = join(dir, 'huge.jsonl')
    const size = 16 << 20
    const head = `{"data":"${token} `
    const tail = ` ${email}"}\n`
    const filler = Buffer.alloc(size - head.length - tail.length, 'lorem ipsum dolor sit amet, ')
    writeFileSync(path, Buffer.concat([Buffer.from(head), filler, Buffer.from(tail)]))
    const {findings, stats} = await scanInputs({inputs: [path], scanner})
    rmSync(path)
    assert.deepEqual(findings.map((f) => f.rule), ['github-token', 'email'])
    assert.equal(findings[1]?.column, size - tail.length + 2)
    assert.equal(stats.lines, 1)
  })
})
