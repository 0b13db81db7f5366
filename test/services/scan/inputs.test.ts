/**
 * What the reader does with inputs that are not plain UTF-8 files: symbolic links (to files, to
 * directories, in a loop, dangling), pipes (in a directory, named on the command line), UTF-16
 * with and without a byte order mark, and text with problems it reports with their path and first
 * line — invalid UTF-8, lines of a JSON Lines file that are not JSON — the same on worker threads.
 */
import assert from 'node:assert/strict'
import {spawn, spawnSync} from 'node:child_process'
import {randomBytes} from 'node:crypto'
import {linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {after, before, describe, it} from 'node:test'
import {gzipSync} from 'node:zlib'

import {createScanner} from '../../../src/domain/scan/engine.js'
import {scanInputs} from '../../../src/services/scan/reader.js'
import {SNIFF, textKind} from '../../../src/services/scan/text-kind.js'
import type {ScanResult} from '../../../src/services/scan/reader.js'
import {Rng, fakes, githubToken} from '../../fixtures/scan/fakes.js'

const scanner = createScanner({fingerprint: (raw) => `fp${raw.length}`})
const rng = new Rng(7)
const tokens = Array.from({length: 6}, () => githubToken(rng))
const email = fakes.email(rng)
/** Lines with a token on lines 2 and 4, an e-mail address after non-ASCII text (columns in UTF-16 units). */
const text = `start\ntoken=${tokens[0]}\ncafé 😀 ☃ ${email}\r\nagain ${tokens[1]}\n`
let dir = ''

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path])
  assert.equal(made.status, 0, String(made.stderr))
}

