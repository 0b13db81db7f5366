/**
 * ADR 0038 through the real CLI and a real store: a GitHub token and an OpenAI key typed into an
 * incident's title and summary, a note, a mark's note, a runbook walk's free-text answer and a
 * postmortem's root cause are recorded masked (read back by decrypting the store), the command
 * says what it masked (stderr and --json), and the timeline (table, --json), `incident show` and
 * the postmortem (md, html, json) never print the raw value, also for a note written raw before
 * the change (appended directly, as an old store holds it). Text without secrets is recorded byte
 * for byte. A walk answer holding a secret is kept under its own key, for the walk's actions.
 */
import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {noPrompter} from '../../src/prompts/types.js'
import {incidentKey} from '../../src/services/incidents.js'
import {withLedger} from '../../src/services/store-access.js'
import {fakes, githubToken, Rng} from '../fixtures/scan/fakes.js'
import type {TestStore} from '../helpers/cli.js'
import {runJson, runPl, tempStore} from '../helpers/cli.js'

const rng = new Rng(Date.now() % 2 ** 31)
const GH = githubToken(rng)
const OA = fakes.openaiProject(rng)
const RAW = [GH, OA]

const RUNBOOK = `name: mask-test
title: Free text in a walk
steps:
  - id: root-cause
    title: Root cause
    question: {type: input, message: "What was the root cause?"}
  - id: ticket
    title: Ticket
    question: {type: input, message: "Which ticket tracks it?"}
  - id: contained
    title: Contained
    action: {type: manual, params: {task: Token revoked}}
    mark: contained
`

