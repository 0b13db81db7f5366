/**
 * Cleaning up old password answers (issue 14, item 7: password answers never outlive their use):
 * `pl evidence shred --runbook-answers` shreds the answers typed into runbook walks of resolved
 * incidents (or of the --incident named), older than --older-than; it never touches exhibits or
 * captured values, keeps answers of incidents still open and says why, and --dry-run shreds
 * nothing. Through the real CLI; no typed value appears in any output.
 */
import assert from 'node:assert/strict'
import {randomBytes} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, test} from 'node:test'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'

const RUNBOOK = `name: ask-token
title: Ask for a token
steps:
  - id: token
    title: The token
    question: {type: password, message: The token}
`

interface Shred {
  shredded: {type: string; id: string}[]
  alreadyShredded: string[]
  dryRun?: boolean
  wouldShred?: {type: string; id: string; runbook: string | null; step: string | null}[]
  kept?: {id: string; incident: string; reason: string}[]
}
interface Listing {
  evidence: {id: string; shredded: boolean}[]
  runbookAnswers: {id: string; shredded: boolean}[]
}

describe('evidence shred --runbook-answers: old password answers cleaned up, nothing else', {concurrency: 1}, () => {
  let t: TestStore
  let resolved: string
  let open: string
  const typed = [`hvs.${randomBytes(18).toString('base64url')}`, `hvs.${randomBytes(18).toString('base64url')}`]
  const outputs: string[] = []
  const json = async <T>(args: string[]) => {
    const r = await runJson<T>(args, {env: t.env})
    outputs.push(JSON.stringify(r.json), r.stderr)
    return r
  }
  const list = async (incident: string) => (await json<Listing>(['evidence', 'list', incident, '--json'])).json

  before(async () => {
    t = tempStore('pl-old-answers-')
    resolved = await initWithIncident(t, 'Walk done')
    const o = await runJson<{id: string}>(['incident', 'open', '--title', 'Still open', '--severity', 'P3'], {env: t.env})
    assert.equal(o.code, 0, o.stderr)
    open = o.json.id
    const runbook = join(t.dir, 'ask-token.yaml')
    writeFileSync(runbook, RUNBOOK)
    for (const [i, incident] of [resolved, open].entries()) {
      const answers = join(t.dir, `answers-${i}.json`)
      writeFileSync(answers, JSON.stringify({token: typed[i]}), {mode: 0o600})
      const walk = await runPl(['runbook', 'run', runbook, '--incident', incident, '--answers', answers], {env: t.env})
      assert.equal(walk.code, 0, walk.stderr)
    }
    const exhibit = join(t.dir, 'notes.txt')
    writeFileSync(exhibit, 'kept exhibit\n')
    assert.equal((await runPl(['evidence', 'add', resolved, exhibit], {env: t.env})).code, 0)
    for (const phase of ['contained', 'resolved']) assert.equal((await runPl(['incident', 'mark', resolved, phase], {env: t.env})).code, 0)
  })
  after(() => {
    for (const out of outputs) for (const value of typed) assert.ok(!out.includes(value), 'a typed answer was printed')
    t.cleanup()
  })

  test('--dry-run lists the resolved incident\'s answer, keeps the open one\'s with its reason, and shreds nothing', async () => {
    const dry = await json<Shred>(['evidence', 'shred', '--runbook-answers', '--dry-run'])
    assert.equal(dry.code, 0, dry.stderr)
    const [mine] = (await list(resolved)).runbookAnswers
    const [theirs] = (await list(open)).runbookAnswers
    assert.equal(dry.json.dryRun, true)
    assert.deepEqual(dry.json.wouldShred?.map((w) => [w.type, w.id, w.runbook, w.step]), [['runbook-answer', mine!.id, 'ask-token', 'token']])
    assert.deepEqual(dry.json.kept?.map((k) => [k.id, k.incident]), [[theirs!.id, open]])
    assert.match(dry.json.kept![0]!.reason, /open, not resolved/)
    assert.deepEqual(dry.json.shredded, [])
    assert.ok([...(await list(resolved)).runbookAnswers, ...(await list(open)).runbookAnswers].every((a) => !a.shredded), 'a dry run shreds nothing')
    const human = await runPl(['evidence', 'shred', '--runbook-answers', '--dry-run'], {env: t.env})
    outputs.push(human.stdout, human.stderr)
    assert.match(human.stdout, new RegExp(`^Would shred ${mine!.id} \\(answer to runbook ask-token step token\\)\\.$`, 'm'))
    assert.match(human.stdout, /^Dry run: 1 to shred; nothing was shredded\.$/m)
  })

  test('--older-than keeps answers given more recently; a bad duration is a named usage error', async () => {
    const recent = await json<Shred>(['evidence', 'shred', '--runbook-answers', '--older-than', '1h', '--dry-run'])
    assert.equal(recent.code, 0, recent.stderr)
    assert.deepEqual(recent.json.wouldShred, [])
    assert.ok(recent.json.kept?.some((k) => k.reason === 'answered more recently than --older-than'))
    const bad = await json<{error: {code: string; message: string}}>(['evidence', 'shred', '--runbook-answers', '--older-than', 'soon', '--dry-run'])
    assert.equal(bad.code, 2)
    assert.match(bad.json.error.message, /--older-than "soon" is not a duration/)
    const noTty = await runPl(['evidence', 'shred', '--runbook-answers'], {env: t.env})
    assert.equal(noTty.code, 2, 'without a terminal a real run needs --yes')
  })

  test('a real run shreds only the resolved incident\'s answer; the exhibit, the open incident\'s answer and the record stay', async () => {
    const run = await json<Shred>(['evidence', 'shred', '--runbook-answers', '--yes', '--reason', 'walk done'])
    assert.equal(run.code, 0, run.stderr)
    const mine = await list(resolved)
    assert.deepEqual(run.json.shredded.map((s) => s.id), mine.runbookAnswers.map((a) => a.id))
    assert.ok(mine.runbookAnswers.every((a) => a.shredded))
    assert.ok(mine.evidence.every((e) => !e.shredded), 'exhibits are never candidates')
    assert.ok((await list(open)).runbookAnswers.every((a) => !a.shredded))
    // Named explicitly, an open incident's answers are included.
    const named = await json<Shred>(['evidence', 'shred', '--runbook-answers', '--incident', open, '--yes'])
    assert.equal(named.code, 0, named.stderr)
    assert.equal(named.json.shredded.length, 1)
    const verify = await runPl(['evidence', 'verify', '--deep'], {env: t.env})
    assert.equal(verify.code, 0, verify.stdout + verify.stderr)
    const db = readFileSync(t.store)
    for (const value of typed) assert.ok(!db.includes(Buffer.from(value)), 'no typed answer in clear in the store')
  })
})
