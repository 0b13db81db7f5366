/**
 * Files the user names with --out / --answers-out, through the real CLI: a folder that does not
 * exist, a path that is a folder and a full disk (/dev/full) are clear messages naming the path,
 * with their own exit codes — the same in every command that writes one (one shared writer).
 */
import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, test} from 'node:test'

import type {TestStore} from '../helpers/cli.js'
import {BIN, childEnv, collectRun, initWithIncident, runPl, tempStore} from '../helpers/cli.js'

describe('--out into a place that cannot take the file', () => {
  let t: TestStore
  let incident = ''
  let missing = ''
  let entries = 0

  const count = async (): Promise<number> => {
    const r = await runPl(['incident', 'timeline', incident, '--json'], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    return (JSON.parse(r.stdout) as unknown[]).length
  }

  before(async () => {
    t = tempStore()
    incident = await initWithIncident(t)
    const log = join(t.dir, 'app.log')
    writeFileSync(log, 'nothing to see\n')
    const add = await runPl(['evidence', 'add', incident, log], {env: t.env})
    assert.equal(add.code, 0, add.stderr)
    missing = join(t.dir, 'no-such-folder', 'deeper')
    entries = await count()
  })
  after(() => t.cleanup())

  const commands = (): [string, string[], string][] => [
    ['evidence checkpoint', ['evidence', 'checkpoint', '--out', join(missing, 'cp.json')], '--out'],
    ['report postmortem', ['report', 'postmortem', incident, '--out', join(missing, 'pm.md')], '--out'],
    ['evidence prove', ['evidence', 'prove', 'EV-1', '--out', join(missing, 'ev-1.proof.json')], '--out'],
    ['runbook run --answers-out', ['runbook', 'run', 'secret-in-prompt-logs', '--incident', incident, '--dry-run', '--answers-out', join(missing, 'a.yaml')], '--answers-out'],
  ]

  test('a folder that does not exist: exit 3 naming the folder and what to do, nothing written or recorded, in every command', async () => {
    for (const [name, args, flag] of commands()) {
      const r = await runPl(args, {env: t.env, input: ''})
      assert.equal(r.code, 3, `${name}: ${r.stderr}`)
      assert.match(r.stderr, new RegExp(`Cannot write ${missing.replaceAll('/', '\\/')}\\/[a-z0-9.-]+: the folder ${missing.replaceAll('/', '\\/')} does not exist\\. Nothing was written\\.`), name)
      assert.match(r.stderr, new RegExp(`mkdir -p .*or give another ${flag}`), name)
      assert.doesNotMatch(r.stderr, /bug in pl|\n\s+at /, name)
    }
    assert.ok(!existsSync(join(t.dir, 'no-such-folder')))
    assert.equal(await count(), entries, 'nothing recorded (the postmortem input is checked after the folder)')
  })

  test('the mkdir hint is shell-quoted: a folder with a space pastes as one word', async () => {
    const spaced = join(t.dir, 'my incidents', 'inc 1')
    const r = await runPl(['evidence', 'checkpoint', '--out', join(spaced, 'cp.json')], {env: t.env})
    assert.equal(r.code, 3, r.stderr)
    assert.ok(r.stderr.includes(`mkdir -p '${spaced}'`), r.stderr)
  })

  test('a path that is a folder: exit 2 naming it', async () => {
    const folder = join(t.dir, 'a-folder')
    mkdirSync(folder)
    const r = await runPl(['evidence', 'checkpoint', '--out', folder], {env: t.env})
    assert.equal(r.code, 2, r.stderr)
    assert.match(r.stderr, /a-folder is a folder; --out takes the path of the file to write/)
  })

  test('a full disk (/dev/full): exit 12 naming the file', {skip: !existsSync('/dev/full') && 'no /dev/full here'}, async () => {
    const r = await runPl(['evidence', 'prove', 'EV-1', '--out', '/dev/full'], {env: t.env})
    assert.equal(r.code, 12, r.stderr)
    assert.match(r.stderr, /The disk holding \/dev\/full is full \(ENOSPC\)/)
  })

  test('report postmortem --out FILE --json: the file is written (in --format) and the JSON postmortem printed', async () => {
    const out = join(t.dir, 'pm.md')
    const r = await runPl(['report', 'postmortem', incident, '--out', out, '--json'], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal((JSON.parse(r.stdout) as {incident: {id: string}}).incident.id, incident)
    assert.match(readFileSync(out, 'utf8'), /^# .*\n[\s\S]*## Impact/)
    const bad = await runPl(['report', 'postmortem', incident, '--out', join(missing, 'pm.md'), '--json'], {env: t.env})
    assert.equal(bad.code, 3, bad.stdout)
  })

  test('a folder that exists: the file is written as before', async () => {
    const out = join(t.dir, 'cp.json')
    const r = await runPl(['evidence', 'checkpoint', '--out', out], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    assert.match(readFileSync(out, 'utf8'), /"format": "pl-checkpoint\/1"/)
  })
})

describe('a file size limit (ulimit -f) on pl redact --out', () => {
  let t: TestStore
  before(() => {
    t = tempStore('pl-out-efbig-')
  })
  after(() => t.cleanup())

  test('names the file and says "file size limit", not "disk is full"; exit 12, nothing left behind', async () => {
    const input = join(t.dir, 'big.log')
    writeFileSync(input, Array.from({length: 8000}, (_, i) => `2026-12-07T10:00:00Z request ${i} served in 12 ms for tenant acme\n`).join(''))
    const out = join(t.dir, 'big.redacted.log')
    // sh's ulimit -f counts 512-byte blocks (POSIX) or 1024 (bash, dash): 64 is at most 64 KiB, below the ~500 KiB copy.
    const child = spawn('sh', ['-c', `ulimit -f 64 && exec "$0" "$@"`, process.execPath, BIN, 'redact', input, '--out', out], {env: childEnv(t.env), stdio: ['ignore', 'pipe', 'pipe']})
    const r = await collectRun(child)
    assert.equal(r.code, 12, r.stderr)
    assert.match(r.stderr, new RegExp(`${out.replaceAll('/', '\\/').replaceAll('.', '\\.')} would exceed this process's file size limit \\(ulimit -f; EFBIG\\); nothing was written\\.`))
    assert.doesNotMatch(r.stderr, /disk .* is full/)
    assert.ok(!existsSync(out))
    assert.deepEqual(readdirSync(t.dir).filter((f) => f.endsWith('.tmp')), [])
  })
})
