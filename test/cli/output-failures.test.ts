/**
 * Failures the environment causes, through the real CLI: standard output that cannot be written
 * (a full disk: /dev/full), prompt files in other encodings or not text at all, a dangling link in
 * the prompts directory, a key file whose folder does not exist yet, Ctrl-C during a redaction, and
 * the count of inputs when some cannot be read.
 */
import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import {closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, describe, test} from 'node:test'

import {BIN, childEnv, collectRun, runPl} from '../helpers/cli.js'
import {Rng, githubToken} from '../fixtures/scan/fakes.js'
import {stdoutWriteFailure} from '../../src/base-command.js'

const rng = new Rng(20261207)
const tokens = Array.from({length: 20}, () => githubToken(rng))
const words = ['you', 'are', 'the', 'billing', 'assistant', 'of', 'northwind', 'never', 'reveal', 'internal', 'discount', 'codes', 'escalate', 'refunds', 'above', 'limits', 'to', 'a', 'human', 'agent', 'politely']
const prompt = Array.from({length: 80}, () => words[rng.int(words.length)]).join(' ') + '.'
let dir = ''
let env: Record<string, string> = {}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'pl-output-failures-cli-'))
  env = {PL_HOME: join(dir, 'no-store'), PL_ACTOR: 'tester@test'}
  writeFileSync(join(dir, 'app.log'), tokens.map((t, i) => `2026-12-07T10:00:${String(i).padStart(2, '0')}Z auth token=${t}\n`).join(''))
  writeFileSync(join(dir, 'chat.log'), `model reply: "${prompt}"\n`)
})

after(() => rmSync(dir, {recursive: true, force: true}))

/** Runs pl with standard output sent to `stdout` (a path opened for writing). */
async function plTo(args: string[], stdout: string): Promise<{code: number | null; stderr: string}> {
  const fd = openSync(stdout, 'w')
  try {
    const child = spawn(process.execPath, [BIN, ...args], {env: childEnv(env), stdio: ['ignore', fd, 'pipe']})
    const r = await collectRun(child)
    return {code: r.code, stderr: r.stderr}
  } finally {
    closeSync(fd)
  }
}

describe('standard output that cannot be written', {skip: !existsSync('/dev/full') && 'no /dev/full here'}, () => {
  for (const format of ['json', 'sarif', 'table']) {
    test(`pl scan --format ${format} > /dev/full: a clear message and exit 12 (disk full), no stack trace`, async () => {
      const r = await plTo(['scan', join(dir, 'app.log'), '--format', format], '/dev/full')
      assert.equal(r.code, 12, r.stderr)
      assert.match(r.stderr, /Cannot write the output to standard output: the disk it goes to is full .*\(ENOSPC\); the output is incomplete\./)
      assert.match(r.stderr, /Free some space/)
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace')
    })
  }

  test('another command (pl doctor --json) > /dev/full: the same message and exit 12', async () => {
    const r = await plTo(['doctor', '--json'], '/dev/full')
    assert.equal(r.code, 12, r.stderr)
    assert.match(r.stderr, /Cannot write the output to standard output/)
    assert.doesNotMatch(r.stderr, /\n\s+at /)
  })

  test('other write errors get the no-access code with the error named; EPIPE stays quiet', () => {
    const eio = stdoutWriteFailure(Object.assign(new Error('EIO: i/o error, write'), {code: 'EIO'}))
    assert.equal(eio?.code, 13)
    assert.match(eio?.lines[0] ?? '', /Cannot write the output to standard output \(EIO: EIO: i\/o error, write\)/)
    assert.equal(stdoutWriteFailure(Object.assign(new Error('broken pipe'), {code: 'EPIPE'})), undefined)
  })

  test('a pipe closed early (| head -c 1) stays quiet: no message, the usual exit code', async () => {
    const child = spawn(process.execPath, [BIN, 'scan', join(dir, 'app.log'), '--format', 'json'], {env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe']})
    child.stdout.once('data', () => child.stdout.destroy())
    const r = await collectRun(child)
    assert.equal(r.code, 1, r.stderr)
    assert.doesNotMatch(r.stderr, /Error/)
  })
})

describe('prompt files', () => {
  const promptsDir = (name: string): string => {
    const d = join(dir, name)
    mkdirSync(d)
    return d
  }

  for (const [name, bytes] of [
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(prompt, 'utf16le')])],
    ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(prompt, 'utf16le').swap16()])],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(prompt)])],
  ] as const) {
    test(`a prompt file saved as ${name} is decoded and matches`, async () => {
      const d = promptsDir(`prompts-${name.replaceAll(' ', '-')}`)
      writeFileSync(join(d, 'billing.txt'), bytes)
      const r = await runPl(['scan', join(dir, 'chat.log'), '--prompts', d], {env})
      assert.equal(r.code, 1, r.stderr)
      assert.match(r.stdout, /billing/)
    })
  }

  test('a binary prompt file (NUL bytes) is refused, naming it; exit 2', async () => {
    const d = promptsDir('prompts-binary')
    writeFileSync(join(d, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
    const r = await runPl(['scan', join(dir, 'chat.log'), '--prompts', d], {env})
    assert.equal(r.code, 2, r.stderr)
    assert.match(r.stderr, new RegExp(`The prompt file ${join(d, 'image.txt').replaceAll('.', '\\.')} is not text: it holds NUL bytes`))
    assert.match(r.stderr, /Save it as text/)
  })

  test('a prompt file of invalid UTF-8 is refused, naming it; exit 2', async () => {
    const d = promptsDir('prompts-latin1')
    writeFileSync(join(d, 'old.txt'), Buffer.from('caf\xe9 menu prompt', 'latin1'))
    const r = await runPl(['scan', join(dir, 'chat.log'), '--prompts', d], {env})
    assert.equal(r.code, 2, r.stderr)
    assert.match(r.stderr, /The prompt file .*old\.txt is not valid UTF-8 text/)
  })

  test('a dangling link in the prompts directory: the reason (points nowhere) and what to do', async () => {
    const d = promptsDir('prompts-dangling')
    symlinkSync(join(dir, 'gone.txt'), join(d, 'gone.txt'))
    const r = await runPl(['scan', join(dir, 'chat.log'), '--prompts', d], {env})
    assert.equal(r.code, 3, r.stderr)
    assert.match(r.stderr, /Cannot read the prompt file .*gone\.txt: it is a symbolic link that points nowhere \(.*gone\.txt does not exist\)/)
    assert.match(r.stderr, /Fix the link/)
  })
})