describe('free text is masked when recorded and when shown (ADR 0038)', () => {
  let t: TestStore
  let incident: string
  const session = () => ({storePath: t.store, env: {PL_KEY_FILE: t.keyFile}, prompter: noPrompter, actor: 'reader@test', now: () => Date.now()})
  /** Every body of the incident as stored, decrypted from the store itself. */
  const stored = () => withLedger(session(), (ledger) => ledger.rowsOfIncident(incident).map((r) => ledger.decrypt(r)))
  const assertNoRaw = (text: string, where: string) => {
    for (const raw of RAW) assert.ok(!text.includes(raw), `${where} holds a raw value`)
  }

  before(async () => {
    t = tempStore()
    assert.equal((await runPl(['init'], {env: t.env})).code, 0)
  })
  after(() => t.cleanup())

  it('masks a title and a summary, and says so on stderr and in --json', async () => {
    const r = await runJson<{id: string; title: string; summary: string; masked: {field: string; rule: string; masked: string}[]}>(
      ['incident', 'open', '--title', `Token ${GH} pasted into the support bot`, '--summary', `the key ${OA} too`, '--severity', 'P1', '--class', 'secret'],
      {env: t.env},
    )
    assert.equal(r.code, 0, r.stderr)
    incident = r.json.id
    assert.deepEqual(
      r.json.masked.map((m) => [m.field, m.rule]),
      [
        ['title', 'github-token'],
        ['summary', 'openai-api-key'],
      ],
    )
    assert.equal(r.json.title, `Token ${GH.slice(0, 4)}…${GH.slice(-4)} pasted into the support bot`)
    assertNoRaw(JSON.stringify(r.json) + r.stderr, 'open output')
    const [opened] = await stored()
    assert.equal((opened!.body as {title: string}).title, r.json.title)
    assertNoRaw(JSON.stringify(opened!.body), 'the stored incident.opened')
    // Without --json, stderr says it (with --json, the output's `masked` does).
    const text = await runPl(['incident', 'open', '--title', `Token ${GH} again`, '--summary', `the key ${OA}`, '--severity', 'P3', '--class', 'secret'], {env: t.env})
    assert.equal(text.code, 0, text.stderr)
    assert.match(text.stderr, /2 values masked in the title and summary: github-token, openai-api-key\./)
    assertNoRaw(text.stdout + text.stderr, 'open output')
  })

  it('masks a note, says which rules, and keeps a note without secrets byte for byte', async () => {
    const r = await runPl(['incident', 'note', incident, `rotated openai key ${OA}\nGITHUB_TOKEN=${GH}`], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stderr, /2 values masked in the note: openai-api-key, github-token\./)
    assert.ok(r.stderr.includes(`The value as typed is not kept. To capture a leaked credential for revocation and shredding, scan where it leaked: pl scan FILE --incident ${incident}`), r.stderr)
    assertNoRaw(r.stdout + r.stderr, 'note output')
    const json = await runJson<{masked: {rule: string; masked: string}[]}>(['incident', 'note', incident, `again ${GH}`, '--json'], {env: t.env})
    assert.deepEqual(json.json.masked, [{field: 'text', rule: 'github-token', masked: `ghp_…${GH.slice(-4)}`}])
    const plain = 'Vendor confirmed at 14:02 —  two  spaces, a tab\there, ünïcödé, ids 12345 and a1b2c3d4e5f6.'
    const p = await runPl(['incident', 'note', incident, plain], {env: t.env})
    assert.equal(p.code, 0, p.stderr)
    assert.doesNotMatch(p.stderr, /masked/)
    const notes = (await stored()).filter((e) => e.kind === 'note').map((e) => (e.body as {text: string}).text)
    assert.equal(notes.length, 3)
    assert.equal(notes[0], `rotated openai key ${OA.slice(0, 8)}…${OA.slice(-4)}\nGITHUB_TOKEN=ghp_…${GH.slice(-4)}`)
    assert.equal(notes[2], plain)
    for (const n of notes) assertNoRaw(n, 'a stored note')
  })

  it('records an exhibit whose file name holds a token under its masked name; the content is kept whole', async () => {
    const file = join(t.dir, `dump-${GH}.jsonl`)
    writeFileSync(file, '{"a":1}\n')
    const added = await runJson<{evidence: {id: string; name: string}[]}>(['evidence', 'add', incident, file], {env: t.env})
    assert.equal(added.code, 0, added.stderr)
    assert.match(added.json.evidence[0]!.name, /^dump-ghp_…[A-Za-z0-9]{4}\.jsonl$/)
    for (const args of [['evidence', 'list', incident], ['incident', 'timeline', incident], ['evidence', 'show', added.json.evidence[0]!.id]]) {
      const r = await runPl(args, {env: t.env})
      assert.equal(r.code, 0, r.stderr)
      assert.ok(!(r.stdout + r.stderr).includes(GH), args.join(' '))
    }
  })

  it("masks a mark's note and a postmortem's root cause and action items", async () => {
    const m = await runPl(['incident', 'mark', incident, 'acknowledged', '--note', `paged; token ${GH}`], {env: t.env})
    assert.equal(m.code, 0, m.stderr)
    assert.match(m.stderr, /1 value masked in the mark's note: github-token\./)
    const pm = await runPl(['report', 'postmortem', incident, '--root-cause', `GITHUB_TOKEN=${GH} in the system prompt`, '--action-item', `revoke ${OA}`], {env: t.env})
    assert.equal(pm.code, 0, pm.stderr)
    assert.match(pm.stderr, /2 values masked in the root cause and action items: github-token, openai-api-key\./)
    assertNoRaw(pm.stdout, 'the postmortem')
    const bodies = JSON.stringify((await stored()).map((e) => e.body))
    assertNoRaw(bodies, 'the stored entries')
  })

  it('records a walk answer masked, keeps it as typed under its own key, and tells the responder', async () => {
    const file = join(t.dir, 'mask-test.yaml')
    writeFileSync(file, RUNBOOK)
    const answers = join(t.dir, 'answers.json')
    writeFileSync(answers, JSON.stringify({'root-cause': `GITHUB_TOKEN=${GH} was in the prompt`, ticket: 'SEC-1234'}))
    const r = await runJson<{complete: boolean; masked: {step: string; field: string; rule: string; masked: string}[]}>(['runbook', 'run', file, '--incident', incident, '--answers', answers, '--yes'], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.complete, true)
    assert.deepEqual(r.json.masked, [{step: 'root-cause', field: 'answer', rule: 'github-token', masked: `ghp_…${GH.slice(-4)}`}])
    assertNoRaw(JSON.stringify(r.json) + r.stderr, 'walk output')
    const text = await runPl(['runbook', 'run', file, '--incident', incident, '--answers', answers, '--yes', '--reanswer', 'root-cause'], {env: t.env})
    assert.equal(text.code, 0, text.stderr)
    assert.match(text.stderr, /root-cause: 1 value masked in the answer: github-token\. The answer as typed is kept under a key of its own/)
    const entries = await stored()
    const steps = entries.filter((e) => e.kind === 'runbook.step').map((e) => e.body as {step: string; status: string; answer?: string; secretEntry?: number})
    const rootCause = steps.filter((s) => s.step === 'root-cause' && s.status === 'answered')
    assert.equal(rootCause.length, 2)
    for (const s of rootCause) {
      assert.equal(s.answer, `GITHUB_TOKEN=ghp_…${GH.slice(-4)} was in the prompt`)
      // The value as typed: a runbook.secret entry under a key of its own, listed and shreddable like a password answer.
      const kept = entries.find((e) => e.seq === s.secretEntry)
      assert.equal(kept?.kind, 'runbook.secret')
      assert.equal(kept?.keyId === incidentKeyOf(entries), false)
    }
    const ticket = steps.find((s) => s.step === 'ticket' && s.status === 'answered')
    assert.deepEqual([ticket?.answer, ticket?.secretEntry], ['SEC-1234', undefined])
    const list = await runPl(['evidence', 'list', incident], {env: t.env})
    assert.match(list.stdout, /root-cause/)
    // --answers-out writes the recorded answers for a replay: not one kept under its own key.
    const out = join(t.dir, 'out.yaml')
    const dry = await runPl(['runbook', 'run', file, '--incident', incident, '--dry-run', '--yes', '--answers-out', out], {env: t.env})
    assert.equal(dry.code, 0, dry.stderr)
    const written = readFileSync(out, 'utf8')
    assert.match(written, /ticket: SEC-1234/)
    assert.doesNotMatch(written, /root-cause/)
    assertNoRaw(written + dry.stdout + dry.stderr, 'the answers file')
  })

  it('never prints a raw value in the timeline, show or the postmortem, also for a note written raw before the change', async () => {
    // An old store: a note appended as pl wrote it before ADR 0038, raw.
    await withLedger(session(), (ledger) => {
      ledger.append([{incident, kind: 'note', keyId: incidentKey(ledger, incident), body: {text: `old note: ${OA} and ${GH}`}}])
    })
    assert.ok(JSON.stringify((await stored()).map((e) => e.body)).includes(GH), 'the old note is raw in the store')
    const outputs: [string, string[]][] = [
      ['timeline', ['incident', 'timeline', incident]],
      ['timeline --json', ['incident', 'timeline', incident, '--json']],
      ['show', ['incident', 'show', incident]],
      ['show --json', ['incident', 'show', incident, '--json']],
      ['postmortem md', ['report', 'postmortem', incident]],
      ['postmortem html', ['report', 'postmortem', incident, '--format', 'html']],
      ['postmortem json', ['report', 'postmortem', incident, '--format', 'json']],
      ['postmortem --json', ['report', 'postmortem', incident, '--json']],
    ]
    for (const [name, args] of outputs) {
      const r = await runPl(args, {env: t.env})
      assert.equal(r.code, 0, `${name}: ${r.stderr}`)
      assertNoRaw(r.stdout + r.stderr, name)
      assert.ok(r.stdout.includes(`…${GH.slice(-4)}`), `${name} shows the masked form`)
    }
    const timeline = await runPl(['incident', 'timeline', incident], {env: t.env})
    assert.match(timeline.stdout, new RegExp(`Note: old note: sk-proj-…${OA.slice(-4)} and ghp_…${GH.slice(-4)}`))
  })
})

/** The incident's own key id: that of its first entry. */
function incidentKeyOf(entries: readonly {keyId: string}[]): string {
  return entries[0]!.keyId
}