/** Writes `data` to a pipe from another process (opening a FIFO blocks until both ends are open). */
function feedFifo(path: string, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', 'process.stdin.pipe(require("fs").createWriteStream(process.argv[1]))', path], {stdio: ['pipe', 'ignore', 'inherit']})
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer exited ${code}`))))
    child.stdin.end(data)
  })
}

const where = (r: ScanResult): Array<[string, string, number, number]> => r.findings.map((f) => [f.path.slice(dir.length + 1), f.rule, f.line, f.column])

function utf16(s: string, littleEndian: boolean, bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\uFEFF' : '') + s, 'utf16le')
  return littleEndian ? le : le.swap16()
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'pl-scan-inputs-'))
})

after(() => rmSync(dir, {recursive: true, force: true}))

describe('symbolic links and pipes in a directory', () => {
  it('follows links to files (scanned under the link path) when a directory holds only links, like /var/log/containers', async () => {
    mkdirSync(join(dir, 'pods', 'web'), {recursive: true})
    mkdirSync(join(dir, 'containers'))
    writeFileSync(join(dir, 'pods', 'web', '0.log'), `token=${tokens[0]}\n`)
    writeFileSync(join(dir, 'pods', 'web', '1.log'), `x\ntoken=${tokens[1]}\n`)
    symlinkSync(join(dir, 'pods', 'web', '0.log'), join(dir, 'containers', 'web-0.log'))
    symlinkSync(join('..', 'pods', 'web', '1.log'), join(dir, 'containers', 'web-1.log'))
    const r = await scanInputs({inputs: [join(dir, 'containers')], scanner})
    assert.deepEqual(where(r), [
      ['containers/web-0.log', 'github-token', 1, 7],
      ['containers/web-1.log', 'github-token', 2, 7],
    ])
    assert.equal(r.stats.files, 2)
    assert.deepEqual(r.stats.errors, [])
  })

  it('scans a linked file next to a real one, follows linked directories, walks each directory once (skipping and counting a loop and a repeat), skips and counts a pipe', async () => {
    const tree = join(dir, 'tree')
    mkdirSync(join(tree, 'sub'), {recursive: true})
    writeFileSync(join(tree, 'a.log'), `token=${tokens[2]}\n`)
    writeFileSync(join(dir, 'outside.log'), `token=${tokens[3]}\n`)
    symlinkSync(join(dir, 'outside.log'), join(tree, 'b.log'))
    writeFileSync(join(tree, 'sub', 'c.log'), `token=${tokens[4]}\n`)
    symlinkSync('..', join(tree, 'sub', 'loop'))
    // A link to a directory outside the tree is followed; one back to `sub` is a repeat.
    mkdirSync(join(dir, 'elsewhere'))
    writeFileSync(join(dir, 'elsewhere', 'd.log'), `token=${tokens[5]}\n`)
    symlinkSync(join(dir, 'elsewhere'), join(tree, 'linked'))
    symlinkSync('sub', join(tree, 'same-as-sub'))
    mkfifo(join(tree, 'pipe'))
    const r = await scanInputs({inputs: [tree], scanner})
    assert.deepEqual(
      r.findings.map((f) => f.path.slice(tree.length + 1)),
      // A directory is walked where it is first reached, in name order: here through the link.
      ['a.log', 'b.log', 'linked/d.log', 'same-as-sub/c.log'],
    )
    assert.equal(r.stats.files, 4)
    assert.equal(r.stats.skippedSpecial, 1)
    assert.equal(r.stats.skippedRepeated, 2)
    assert.deepEqual(r.stats.errors, [])
  })

  it('scans a file reached by two paths once, under the first (a link and its target, a file named twice, a hard link)', async () => {
    const tree = join(dir, 'twice')
    mkdirSync(tree)
    writeFileSync(join(tree, 'app.log'), `token=${tokens[1]}\n`)
    symlinkSync(join(tree, 'app.log'), join(tree, 'current.log'))
    linkSync(join(tree, 'app.log'), join(tree, 'app.log.1'))
    const r = await scanInputs({inputs: [tree, join(tree, 'app.log')], scanner})
    assert.deepEqual(where(r), [['twice/app.log', 'github-token', 1, 7]])
    assert.equal(r.stats.files, 1)
    assert.equal(r.stats.skippedRepeatedFiles, 3)
  })

  it('reports a dangling link and a link to itself with their paths, and scans the rest', async () => {
    const tree = join(dir, 'dangling')
    mkdirSync(tree)
    symlinkSync(join(dir, 'no-such-file.log'), join(tree, 'gone.log'))
    symlinkSync('self', join(tree, 'self'))
    writeFileSync(join(tree, 'z.log'), `token=${tokens[0]}\n`)
    const r = await scanInputs({inputs: [tree], scanner})
    assert.deepEqual(r.stats.errors, [
      {path: join(tree, 'gone.log'), message: `dangling symbolic link to ${join(dir, 'no-such-file.log')}`},
      {path: join(tree, 'self'), message: 'symbolic link loop'},
    ])
    assert.deepEqual(where(r), [['dangling/z.log', 'github-token', 1, 7]])
  })

  it('still scans links named on the command line, to a file and to a directory', async () => {
    const r = await scanInputs({inputs: [join(dir, 'containers', 'web-1.log'), join(dir, 'tree', 'linked')], scanner})
    assert.deepEqual(where(r), [
      ['containers/web-1.log', 'github-token', 2, 7],
      ['tree/linked/d.log', 'github-token', 1, 7],
    ])
  })

  it('reads a pipe named on the command line like standard input, gzip included, with no size', async () => {
    const fifo = join(dir, 'named.fifo')
    mkfifo(fifo)
    const gzFifo = join(dir, 'named-gz.fifo')
    mkfifo(gzFifo)
    const progress: Array<number | undefined> = []
    const writing = Promise.all([feedFifo(fifo, Buffer.from(text)), feedFifo(gzFifo, gzipSync(`x\ntoken=${tokens[2]}\n`))])
    const r = await scanInputs({inputs: [fifo, gzFifo], scanner, parallel: {threads: 2, threshold: 1}, onProgress: (_, total) => progress.push(total)})
    await writing
    assert.deepEqual(where(r), [
      ['named.fifo', 'github-token', 2, 7],
      ['named.fifo', 'email', 3, 11],
      ['named.fifo', 'github-token', 4, 7],
      ['named-gz.fifo', 'github-token', 2, 7],
    ])
    assert.equal(r.stats.files, 2)
    assert.deepEqual(r.stats.errors, [])
    assert.ok(progress.length > 0 && progress.every((total) => total === undefined))
  })
})

describe('UTF-16', () => {
  it('scans UTF-16LE and BE, with and without a byte order mark, as the same text in UTF-8: same lines and columns', async () => {
    const expected = where(await scanInputs({inputs: ['-'], scanner, stdin: Readable.from([Buffer.from(text)])})).map(([, ...rest]) => rest)
    assert.equal(expected.length, 3)
    for (const littleEndian of [true, false]) {
      for (const bom of [true, false]) {
        const name = `utf16-${littleEndian ? 'le' : 'be'}-${bom ? 'bom' : 'plain'}.txt`
        writeFileSync(join(dir, name), utf16(text, littleEndian, bom))
        const r = await scanInputs({inputs: [join(dir, name)], scanner})
        assert.deepEqual(where(r).map(([, ...rest]) => rest), expected, name)
        assert.equal(r.stats.lines, 4, name)
        assert.equal(r.stats.skippedBinary, 0, name)
        assert.deepEqual(r.stats.errors, [], name)
      }
    }
  })

  it('decodes UTF-16 that arrives in odd-sized chunks, and counts a lone surrogate with its line', async () => {
    const bytes = utf16(`${text}bad \uD800 here\n`, true, true)
    const chunks: Buffer[] = []
    for (let at = 0, size = 1; at < bytes.length; at += size, size = (size % 7) + 2) chunks.push(bytes.subarray(at, at + size))
    const r = await scanInputs({inputs: ['-'], scanner, stdin: Readable.from(chunks)})
    assert.deepEqual(
      r.findings.map((f) => [f.rule, f.line, f.column]),
      [
        ['github-token', 2, 7],
        ['email', 3, 11],
        ['github-token', 4, 7],
      ],
    )
    assert.deepEqual(r.stats.errors, [{path: '-', message: '1 invalid UTF-16 code unit (on line 5), read as U+FFFD', line: 5}])
  })

  it('finds UTF-16 inside gzip', async () => {
    writeFileSync(join(dir, 'utf16.log.gz'), gzipSync(utf16(text, true, true)))
    const r = await scanInputs({inputs: [join(dir, 'utf16.log.gz')], scanner})
    assert.equal(r.findings.length, 3)
  })

  it('keeps binaries binary: NUL bytes, an image, UTF-32, a byte order mark before binary data', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from(`token=${tokens[0]}`)])
    const utf32 = Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0, 0x62, 0, 0, 0])
    const bomThenBinary = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.alloc(64, 0), Buffer.from('abc')])
    const mostlyZero = Buffer.from([0x41, 0, 0, 0, 0x42, 0, 0, 0, 0x43, 0, 0, 0])
    const oddNul = Buffer.from('a\0b\0c\0d\0\x01\0\x02\0\x03\0\x04\0\x05\0', 'latin1')
    for (const bytes of [png, utf32, bomThenBinary, mostlyZero, oddNul]) assert.equal(textKind(bytes).kind, 'binary', bytes.toString('hex'))
    assert.deepEqual(textKind(utf16('hello, world\n', true, false)), {kind: 'utf-16le', bom: 0})
    assert.deepEqual(textKind(utf16('hello', false, true)), {kind: 'utf-16be', bom: 2})
    assert.deepEqual(textKind(Buffer.from('plain text\n')), {kind: 'utf-8', bom: 0})
    writeFileSync(join(dir, 'image.png'), png)
    writeFileSync(join(dir, 'utf32.txt'), utf32)
    // Named on the command line, each is an input that could not be read (the scan is incomplete);
    // found in a directory, each is counted and named.
    const r = await scanInputs({inputs: [join(dir, 'image.png'), join(dir, 'utf32.txt')], scanner})
    assert.equal(r.stats.skippedBinary, 0)
    assert.deepEqual(
      r.stats.errors.map((e) => [e.path, e.message.startsWith('looks binary')]),
      [
        [join(dir, 'image.png'), true],
        [join(dir, 'utf32.txt'), true],
      ],
    )
    assert.equal(r.findings.length, 0)
    mkdirSync(join(dir, 'binaries'))
    writeFileSync(join(dir, 'binaries', 'image.png'), png)
    writeFileSync(join(dir, 'binaries', 'utf32.txt'), utf32)
    const walked = await scanInputs({inputs: [join(dir, 'binaries')], scanner})
    assert.equal(walked.stats.skippedBinary, 2)
    assert.deepEqual(walked.stats.skippedBinaryPaths, [join(dir, 'binaries', 'image.png'), join(dir, 'binaries', 'utf32.txt')])
    assert.deepEqual(walked.stats.errors, [])
  })

  it('reads a log with NUL padding (copytruncate) or a garbage record as text, and finds its secrets', async () => {
    const line = (token: string): string => `${JSON.stringify({ts: '2026-12-07T20:00:00Z', msg: `clone with ${token}`})}\n`
    const padded = Buffer.concat([Buffer.alloc(4096, 0), Buffer.from(line(tokens[0]!))])
    const garbage = Buffer.concat([Buffer.from(line(tokens[0]!)), Buffer.from('\x00\x01\xff garbage\n', 'latin1'), Buffer.from(line(tokens[1]!))])
    const allPadding = Buffer.concat([Buffer.alloc(SNIFF + 100, 0), Buffer.from(line(tokens[1]!))])
    const random = randomBytes(SNIFF)
    for (const [name, bytes, found] of [
      ['padded.jsonl', padded, 1],
      ['garbage.jsonl', garbage, 2],
      ['all-padding.log', allPadding, 1],
    ] as const) {
      assert.equal(textKind(bytes).kind, 'utf-8', name)
      writeFileSync(join(dir, name), bytes)
      const r = await scanInputs({inputs: [join(dir, name)], scanner})
      assert.equal(r.findings.filter((f) => f.rule === 'github-token').length, found, name)
      assert.deepEqual(r.stats.errors.filter((e) => e.line === undefined), [], name)
    }
    // Random bytes (compressed or encrypted data) and a signature with NUL bytes after it stay binary.
    assert.equal(textKind(random).kind, 'binary')
    assert.equal(textKind(Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.from('x'.repeat(200))])).kind, 'binary')
    // A text file that happens to start like a signature, without a NUL byte, is text.
    assert.equal(textKind(Buffer.from('MZ-2041 rollout notes\n')).kind, 'utf-8')
  })
})

describe('problems in the text, reported with their path and first line', () => {
  it('counts invalid UTF-8 sequences once per input, not a real U+FFFD, with the line of the first', async () => {
    const path = join(dir, 'mixed.log')
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(`ok \uFFFD is a real character\n${'filler\n'.repeat(15)}`),
        Buffer.from('caf'),
        Buffer.from([0xe9]),
        Buffer.from(` ${email}\nmore `),
        // Three more: two bytes that never start a character and a sequence cut short by the line break.
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from('\n'),
      ]),
    )
    const r = await scanInputs({inputs: [path], scanner})
    assert.deepEqual(r.stats.errors, [{path, message: '4 invalid UTF-8 sequences (first on line 17), read as U+FFFD', line: 17}])
    assert.deepEqual(where(r), [['mixed.log', 'email', 17, 6]])
    const clean = join(dir, 'clean.log')
    writeFileSync(clean, 'a real \uFFFD and \uFEFF and ☃\n')
    assert.deepEqual((await scanInputs({inputs: [clean], scanner})).stats.errors, [])
  })

  it('reports lines of a .jsonl / .ndjson file (gzipped too) that cannot be JSON, scans them as text, and says nothing of other files', async () => {
    const good = JSON.stringify({messages: [{content: `token ${tokens[0]}`}]})
    const lines = [good, '', '  [1, 2]  ', `{"truncated": "${tokens[1]}`, good, `plain text ${email}`, '{"ok": true}\r', '']
    const body = lines.join('\n')
    writeFileSync(join(dir, 'chat.jsonl'), body)
    writeFileSync(join(dir, 'chat.ndjson.gz'), gzipSync(body))
    writeFileSync(join(dir, 'chat.log'), body)
    writeFileSync(join(dir, 'last.jsonl'), `${good}\n{"cut": `)
    const inputs = ['chat.jsonl', 'chat.ndjson.gz', 'chat.log', 'last.jsonl'].map((name) => join(dir, name))
    const r = await scanInputs({inputs, scanner})
    const message = '2 lines are not valid JSON (first: line 4); scanned as text'
    assert.deepEqual(r.stats.errors, [
      {path: inputs[0], message, line: 4},
      {path: inputs[1], message, line: 4},
      {path: inputs[3], message: '1 line is not valid JSON (line 2); scanned as text', line: 2},
    ])
    assert.deepEqual(
      r.findings.filter((f) => f.path === inputs[0]).map((f) => [f.rule, f.line]),
      [
        ['github-token', 1],
        ['github-token', 4],
        ['github-token', 5],
        ['email', 6],
      ],
    )
  })

  it('reports the same problems, in input order, when files are scanned in segments or whole on worker threads', async () => {
    const logs = join(dir, 'big')
    mkdirSync(logs)
    const record = (i: number): string => JSON.stringify({i, msg: `request ${i} handled by worker ${i % 7}`, user: i % 97 === 0 ? email : 'anon'})
    const lines: Array<string | Buffer> = []
    for (let i = 0; i < 6000; i++) {
      if (i % 1500 === 700) lines.push(Buffer.concat([Buffer.from('{"bad": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]))
      else if (i % 1000 === 333) lines.push(record(i).slice(0, 20))
      else lines.push(record(i))
    }
    const bytes = Buffer.concat(lines.map((l) => Buffer.concat([Buffer.from(l), Buffer.from('\n')])))
    writeFileSync(join(logs, 'a.jsonl'), bytes)
    writeFileSync(join(logs, 'b.jsonl'), bytes.subarray(0, bytes.length >> 1))
    writeFileSync(join(logs, 'c.log'), bytes)
    const run = (threads: number, threshold: number): Promise<ScanResult> =>
      scanInputs({inputs: [logs], scanner, parallel: {threads, threshold, segmentBytes: 40 << 10, overlapBytes: 8 << 10}})
    const single = await run(1, 1)
    assert.deepEqual(single.stats.errors, [
      {path: join(logs, 'a.jsonl'), message: '4 invalid UTF-8 sequences (first on line 701), read as U+FFFD', line: 701},
      {path: join(logs, 'a.jsonl'), message: '6 lines are not valid JSON (first: line 334); scanned as text', line: 334},
      {path: join(logs, 'b.jsonl'), message: '2 invalid UTF-8 sequences (first on line 701), read as U+FFFD', line: 701},
      // b.jsonl is cut in the middle of a line: its last line is one more.
      {path: join(logs, 'b.jsonl'), message: '4 lines are not valid JSON (first: line 334); scanned as text', line: 334},
      {path: join(logs, 'c.log'), message: '4 invalid UTF-8 sequences (first on line 701), read as U+FFFD', line: 701},
    ])
    // Split into segments (each file above the threshold), and whole files on workers (together above it).
    for (const [threads, threshold] of [
      [2, 1],
      [3, 1],
      [2, bytes.length * 2],
    ] as const) {
      const parallel = await run(threads, threshold)
      assert.deepEqual(parallel.stats.errors, single.stats.errors, `${threads} threads, threshold ${threshold}`)
      assert.deepEqual(parallel.findings, single.findings)
      assert.equal(parallel.stats.lines, single.stats.lines)
    }
  })
})
