/**
 * `pl scan` through the real CLI on inputs that used to pass as clean: a directory of symbolic
 * links (as /var/log/containers is), a dangling link, a pipe named on the command line (as
 * `<(cmd)` gives), UTF-16 logs, and text with problems — invalid UTF-8, JSON Lines that are not
 * JSON — reported on standard error with their path and counted in the exit code.
 */
import assert from 'node:assert/strict'
import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, describe, test} from 'node:test'

import {runJson, runPl} from '../helpers/cli.js'
import {Rng, githubToken} from '../fixtures/scan/fakes.js'
import type {ScanReport} from '../../src/domain/scan/report.js'

const rng = new Rng(20261121)
const tokens = Array.from({length: 33}, () => githubToken(rng))
const plain = tokens.map((t, i) => `2026-11-21T10:00:${String(i).padStart(2, '0')}Z auth token=${t}\n`).join('')
let dir = ''
let env: Record<string, string> = {}
/** The exit code of a scan with unreadable inputs, as the CLI defines it. */
let incomplete: number | null = null

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pl-scan-inputs-cli-'))
  env = {PL_HOME: join(dir, 'no-store'), PL_ACTOR: 'tester@test'}
  incomplete = (await runPl(['scan', join(dir, 'missing.log')], {env})).code
  assert.ok(incomplete !== null && incomplete !== 0 && incomplete !== 1)
})

after(() => rmSync(dir, {recursive: true, force: true}))

describe('pl scan inputs', () => {
  test('a directory holding only symbolic links to log files is scanned, findings under the link paths', async () => {
    mkdirSync(join(dir, 'pods'))
    mkdirSync(join(dir, 'containers'))
    writeFileSync(join(dir, 'pods', 'app.log'), plain)
    symlinkSync(join(dir, 'pods', 'app.log'), join(dir, 'containers', 'app-1234.log'))
    const r = await runJson<ScanReport>(['scan', join(dir, 'containers'), '--format', 'json'], {env})
    assert.equal(r.code, 1, r.stderr)
    assert.equal(r.json.findings.length, 33)
    assert.ok(r.json.findings.every((f) => f.path === join(dir, 'containers', 'app-1234.log')))
    assert.equal(r.json.stats.files, 1)
  })

  test('a dangling link is reported with its path, the rest is scanned, and the exit code says the scan is incomplete', async () => {
    const tree = join(dir, 'dangling')
    mkdirSync(tree)
    symlinkSync(join(dir, 'rotated-away.log'), join(tree, 'gone.log'))
    writeFileSync(join(tree, 'app.log'), plain)
    const r = await runPl(['scan', tree], {env})
    assert.equal(r.code, incomplete, r.stderr)
    assert.match(r.stderr, /gone\.log: dangling symbolic link/)
    assert.match(r.stdout, /app\.log:1:/)
  })

  test('an empty directory: exit 0, and a warning that nothing was scanned (most often the wrong path)', async () => {
    const bucket = join(dir, 'log-bucket')
    mkdirSync(bucket)
    const r = await runPl(['scan', bucket], {env})
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stderr, /Warning: nothing was scanned: the directories given hold no text file/)
    const withFile = join(dir, 'bucket-with-a-file')
    mkdirSync(withFile)
    writeFileSync(join(withFile, 'quiet.log'), 'nothing to see\n')
    assert.doesNotMatch((await runPl(['scan', withFile], {env})).stderr, /nothing was scanned/)
  })

  test('a pipe named on the command line is read like standard input', async () => {
    const fifo = join(dir, 'stream.fifo')
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0)
    const writer = spawn('sh', ['-c', 'cat > "$1"', 'sh', fifo], {stdio: ['pipe', 'ignore', 'inherit']})
    writer.stdin.end(plain)
    const r = await runJson<ScanReport>(['scan', fifo, '--format', 'json'], {env})
    assert.equal(r.code, 1, r.stderr)
    assert.equal(r.json.findings.length, 33)
    assert.deepEqual(r.json.stats.errors, [])
  })

  test('a UTF-16 log is decoded and scanned, not skipped as binary', async () => {
    const path = join(dir, 'utf16.txt')
    writeFileSync(path, Buffer.from(`\uFEFF${plain}`, 'utf16le'))
    const r = await runJson<ScanReport>(['scan', path, '--format', 'json'], {env})
    assert.equal(r.code, 1, r.stderr)
    assert.equal(r.json.stats.skippedBinary, 0)
    assert.deepEqual(
      r.json.findings.slice(0, 2).map((f) => [f.line, f.column]),
      [
        [1, 33],
        [2, 33],
      ],
    )
    assert.equal(r.json.findings.length, 33)
  })

  test('invalid UTF-8 and JSON Lines that are not JSON: scanned, reported with path and line, exit code incomplete', async () => {
    const jsonl = join(dir, 'chat.jsonl')
    writeFileSync(jsonl, `${JSON.stringify({content: `token ${tokens[0]}`})}\n{"content": "cut off\n`)
    const latin1 = join(dir, 'latin1.log')
    writeFileSync(latin1, Buffer.concat([Buffer.from('ok\ncaf'), Buffer.from([0xe9]), Buffer.from(` token=${tokens[1]}\n`)]))
    const table = await runPl(['scan', jsonl, latin1], {env})
    assert.equal(table.code, incomplete, table.stderr)
    assert.match(table.stderr, /chat\.jsonl: 1 line is not valid JSON \(line 2\); scanned as text/)
    assert.match(table.stderr, /latin1\.log: 1 invalid UTF-8 sequence \(on line 2\), read as U\+FFFD/)
    assert.match(table.stdout, /latin1\.log:2:\d+ +github-token/)
    const r = await runJson<ScanReport>(['scan', jsonl, latin1, '--format', 'json'], {env})
    assert.deepEqual(r.json.stats.errors, [
      {path: jsonl, message: '1 line is not valid JSON (line 2); scanned as text', line: 2},
      {path: latin1, message: '1 invalid UTF-8 sequence (on line 2), read as U+FFFD', line: 2},
    ])
    assert.equal(r.json.findings.length, 2)
  })
})
