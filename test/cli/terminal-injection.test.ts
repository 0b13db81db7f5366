/**
 * Issue 14, item 6 (F7): a scanned file named with escape sequences, and incident titles, owners
 * and notes holding them, reach the terminal without them; --json keeps the value, escaped.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {initWithIncident, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {Rng, githubToken} from '../fixtures/scan/fakes.js'

const HOSTILE = '\u001b]0;PWNED\u0007\u001b[2J\u009b2J'
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

describe('no terminal injection', () => {
  let t: TestStore
  let incident: string
  before(async () => {
    t = tempStore('pl-ansi-')
    incident = await initWithIncident(t, `Leak ${HOSTILE}title`)
  })
  after(() => t.cleanup())

  test('pl scan: a file named with escape sequences is printed without them; --json escapes them', async () => {
    const dir = join(t.dir, 'logs')
    mkdirSync(dir)
    const name = `log${HOSTILE}.txt`
    writeFileSync(join(dir, name), `token ${githubToken(new Rng(14))}\n`)
    const r = await runPl(['scan', dir], {env: t.env})
    assert.equal(r.code, 1, r.stderr)
    assert.match(r.stdout, /log\]0;PWNED|log.*\.txt/)
    assert.doesNotMatch(r.stdout + r.stderr, CONTROL)
    const json = await runPl(['scan', dir, '--json'], {env: t.env})
    assert.doesNotMatch(json.stdout, CONTROL)
    assert.ok(JSON.stringify(JSON.parse(json.stdout)).includes(JSON.stringify(name).slice(1, -1)), 'the exact name survives in the JSON value')
  })

  test('a newline in a file name cannot forge an output line: pl redact, pl scan and pl evidence add show it as \\n', async () => {
    const forged = 'Wrote fake.jsonl with 0 redactions'
    const name = join(t.dir, `ok\n${forged}.jsonl`)
    writeFileSync(name, '{"a":1}\n')
    const redacted = await runPl(['redact', name], {env: t.env})
    assert.equal(redacted.code, 0, redacted.stderr)
    const lines = (redacted.stdout + redacted.stderr).split('\n')
    assert.ok(!lines.some((l) => l.startsWith(forged)), redacted.stdout + redacted.stderr)
    assert.ok(lines.some((l) => l.includes(`ok\\n${forged}.jsonl.redacted`)), redacted.stdout + redacted.stderr)
    // Run again, the copy exists: the refusal names it on one line too.
    const again = await runPl(['redact', name], {env: t.env})
    assert.equal(again.code, 2, again.stderr)
    assert.match(again.stderr, /ok\\nWrote fake\.jsonl with 0 redactions\.jsonl\.redacted already exists/)
    assert.ok(!again.stderr.split('\n').some((l) => l.startsWith(forged)), again.stderr)
    const missing = await runPl(['scan', join(t.dir, `gone\n${forged}`)], {env: t.env})
    assert.equal(missing.code, 9)
    assert.ok(!missing.stderr.split('\n').some((l) => l.startsWith(forged)), missing.stderr)
    const added = await runPl(['evidence', 'add', incident, name], {env: t.env})
    assert.equal(added.code, 0, added.stderr)
    assert.ok(!added.stdout.split('\n').some((l) => l.includes(forged) && !l.includes('\\n')), added.stdout)
    const listed = await runPl(['evidence', 'list', incident], {env: t.env})
    assert.match(listed.stdout, /ok\\nWrote/)
  })

  test('incident list/show/timeline and a note: titles, owners and notes without control characters', async () => {
    assert.equal((await runPl(['incident', 'note', incident, `note ${HOSTILE}here`], {env: t.env})).code, 0)
    for (const args of [['incident', 'list'], ['incident', 'show', incident], ['incident', 'timeline', incident]]) {
      const r = await runPl(args, {env: t.env})
      assert.equal(r.code, 0, r.stderr)
      assert.doesNotMatch(r.stdout + r.stderr, CONTROL, args.join(' '))
    }
    const json = await runPl(['incident', 'show', incident, '--json'], {env: t.env})
    assert.doesNotMatch(json.stdout, CONTROL)
    assert.equal((JSON.parse(json.stdout) as {title: string}).title, `Leak ${HOSTILE}title`, 'the JSON value is exact, only escaped')
  })
})