describe('pl init --new-key-file', () => {
  test('creates missing parent folders (0700) for the key file', async () => {
    const home = join(dir, 'fresh-home')
    const keyFile = join(home, 'deep', 'store.key')
    const r = await runPl(['init', '--new-key-file', keyFile, '--kdf', 'test-only-weak'], {env: {PL_HOME: home, PL_ACTOR: 'tester@test', XDG_CONFIG_HOME: join(dir, 'cfg')}})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(statSync(keyFile).mode & 0o777, 0o600)
    assert.equal(statSync(join(home, 'deep')).mode & 0o077, 0, 'the created folder is private')
  })

  test('a parent that is a file: the real cause, said once', async () => {
    writeFileSync(join(dir, 'plain-file'), 'x')
    const keyFile = join(dir, 'plain-file', 'store.key')
    const r = await runPl(['init', '--new-key-file', keyFile, '--kdf', 'test-only-weak'], {env: {PL_HOME: join(dir, 'home2'), PL_ACTOR: 'tester@test', XDG_CONFIG_HOME: join(dir, 'cfg')}})
    assert.equal(r.code, 13, r.stderr)
    assert.match(r.stderr, /key file .*store\.key: a part of the path is a file, not a directory \(ENOTDIR\)/)
    assert.equal(r.stderr.match(/Error:/g)?.length, 1, r.stderr)
    assert.doesNotMatch(r.stderr, /an existing key file is never overwritten/)
  })
})

describe('pl redact interrupted', () => {
  test('Ctrl-C (SIGINT) mid-way leaves no temporary file behind', async () => {
    const work = join(dir, 'redact-sigint')
    mkdirSync(work)
    const input = join(work, 'big.log')
    const line = (i: number): string => `2026-12-07T10:00:00Z request ${i} auth token=${tokens[i % tokens.length]} padding ${'x'.repeat(200)}\n`
    writeFileSync(input, Array.from({length: 120_000}, (_, i) => line(i)).join(''))
    const child = spawn(process.execPath, [BIN, 'redact', input, '-o', join(work, 'out.log')], {env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe']})
    const done = collectRun(child)
    let exited = false
    void done.then(() => (exited = true))
    const temp = (): string[] => readdirSync(work).filter((f) => f.endsWith('.tmp'))
    while (!exited && temp().length === 0) await new Promise((r) => setTimeout(r, 2))
    assert.ok(!exited, 'the redaction ended before its temporary file was seen: make the input larger')
    child.kill('SIGINT')
    const r = await done
    assert.equal(r.signal, 'SIGINT', `code ${r.code}: ${r.stderr}`)
    assert.deepEqual(readdirSync(work).sort(), ['big.log'])
  })
})

describe('pl scan input count', () => {
  test('an unreadable input counts among the inputs: in 1 of 2 inputs', async () => {
    const r = await runPl(['scan', join(dir, 'app.log'), join(dir, 'missing.jsonl')], {env})
    assert.equal(r.code, 9, r.stderr)
    assert.match(r.stderr, /in 1 of 2 inputs .*1 input could not be read/)
  })
})
